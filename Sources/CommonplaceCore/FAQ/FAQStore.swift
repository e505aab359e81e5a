import SQLKit

/// One question → answer entry of a space's FAQ, linked to the thread it came from.
public struct FAQEntry: Sendable, Codable, Equatable {
    public let id: Int
    public let conversationId: Int
    public let space: SpaceReference
    public let question: String
    public let answer: String
    public let answerHTML: String
    public let position: Int
    public let createdAt: Int
}

/// The FAQ of each space: accepted answers promoted by moderators (PRODUCT.md §5). An entry is read
/// through its thread's item, so it is exactly as visible as the thread, wherever the thread moves.
public struct FAQStore: Sendable {
    let database: Database

    /// Promotes a question's accepted answer into its space's FAQ, at the end.
    public func promote(_ id: Int, by member: Member) async throws -> FAQEntry {
        try await database.write { sql in
            let conversation = try await ConversationStore.writable(id, by: member, on: sql)
            let spaceId = try await ConversationStore.spaceId(of: id, on: sql)
            guard try await SpaceStore.moderates(spaceId, member, on: sql) else {
                throw StoreError.forbidden("Only moderators of this space edit its FAQ.")
            }
            guard let accepted = conversation.acceptedReplyId,
                let answer = try await sql.raw("SELECT body, body_html FROM replies WHERE id = \(bind: accepted)").first()
            else { throw StoreError.conflict("Accept an answer before promoting the question to the FAQ.") }
            guard try await sql.raw("SELECT 1 AS x FROM faq_entries WHERE item_id = \(bind: id)").first() == nil else {
                throw StoreError.conflict("This question is already in the FAQ.")
            }
            let position = try await sql.raw(
                "SELECT COALESCE(MAX(f.position), 0) AS p FROM faq_entries f JOIN items i ON i.id = f.item_id WHERE i.space_id = \(bind: spaceId)"
            ).first()!.decode(column: "p", as: Int.self)
            try await sql.raw(
                """
                INSERT INTO faq_entries (item_id, question, answer, answer_html, position, promoted_by, created_at)
                VALUES (\(bind: id), \(bind: conversation.title), \(bind: try answer.decode(column: "body", as: String.self)),
                    \(bind: try answer.decode(column: "body_html", as: String.self)), \(bind: position + 1), \(bind: member.id), \(bind: Clock.now()))
                """
            ).run()
            try await ActionLogStore.record("faq", summary: "Added to the FAQ", actor: member.id, item: id, space: spaceId, on: sql)
            return try await Self.entries(where: "f.item_id = \(bind: id)", for: .signedIn(member), on: sql)[0]
        }
    }

    /// The FAQ of a space as the viewer may read it, in order.
    public func entries(of space: Space, for viewer: Viewer) async throws -> [FAQEntry] {
        try await database.read { sql in
            try await Self.entries(where: "i.space_id = \(bind: space.id)", for: viewer, on: sql)
        }
    }

    /// The entry of one thread, if any and visible.
    public func entry(for conversationId: Int, viewer: Viewer) async throws -> FAQEntry? {
        try await database.read { sql in
            try await Self.entries(where: "f.item_id = \(bind: conversationId)", for: viewer, on: sql).first
        }
    }

    private static func entries(where condition: SQLQueryString, for viewer: Viewer, on sql: any SQLDatabase) async throws -> [FAQEntry] {
        try await sql.raw(
            """
            SELECT f.id, f.item_id AS conversation_id, f.question, f.answer, f.answer_html, f.position, f.created_at,
                s.slug AS space_slug, s.name AS space_name
            FROM faq_entries f JOIN items i ON i.id = f.item_id JOIN spaces s ON s.id = i.space_id
            WHERE \(condition) AND \(VisibilityRule(viewer).predicate()) ORDER BY f.position, f.id
            """
        ).all().map { row in
            FAQEntry(
                id: try row.decode(column: "id", as: Int.self), conversationId: try row.decode(column: "conversation_id", as: Int.self),
                space: SpaceReference(
                    slug: try row.decode(column: "space_slug", as: String.self), name: try row.decode(column: "space_name", as: String.self)
                ),
                question: try row.decode(column: "question", as: String.self), answer: try row.decode(column: "answer", as: String.self),
                answerHTML: try row.decode(column: "answer_html", as: String.self),
                position: try row.decode(column: "position", as: Int.self),
                createdAt: try row.decode(column: "created_at", as: Int.self))
        }
    }

    /// Takes an entry out of the FAQ (the thread stays).
    public func remove(_ entryId: Int, by member: Member) async throws {
        try await database.write { sql in
            let (entry, spaceId) = try await Self.editable(entryId, by: member, on: sql)
            try await sql.raw("DELETE FROM faq_entries WHERE id = \(bind: entryId)").run()
            try await ActionLogStore.record(
                "faq-remove", summary: "Took “\(entry.question)” out of the FAQ", actor: member.id, item: entry.conversationId,
                space: spaceId,
                on: sql)
        }
    }

    /// Moves an entry one place up or down in its space's FAQ.
    public func move(_ entryId: Int, up: Bool, by member: Member) async throws {
        try await database.write { sql in
            let (entry, spaceId) = try await Self.editable(entryId, by: member, on: sql)
            let neighbour = try await sql.raw(
                """
                SELECT f.id, f.position FROM faq_entries f JOIN items i ON i.id = f.item_id WHERE i.space_id = \(bind: spaceId)
                AND \(unsafeRaw: up ? "f.position < " : "f.position > ")\(bind: entry.position)
                ORDER BY f.position \(unsafeRaw: up ? "DESC" : "ASC") LIMIT 1
                """
            ).first()
            guard let neighbour else { return }
            try await sql.raw(
                "UPDATE faq_entries SET position = \(bind: try neighbour.decode(column: "position", as: Int.self)) WHERE id = \(bind: entryId)"
            ).run()
            try await sql.raw(
                "UPDATE faq_entries SET position = \(bind: entry.position) WHERE id = \(bind: try neighbour.decode(column: "id", as: Int.self))"
            ).run()
        }
    }

    private static func editable(_ entryId: Int, by member: Member, on sql: any SQLDatabase) async throws -> (FAQEntry, Int) {
        guard let entry = try await entries(where: "f.id = \(bind: entryId)", for: .signedIn(member), on: sql).first else {
            throw StoreError.notFound
        }
        let spaceId = try await ConversationStore.spaceId(of: entry.conversationId, on: sql)
        guard try await SpaceStore.moderates(spaceId, member, on: sql) else {
            throw StoreError.forbidden("Only moderators of this space edit its FAQ.")
        }
        return (entry, spaceId)
    }
}
