import CommonplaceCore
import Hummingbird

/// The knowledge base pages: a space's manual, articles, editing, history, diffs and the action log.
struct ArticlePages: Sendable {
    let site: Site

    func manual(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        let articles = try await site.store.articles.index(of: space.id, for: context.viewer)
        let membership = try await site.store.spaces.membership(in: space.id, of: context.member?.id)
        let view = ManualPage(
            chrome: try await site.chrome("\(space.name) knowledge base", context), space: SpaceView(space),
            sections: ManualSection.group(articles), canWrite: membership?.status == .active || context.member?.isAdmin == true)
        return site.renderer.page(view)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let article = try await site.store.articles.find(id: try context.parameters.articleID(), for: context.viewer)
        let canEdit = try await site.store.articles.canEdit(article, context.member)
        var destinations: [Option] = []
        if canEdit, let member = context.member {
            destinations = try await site.postableSpaces(for: member, selected: article.space.slug).filter {
                $0.value != article.space.slug
            }
        }
        var follow: FollowButton?
        if let member = context.member {
            try await site.store.reads.markRead(article.id, position: article.revision, by: member)
            follow = FollowButton(
                .item(article.id), following: try await site.store.follows.isFollowing(.item(article.id), member: member),
                returnTo: SiteURL.article(article.id).path)
        }
        let view = ArticlePage(
            chrome: try await site.chrome(article.title, context), article: ArticleView(article), canEdit: canEdit,
            destinations: destinations, follow: follow, readers: try await site.store.reads.readers(of: article.id),
            jsonLD: SemanticMetadata.article(article, base: site.baseURL(request)).scriptSafeText)
        return site.renderer.page(view)
    }

    /// The article's schema.org description as JSON-LD.
    func jsonLD(_ request: Request, context: AppRequestContext) async throws -> Response {
        let article = try await site.store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        return CommonplaceWeb.jsonLD(SemanticMetadata.article(article, base: site.baseURL(request)).scriptSafeText)
    }

