import SQLKit

/// Articles: writing, reading through ``VisibilityRule``, revisions and restoring.
public struct ArticleStore: Sendable {
    let database: Database
    let spaces: SpaceStore

    static let columns: SQLQueryString = """
        SELECT i.id, i.visibility, i.created_at, i.updated_at, s.slug AS space_slug, s.name AS space_name,
            a.slug, a.title, a.body, a.body_html, a.status, a.review_by, a.knowledge_kind, a.section, a.revision,
            m.id AS author_id, m.handle AS author_handle, m.name AS author_name, m.kind AS author_kind, m.relation AS author_relation
        """
    static let tables: SQLQueryString = """
        FROM items i JOIN articles a ON a.item_id = i.id JOIN spaces s ON s.id = i.space_id JOIN members m ON m.id = i.author_id
        """

    /// The longest edit summary an editor writes.
    public static let maximumSummaryLength = 200

    /// Starts an article in a space the author is an active member of; it becomes revision 1.
    public func create(_ draft: ArticleDraft, in spaceSlug: String, by author: Member) async throws -> Article {
        try draft.validate()
        let space = try await spaces.writable(slug: spaceSlug, by: author, doing: "write in it")
        let visibility = draft.visibility ?? space.defaultVisibility
        try VisibilityRule.check(visibility, chosenBy: author)
        let id = try await database.write { sql in
            let now = Clock.now()
            let id = try await sql.raw(
                """
                INSERT INTO items (kind, space_id, author_id, visibility, created_at, updated_at)
                VALUES ('article', \(bind: space.id), \(bind: author.id), \(bind: visibility.rawValue), \(bind: now), \(bind: now)) RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            let slug = Article.slug(id: id, title: draft.title)
            let position = try await sql.raw(
                "SELECT COALESCE(MAX(position), 0) + 1 AS next FROM articles WHERE space_id = \(bind: space.id)"
            ).first()!.decode(column: "next", as: Int.self)
            try await sql.raw(
                """
                INSERT INTO articles (item_id, space_id, slug, title, body, body_html, status, section, position, revision)
                VALUES (\(bind: id), \(bind: space.id), \(bind: slug), '', '', '', 'draft', '', \(bind: position), 0)
                """
            ).run()
            var owned = draft
            if owned.owners.isEmpty { owned.owners = [author.handle] }
            owned.visibility = visibility
            try await Self.save(owned, to: id, space: space.id, base: 0, summary: "Created", author: author.id, credited: nil, on: sql)
            try await ActionLogStore.record(
                "create", summary: "Created “\(draft.title.trimmed)”", actor: author.id, item: id, space: space.id, on: sql)
            return id
        }
        return try await find(id: id, for: .signedIn(author))
    }

    /// Writes a new revision if `base` is still the current one; otherwise throws ``StaleRevision``.
    public func update(id: Int, to draft: ArticleDraft, base: Int, summary: String, by editor: Member) async throws -> Article {
        var draft = draft
        draft.body = draft.body.normalizedNewlines
        try draft.validate()
        guard summary.trimmed.count <= Self.maximumSummaryLength else {
            throw StoreError.invalid("summary", "Keep the edit summary under \(Self.maximumSummaryLength) characters.")
        }
        let article = try await find(id: id, for: .signedIn(editor))
        guard try await canEdit(article, editor) else {
            throw StoreError.forbidden("Only the article's owners and the space's moderators edit it; suggest an edit instead.")
        }
        let visibility = draft.visibility ?? article.visibility
        try VisibilityRule.check(visibility, chosenBy: editor)
        var next = draft
        next.visibility = visibility
        // An edit that leaves out the visibility keeps who reads the article: its audience as well.
        if draft.visibility == nil && draft.audience == Audience() { next.audience = article.audience }
        let previous = Self.draft(of: article)
        guard next != previous else { return article }
        let summary = summary.trimmed.isEmpty ? Self.describeChanges(from: previous, to: next) : summary
        let spaceId = try await spaces.find(slug: article.space.slug, for: .signedIn(editor)).id
        let saved = try await database.write { sql -> Bool in
            guard try await Self.save(next, to: id, space: spaceId, base: base, summary: summary, author: editor.id, credited: nil, on: sql)
            else { return false }
            let number = base + 1
            try await ActionLogStore.record(
                "edit", summary: "Revision \(number)\(summary.trimmed.isEmpty ? "" : ": \(summary.trimmed)")", actor: editor.id, item: id,
                space: spaceId, on: sql)
            if visibility != article.visibility {
                try await ActionLogStore.record(
                    "visibility", summary: "Visibility \(article.visibility.rawValue) → \(visibility.rawValue)", actor: editor.id, item: id,
                    space: spaceId, on: sql)
            }
            return true
        }
        guard saved else { throw StaleRevision(base: base, current: try await find(id: id, for: .signedIn(editor))) }
        return try await find(id: id, for: .signedIn(editor))
    }

    /// Saves `draft` as the revision after `base`, atomically: false when `base` is no longer current.
    @discardableResult
    static func save(
        _ draft: ArticleDraft, to id: Int, space: Int, base: Int, summary: String, author: Int, credited: Int?, on sql: any SQLDatabase
    ) async throws -> Bool {
        var draft = draft
        draft.body = draft.body.normalizedNewlines
        let visibility = draft.visibility ?? .space
        let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: draft.body), on: sql)
        let ownerIds = try await MemberStore.resolve(handles: draft.owners.map { $0.lowercased().trimmingCharacters(in: ["@"]) }, on: sql)
        let missing = draft.owners.map { $0.lowercased().trimmingCharacters(in: ["@"]) }.filter { ownerIds[$0] == nil }
        if let unknown = missing.first { throw StoreError.conflict("owners", "No member has the handle @\(unknown).") }
        // Owners answer for the article, so they are always among the people a private or partners article is shared with.
        let audience = try await Audiences.resolve(
            draft.audience, visibility: visibility, mentioned: mentioned, including: Array(ownerIds.values), on: sql)
        let now = Clock.now()
        let html = Markdown(knownHandles: Set(mentioned.keys)).html(draft.body)
        let updated = try await sql.raw(
            """
            UPDATE articles SET title = \(bind: draft.title.trimmed), body = \(bind: draft.body), body_html = \(bind: html),
                status = \(bind: draft.status.rawValue), review_by = \(bind: draft.reviewBy), knowledge_kind = \(bind: draft.knowledgeKind?.rawValue),
                section = \(bind: draft.section.trimmed), revision = revision + 1
            WHERE item_id = \(bind: id) AND revision = \(bind: base) RETURNING revision
            """
        ).first()
        guard updated != nil else { return false }
        try await sql.raw(
            "UPDATE items SET visibility = \(bind: visibility.rawValue), updated_at = \(bind: now) WHERE id = \(bind: id)"
        ).run()
        try await Audiences.store(audience, for: id, on: sql)
        try await ItemTags.store(draft.tags, for: id, on: sql)
        try await sql.raw("DELETE FROM article_owners WHERE item_id = \(bind: id)").run()
        for ownerId in Set(ownerIds.values) {
            try await sql.raw("INSERT INTO article_owners (item_id, member_id) VALUES (\(bind: id), \(bind: ownerId))").run()
        }
        try await sql.raw(
            """
            INSERT INTO article_revisions (item_id, number, title, body, tags, status, review_by, knowledge_kind, owners, section,
                visibility, author_id, credited_id, summary, created_at)
            VALUES (\(bind: id), \(bind: base + 1), \(bind: draft.title.trimmed), \(bind: draft.body), \(bind: draft.tags.joined(separator: " ")),
                \(bind: draft.status.rawValue), \(bind: draft.reviewBy), \(bind: draft.knowledgeKind?.rawValue),
                \(bind: draft.owners.map { $0.lowercased().trimmingCharacters(in: ["@"]) }.sorted().joined(separator: " ")),
                \(bind: draft.section.trimmed), \(bind: visibility.rawValue), \(bind: author), \(bind: credited),
                \(bind: summary.trimmed), \(bind: now))
            """
        ).run()
        try await SearchIndex.enqueue(id, on: sql)
        try await NotificationStore.notifyFollowers(
            of: [.item(id)], except: [author], about: id, kind: "update",
            text: "“\(draft.title.trimmed)” was updated: \(summary.trimmed)", opening: .article(id), on: sql)
        return true
    }

    /// The article as a draft: what an edit form starts from.
    public static func draft(of article: Article) -> ArticleDraft {
        ArticleDraft(
            title: article.title, body: article.body, tags: article.tags, status: article.status, reviewBy: article.reviewBy,
            knowledgeKind: article.knowledgeKind, section: article.section, owners: article.owners.map(\.handle).sorted(),
            visibility: article.visibility, audience: article.audience)
    }

    /// "Changed the text, status and tags": the summary of an edit saved without one.
    static func describeChanges(from old: ArticleDraft, to new: ArticleDraft) -> String {
        let changes: [(Bool, String)] = [
            (old.title != new.title, "title"), (old.body != new.body, "text"), (old.status != new.status, "status"),
            (old.reviewBy != new.reviewBy, "review date"), (old.knowledgeKind != new.knowledgeKind, "customer-knowledge kind"),
            (old.tags != new.tags, "tags"), (old.owners != new.owners, "owners"), (old.section != new.section, "section"),
            (old.visibility != new.visibility || old.audience != new.audience, "visibility"),
        ]
        let names = changes.filter(\.0).map(\.1)
        guard let last = names.last else { return "" }
        return "Changed the " + (names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last)
    }

    /// Whether the member edits directly: owners, the space's moderators, instance moderators and admins.
    public func canEdit(_ article: Article, _ member: Member?) async throws -> Bool {
        guard let member else { return false }
        if article.owners.contains(where: { $0.id == member.id }) { return true }
        return try await spaces.canModerate(try await spaces.find(slug: article.space.slug, for: .signedIn(member)), member)
    }

    /// The article, if the viewer may see it; otherwise ``StoreError/notFound``.
    public func find(id: Int, for viewer: Viewer) async throws -> Article {
        guard let article = try await query(for: viewer, where: "i.id = \(bind: id)", order: "i.id", limit: 1).first else {
            throw StoreError.notFound
        }
        return article
    }

    /// The manual's order as the viewer sees it: sections in the order of their first visible article, articles by
    /// position within them. Only articles the viewer may see count, so the order reveals nothing of the others.
    static func manualOrder(for viewer: Viewer) -> SQLQueryString {
        """
        (SELECT MIN(b.position) FROM articles b JOIN items bi ON bi.id = b.item_id
            WHERE b.space_id = a.space_id AND b.section = a.section AND \(VisibilityRule(viewer).predicate(item: "bi"))),
        a.section, a.position, a.title, a.item_id
        """
    }

    /// The article's place in its section, counting only the articles the viewer may see: what `Article.position`
    /// shows, since stored positions would show gaps where the viewer's invisible articles stand.
    static func place(for viewer: Viewer) -> SQLQueryString {
        """
        (SELECT COUNT(*) + 1 FROM articles b JOIN items bi ON bi.id = b.item_id
            WHERE b.space_id = a.space_id AND b.section = a.section
            AND (b.position < a.position OR (b.position = a.position AND (b.title < a.title OR (b.title = a.title AND b.item_id < a.item_id))))
            AND \(VisibilityRule(viewer).predicate(item: "bi"))) AS place
        """
    }

    /// A space's visible articles in manual order: by section, then position. Their places are counted off this list,
    /// which holds every visible article of each section in order, rather than by a count per article.
    public func index(of spaceId: Int, for viewer: Viewer) async throws -> [Article] {
        try await query(
            for: viewer, where: "i.space_id = \(bind: spaceId)", order: Self.manualOrder(for: viewer), limit: 1000, inManualOrder: true)
    }

    /// Visible articles, most recently changed first, for feeds, profiles and tag pages.
    public func recent(authorId: Int? = nil, tag: String? = nil, limit: Int = 10, for viewer: Viewer) async throws -> [Article] {
        var conditions: [SQLQueryString] = ["i.kind = 'article'"]
        if let authorId { conditions.append("i.author_id = \(bind: authorId)") }
        if let tag { conditions.append(ItemTags.carrying(tag)) }
        return try await query(
            for: viewer, where: conditions.joined(separator: " AND "), order: "i.updated_at DESC, i.id DESC", limit: limit)
    }

    private func query(
        for viewer: Viewer, where condition: SQLQueryString, order: SQLQueryString, limit: Int, inManualOrder: Bool = false
    ) async throws -> [Article] {
        try await database.read { sql in
            let place: SQLQueryString = inManualOrder ? "0 AS place" : Self.place(for: viewer)
            let rows = try await sql.raw(
                """
                \(Self.columns), \(place) \(Self.tables)
                WHERE \(condition) AND \(VisibilityRule(viewer).predicate()) ORDER BY \(order) LIMIT \(bind: limit)
                """
            ).all()
            var places: [Int: Int] = [:]
            if inManualOrder {
                var section: String?
                var number = 0
                for row in rows {
                    let rowSection = try row.decode(column: "section", as: String.self)
                    number = rowSection == section ? number + 1 : 1
                    section = rowSection
                    places[try row.decode(column: "id", as: Int.self)] = number
                }
            }
            let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
            let tags = try await ItemTags.load(ids, on: sql)
            let audiences = try await Audiences.load(ids, on: sql)
            let owners = try await Self.owners(of: ids, on: sql)
            return try rows.map { row in
                let id = try row.decode(column: "id", as: Int.self)
                return Article(
                    id: id,
                    space: SpaceReference(
                        slug: try row.decode(column: "space_slug", as: String.self),
                        name: try row.decode(column: "space_name", as: String.self)),
                    slug: try row.decode(column: "slug", as: String.self), title: try row.decode(column: "title", as: String.self),
                    body: try row.decode(column: "body", as: String.self), bodyHTML: try row.decode(column: "body_html", as: String.self),
                    tags: tags[id] ?? [], status: try row.decode(column: "status", as: ArticleStatus.self),
                    reviewBy: try row.decode(column: "review_by", as: Int?.self),
                    knowledgeKind: try row.decode(column: "knowledge_kind", as: KnowledgeKind?.self),
                    section: try row.decode(column: "section", as: String.self),
                    position: try places[id] ?? row.decode(column: "place", as: Int.self),
                    visibility: try row.decode(column: "visibility", as: Visibility.self), audience: audiences[id] ?? Audience(),
                    owners: owners[id] ?? [],
                    author: MemberSummary(
                        id: try row.decode(column: "author_id", as: Int.self),
                        handle: try row.decode(column: "author_handle", as: String.self),
                        name: try row.decode(column: "author_name", as: String.self),
                        kind: try row.decode(column: "author_kind", as: MemberKind.self),
                        relation: try row.decode(column: "author_relation", as: Relation?.self)),
                    revision: try row.decode(column: "revision", as: Int.self),
                    createdAt: try row.decode(column: "created_at", as: Int.self),
                    updatedAt: try row.decode(column: "updated_at", as: Int.self))
            }
        }
    }

    private static func owners(of ids: [Int], on sql: any SQLDatabase) async throws -> [Int: [MemberSummary]] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int: [MemberSummary]] = [:]
        let rows = try await sql.raw(
            """
            SELECT o.item_id, m.id, m.handle, m.name, m.kind, m.relation FROM article_owners o JOIN members m ON m.id = o.member_id
            WHERE o.item_id IN \(ids.sqlList) ORDER BY m.name
            """
        ).all()
        for row in rows {
            result[try row.decode(column: "item_id", as: Int.self), default: []].append(try row.model(MemberSummary.self))
        }
        return result
    }

    /// Every revision of a visible article, newest first.
    public func history(of id: Int, for viewer: Viewer) async throws -> [ArticleRevision] {
        _ = try await find(id: id, for: viewer)
        return try await revisions(of: id, where: "1 = 1")
    }

    /// One revision of a visible article.
    public func revision(_ number: Int, of id: Int, for viewer: Viewer) async throws -> ArticleRevision {
        _ = try await find(id: id, for: viewer)
        guard let revision = try await revisions(of: id, where: "r.number = \(bind: number)").first else { throw StoreError.notFound }
        return revision
    }

    private func revisions(of id: Int, where condition: SQLQueryString) async throws -> [ArticleRevision] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT r.number, r.title, r.body, r.tags, r.status, r.review_by, r.knowledge_kind, r.owners, r.section, r.visibility,
                    r.summary, r.created_at, m.id AS author_id, m.handle AS author_handle, m.name AS author_name, m.kind AS author_kind,
                    m.relation AS author_relation, c.id AS credited_id, c.handle AS credited_handle, c.name AS credited_name,
                    c.kind AS credited_kind, c.relation AS credited_relation
                FROM article_revisions r JOIN members m ON m.id = r.author_id LEFT JOIN members c ON c.id = r.credited_id
                WHERE r.item_id = \(bind: id) AND \(condition) ORDER BY r.number DESC
                """
            ).all().map { row in
                func person(_ prefix: String) throws -> MemberSummary? {
                    guard let id = try row.decode(column: "\(prefix)_id", as: Int?.self) else { return nil }
                    return MemberSummary(
                        id: id, handle: try row.decode(column: "\(prefix)_handle", as: String.self),
                        name: try row.decode(column: "\(prefix)_name", as: String.self),
                        kind: try row.decode(column: "\(prefix)_kind", as: MemberKind.self),
                        relation: try row.decode(column: "\(prefix)_relation", as: Relation?.self))
                }
                return ArticleRevision(
                    number: try row.decode(column: "number", as: Int.self), title: try row.decode(column: "title", as: String.self),
                    body: try row.decode(column: "body", as: String.self),
                    tags: Tags.parseList(try row.decode(column: "tags", as: String.self)),
                    status: try row.decode(column: "status", as: ArticleStatus.self),
                    reviewBy: try row.decode(column: "review_by", as: Int?.self),
                    knowledgeKind: try row.decode(column: "knowledge_kind", as: KnowledgeKind?.self),
                    section: try row.decode(column: "section", as: String.self),
                    owners: Tags.parseList(try row.decode(column: "owners", as: String.self)),
                    visibility: try row.decode(column: "visibility", as: Visibility.self), author: try person("author")!,
                    credited: try person("credited"), summary: try row.decode(column: "summary", as: String.self),
                    createdAt: try row.decode(column: "created_at", as: Int.self))
            }
        }
    }

