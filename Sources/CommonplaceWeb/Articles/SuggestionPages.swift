import CommonplaceCore
import Hummingbird

/// Suggesting an edit, the review queue, and deciding on a suggestion.
struct SuggestionPages: Sendable {
    let site: Site

    func form(_ request: Request, context: SignedInContext) async throws -> Response {
        let article = try await site.store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        return try await formPage(context: context, article: article, form: SuggestionForm(article), problems: [], status: .ok)
    }

    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let article = try await site.store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        let form = try await request.form(SuggestionForm.self, context: context)
        do {
            let suggestion = try await site.store.suggestions.suggest(try form.suggestion(to: article), to: article.id, by: context.member)
            return redirect(to: .suggestion(suggestion.id))
        } catch StoreError.invalid(let problems) {
            return try await formPage(context: context, article: article, form: form, problems: problems, status: .unprocessableContent)
        }
    }

    private func formPage(
        context: SignedInContext, article: Article, form: SuggestionForm, problems: [FieldProblem], status: HTTPResponse.Status
    ) async throws -> Response {
        let view = SuggestionFormPage(
            chrome: try await site.chrome("Suggest an edit", context.parent), article: ArticleView(article), form: form,
            statuses: ArticleStatus.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.status) },
            canChooseStatus: context.member.kind == .employee, errors: FormErrors(problems))
        return site.renderer.page(view, status: status)
    }

    func queue(_ request: Request, context: SignedInContext) async throws -> Response {
        let suggestions = try await site.store.suggestions.queue(for: context.member)
        let view = SuggestionQueuePage(
            chrome: try await site.chrome("Suggested edits", context.parent),
            toReview: suggestions.filter { $0.state == .open && $0.suggester.id != context.member.id }.map(SuggestionView.init),
            mine: suggestions.filter { $0.suggester.id == context.member.id }.map(SuggestionView.init))
        return site.renderer.page(view)
    }

    func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await suggestionPage(context: context, id: try context.parameters.itemID(), outdated: nil, problems: [], status: .ok)
    }

    private func suggestionPage(
        context: SignedInContext, id: Int, outdated: Int?, problems: [FieldProblem], status: HTTPResponse.Status
    ) async throws -> Response {
        let suggestion = try await site.store.suggestions.find(id, for: context.viewer)
        let article = try await site.store.articles.find(id: suggestion.articleId, for: context.viewer)
        let base = try await site.store.articles.revision(suggestion.baseRevision, of: article.id, for: context.viewer)
        let canEdit = try await site.store.articles.canEdit(article, context.member)
        let view = SuggestionPage(
            chrome: try await site.chrome("Suggested edit", context.parent), suggestion: SuggestionView(suggestion),
            article: ArticleView(article), rows: Diff.rows(from: base.body, to: suggestion.body).map(DiffRowView.init),
            titleChange: base.title == suggestion.title ? nil : MetadataChange(field: "Title", old: base.title, new: suggestion.title),
            canDecide: suggestion.state == .open && canEdit,
            outdated: outdated ?? (suggestion.baseRevision == article.revision ? nil : article.revision),
            confirmOutdated: outdated != nil, errors: FormErrors(problems))
        return site.renderer.page(view, status: status)
    }

    func accept(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(DecisionForm.self, context: context)
        do {
            let article = try await site.store.suggestions.accept(id, by: context.member, confirmOutdated: form.confirm == "yes")
            return redirect(to: .article(article.id))
        } catch let outdated as OutdatedSuggestion {
            return try await suggestionPage(context: context, id: id, outdated: outdated.currentRevision, problems: [], status: .conflict)
        }
    }

    func reject(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(DecisionForm.self, context: context)
        do {
            _ = try await site.store.suggestions.reject(id, reason: form.reason ?? "", by: context.member)
            return redirect(to: .suggestions)
        } catch StoreError.invalid(let problems) {
            return try await suggestionPage(context: context, id: id, outdated: nil, problems: problems, status: .unprocessableContent)
        }
    }
}

/// A suggestion as pages show it.
struct SuggestionView {
    let id: Int
    let url: SiteURL
    let articleURL: SiteURL
    let articleTitle: String
    let suggester: MemberView
    let comment: String?
    let state: String
    let reason: String?
    let createdAt: Timestamp

    init(_ suggestion: SuggestedEdit) {
        id = suggestion.id
        url = .suggestion(suggestion.id)
        articleURL = .article(suggestion.articleId)
        articleTitle = suggestion.articleTitle
        suggester = MemberView(suggestion.suggester)
        comment = suggestion.comment.nonEmpty
        state = suggestion.state.rawValue
        reason = suggestion.reason
        createdAt = Timestamp(suggestion.createdAt)
    }
}

/// The fields of the suggestion form.
struct SuggestionForm: Decodable {
    var title: String?
    var body: String?
    var tags: String?
    var status: String?
    var comment: String?

    init(_ article: Article) {
        title = article.title
        body = article.body
        tags = article.tags.joined(separator: " ")
        status = article.status.rawValue
    }

    /// The suggestion for `article`; what the form has no field for (the customer-knowledge kind) stays as it is.
    func suggestion(to article: Article) throws -> Suggestion {
        guard let status = ArticleStatus(rawValue: status ?? "") else {
            throw StoreError.invalid([FieldProblem(field: "status", message: "Choose a status.")])
        }
        return Suggestion(
            title: title ?? "", body: body ?? "", tags: Tags.parseList(tags ?? ""), status: status, knowledgeKind: article.knowledgeKind,
            comment: comment ?? "")
    }
}

/// The accept and reject forms.
struct DecisionForm: Decodable {
    let reason: String?
    let confirm: String?
}

struct SuggestionFormPage {
    let chrome: Chrome
    let article: ArticleView
    let form: SuggestionForm
    let statuses: [Option]
    /// Whether the status is the suggester's to propose: employees review and verify; others suggest the text.
    let canChooseStatus: Bool
    let errors: FormErrors
}

struct SuggestionQueuePage {
    let chrome: Chrome
    let toReview: [SuggestionView]
    let mine: [SuggestionView]
}

struct SuggestionPage {
    let chrome: Chrome
    let suggestion: SuggestionView
    let article: ArticleView
    let rows: [DiffRowView]
    let titleChange: MetadataChange?
    let canDecide: Bool
    let outdated: Int?
    let confirmOutdated: Bool
    let errors: FormErrors
}
