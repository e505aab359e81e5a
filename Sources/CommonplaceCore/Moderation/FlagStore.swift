import SQLKit

/// Why a member flags something for moderators.
public enum FlagReason: String, Sendable, Codable, CaseIterable {
    case spam
    case offTopic = "off-topic"
    case inappropriate
    case other

    public var label: String {
        switch self {
        case .spam: "Spam"
        case .offTopic: "Off topic"
        case .inappropriate: "Inappropriate"
        case .other: "Something else"
        }
    }
}

/// A member's flag on an opening post or a reply, waiting in the review queue.
public struct ContentFlag: Sendable, Codable, Equatable {
    public let id: Int
    public let conversationId: Int
    public let conversationTitle: String
    public let replyId: Int?
    /// The start of the flagged text.
    public let excerpt: String
    public let reason: FlagReason
    public let note: String
    public let flaggedBy: MemberSummary
    public let createdAt: Int
}

/// Flags and the moderators' review queue (PRODUCT.md §5).
public struct FlagStore: Sendable {
    let database: Database

    public static let maximumNoteLength = 1000

    /// Flags an opening post (`reply` nil) or a reply the member can see; once per member and target.
    public func flag(_ id: Int, reply: Int?, reason: FlagReason, note: String, by member: Member) async throws -> ContentFlag {
        let note = note.trimmed
        var validator = Validator()
        validator.require(note.count <= Self.maximumNoteLength, "note", "Keep the note under \(Self.maximumNoteLength) characters.")
        validator.require(reason != .other || !note.isEmpty, "note", "Say what is wrong.")
        try validator.check()
        let flagId = try await database.write { sql in
            _ = try await ConversationStore.writable(id, by: member, on: sql)
            if let reply { _ = try await ConversationStore.replyAuthor(reply, in: id, on: sql) }
            let existing = try await sql.raw(
                "SELECT 1 AS x FROM flags WHERE item_id = \(bind: id) AND reply_id = \(bind: reply ?? 0) AND member_id = \(bind: member.id)"
            ).first()
            guard existing == nil else { throw StoreError.conflict("You have already flagged this.") }
            let flagId = try await sql.raw(
                """
                INSERT INTO flags (item_id, reply_id, member_id, reason, note, state, created_at)
                VALUES (\(bind: id), \(bind: reply ?? 0), \(bind: member.id), \(bind: reason.rawValue), \(bind: note), 'open', \(bind: Clock.now()))
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await Self.notifyModerators(of: id, reply: reply, reason: reason, by: member, on: sql)
            return flagId
        }
        guard let flag = try await query(for: member, where: "f.id = \(bind: flagId)", moderatedOnly: false).first else {
            throw StoreError.notFound
        }
        return flag
    }

    /// Tells the space's moderators, or the instance's when the space has none, that something waits in their queue:
    /// one statement however many moderators there are. The notification is tied to the flagged thread, so a
    /// moderator who may not read it is not told.
    private static func notifyModerators(
        of id: Int, reply: Int?, reason: FlagReason, by member: Member, on sql: any SQLDatabase
    ) async throws {
        let row = try await sql.raw(
            "SELECT c.title, i.space_id FROM conversations c JOIN items i ON i.id = c.item_id WHERE c.item_id = \(bind: id)"
        )
        .first()!
        let title = try row.decode(column: "title", as: String.self)
        let space = try row.decode(column: "space_id", as: Int.self)
        let what = reply == nil ? "“\(title)”" : "a reply in “\(title)”"
        let target = Destination.reviewQueue.columns
        let moderatesSpace: SQLQueryString = """
            SELECT 1 FROM space_members s WHERE s.space_id = \(bind: space) AND s.role = 'moderator' AND s.status = 'active'
            """
        try await sql.raw(
            """
            INSERT INTO notifications (member_id, item_id, kind, text, target_kind, target_id, target_reply, created_at)
            SELECT m.id, \(bind: id), \(bind: NotificationKind.flag.rawValue), \(bind: "\(member.name) flagged \(what): \(reason.label.lowercased())"),
                \(bind: target.kind), \(bind: target.id), \(bind: target.reply), \(bind: Clock.now())
            FROM members m
            WHERE m.id <> \(bind: member.id)
            AND (EXISTS (\(moderatesSpace) AND s.member_id = m.id)
                OR (NOT EXISTS (\(moderatesSpace)) AND m.role IN ('admin', 'moderator')))
            AND NOT EXISTS (
                SELECT 1 FROM notification_mutes mu
                WHERE mu.member_id = m.id AND mu.kind = \(bind: NotificationKind.group(of: NotificationKind.flag.rawValue)))
            """
        ).run()
    }

    /// What in one thread the member has flagged: reply ids, and 0 for the opening post. Flagging is once per target,
    /// so these are shown as flagged rather than offered again.
    public func flagged(in id: Int, by member: Member?) async throws -> Set<Int> {
        guard let member else { return [] }
        return try await database.read { sql in
            Set(
                try await sql.raw("SELECT reply_id FROM flags WHERE item_id = \(bind: id) AND member_id = \(bind: member.id)").all()
                    .map { try $0.decode(column: "reply_id", as: Int.self) })
        }
    }

    /// Open flags on what the moderator may see and moderates, oldest first.
    public func queue(for member: Member) async throws -> [ContentFlag] {
        try await query(for: member, where: "f.state = 'open'", moderatedOnly: true)
    }

    /// How many open flags wait in the member's queue, counted up to `cap`, as a subquery for ``Store/badges(for:)``.
    static func openCount(for member: Member, cap: Int) -> SQLQueryString {
        """
        SELECT COUNT(*) FROM (SELECT 1 AS x FROM flags f JOIN items i ON i.id = f.item_id \
        WHERE f.state = 'open' AND \(moderates(member)) AND \(VisibilityRule(.signedIn(member)).predicate()) LIMIT \(bind: cap)) open_flags
        """
    }

    /// Whether the member moderates the space of item `i`.
    private static func moderates(_ member: Member) -> SQLQueryString {
        member.isInstanceModerator
            ? "1 = 1"
            : """
            EXISTS (SELECT 1 FROM space_members sm WHERE sm.space_id = i.space_id AND sm.member_id = \(bind: member.id) \
            AND sm.role = 'moderator' AND sm.status = 'active')
            """
    }

    private func query(for member: Member, where condition: SQLQueryString, moderatedOnly: Bool) async throws -> [ContentFlag] {
        let moderated: SQLQueryString = moderatedOnly ? Self.moderates(member) : "1 = 1"
        let own: SQLQueryString = moderatedOnly ? "1 = 1" : "f.member_id = \(bind: member.id)"
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT f.id, f.item_id, f.reply_id, f.reason, f.note, f.created_at, c.title, COALESCE(y.body, c.body) AS text,
                    \(MemberSummary.columns("m", prefix: "flagger"))
                FROM flags f JOIN items i ON i.id = f.item_id JOIN conversations c ON c.item_id = i.id
                JOIN members m ON m.id = f.member_id LEFT JOIN replies y ON y.id = f.reply_id AND f.reply_id <> 0
                WHERE \(condition) AND \(own) AND \(moderated) AND \(VisibilityRule(.signedIn(member)).predicate())
                ORDER BY f.id LIMIT 200
                """
            ).all().map { row in
                let replyId = try row.decode(column: "reply_id", as: Int.self)
                return ContentFlag(
                    id: try row.decode(column: "id", as: Int.self), conversationId: try row.decode(column: "item_id", as: Int.self),
                    conversationTitle: try row.decode(column: "title", as: String.self), replyId: replyId == 0 ? nil : replyId,
                    excerpt: String(try row.decode(column: "text", as: String.self).prefix(280)),
                    reason: try row.decode(column: "reason", as: FlagReason.self), note: try row.decode(column: "note", as: String.self),
                    flaggedBy: try MemberSummary.decode(row, prefix: "flagger"),
                    createdAt: try row.decode(column: "created_at", as: Int.self))
            }
        }
    }

    /// Closes a flag without acting on the content.
    public func dismiss(_ flagId: Int, by member: Member) async throws {
        guard let flag = try await queue(for: member).first(where: { $0.id == flagId }) else { throw StoreError.notFound }
        try await database.write { sql in
            try await sql.raw(
                "UPDATE flags SET state = 'dismissed', decided_by = \(bind: member.id), decided_at = \(bind: Clock.now()) WHERE id = \(bind: flag.id)"
            ).run()
            try await ActionLogStore.record(
                "dismiss-flag", summary: "Dismissed a flag (\(flag.reason.label))", actor: member.id, item: flag.conversationId,
                space: try await ConversationStore.spaceId(of: flag.conversationId, on: sql), on: sql)
        }
    }

    /// Marks the open flags on a target resolved: a moderator acted on it.
    static func settle(item: Int, reply: Int, by member: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE flags SET state = 'resolved', decided_by = \(bind: member), decided_at = \(bind: Clock.now())
            WHERE item_id = \(bind: item) AND reply_id = \(bind: reply) AND state = 'open'
            """
        ).run()
    }
}