    /// Restores an old revision's content and metadata as a new revision.
    public func restore(_ number: Int, of id: Int, by editor: Member) async throws -> Article {
        let article = try await find(id: id, for: .signedIn(editor))
        let old = try await revision(number, of: id, for: .signedIn(editor))
        let draft = ArticleDraft(
            title: old.title, body: old.body, tags: old.tags, status: old.status, reviewBy: old.reviewBy, knowledgeKind: old.knowledgeKind,
            section: old.section, owners: old.owners, visibility: old.visibility, audience: article.audience)
        return try await update(id: id, to: draft, base: article.revision, summary: "Restored revision \(number)", by: editor)
    }

    /// Deletes an article with its revisions and suggestions; the action log keeps that it happened.
    public func delete(id: Int, by editor: Member) async throws {
        let article = try await find(id: id, for: .signedIn(editor))
        guard try await canEdit(article, editor) else {
            throw StoreError.forbidden("Only the article's owners and the space's moderators delete it.")
        }
        let spaceId = try await spaces.find(slug: article.space.slug, for: .signedIn(editor)).id
        try await database.write { sql in
            try await ActionLogStore.record(
                "delete", summary: "Deleted “\(article.title)”", actor: editor.id, item: id, space: spaceId, on: sql)
            try await sql.raw("DELETE FROM items WHERE id = \(bind: id)").run()
            try await SearchIndex.enqueue(id, on: sql)
        }
    }