    /// The form for a new article; `?idea=` starts it from a launched idea the writer may see, linked to it.
    func newForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        var form = ArticleForm()
        if let id = request.uri.queryParameters.get("idea", as: Int.self) {
            let idea = try await site.store.ideas.find(id: id, for: context.viewer)
            let answer = try await site.store.ideas.answers(of: id, for: context.viewer).last
            form = ArticleForm(documenting: idea, answer: answer, at: SiteURL.idea(id).path)
        }
        return try await formPage(context: context, space: space, article: nil, form: form, problems: [], conflict: nil, status: .ok)
    }

    /// `/articles/new`: writing an article from outside a space starts by choosing one.
    func chooseSpace(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.chooseSpace("New article", context: context) { SiteURL.spaceArticleNew($0.slug) }
    }

    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        let form = try await request.form(ArticleForm.self, context: context)
        if form.preview == "1" {
            return try await formPage(
                context: context, space: space, article: nil, form: form, problems: [], conflict: nil,
                preview: try await site.store.preview(form.body ?? ""), status: .ok)
        }
        do {
            let article = try await site.store.articles.create(try form.draft(), in: space.slug, by: context.member)
            return redirect(to: .article(article.id))
        } catch StoreError.invalid(let problems) {
            return try await formPage(
                context: context, space: space, article: nil, form: form, problems: problems, conflict: nil, status: .unprocessableContent)
        }
    }

    func editForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let article = try await site.store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        guard try await site.store.articles.canEdit(article, context.member) else {
            throw StoreError.forbidden("Only the article's owners and the space's moderators edit it.")
        }
        let space = try await site.store.spaces.find(slug: article.space.slug, for: context.viewer)
        return try await formPage(
            context: context, space: space, article: article, form: ArticleForm(article), problems: [], conflict: nil, status: .ok)
    }

    /// Saves an edit; an edit based on an old revision is refused with the difference shown.
    func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let article = try await site.store.articles.find(id: id, for: context.viewer)
        let space = try await site.store.spaces.find(slug: article.space.slug, for: context.viewer)
        var form = try await request.form(ArticleForm.self, context: context)
        if form.preview == "1" {
            return try await formPage(
                context: context, space: space, article: article, form: form, problems: [], conflict: nil,
                preview: try await site.store.preview(form.body ?? ""), status: .ok)
        }
        do {
            _ = try await site.store.articles.update(
                id: id, to: try form.draft(), base: form.baseRevision ?? 0, summary: form.summary ?? "", by: context.member)
            return redirect(to: .article(id))
        } catch StoreError.invalid(let problems) {
            return try await formPage(
                context: context, space: space, article: article, form: form, problems: problems, conflict: nil,
                status: .unprocessableContent)
        } catch let stale as StaleRevision {
            let conflict = ConflictView(
                base: stale.base, current: stale.current.revision,
                rows: Diff.rows(from: stale.current.body, to: form.body ?? "").map(DiffRowView.init))
            form.baseRevision = stale.current.revision
            return try await formPage(
                context: context, space: space, article: stale.current, form: form, problems: [], conflict: conflict, status: .conflict)
        }
    }

    private func formPage(
        context: SignedInContext, space: Space, article: Article?, form: ArticleForm, problems: [FieldProblem], conflict: ConflictView?,
        preview: String? = nil, status: HTTPResponse.Status
    ) async throws -> Response {
        let view = ArticleFormPage(
            chrome: try await site.chrome(article == nil ? "New article" : "Edit \(article!.title)", context.parent),
            action: article.map { SiteURL.articleEdit($0.id) } ?? .spaceArticles(space.slug), editing: article != nil,
            spaceName: space.name, form: form, choices: ArticleFormChoices(form), errors: FormErrors(problems), conflict: conflict,
            previewHTML: preview)
        return site.renderer.page(view, status: status)
    }

    /// Asks before deleting: the Delete link leads here, and the page's button posts to the same address.
    func confirmDelete(_ request: Request, context: SignedInContext) async throws -> Response {
        let article = try await site.store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        guard try await site.store.articles.canEdit(article, context.member) else {
            throw StoreError.forbidden("Only the article's editors delete it.")
        }
        let view = ConfirmPage(
            chrome: try await site.chrome("Delete “\(article.title)”?", context.parent), question: "Delete “\(article.title)”?",
            consequence: "The article and all its revisions are removed for everyone. This cannot be undone.",
            action: .articleDelete(article.id), button: "Delete the article", cancel: .article(article.id))
        return site.renderer.page(view)
    }

    func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        let article = try await site.store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        try await site.store.articles.delete(id: article.id, by: context.member)
        return redirect(to: .spaceArticles(article.space.slug))
    }

    func reorder(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(PositionForm.self, context: context)
        let article = try await site.store.articles.reorder(
            id: try context.parameters.itemID(), position: form.position, by: context.member)
        return redirect(to: .spaceArticles(article.space.slug))
    }

    func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(MoveForm.self, context: context)
        let article = try await site.store.articles.move(id: try context.parameters.itemID(), to: form.space, by: context.member)
        return redirect(to: .article(article.id))
    }

    func history(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let article = try await site.store.articles.find(id: id, for: context.viewer)
        let revisions = try await site.store.articles.history(of: id, for: context.viewer)
        let view = HistoryPage(
            chrome: try await site.chrome("History of \(article.title)", context), article: ArticleView(article),
            revisions: revisions.map { RevisionView($0, articleId: id) },
            canRestore: try await site.store.articles.canEdit(article, context.member))
        return site.renderer.page(view)
    }

    func revision(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        guard let number = context.parameters.get("number", as: Int.self) else { throw StoreError.notFound }
        let article = try await site.store.articles.find(id: id, for: context.viewer)
        let revision = try await site.store.articles.revision(number, of: id, for: context.viewer)
        let view = RevisionPage(
            chrome: try await site.chrome("\(revision.title) (revision \(number))", context), article: ArticleView(article),
            revision: RevisionView(revision, articleId: id), title: revision.title, bodyHTML: Markdown().html(revision.body),
            isCurrent: number == article.revision, canRestore: try await site.store.articles.canEdit(article, context.member))
        return site.renderer.page(view)
    }

    func diff(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let article = try await site.store.articles.find(id: id, for: context.viewer)
        let query = request.uri.queryParameters
        let to = query.get("to", as: Int.self) ?? article.revision
        let from = query.get("from", as: Int.self) ?? max(1, to - 1)
        let old = try await site.store.articles.revision(from, of: id, for: context.viewer)
        let new = try await site.store.articles.revision(to, of: id, for: context.viewer)
        let view = DiffPage(
            chrome: try await site.chrome("Changes to \(article.title)", context), article: ArticleView(article), from: from, to: to,
            metadata: MetadataChange.between(old, new), rows: Diff.rows(from: old.body, to: new.body).map(DiffRowView.init))
        return site.renderer.page(view)
    }

    func restore(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        guard let number = context.parameters.get("number", as: Int.self) else { throw StoreError.notFound }
        _ = try await site.store.articles.restore(number, of: id, by: context.member)
        return redirect(to: .article(id))
    }

    func articleLog(_ request: Request, context: AppRequestContext) async throws -> Response {
        let article = try await site.store.articles.find(id: try context.parameters.itemID(), for: context.viewer)
        let entries = try await site.store.actionLog.entries(.item(article.id), for: context.viewer)
        return try await logPage(context: context, heading: "Log of \(article.title)", entries: entries)
    }

    func spaceLog(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        let entries = try await site.store.actionLog.entries(.space(space.id), for: context.viewer)
        return try await logPage(context: context, heading: "Log of \(space.name)", entries: entries)
    }

    func instanceLog(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try context.requireAdmin()
        let entries = try await site.store.actionLog.entries(.instance, for: context.viewer)
        return try await logPage(context: context.parent, heading: "Action log", entries: entries)
    }

    private func logPage(context: AppRequestContext, heading: String, entries: [ActionLogEntry]) async throws -> Response {
        let view = LogPage(chrome: try await site.chrome(heading, context), heading: heading, entries: entries.map(LogEntryView.init))
        return site.renderer.page(view)
    }
}

