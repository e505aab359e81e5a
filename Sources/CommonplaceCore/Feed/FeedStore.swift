import SQLKit

/// One entry of the home feed: a post, a thread or an idea.
public enum FeedEntry: Sendable, Equatable {
    case post(Post)
    case conversation(Conversation)
    case idea(Idea)

    public var id: Int {
        switch self {
        case .post(let post): post.id
        case .conversation(let conversation): conversation.id
        case .idea(let idea): idea.id
        }
    }
}

/// The home feed (PRODUCT.md §5): posts, discussions, questions and ideas the viewer may see, newest first,
/// keyset paged by item id (ids are shared by every kind of item, so one cursor pages the mix).
public struct FeedStore: Sendable {
    let database: Database
    let posts: PostStore
    let conversations: ConversationStore
    let ideas: IdeaStore

    /// The kind is compared as an expression so no index on it is chosen: nearly every item is a post or a
    /// thread, and walking the items newest first stops after `limit` visible ones.
    public func entries(before: Int? = nil, limit: Int = 30, for viewer: Viewer) async throws -> [FeedEntry] {
        let limit = max(1, min(limit, 100))
        let before: SQLQueryString = before.map { "i.id < \(bind: $0)" } ?? "1 = 1"
        let rows = try await database.read { sql in
            try await sql.raw(
                """
                SELECT i.id, i.kind FROM items i
                WHERE (i.kind || '') IN ('post', 'conversation', 'idea') AND \(before) AND \(VisibilityRule(viewer).predicate())
                    AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.item_id = i.id AND c.merged_into IS NOT NULL)
                    AND NOT EXISTS (SELECT 1 FROM ideas d WHERE d.item_id = i.id AND d.duplicate_of IS NOT NULL)
                ORDER BY i.id DESC LIMIT \(bind: limit)
                """
            ).all()
        }
        var postIds: [Int] = []
        var conversationIds: [Int] = []
        var ideaIds: [Int] = []
        for row in rows {
            let id = try row.decode(column: "id", as: Int.self)
            switch try row.decode(column: "kind", as: String.self) {
            case "post": postIds.append(id)
            case "idea": ideaIds.append(id)
            default: conversationIds.append(id)
            }
        }
        var entries: [Int: FeedEntry] = [:]
        if !postIds.isEmpty {
            for post in try await posts.list(ids: postIds, for: viewer) { entries[post.id] = .post(post) }
        }
        if !conversationIds.isEmpty {
            for conversation in try await conversations.list(ids: conversationIds, for: viewer) {
                entries[conversation.id] = .conversation(conversation)
            }
        }
        for idea in try await ideas.list(ids: ideaIds, for: viewer) { entries[idea.id] = .idea(idea) }
        return entries.values.sorted { $0.id > $1.id }
    }

    /// What kind of item a visible item is: "post", "article" or "conversation".
    public func kind(of id: Int, for viewer: Viewer) async throws -> String {
        let row = try await database.read { sql in
            try await sql.raw("SELECT i.kind FROM items i WHERE i.id = \(bind: id) AND \(VisibilityRule(viewer).predicate())").first()
        }
        guard let kind = try row?.decode(column: "kind", as: String.self) else { throw StoreError.notFound }
        return kind
    }
}
