import CommonplaceCore
import Hummingbird

/// `/api/v1/articles`: the knowledge base, its revisions, diffs and action log.
struct ArticlesAPI: Sendable {
    let store: Store

    func list(_ request: Request, context: AppRequestContext) async throws -> ListPage<ArticleResource> {
        if let slug = request.uri.queryParameters.get("space") {
            let space = try await store.spaces.find(slug: slug, for: context.viewer)
            return ListPage(items: try await store.articles.index(of: space.id, for: context.viewer).map(ArticleResource.init), next: nil)
        }
        let limit = try request.integer("limit", in: 1...100) ?? 30
        return ListPage(items: try await store.articles.recent(limit: limit, for: context.viewer).map(ArticleResource.init), next: nil)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> ArticleResource {
        ArticleResource(try await store.articles.find(id: try context.parameters.itemID(), for: context.viewer))
    }

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<ArticleResource> {
        let input = try await request.json(ArticleInput.self, context: context)
        return created(ArticleResource(try await store.articles.create(input.draft, in: input.space ?? "", by: context.member)))
    }

    /// Saves a revision; `baseRevision` must be the current one, or the answer is 409 with the current article.
    func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let input = try await request.json(ArticleInput.self, context: context)
        guard let base = input.baseRevision else {
            throw StoreError.invalid([FieldProblem(field: "baseRevision", message: "Send the revision your edit is based on.")])
        }
        do {
            let article = try await store.articles.update(
                id: try context.parameters.itemID(), to: input.draft, base: base, summary: input.summary ?? "", by: context.member)
            return try ArticleResource(article).response(from: request, context: context)
        } catch let stale as StaleRevision {
            return try EditedResponse(
                status: .conflict, response: StaleEditProblem(stale, instance: request.uri.path, requestId: context.id)
            )
            .response(from: request, context: context)
        }
    }

    func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.articles.delete(id: try context.parameters.itemID(), by: context.member)
        return noContent()
    }

    func move(_ request: Request, context: SignedInContext) async throws -> ArticleResource {
        let input = try await request.json(MoveInput.self, context: context)
        return ArticleResource(try await store.articles.move(id: try context.parameters.itemID(), to: input.space, by: context.member))
    }

    func revisions(_ request: Request, context: AppRequestContext) async throws -> ListPage<ArticleRevisionResource> {
        ListPage(
            items: try await store.articles.history(of: try context.parameters.itemID(), for: context.viewer).map(
                ArticleRevisionResource.init), next: nil)
    }

    func revision(_ request: Request, context: AppRequestContext) async throws -> ArticleRevisionResource {
        guard let number = context.parameters.get("number", as: Int.self) else { throw StoreError.notFound }
        return ArticleRevisionResource(try await store.articles.revision(number, of: try context.parameters.itemID(), for: context.viewer))
    }

    func diff(_ request: Request, context: AppRequestContext) async throws -> DiffResource {
        let id = try context.parameters.itemID()
        let article = try await store.articles.find(id: id, for: context.viewer)
        let to = try request.integer("to", in: 1...Int.max) ?? article.revision
        let from = try request.integer("from", in: 1...Int.max) ?? max(1, to - 1)
        let old = try await store.articles.revision(from, of: id, for: context.viewer)
        let new = try await store.articles.revision(to, of: id, for: context.viewer)
        return DiffResource(from: from, to: to, rows: Diff.rows(from: old.body, to: new.body))
    }

    func restore(_ request: Request, context: SignedInContext) async throws -> ArticleResource {
        guard let number = context.parameters.get("number", as: Int.self) else { throw StoreError.notFound }
        return ArticleResource(try await store.articles.restore(number, of: try context.parameters.itemID(), by: context.member))
    }

    func log(_ request: Request, context: AppRequestContext) async throws -> ListPage<ActionLogEntryResource> {
        let article = try await store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        return ListPage(
            items: try await store.actionLog.entries(.item(article.id), for: context.viewer).map(ActionLogEntryResource.init), next: nil)
    }

    func spaceLog(_ request: Request, context: AppRequestContext) async throws -> ListPage<ActionLogEntryResource> {
        let space = try await store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        return ListPage(
            items: try await store.actionLog.entries(.space(space.id), for: context.viewer).map(ActionLogEntryResource.init), next: nil)
    }

    func instanceLog(_ request: Request, context: SignedInContext) async throws -> ListPage<ActionLogEntryResource> {
        _ = try context.requireAdmin()
        return ListPage(
            items: try await store.actionLog.entries(.instance, for: context.viewer).map(ActionLogEntryResource.init), next: nil)
    }
}

/// The JSON body of a new article or a new revision.
struct ArticleInput: Decodable {
    let space: String?
    let title: String
    let body: String
    let tags: [String]?
    let status: ArticleStatus?
    let reviewBy: Int?
    let knowledgeKind: KnowledgeKind?
    let section: String?
    let owners: [String]?
    let visibility: Visibility?
    let audience: PostInput.AudienceInput?
    let baseRevision: Int?
    let summary: String?

    var draft: ArticleDraft {
        ArticleDraft(
            title: title, body: body, tags: tags ?? [], status: status ?? .published, reviewBy: reviewBy, knowledgeKind: knowledgeKind,
            section: section ?? "", owners: owners ?? [], visibility: visibility,
            audience: Audience(members: audience?.members ?? [], accounts: audience?.accounts ?? []))
    }
}

/// The JSON body that moves an article.
struct MoveInput: Decodable {
    let space: String
}

/// The difference between two revisions' texts.
struct DiffResource: ResponseEncodable, Sendable {
    let from: Int
    let to: Int
    let rows: [Diff.Row]
}

/// A 409 problem document for an edit based on an old revision, with the article as it is now.
struct StaleEditProblem: ResponseEncodable, Sendable {
    let type: String
    let title: String
    let status: Int
    let detail: String
    let instance: String
    let requestId: String
    let currentRevision: Int
    let current: ArticleResource

    init(_ stale: StaleRevision, instance: String, requestId: String) {
        type = "about:blank"
        title = "Edit conflict"
        status = 409
        detail = "The article changed since revision \(stale.base); it is at revision \(stale.current.revision). Nothing was saved."
        self.instance = instance
        self.requestId = requestId
        currentRevision = stale.current.revision
        current = ArticleResource(stale.current)
    }
}