/// The form that places an article within its section.
struct PositionForm: Decodable {
    let position: Int
}

/// The form that moves an article to another space.
struct MoveForm: Decodable {
    let space: String
}

/// The edit that lost the race: which revisions, and how the text differs from what is saved now.
struct ConflictView {
    let base: Int
    let current: Int
    let rows: [DiffRowView]
}

/// One row of a rendered diff.
struct DiffRowView {
    let kind: String
    let oldHTML: String
    let newHTML: String

    init(_ row: Diff.Row) {
        kind = row.kind.rawValue
        oldHTML = row.oldHTML
        newHTML = row.newHTML
    }
}

/// A metadata field that differs between two revisions.
struct MetadataChange {
    let field: String
    let old: String
    let new: String

    static func between(_ old: ArticleRevision, _ new: ArticleRevision) -> [MetadataChange] {
        let fields: [(String, String, String)] = [
            ("Title", old.title, new.title),
            ("Status", old.status.label, new.status.label),
            ("Review by", old.reviewBy.map(DateText.day) ?? "—", new.reviewBy.map(DateText.day) ?? "—"),
            ("About customers", old.knowledgeKind?.label ?? "—", new.knowledgeKind?.label ?? "—"),
            // Sets, not lists: the same tags or owners in another order are no change.
            ("Tags", old.tags.sorted().joined(separator: " "), new.tags.sorted().joined(separator: " ")),
            ("Owners", old.owners.sorted().joined(separator: " "), new.owners.sorted().joined(separator: " ")),
            ("Section", old.section, new.section),
            ("Visibility", old.visibility.rawValue, new.visibility.rawValue),
        ]
        return fields.filter { $0.1 != $0.2 }.map { MetadataChange(field: $0.0, old: $0.1, new: $0.2) }
    }
}

struct ManualPage {
    let chrome: Chrome
    let space: SpaceView
    let sections: [ManualSection]
    let canWrite: Bool
}

struct ArticlePage {
    let chrome: Chrome
    let article: ArticleView
    let canEdit: Bool
    /// Spaces the article can be moved to.
    let destinations: [Option]
    let follow: FollowButton?
    let readers: Int
    /// schema.org JSON-LD, escaped for a `<script>` element.
    let jsonLD: String
}

struct ArticleFormPage {
    let chrome: Chrome
    let action: SiteURL
    let editing: Bool
    let spaceName: String
    let form: ArticleForm
    let choices: ArticleFormChoices
    let errors: FormErrors
    let conflict: ConflictView?
    /// The body rendered, when the writer asked for a preview.
    let previewHTML: String?
}

struct HistoryPage {
    let chrome: Chrome
    let article: ArticleView
    let revisions: [RevisionView]
    let canRestore: Bool
}

struct RevisionPage {
    let chrome: Chrome
    let article: ArticleView
    let revision: RevisionView
    let title: String
    let bodyHTML: String
    let isCurrent: Bool
    let canRestore: Bool
}

struct DiffPage {
    let chrome: Chrome
    let article: ArticleView
    let from: Int
    let to: Int
    let metadata: [MetadataChange]
    let rows: [DiffRowView]
}

struct LogPage {
    let chrome: Chrome
    let heading: String
    let entries: [LogEntryView]
}
