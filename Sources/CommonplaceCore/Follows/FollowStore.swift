import SQLKit

/// Something a member can follow to hear about new activity (PRODUCT.md §5).
public enum FollowTarget: Sendable, Equatable, Hashable {
    /// A thread or an article, by item id.
    case item(Int)
    case space(String)
    case tag(String)
    case member(String)

    public var kind: String {
        switch self {
        case .item: "item"
        case .space: "space"
        case .tag: "tag"
        case .member: "member"
        }
    }

    public var key: String {
        switch self {
        case .item(let id): String(id)
        case .space(let slug), .tag(let slug), .member(let slug): slug
        }
    }

    /// "item", "space", "tag" or "member" with its key, as URLs and the API name them.
    public init?(kind: String, key: String) {
        switch kind {
        case "item": guard let id = Int(key) else { return nil }; self = .item(id)
        case "space": self = .space(key.lowercased())
        case "tag": self = .tag(key.lowercased())
        case "member": self = .member(key.lowercased().trimmingCharacters(in: ["@"]))
        default: return nil
        }
    }
}

/// A follow as listed on the member's settings and in the API.
public struct Follow: Sendable, Codable, Equatable {
    public let kind: String
    public let key: String
    /// What the follow is of, as people know it: a thread's or article's title, a space's or person's name; nil for a
    /// tag, and for an item the member may no longer see (which then looks like one that is gone).
    public let title: String?
    public let createdAt: Int
}

/// Follows of threads, articles, spaces, tags and people, and the fan-out of notifications to followers.
public struct FollowStore: Sendable {
    let database: Database

    /// Follows a target the member can see; following twice changes nothing.
    public func follow(_ target: FollowTarget, by member: Member) async throws {
        try await database.write { sql in
            try await Self.requireVisible(target, to: member, on: sql)
            try await Self.add(target, for: member.id, on: sql)
        }
    }

    public func unfollow(_ target: FollowTarget, by member: Member) async throws {
        try await database.write { sql in
            try await sql.raw(
                """
                DELETE FROM follows WHERE member_id = \(bind: member.id) AND target_kind = \(bind: target.kind) AND target = \(bind: target.key)
                """
            ).run()
        }
    }

    public func isFollowing(_ target: FollowTarget, member: Member?) async throws -> Bool {
        guard let member else { return false }
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT 1 AS x FROM follows WHERE member_id = \(bind: member.id) AND target_kind = \(bind: target.kind) AND target = \(bind: target.key)
                """
            ).first() != nil
        }
    }

    /// The member's follows, newest first.
    public func list(for member: Member) async throws -> [Follow] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT f.target_kind AS kind, f.target AS key, f.created_at, CASE f.target_kind
                    WHEN 'item' THEN (SELECT COALESCE(c.title, a.title, p.title, k.title) FROM items i \
                        LEFT JOIN conversations c ON c.item_id = i.id LEFT JOIN articles a ON a.item_id = i.id \
                        LEFT JOIN campaigns p ON p.item_id = i.id LEFT JOIN knowledge_tasks k ON k.item_id = i.id \
                        WHERE i.id = CAST(f.target AS BIGINT) AND \(VisibilityRule(.signedIn(member)).predicate()))
                    WHEN 'space' THEN (SELECT s.name FROM spaces s WHERE s.slug = f.target)
                    WHEN 'member' THEN (SELECT m.name FROM members m WHERE m.handle = f.target)
                END AS title
                FROM follows f WHERE f.member_id = \(bind: member.id) ORDER BY f.created_at DESC, f.target_kind, f.target
                """
            ).all().map { try $0.model(Follow.self) }
        }
    }

    static func add(_ target: FollowTarget, for memberId: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO follows (member_id, target_kind, target, created_at)
            VALUES (\(bind: memberId), \(bind: target.kind), \(bind: target.key), \(bind: Clock.now())) ON CONFLICT DO NOTHING
            """
        ).run()
    }

    private static func requireVisible(_ target: FollowTarget, to member: Member, on sql: any SQLDatabase) async throws {
        let exists: Bool
        switch target {
        case .item(let id):
            exists =
                try await sql.raw(
                    "SELECT 1 AS x FROM items i WHERE i.id = \(bind: id) AND \(VisibilityRule(.signedIn(member)).predicate())"
                ).first() != nil
        case .space(let slug):
            exists = try await SpaceStore.find(slug: slug, listedBy: .signedIn(member), on: sql) != nil
        case .tag(let tag):
            exists = Tags.isValid(tag)
        case .member(let handle):
            exists = try await MemberStore.resolve(handles: [handle], on: sql)[handle] != nil
        }
        guard exists else { throw StoreError.notFound }
    }
}