    /// Puts an article at a place in its section of the manual, counted as the editor sees it (1 comes first): it goes
    /// just before the visible article that stands there now. Articles the editor cannot see keep their order among
    /// the others; the section is numbered afresh, so ties on the stored position cannot shift it.
    public func reorder(id: Int, position place: Int, by editor: Member) async throws -> Article {
        let article = try await find(id: id, for: .signedIn(editor))
        guard try await canEdit(article, editor) else {
            throw StoreError.forbidden("Only the article's owners and the space's moderators order it.")
        }
        guard (1...100_000).contains(place) else { throw StoreError.invalid("position", "Use a place from 1 to 100,000.") }
        let visible = VisibilityRule(.signedIn(editor)).predicate(item: "i")
        try await database.write { sql in
            let section = try await sql.raw(
                """
                SELECT a.item_id, CASE WHEN \(visible) THEN 1 ELSE 0 END AS visible FROM articles a JOIN items i ON i.id = a.item_id
                WHERE a.space_id = (SELECT space_id FROM articles WHERE item_id = \(bind: id))
                    AND a.section = (SELECT section FROM articles WHERE item_id = \(bind: id)) AND a.item_id <> \(bind: id)
                ORDER BY a.position, a.title, a.item_id
                """
            ).all().map {
                (id: try $0.decode(column: "item_id", as: Int.self), visible: try $0.decode(column: "visible", as: Int.self) == 1)
            }
            let visibleOthers = section.indices.filter { section[$0].visible }
            let index =
                place <= visibleOthers.count
                ? visibleOthers[place - 1] : (visibleOthers.last.map { $0 + 1 } ?? section.count)
            var order = section.map(\.id)
            order.insert(id, at: index)
            for (number, itemId) in order.enumerated() {
                try await sql.raw("UPDATE articles SET position = \(bind: number + 1) WHERE item_id = \(bind: itemId)").run()
            }
        }
        return try await find(id: id, for: .signedIn(editor))
    }

