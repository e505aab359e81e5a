import SQLKit

/// Suggested edits: proposing, the review queue, accepting (a revision crediting the suggester) and rejecting.
public struct SuggestedEditStore: Sendable {
    let database: Database
    let articles: ArticleStore

    /// Proposes a change to an article the member can read; its owners are notified.
    public func suggest(_ suggestion: Suggestion, to articleId: Int, by member: Member) async throws -> SuggestedEdit {
        let article = try await articles.find(id: articleId, for: .signedIn(member))
        let draft = ArticleDraft(
            title: suggestion.title, body: suggestion.body.normalizedNewlines, tags: suggestion.tags, status: suggestion.status,
            knowledgeKind: suggestion.knowledgeKind)
        try draft.validate()
        var validator = Validator()
        validator.require(suggestion.comment.count <= 2000, "comment", "Keep the comment under 2,000 characters.")
        let current = ArticleStore.draft(of: article)
        validator.require(
            draft.title.trimmed != current.title || draft.body != current.body || draft.tags != current.tags
                || draft.status != current.status
                || draft.knowledgeKind != current.knowledgeKind,
            "body", "The suggestion changes nothing yet.", conflict: true)
        try validator.check()
        let id = try await database.write { sql in
            let id = try await sql.raw(
                """
                INSERT INTO suggested_edits (item_id, base_revision, title, body, tags, status, knowledge_kind, comment, suggester_id, state, created_at)
                VALUES (\(bind: article.id), \(bind: article.revision), \(bind: draft.title.trimmed), \(bind: draft.body),
                    \(bind: draft.tags.joined(separator: " ")), \(bind: draft.status.rawValue), \(bind: draft.knowledgeKind?.rawValue),
                    \(bind: suggestion.comment.trimmed), \(bind: member.id), 'open', \(bind: Clock.now()))
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            let spaceId = try await sql.raw("SELECT space_id FROM items WHERE id = \(bind: article.id)").first()!.decode(
                column: "space_id", as: Int.self)
            try await ActionLogStore.record(
                "suggest", summary: "Suggested an edit to revision \(article.revision)", actor: member.id, item: article.id, space: spaceId,
                suggestion: id, on: sql)
            for owner in article.owners where owner.id != member.id {
                try await NotificationStore.notify(
                    owner.id, about: article.id, kind: "suggestion", text: "\(member.name) suggested an edit to “\(article.title)”.",
                    opening: .suggestion(id), on: sql)
            }
            try await KnowledgeTaskStore.record(.suggestion(article: article.id, suggestion: id), by: member, on: sql)
            return id
        }
        return try await find(id, for: .signedIn(member))
    }

    static let columns: SQLQueryString = """
        SELECT e.id, e.item_id, a.title AS article_title, e.base_revision, e.title, e.body, e.tags, e.status, e.knowledge_kind, e.comment,
            e.state, e.reason, e.created_at, e.decided_at, m.id AS suggester_id, m.handle, m.name, m.kind, m.relation
        FROM suggested_edits e JOIN items i ON i.id = e.item_id JOIN articles a ON a.item_id = e.item_id JOIN members m ON m.id = e.suggester_id
        """

    /// Who may see a suggestion: its suggester and the article's editors, and only while they may read the article.
    static func readable(by member: Member) -> SQLQueryString {
        "(\(VisibilityRule(.signedIn(member)).predicate()) AND \(decidedOrWritten(by: member)))"
    }

    /// Whether the member wrote the suggestion `e` or edits its article (item `i`): the suggestion's rule on top of
    /// the article's visibility, also for log entries about it.
    static func decidedOrWritten(by member: Member) -> SQLQueryString {
        "(e.suggester_id = \(bind: member.id) OR \(decided(by: member)))"
    }

    /// Whether the member decides on suggestion `e` to article `i`: an owner of the article or a moderator of its space.
    private static func decided(by member: Member) -> SQLQueryString {
        member.isInstanceModerator
            ? "1 = 1"
            : """
            (EXISTS (SELECT 1 FROM article_owners o WHERE o.item_id = e.item_id AND o.member_id = \(bind: member.id)) \
            OR EXISTS (SELECT 1 FROM space_members sm WHERE sm.space_id = i.space_id AND sm.member_id = \(bind: member.id) \
            AND sm.role = 'moderator' AND sm.status = 'active'))
            """
    }

    /// How many open suggestions by others wait for the member's decision, counted up to `cap`, as a subquery for
    /// ``Store/badges(for:)``.
    static func awaitingCount(for member: Member, cap: Int) -> SQLQueryString {
        """
        SELECT COUNT(*) FROM (SELECT 1 AS x FROM suggested_edits e JOIN items i ON i.id = e.item_id \
        WHERE e.state = 'open' AND e.suggester_id <> \(bind: member.id) AND \(decided(by: member)) \
        AND \(VisibilityRule(.signedIn(member)).predicate()) LIMIT \(bind: cap)) awaiting
        """
    }

    public func find(_ id: Int, for viewer: Viewer) async throws -> SuggestedEdit {
        guard let member = viewer.member,
            let suggestion = try await query("e.id = \(bind: id) AND \(Self.readable(by: member))", limit: 1).first
        else { throw StoreError.notFound }
        return suggestion
    }

    /// Open suggestions the member reviews, and the member's own suggestions, newest first.
    public func queue(for member: Member) async throws -> [SuggestedEdit] {
        try await query("\(Self.readable(by: member)) AND (e.state = 'open' OR e.suggester_id = \(bind: member.id))", limit: 200)
    }

    /// The suggestions on one article that the member may see.
    public func suggestions(on articleId: Int, for member: Member) async throws -> [SuggestedEdit] {
        try await query("e.item_id = \(bind: articleId) AND \(Self.readable(by: member))", limit: 200)
    }

    private func query(_ condition: SQLQueryString, limit: Int) async throws -> [SuggestedEdit] {
        try await database.read { sql in
            try await sql.raw("\(Self.columns) WHERE \(condition) ORDER BY e.id DESC LIMIT \(bind: limit)").all().map { row in
                SuggestedEdit(
                    id: try row.decode(column: "id", as: Int.self), articleId: try row.decode(column: "item_id", as: Int.self),
                    articleTitle: try row.decode(column: "article_title", as: String.self),
                    baseRevision: try row.decode(column: "base_revision", as: Int.self),
                    title: try row.decode(column: "title", as: String.self),
                    body: try row.decode(column: "body", as: String.self),
                    tags: Tags.parseList(try row.decode(column: "tags", as: String.self)),
                    status: try row.decode(column: "status", as: ArticleStatus.self),
                    knowledgeKind: try row.decode(column: "knowledge_kind", as: KnowledgeKind?.self),
                    comment: try row.decode(column: "comment", as: String.self),
                    suggester: MemberSummary(
                        id: try row.decode(column: "suggester_id", as: Int.self), handle: try row.decode(column: "handle", as: String.self),
                        name: try row.decode(column: "name", as: String.self), kind: try row.decode(column: "kind", as: MemberKind.self),
                        relation: try row.decode(column: "relation", as: Relation?.self)),
                    state: try row.decode(column: "state", as: SuggestionState.self),
                    reason: try row.decode(column: "reason", as: String?.self),
                    createdAt: try row.decode(column: "created_at", as: Int.self),
                    decidedAt: try row.decode(column: "decided_at", as: Int?.self))
            }
        }
    }

    /// Accepts an open suggestion: a new revision crediting the suggester, who is notified. It changes exactly what
    /// the suggestion changed from the revision it was written against, field by field; everything else stays as the
    /// article is now. One written against an older revision needs `confirmOutdated`, since it replaces the newer text.
    public func accept(_ id: Int, by editor: Member, confirmOutdated: Bool = false) async throws -> Article {
        let suggestion = try await decidable(id, by: editor)
        let article = try await articles.find(id: suggestion.articleId, for: .signedIn(editor))
        if suggestion.baseRevision != article.revision && !confirmOutdated {
            throw OutdatedSuggestion(suggestion: suggestion, currentRevision: article.revision)
        }
        let base = try await articles.revision(suggestion.baseRevision, of: article.id, for: .signedIn(editor))
        var draft = ArticleStore.draft(of: article)
        if suggestion.title != base.title { draft.title = suggestion.title }
        if suggestion.body != base.body { draft.body = suggestion.body }
        if Set(suggestion.tags) != Set(base.tags) { draft.tags = suggestion.tags }
        if suggestion.status != base.status { draft.status = suggestion.status }
        if suggestion.knowledgeKind != base.knowledgeKind { draft.knowledgeKind = suggestion.knowledgeKind }
        let spaceId = try await articles.spaces.find(slug: article.space.slug, for: .signedIn(editor)).id
        let saved = try await database.write { sql -> Bool in
            let summary =
                "Accepted the suggestion of \(suggestion.suggester.name)" + (suggestion.comment.isEmpty ? "" : ": \(suggestion.comment)")
            guard
                try await ArticleStore.save(
                    draft, to: article.id, space: spaceId, base: article.revision, summary: String(summary.prefix(300)), author: editor.id,
                    credited: suggestion.suggester.id, on: sql)
            else { return false }
            try await Self.decide(id, as: .accepted, reason: nil, by: editor, on: sql)
            try await ActionLogStore.record(
                "accept", summary: "Accepted a suggestion by \(suggestion.suggester.name) as revision \(article.revision + 1)",
                actor: editor.id,
                item: article.id, space: spaceId, on: sql)
            try await NotificationStore.notify(
                suggestion.suggester.id, about: article.id, kind: "suggestion-accepted",
                text: "Your suggested edit to “\(article.title)” was accepted.", opening: .article(article.id), on: sql)
            return true
        }
        guard saved else {
            throw StaleRevision(base: article.revision, current: try await articles.find(id: article.id, for: .signedIn(editor)))
        }
        return try await articles.find(id: article.id, for: .signedIn(editor))
    }

    /// Rejects an open suggestion with a reason the suggester is told.
    public func reject(_ id: Int, reason: String, by editor: Member) async throws -> SuggestedEdit {
        guard (1...1000).contains(reason.trimmed.count) else {
            throw StoreError.invalid("reason", "Tell the suggester why (at most 1,000 characters).")
        }
        let suggestion = try await decidable(id, by: editor)
        let spaceId = try await articles.spaces.find(
            slug: try await articles.find(id: suggestion.articleId, for: .signedIn(editor)).space.slug, for: .signedIn(editor)
        ).id
        try await database.write { sql in
            try await Self.decide(id, as: .rejected, reason: reason.trimmed, by: editor, on: sql)
            try await ActionLogStore.record(
                "reject", summary: "Rejected a suggestion by \(suggestion.suggester.name): \(reason.trimmed)", actor: editor.id,
                item: suggestion.articleId, space: spaceId, suggestion: id, on: sql)
            try await NotificationStore.notify(
                suggestion.suggester.id, about: suggestion.articleId, kind: "suggestion-rejected",
                text: "Your suggested edit to “\(suggestion.articleTitle)” was not accepted: \(reason.trimmed)",
                opening: .suggestion(id), on: sql)
        }
        return try await find(id, for: .signedIn(editor))
    }

    /// The open suggestion, if the member may decide it.
    private func decidable(_ id: Int, by editor: Member) async throws -> SuggestedEdit {
        let suggestion = try await find(id, for: .signedIn(editor))
        let article = try await articles.find(id: suggestion.articleId, for: .signedIn(editor))
        guard try await articles.canEdit(article, editor) else {
            throw StoreError.forbidden("Only the article's owners and the space's moderators decide on suggestions.")
        }
        guard suggestion.state == .open else { throw StoreError.conflict("This suggestion was already \(suggestion.state.rawValue).") }
        return suggestion
    }

    private static func decide(
        _ id: Int, as state: SuggestionState, reason: String?, by editor: Member, on sql: any SQLDatabase
    ) async throws {
        let updated = try await sql.raw(
            """
            UPDATE suggested_edits SET state = \(bind: state.rawValue), reason = \(bind: reason), decided_by = \(bind: editor.id),
                decided_at = \(bind: Clock.now())
            WHERE id = \(bind: id) AND state = 'open' RETURNING id
            """
        ).first()
        if updated == nil { throw StoreError.conflict("This suggestion was already decided.") }
    }
}
