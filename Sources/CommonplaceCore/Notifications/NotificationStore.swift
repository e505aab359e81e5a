import SQLKit

/// Something a member should know about: a decision on their suggestion, a suggestion to review.
public struct Notification: Sendable, Equatable {
    public let id: Int
    public let kind: String
    public let text: String
    /// What it is about, to open.
    public let destination: Destination
    public let createdAt: Int
    public let read: Bool
}

/// In-app notifications. Each is tied to an item and shown only while its member may see that item,
/// so a notification never outlives a change of visibility or a move.
public struct NotificationStore: Sendable {
    let database: Database

    /// Adds a notification, unless the member muted its kind.
    static func notify(
        _ memberId: Int, about itemId: Int?, kind: String, text: String, opening destination: Destination, on sql: any SQLDatabase
    ) async throws {
        let muted = try await sql.raw(
            "SELECT 1 AS x FROM notification_mutes WHERE member_id = \(bind: memberId) AND kind = \(bind: NotificationKind.group(of: kind))"
        ).first()
        guard muted == nil else { return }
        let target = destination.columns
        try await sql.raw(
            """
            INSERT INTO notifications (member_id, item_id, kind, text, target_kind, target_id, target_reply, created_at)
            VALUES (\(bind: memberId), \(bind: itemId), \(bind: kind), \(bind: text), \(bind: target.kind), \(bind: target.id),
                \(bind: target.reply), \(bind: Clock.now()))
            """
        ).run()
    }

    /// Notifies everyone who follows any of `targets`, once each, except `excluded` and those who muted the kind:
    /// one statement however many followers there are.
    static func notifyFollowers(
        of targets: [FollowTarget], except excluded: Set<Int>, about itemId: Int, kind: String, text: String,
        opening destination: Destination, on sql: any SQLDatabase
    ) async throws {
        guard !targets.isEmpty else { return }
        let target = destination.columns
        let followed = targets.map { "(f.target_kind = \(bind: $0.kind) AND f.target = \(bind: $0.key))" as SQLQueryString }
            .joined(separator: " OR ")
        try await sql.raw(
            """
            INSERT INTO notifications (member_id, item_id, kind, text, target_kind, target_id, target_reply, created_at)
            SELECT DISTINCT f.member_id, \(bind: itemId), \(bind: kind), \(bind: text), \(bind: target.kind), \(bind: target.id),
                \(bind: target.reply), \(bind: Clock.now())
            FROM follows f
            WHERE (\(followed)) AND f.member_id NOT IN \(Array(excluded).sqlList)
            AND NOT EXISTS (
                SELECT 1 FROM notification_mutes m WHERE m.member_id = f.member_id AND m.kind = \(bind: NotificationKind.group(of: kind)))
            """
        ).run()
    }

    /// Notifies each of `members` once, except those who muted the kind: one statement for every 500 members.
    static func notify(
        _ members: [Int], about itemId: Int, kind: String, text: String, opening destination: Destination, on sql: any SQLDatabase
    ) async throws {
        let target = destination.columns
        for chunk in stride(from: 0, to: members.count, by: 500).map({ Array(members[$0..<min($0 + 500, members.count)]) }) {
            try await sql.raw(
                """
                INSERT INTO notifications (member_id, item_id, kind, text, target_kind, target_id, target_reply, created_at)
                SELECT m.id, \(bind: itemId), \(bind: kind), \(bind: text), \(bind: target.kind), \(bind: target.id),
                    \(bind: target.reply), \(bind: Clock.now())
                FROM members m WHERE m.id IN \(chunk.sqlList)
                AND NOT EXISTS (SELECT 1 FROM notification_mutes u WHERE u.member_id = m.id AND u.kind = \(bind: NotificationKind.group(of: kind)))
                """
            ).run()
        }
    }

    private static func visible(to member: Member) -> SQLQueryString {
        "n.member_id = \(bind: member.id) AND (n.item_id IS NULL OR EXISTS (SELECT 1 FROM items i WHERE i.id = n.item_id AND \(VisibilityRule(.signedIn(member)).predicate())))"
    }

