import CommonplaceCore
import Hummingbird

/// `/api/v1/suggestions` and `/api/v1/articles/{id}/suggestions`: suggested edits.
struct SuggestionsAPI: Sendable {
    let store: Store

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<SuggestedEditResource> {
        let input = try await request.json(SuggestionInput.self, context: context)
        let articleId = try context.parameters.itemID()
        let article = try await store.articles.find(id: articleId, for: context.viewer)
        let suggestion = Suggestion(
            title: input.title ?? article.title, body: input.body ?? article.body, tags: input.tags ?? article.tags,
            status: input.status ?? article.status, knowledgeKind: input.knowledgeKind ?? article.knowledgeKind,
            comment: input.comment ?? "")
        return created(SuggestedEditResource(try await store.suggestions.suggest(suggestion, to: articleId, by: context.member)))
    }

    func onArticle(_ request: Request, context: SignedInContext) async throws -> ListPage<SuggestedEditResource> {
        let article = try await store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        return ListPage(
            items: try await store.suggestions.suggestions(on: article.id, for: context.member).map(SuggestedEditResource.init), next: nil)
    }

    func queue(_ request: Request, context: SignedInContext) async throws -> ListPage<SuggestedEditResource> {
        ListPage(items: try await store.suggestions.queue(for: context.member).map(SuggestedEditResource.init), next: nil)
    }

    func show(_ request: Request, context: SignedInContext) async throws -> SuggestedEditResource {
        SuggestedEditResource(try await store.suggestions.find(try context.parameters.itemID(), for: context.viewer))
    }

    func accept(_ request: Request, context: SignedInContext) async throws -> ArticleResource {
        let input = try await request.json(DecisionInput.self, context: context)
        do {
            return ArticleResource(
                try await store.suggestions.accept(
                    try context.parameters.itemID(), by: context.member, confirmOutdated: input.confirmOutdated ?? false))
        } catch let outdated as OutdatedSuggestion {
            throw StoreError.conflict(
                "The article is at revision \(outdated.currentRevision); this suggestion was written against revision \(outdated.suggestion.baseRevision). Send confirmOutdated to accept it anyway."
            )
        }
    }

    func reject(_ request: Request, context: SignedInContext) async throws -> SuggestedEditResource {
        let input = try await request.json(DecisionInput.self, context: context)
        return SuggestedEditResource(
            try await store.suggestions.reject(try context.parameters.itemID(), reason: input.reason ?? "", by: context.member))
    }
}

/// The JSON body of a suggestion; absent fields keep the article's current value.
struct SuggestionInput: Decodable {
    let title: String?
    let body: String?
    let tags: [String]?
    let status: ArticleStatus?
    let knowledgeKind: KnowledgeKind?
    let comment: String?
}

/// The JSON body of a decision on a suggestion.
struct DecisionInput: Decodable {
    let reason: String?
    let confirmOutdated: Bool?
}
