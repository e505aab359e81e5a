import SQLKit

/// What the index knows of one item.
struct SearchDocument: Sendable {
    /// What results call it: post, article, question, discussion, idea, campaign or task.
    var kind: String
    var title: String
    var tags: [String]
    var body: String
    /// A filterable state: verified, answered, unanswered … or empty.
    var status: String
    /// Extra weight in percent: accepted answers and verified articles rank higher.
    var boost: Int
    var updatedAt: Int
}

/// Keeps `search_documents` in step with the items (SQLite's `search_fts` follows them by triggers). Each kind of item says
/// once, in ``builders``, what of it is searchable: a new kind of item adds itself there.
///
/// Every write path calls ``enqueue(_:on:)`` in its own transaction: a row in `search_queue`, committed
/// with the change or not at all. ``catchUp(_:)`` rewrites the queued documents later, in batches — so a
/// busy thread's document (its opening post and up to 500 replies) is rebuilt once for many replies, not
/// inside each reply's transaction. Searches catch up before they read, so a search sees every write
/// that came before it; visibility never depends on the index, which is always joined to the items.
enum SearchIndex {
    typealias Builder = @Sendable (Int, any SQLDatabase) async throws -> SearchDocument?

    static let builders: [String: Builder] = [
        "post": { id, sql in
            guard
                let row = try await sql.raw(
                    "SELECT p.body, i.updated_at FROM posts p JOIN items i ON i.id = p.item_id WHERE p.item_id = \(bind: id)"
                ).first()
            else { return nil }
            let body = try row.decode(column: "body", as: String.self)
            return SearchDocument(
                kind: "post", title: "", tags: Tags.hashtags(in: body), body: body, status: "", boost: 0,
                updatedAt: try row.decode(column: "updated_at", as: Int.self))
        },
        "article": { id, sql in
            guard
                let row = try await sql.raw(
                    "SELECT a.title, a.body, a.status, i.updated_at FROM articles a JOIN items i ON i.id = a.item_id WHERE a.item_id = \(bind: id)"
                ).first()
            else { return nil }
            let status = try row.decode(column: "status", as: String.self)
            return SearchDocument(
                kind: "article", title: try row.decode(column: "title", as: String.self), tags: try await tags(of: id, on: sql),
                body: try row.decode(column: "body", as: String.self), status: status,
                boost: status == ArticleStatus.verified.rawValue ? 50 : 0,
                updatedAt: try row.decode(column: "updated_at", as: Int.self))
        },
        "conversation": { id, sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT c.kind, c.title, c.body, c.accepted_reply_id, c.merged_into, c.last_activity_at
                    FROM conversations c WHERE c.item_id = \(bind: id)
                    """
                ).first(), try row.decode(column: "merged_into", as: Int?.self) == nil
            else { return nil }
            let replies = try await sql.raw(
                "SELECT body FROM replies WHERE conversation_id = \(bind: id) AND hidden = 0 ORDER BY id LIMIT 500"
            ).all().map { try $0.decode(column: "body", as: String.self) }
            let kind = try row.decode(column: "kind", as: String.self)
            let answered = try row.decode(column: "accepted_reply_id", as: Int?.self) != nil
            return SearchDocument(
                kind: kind, title: try row.decode(column: "title", as: String.self), tags: try await tags(of: id, on: sql),
                body: ([try row.decode(column: "body", as: String.self)] + replies).joined(separator: "\n\n"),
                status: kind == "question" ? (answered ? "answered" : "unanswered") : "", boost: answered ? 50 : 0,
                updatedAt: try row.decode(column: "last_activity_at", as: Int.self))
        },
        "idea": { id, sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT c.title, c.body, c.last_activity_at, d.status, d.support_count
                    FROM conversations c JOIN ideas d ON d.item_id = c.item_id WHERE c.item_id = \(bind: id)
                    """
                ).first(), try row.decode(column: "status", as: String.self) != IdeaStatus.duplicate.rawValue
            else { return nil }
            let replies = try await sql.raw(
                "SELECT body FROM replies WHERE conversation_id = \(bind: id) AND hidden = 0 ORDER BY id LIMIT 500"
            ).all().map { try $0.decode(column: "body", as: String.self) }
            let answers = try await sql.raw("SELECT note FROM idea_answers WHERE idea_id = \(bind: id) ORDER BY id").all().map {
                try $0.decode(column: "note", as: String.self)
            }
            return SearchDocument(
                kind: "idea", title: try row.decode(column: "title", as: String.self), tags: try await tags(of: id, on: sql),
                body: ([try row.decode(column: "body", as: String.self)] + answers + replies).joined(separator: "\n\n"),
                status: try row.decode(column: "status", as: String.self),
                boost: min(50, try row.decode(column: "support_count", as: Int.self)),
                updatedAt: try row.decode(column: "last_activity_at", as: Int.self))
        },
        "campaign": { id, sql in
            guard
                let row = try await sql.raw(
                    "SELECT c.title, c.brief, c.phase, i.updated_at FROM campaigns c JOIN items i ON i.id = c.item_id WHERE c.item_id = \(bind: id)"
                ).first()
            else { return nil }
            return SearchDocument(
                kind: "campaign", title: try row.decode(column: "title", as: String.self), tags: [],
                body: try row.decode(column: "brief", as: String.self), status: try row.decode(column: "phase", as: String.self), boost: 0,
                updatedAt: try row.decode(column: "updated_at", as: Int.self))
        },
        "task": { id, sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT t.title, t.brief, t.closed_at, i.updated_at FROM knowledge_tasks t JOIN items i ON i.id = t.item_id
                    WHERE t.item_id = \(bind: id)
                    """
                ).first()
            else { return nil }
            return SearchDocument(
                kind: "task", title: try row.decode(column: "title", as: String.self), tags: [],
                body: try row.decode(column: "brief", as: String.self),
                status: try row.decode(column: "closed_at", as: Int?.self) == nil ? "open" : "closed", boost: 0,
                updatedAt: try row.decode(column: "updated_at", as: Int.self))
        },
    ]

    private static func tags(of id: Int, on sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw("SELECT tag FROM item_tags WHERE item_id = \(bind: id) ORDER BY tag").all().map {
            try $0.decode(column: "tag", as: String.self)
        }
    }

    /// Marks the item's document out of date, in the writer's transaction.
    static func enqueue(_ id: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw("INSERT INTO search_queue (item_id) VALUES (\(bind: id)) ON CONFLICT DO NOTHING").run()
    }

    /// How many documents one transaction of ``catchUp(_:)`` rewrites.
    static let batchSize = 100

    /// Rewrites the documents of queued items, a batch per transaction, until the queue is empty; returns
    /// how many it rewrote. Costs one read when nothing is queued. On PostgreSQL concurrent callers take
    /// different items (`SKIP LOCKED`); SQLite's single writer takes them in turn.
    static func catchUp(_ database: Database) async throws -> Int {
        let queued = try await database.read { sql in try await sql.raw("SELECT 1 AS x FROM search_queue LIMIT 1").first() != nil }
        guard queued else { return 0 }
        var count = 0
        while true {
            let rewritten = try await database.write { sql in
                let lock: SQLQueryString = database.kind == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
                let ids = try await sql.raw("SELECT item_id FROM search_queue ORDER BY item_id LIMIT \(bind: batchSize)\(lock)").all().map {
                    try $0.decode(column: "item_id", as: Int.self)
                }
                guard !ids.isEmpty else { return 0 }
                for id in ids { try await refresh(id, on: sql) }
                try await sql.raw("DELETE FROM search_queue WHERE item_id IN \(ids.sqlList)").run()
                return ids.count
            }
            count += rewritten
            if rewritten < batchSize { return count }
        }
    }

    /// Rewrites the item's document from what is stored now; removes it when the item is gone or not searchable.
    static func refresh(_ id: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM search_documents WHERE item_id = \(bind: id)").run()
        guard
            let kind = try await sql.raw("SELECT kind FROM items WHERE id = \(bind: id)").first()?.decode(column: "kind", as: String.self),
            let builder = builders[kind], let document = try await builder(id, sql)
        else { return }
        let tags = document.tags.joined(separator: " ")
        try await sql.raw(
            """
            INSERT INTO search_documents (item_id, kind, title, tags, body, status, boost, updated_at)
            VALUES (\(bind: id), \(bind: document.kind), \(bind: document.title), \(bind: tags), \(bind: Markdown().plainText(document.body)),
                \(bind: document.status), \(bind: document.boost), \(bind: document.updatedAt))
            """
        ).run()
    }
}