    /// Moves an article to another space the editor writes in; it keeps its history.
    public func move(id: Int, to spaceSlug: String, by editor: Member) async throws -> Article {
        let article = try await find(id: id, for: .signedIn(editor))
        guard try await canEdit(article, editor) else {
            throw StoreError.forbidden("Only the article's owners and the space's moderators move it.")
        }
        let from = try await spaces.find(slug: article.space.slug, for: .signedIn(editor))
        let target = try await spaces.find(slug: spaceSlug, for: .signedIn(editor))
        guard target.id != from.id else { return article }
        let membership = try await spaces.membership(in: target.id, of: editor.id)
        guard membership?.status == .active || editor.isAdmin else {
            throw StoreError.forbidden("Join the other space to move articles into it.")
        }
        try await database.write { sql in
            try await sql.raw("UPDATE items SET space_id = \(bind: target.id), updated_at = \(bind: Clock.now()) WHERE id = \(bind: id)")
                .run()
            try await sql.raw("UPDATE articles SET space_id = \(bind: target.id) WHERE item_id = \(bind: id)").run()
            for space in [from.id, target.id] {
                try await ActionLogStore.record(
                    "move", summary: "Moved from \(from.name) to \(target.name)", actor: editor.id, item: id, space: space, on: sql)
            }
        }
        return try await find(id: id, for: .signedIn(editor))
    }
}
