import CommonplaceCore
import Hummingbird

/// Tag pages, the vocabulary, and its SKOS export.
struct TagPages: Sendable {
    let site: Site

    /// Everything visible with a tag: its definition, related tags, articles, threads and posts.
    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let tag = try context.parameters.require("tag").lowercased()
        guard Tags.isValid(tag) else { throw StoreError.notFound }
        let concept = try await site.store.tags.concept(tag, for: context.viewer)
        let before = request.uri.queryParameters.get("before", as: Int.self)
        let posts = try await site.store.posts.list(PostFilter(tag: tag, before: before), for: context.viewer)
        let articles = before == nil ? try await site.store.articles.recent(tag: tag, limit: 50, for: context.viewer) : []
        let threads =
            before == nil ? try await site.store.conversations.list(ConversationFilter(tag: tag, limit: 20), for: context.viewer) : []
        let ideas = before == nil ? try await site.store.ideas.list(IdeaFilter(tag: tag, order: .top, limit: 10), for: context.viewer) : []
        let following = try await site.store.follows.isFollowing(.tag(tag), member: context.member)
        let experts = try await site.store.expertise.experts(on: tag, for: context.viewer, limit: 5)
        let chrome = try await site.chrome("#\(tag)", context)
        let view = TagPage(
            chrome: chrome, tag: tag, label: concept?.label ?? tag,
            definition: concept?.definition.nonEmpty, broader: concept?.broader, narrower: concept?.narrower ?? [],
            articles: articles.map {
                ManualEntry(url: .article($0.id), title: $0.title, status: $0.status.rawValue, statusLabel: $0.status.label)
            },
            threads: threads.map { ConversationCardView($0, signedIn: context.member != nil) },
            ideas: ideas.map { IdeaCardView($0, signedIn: context.member != nil, csrf: chrome.csrf) },
            posts: posts.map { PostView($0, viewer: context.member) },
            follow: context.member.map { _ in FollowButton(.tag(tag), following: following, returnTo: SiteURL.tag(tag).path) },
            experts: experts.map(ExpertView.init),
            next: posts.count == 30 ? posts.last.map { SiteURL.tag(tag).query("before", $0.id) } : nil)
        return site.renderer.page(view)
    }

    /// The vocabulary: every tag the viewer may see, with its place in the hierarchy.
    func index(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let concepts = try await site.store.tags.concepts(for: context.viewer)
        let view = TagIndexPage(chrome: try await site.chrome("Tags", context), concepts: concepts.map(ConceptView.init))
        return site.renderer.page(view)
    }

    func apiList(_ request: Request, context: AppRequestContext) async throws -> ListPage<TagConceptResource> {
        ListPage(items: try await site.store.tags.concepts(for: context.viewer).map(TagConceptResource.init), next: nil)
    }

    /// The vocabulary as a SKOS concept scheme in JSON-LD.
    func scheme(_ request: Request, context: AppRequestContext) async throws -> Response {
        let concepts = try await site.store.tags.concepts(for: context.viewer)
        let name = try await site.store.settings.current().name
        return jsonLD(SemanticMetadata.conceptScheme(concepts, name: name, base: site.baseURL(request)).scriptSafeText)
    }

    func define(_ request: Request, context: SignedInContext) async throws -> TagConceptResource {
        let input = try await request.json(ConceptInput.self, context: context)
        return TagConceptResource(
            try await site.store.tags.define(
                try context.parameters.require("tag"), label: input.label, definition: input.definition ?? "",
                broader: input.broader?.nonEmpty,
                by: context.member))
    }

    /// The admin form for defining a tag.
    func defineFromForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(ConceptForm.self, context: context)
        _ = try await site.store.tags.define(
            form.tag.lowercased(), label: form.label, definition: form.definition ?? "", broader: form.broader?.lowercased().nonEmpty,
            by: context.member)
        return redirect(to: .tag(form.tag.lowercased()))
    }
}

/// A JSON-LD response.
func jsonLD(_ json: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "application/ld+json"
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: json)))
}

/// The JSON body that defines a tag.
struct ConceptInput: Decodable {
    let label: String
    let definition: String?
    let broader: String?
}

/// The admin form that defines a tag.
struct ConceptForm: Decodable {
    let tag: String
    let label: String
    let definition: String?
    let broader: String?
}

/// A tag in the vocabulary list.
struct ConceptView {
    let tag: String
    let label: String
    let definition: String?
    let broader: String?

    init(_ concept: TagConcept) {
        tag = concept.tag
        label = concept.label
        definition = concept.definition.nonEmpty
        broader = concept.broader
    }
}

struct TagPage {
    let chrome: Chrome
    let tag: String
    let label: String
    let definition: String?
    let broader: String?
    let narrower: [String]
    let articles: [ManualEntry]
    let threads: [ConversationCardView]
    let ideas: [IdeaCardView]
    let posts: [PostView]
    let follow: FollowButton?
    /// Who knows most about the tag.
    let experts: [ExpertView]
    let next: SiteURL?
}

struct TagIndexPage {
    let chrome: Chrome
    let concepts: [ConceptView]
}
