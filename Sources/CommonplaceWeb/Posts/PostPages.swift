import CommonplaceCore
import Hummingbird

/// The pages of posts: the home feed, one post, a tag, and the composer's form posts.
struct PostPages: Sendable {
    let site: Site

    /// The home feed: every post and thread the viewer may see, newest first.
    func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        return try await homePage(
            context: context, composer: nil, status: .ok, before: request.uri.queryParameters.get("before", as: Int.self))
    }

    private func homePage(
        context: AppRequestContext, composer: Composer?, status: HTTPResponse.Status, before: Int?
    ) async throws -> Response {
        let entries = try await site.store.feed.entries(before: before, for: context.viewer)
        var composerView = composer
        if composerView == nil, let member = context.member {
            composerView = Composer(spaces: try await site.postableSpaces(for: member, selected: nil), returnTo: SiteURL.home.path)
        }
        let articles = try await site.store.articles.recent(limit: 6, for: context.viewer)
        var welcome: [SpaceSuggestionView]?
        if let composer = composerView, !composer.hasSpaces, let member = context.member {
            welcome = try await site.store.spaces.suggested(for: member, limit: 4).map(SpaceSuggestionView.init)
        }
        let now = Clock.now()
        let tasks = try await context.member.asyncMap { try await site.store.tasks.open(for: $0, limit: 5) } ?? []
        let answers = before == nil ? try await context.member.asyncMap { try await site.store.ideas.recentAnswers(for: $0) } ?? [] : []
        let chrome = try await site.chrome("Home", context)
        let view = FeedPage(
            chrome: chrome, heading: "Latest", composer: composerView, welcome: welcome, tasks: tasks.map { TaskCardView($0, now: now) },
            answers: answers.map(AnsweredIdeaView.init),
            articles: articles.map(RecentArticleView.init),
            entries: entries.map { FeedEntryView($0, viewer: context.member, csrf: chrome.csrf) },
            next: entries.count == 30 ? entries.last.map { SiteURL.home.query("before", $0.id) } : nil)
        return site.renderer.page(view, status: status)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let post = try await site.store.posts.find(id: id, for: context.viewer)
        var canDelete = false
        if let member = context.member { canDelete = try await site.store.posts.mayDelete(post, by: member) }
        let view = PostPage(
            chrome: try await site.chrome("Post by \(post.author.name)", context),
            post: PostView(post, viewer: context.member, canDelete: canDelete))
        return site.renderer.page(view)
    }

    /// Publishes a post from the composer; on a problem, shows the form again with the message.
    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(PostForm.self, context: context)
        do {
            let post = try await site.store.posts.create(try form.newPost(), by: context.member)
            return redirect(to: .post(post.id))
        } catch StoreError.invalid(let problems) {
            let composer = Composer(
                spaces: try await site.postableSpaces(for: context.member, selected: form.space), form: form, errors: problems,
                returnTo: form.safeReturn)
            return try await homePage(context: context.parent, composer: composer, status: .unprocessableContent, before: nil)
        }
    }

    /// Asks before deleting: the Delete link leads here, and the page's button posts to the same address.
    func confirmDelete(_ request: Request, context: SignedInContext) async throws -> Response {
        let post = try await site.store.posts.find(id: try context.parameters.itemID(), for: context.viewer)
        guard try await site.store.posts.mayDelete(post, by: context.member) else {
            throw StoreError.forbidden("Only the author or a moderator deletes a post.")
        }
        let view = ConfirmPage(
            chrome: try await site.chrome("Delete this post?", context.parent), question: "Delete this post?",
            consequence: "It is removed for everyone, with its reactions. This cannot be undone.", action: .postDelete(post.id),
            button: "Delete the post", cancel: .post(post.id))
        return site.renderer.page(view)
    }

    func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        try await site.store.posts.delete(id: id, by: context.member)
        return redirect(to: .home)
    }
}

/// The home feed of posts and threads with an optional composer above it.
struct FeedPage {
    let chrome: Chrome
    let heading: String
    let composer: Composer?
    /// For a member in no space yet: a welcome and open spaces to join, in place of the composer.
    let welcome: [SpaceSuggestionView]?
    /// Open knowledge tasks meant for the reader.
    let tasks: [TaskCardView]
    /// The latest official answers on ideas the reader submitted, supports or follows.
    let answers: [AnsweredIdeaView]
    /// Recently written or updated articles.
    let articles: [RecentArticleView]
    let entries: [FeedEntryView]
    let next: SiteURL?
}

/// An open space suggested to a newcomer, with how many have joined.
struct SpaceSuggestionView {
    let slug: String
    let name: String
    let purpose: String
    let members: Int

    init(_ listing: SpaceListing) {
        slug = listing.space.slug
        name = listing.space.name
        purpose = listing.space.purpose
        members = listing.memberCount
    }
}

/// An article in a "recently updated" list.
struct RecentArticleView {
    let url: SiteURL
    let title: String
    let spaceName: String
    let updatedAt: Timestamp
    let isNew: Bool

    init(_ article: Article) {
        url = .article(article.id)
        title = article.title
        spaceName = article.space.name
        updatedAt = Timestamp(article.updatedAt)
        isNew = article.revision == 1
    }
}

/// One post on its own page.
struct PostPage {
    let chrome: Chrome
    let post: PostView
}