    /// The member's notifications, newest first.
    public func list(for member: Member, limit: Int = 50) async throws -> [Notification] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT n.id, n.kind, n.text, n.target_kind, n.target_id, n.target_reply, n.created_at,
                    CASE WHEN n.read_at IS NULL THEN 0 ELSE 1 END AS is_read
                FROM notifications n WHERE \(Self.visible(to: member)) ORDER BY n.id DESC LIMIT \(bind: limit)
                """
            ).all().map { row in
                Notification(
                    id: try row.decode(column: "id", as: Int.self), kind: try row.decode(column: "kind", as: String.self),
                    text: try row.decode(column: "text", as: String.self), destination: try Self.destination(of: row),
                    createdAt: try row.decode(column: "created_at", as: Int.self),
                    read: try row.decode(column: "is_read", as: Int.self) == 1)
            }
        }
    }

    /// How many unread notifications the member may see. With `cap`, counting stops there: the bell on every
    /// page needs "99+", not a count over a heavy reader's thousands.
    public func unreadCount(for member: Member, cap: Int? = nil) async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT (\(Self.unreadCount(for: member, cap: cap))) AS n").first()!.decode(column: "n", as: Int.self)
        }
    }

    /// The unread count as a subquery, for ``Store/badges(for:)``.
    static func unreadCount(for member: Member, cap: Int?) -> SQLQueryString {
        let limit: SQLQueryString = cap.map { " LIMIT \(bind: $0)" } ?? ""
        return
            "SELECT COUNT(*) FROM (SELECT 1 AS x FROM notifications n WHERE \(Self.visible(to: member)) AND n.read_at IS NULL\(limit)) unread"
    }

    /// Marks one notification read and returns what it points at; another member's is "not found".
    public func open(_ id: Int, for member: Member) async throws -> Destination {
        let row = try await database.read { sql in
            try await sql.raw(
                "SELECT n.target_kind, n.target_id, n.target_reply FROM notifications n WHERE n.id = \(bind: id) AND \(Self.visible(to: member))"
            ).first()
        }
        guard let row else { throw StoreError.notFound }
        let destination = try Self.destination(of: row)
        try await database.write { sql in
            try await sql.raw(
                "UPDATE notifications SET read_at = \(bind: Clock.now()) WHERE id = \(bind: id) AND member_id = \(bind: member.id) AND read_at IS NULL"
            ).run()
        }
        return destination
    }

    private static func destination(of row: any SQLRow) throws -> Destination {
        let kind = try row.decode(column: "target_kind", as: String.self)
        let id = try row.decode(column: "target_id", as: Int.self)
        guard let destination = Destination(kind: kind, id: id, reply: try row.decode(column: "target_reply", as: Int?.self)) else {
            throw StoreError.notFound
        }
        return destination
    }

    /// Marks the member's notifications about one item read: they have seen it.
    static func markRead(about itemId: Int, for memberId: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE notifications SET read_at = \(bind: Clock.now())
            WHERE member_id = \(bind: memberId) AND item_id = \(bind: itemId) AND read_at IS NULL
            """
        ).run()
    }

    /// Marks every notification of the member read.
    public func markAllRead(for member: Member) async throws {
        try await database.write { sql in
            try await sql.raw(
                "UPDATE notifications SET read_at = \(bind: Clock.now()) WHERE member_id = \(bind: member.id) AND read_at IS NULL"
            ).run()
        }
    }

    /// The kinds of notification the member has turned off.
    public func muted(for member: Member) async throws -> Set<NotificationKind> {
        try await database.read { sql in
            Set(
                try await sql.raw("SELECT kind FROM notification_mutes WHERE member_id = \(bind: member.id)").all().compactMap {
                    NotificationKind(rawValue: try $0.decode(column: "kind", as: String.self))
                })
        }
    }

    /// Replaces the member's preferences: the kinds listed are turned off, every other kind on.
    public func setMuted(_ kinds: Set<NotificationKind>, for member: Member) async throws {
        try await database.write { sql in
            try await sql.raw("DELETE FROM notification_mutes WHERE member_id = \(bind: member.id)").run()
            for kind in kinds {
                try await sql.raw("INSERT INTO notification_mutes (member_id, kind) VALUES (\(bind: member.id), \(bind: kind.rawValue))")
                    .run()
            }
        }
    }
}

/// The kinds of notification a member can turn on or off.
public enum NotificationKind: String, Sendable, Codable, CaseIterable {
    case reply
    case mention
    case accepted
    case newConversation = "new-conversation"
    case suggestion
    case update
    case moderation
    case flag
    case ideaStatus = "idea-status"
    case newIdea = "new-idea"
    case knowledgeTask = "knowledge-task"

    public var label: String {
        switch self {
        case .reply: "Replies in threads I follow"
        case .mention: "Mentions of me"
        case .accepted: "My answer accepted"
        case .newConversation: "New threads in spaces, tags and people I follow"
        case .suggestion: "Suggested edits to my articles and decisions on mine"
        case .update: "Changes to articles I follow"
        case .moderation: "Moderators acting on what I wrote"
        case .flag: "New flags in spaces I moderate"
        case .ideaStatus: "Answers, progress and merges of ideas I submitted, support or follow"
        case .newIdea: "New ideas and campaigns in spaces, tags and people I follow"
        case .knowledgeTask: "Knowledge tasks for me, and thanks for my responses"
        }
    }

    /// The preference a stored notification kind belongs to ("suggestion-accepted" → suggestion).
    static func group(of kind: String) -> String {
        switch kind {
        case _ where kind.hasPrefix("suggestion"): NotificationKind.suggestion.rawValue
        case "idea-merged", "campaign-phase": NotificationKind.ideaStatus.rawValue
        case "new-campaign": NotificationKind.newIdea.rawValue
        case "task-thanks": NotificationKind.knowledgeTask.rawValue
        default: kind
        }
    }
}
