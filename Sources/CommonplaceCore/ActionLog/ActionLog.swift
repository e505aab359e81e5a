import SQLKit

/// One entry of the action log: who did what to which item, when.
public struct ActionLogEntry: Sendable, Codable, Equatable {
    public let id: Int
    public let actor: MemberSummary?
    public let action: String
    /// Empty when the viewer may not see the item: the entry then says only that something happened.
    public let summary: String
    public let itemId: Int?
    public let itemTitle: String?
    public let createdAt: Int
}

/// The append-only log of actions (PRODUCT.md §4), read through ``VisibilityRule``.
public struct ActionLogStore: Sendable {
    let database: Database

    /// Appends an entry inside the caller's transaction. An entry about a suggested edit names it, and is then read by
    /// exactly those who may read the suggestion.
    static func record(
        _ action: String, summary: String, actor: Int?, item: Int?, space: Int?, suggestion: Int? = nil, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO action_log (actor_id, item_id, space_id, suggestion_id, action, summary, created_at)
            VALUES (\(bind: actor), \(bind: item), \(bind: space), \(bind: suggestion), \(bind: action), \(bind: summary), \(bind: Clock.now()))
            """
        ).run()
    }

    /// Which entries to read: one item's, one space's, or (admins only) the whole instance's.
    public enum Scope: Sendable {
        case item(Int)
        case space(Int)
        case instance
    }

    /// Entries newest first. Entries about items the viewer may not see are left out, except for
    /// admins reading the whole instance, who see that something happened but not what. Entries about a suggested
    /// edit are left out for everyone but its suggester and the article's editors, like the suggestion itself.
    public func entries(_ scope: Scope, for viewer: Viewer, limit: Int = 100) async throws -> [ActionLogEntry] {
        let filter: SQLQueryString
        switch scope {
        case .item(let id): filter = "l.item_id = \(bind: id)"
        case .space(let id): filter = "l.space_id = \(bind: id)"
        case .instance:
            guard viewer.member?.isAdmin == true else { throw StoreError.notFound }
            filter = "1 = 1"
        }
        let visible = VisibilityRule(viewer).predicate(item: "i")
        let showHidden: SQLQueryString = if case .instance = scope { "1 = 1" } else { "1 = 0" }
        let suggestionShown: SQLQueryString =
            if let member = viewer.member {
                """
                (l.suggestion_id IS NULL OR EXISTS (SELECT 1 FROM suggested_edits e WHERE e.id = l.suggestion_id \
                AND \(SuggestedEditStore.decidedOrWritten(by: member))))
                """
            } else { "l.suggestion_id IS NULL" }
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT l.id, l.action, l.summary, l.item_id, l.created_at, m.id AS actor_id, m.handle, m.name, m.kind, m.relation,
                    COALESCE(a.title, c.title, p.title, k.title) AS item_title,
                    CASE WHEN i.id IS NOT NULL AND \(visible) THEN 1 ELSE 0 END AS visible
                FROM action_log l LEFT JOIN members m ON m.id = l.actor_id LEFT JOIN items i ON i.id = l.item_id
                LEFT JOIN articles a ON a.item_id = l.item_id LEFT JOIN conversations c ON c.item_id = l.item_id
                LEFT JOIN campaigns p ON p.item_id = l.item_id LEFT JOIN knowledge_tasks k ON k.item_id = l.item_id
                WHERE \(filter) AND \(suggestionShown) AND (l.item_id IS NULL OR (i.id IS NOT NULL AND \(visible)) OR \(showHidden))
                ORDER BY l.id DESC LIMIT \(bind: limit)
                """
            ).all().map { row in
                let visible =
                    try row.decode(column: "visible", as: Int.self) == 1 || (try row.decode(column: "item_id", as: Int?.self)) == nil
                let actorId = try row.decode(column: "actor_id", as: Int?.self)
                return ActionLogEntry(
                    id: try row.decode(column: "id", as: Int.self),
                    actor: try actorId.map {
                        MemberSummary(
                            id: $0, handle: try row.decode(column: "handle", as: String.self),
                            name: try row.decode(column: "name", as: String.self),
                            kind: try row.decode(column: "kind", as: MemberKind.self),
                            relation: try row.decode(column: "relation", as: Relation?.self))
                    },
                    action: try row.decode(column: "action", as: String.self),
                    summary: visible ? try row.decode(column: "summary", as: String.self) : "",
                    itemId: visible ? try row.decode(column: "item_id", as: Int?.self) : nil,
                    itemTitle: visible ? try row.decode(column: "item_title", as: String?.self) : nil,
                    createdAt: try row.decode(column: "created_at", as: Int.self))
            }
        }
    }
}
