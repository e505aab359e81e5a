import SQLKit

/// What a moderator can do to a whole thread in place.
public enum ModerationAction: String, Sendable, Codable, CaseIterable {
    case lock, unlock, pin, unpin, hide, restore

    var summary: String {
        switch self {
        case .lock: "Locked the thread"
        case .unlock: "Unlocked the thread"
        case .pin: "Pinned the thread"
        case .unpin: "Unpinned the thread"
        case .hide: "Hid the thread"
        case .restore: "Restored the thread"
        }
    }
}

/// Moderation of threads (PRODUCT.md §5): lock, pin, hide, move, split and merge. Each action needs a
/// moderator of the thread's space, lands in the action log with its reason, and tells the author.
extension ConversationStore {
    public static let maximumReasonLength = 500

    private static func checkReason(_ reason: String) throws -> String {
        let reason = reason.trimmed
        var validator = Validator()
        validator.require(reason.count <= maximumReasonLength, "reason", "Keep the reason under \(maximumReasonLength) characters.")
        try validator.check()
        return reason
    }

    private static func summary(_ text: String, reason: String) -> String {
        reason.isEmpty ? text : "\(text): \(reason)"
    }

    /// The thread, if the member may see it and moderates its space.
    private static func moderated(_ id: Int, by member: Member, on sql: any SQLDatabase) async throws -> (Conversation, Int) {
        let conversation = try await writable(id, by: member, on: sql)
        let spaceId = try await spaceId(of: id, on: sql)
        guard try await SpaceStore.moderates(spaceId, member, on: sql) else {
            throw StoreError.forbidden("Only moderators of this space do that.")
        }
        return (conversation, spaceId)
    }

    private static func tellAuthor(_ conversation: Conversation, _ text: String, moderator: Member, on sql: any SQLDatabase) async throws {
        guard conversation.author.id != moderator.id else { return }
        try await NotificationStore.notify(
            conversation.author.id, about: conversation.id, kind: "moderation", text: "\(text) — “\(conversation.title)”.",
            opening: .thread(conversation.id, reply: nil), on: sql)
    }

    /// Locks, pins, hides or restores a thread. Hiding also settles the open flags on its opening post.
    public func moderate(_ id: Int, _ action: ModerationAction, reason: String, by member: Member) async throws -> Conversation {
        let reason = try Self.checkReason(reason)
        try await database.write { sql in
            let (conversation, spaceId) = try await Self.moderated(id, by: member, on: sql)
            switch action {
            case .lock, .unlock:
                try await sql.raw("UPDATE conversations SET locked = \(bind: action == .lock ? 1 : 0) WHERE item_id = \(bind: id)").run()
            case .pin, .unpin:
                try await sql.raw("UPDATE conversations SET pinned = \(bind: action == .pin ? 1 : 0) WHERE item_id = \(bind: id)").run()
            case .hide, .restore:
                try await sql.raw("UPDATE items SET hidden = \(bind: action == .hide ? 1 : 0) WHERE id = \(bind: id)").run()
                try await FlagStore.settle(item: id, reply: 0, by: member.id, on: sql)
            }
            let text = Self.summary(action.summary, reason: reason)
            try await ActionLogStore.record(action.rawValue, summary: text, actor: member.id, item: id, space: spaceId, on: sql)
            try await Self.tellAuthor(conversation, "A moderator: \(text)", moderator: member, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    /// Hides or restores one reply; hiding settles the open flags on it.
    public func moderateReply(_ replyId: Int, in id: Int, hide: Bool, reason: String, by member: Member) async throws {
        let reason = try Self.checkReason(reason)
        try await database.write { sql in
            let (_, spaceId) = try await Self.moderated(id, by: member, on: sql)
            let (authorId, _) = try await Self.replyAuthor(replyId, in: id, on: sql)
            try await sql.raw("UPDATE replies SET hidden = \(bind: hide ? 1 : 0) WHERE id = \(bind: replyId)").run()
            try await FlagStore.settle(item: id, reply: replyId, by: member.id, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
            let author = try await MemberStore.name(of: authorId, on: sql)
            let text = Self.summary(hide ? "Hid a reply by \(author)" : "Restored a reply by \(author)", reason: reason)
            try await ActionLogStore.record(
                hide ? "hide-reply" : "restore-reply", summary: text, actor: member.id, item: id, space: spaceId, on: sql)
            if authorId != member.id {
                try await NotificationStore.notify(
                    authorId, about: id, kind: "moderation", text: "A moderator: \(text).", opening: .thread(id, reply: replyId),
                    on: sql
                )
            }
        }
    }

    /// Moves a thread to another space the moderator also moderates. Everything that points at the thread
    /// (feeds, FAQ, notifications, the log) follows the thread's space, so it is read under the new space's rules at once.
    public func move(_ id: Int, to slug: String, reason: String, by member: Member) async throws -> Conversation {
        let reason = try Self.checkReason(reason)
        try await database.write { sql in
            let (conversation, from) = try await Self.moderated(id, by: member, on: sql)
            guard let target = try await SpaceStore.find(slug: slug, listedBy: .signedIn(member), on: sql) else {
                throw StoreError.conflict("space", "No space has the slug \(slug).")
            }
            guard try await SpaceStore.moderates(target.id, member, on: sql) else {
                throw StoreError.forbidden("Move threads only to spaces you moderate.")
            }
            guard target.id != from else { throw StoreError.conflict("space", "The thread is already in \(target.name).") }
            guard conversation.kind != .idea else { throw StoreError.conflict("space", "An idea stays in the space of its campaign.") }
            try await sql.raw("UPDATE items SET space_id = \(bind: target.id) WHERE id = \(bind: id)").run()
            let text = Self.summary("Moved the thread to \(target.name)", reason: reason)
            try await ActionLogStore.record("move", summary: text, actor: member.id, item: id, space: from, on: sql)
            try await ActionLogStore.record("move", summary: text, actor: member.id, item: id, space: target.id, on: sql)
            try await Self.tellAuthor(conversation, "A moderator: \(text)", moderator: member, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    /// Splits replies off into a new discussion that exactly the source's readers can read (docs/architecture.md,
    /// "Split, merge and move"): it takes the source's space, visibility, audience, hidden state and author, its opening
    /// post says where the replies came from and who split them, and the replies keep their authors, hidden state,
    /// reactions, flags and edit history. None of the moved replies becomes the opening post, so a hidden one stays hidden.
    public func split(_ id: Int, replies replyIds: [Int], title: String, reason: String, by member: Member) async throws -> Conversation {
        let reason = try Self.checkReason(reason)
        let title = title.trimmed
        var validator = Validator()
        validator.require(!title.isEmpty && title.count <= NewConversation.maximumTitleLength, "title", "Give the new thread a title.")
        validator.require(!replyIds.isEmpty, "replies", "Choose the replies to split off.")
        try validator.check()
        let newId = try await database.write { sql in
            let (conversation, spaceId) = try await Self.moderated(id, by: member, on: sql)
            let rows = try await sql.raw(
                "SELECT id, author_id FROM replies WHERE conversation_id = \(bind: id) AND id IN \(replyIds.sqlList)"
            ).all()
            guard rows.count == Set(replyIds).count else { throw StoreError.conflict("replies", "Choose replies of this thread.") }
            let moved = try rows.map { try $0.decode(column: "id", as: Int.self) }
            let body = "Replies split from “\(conversation.title)” by @\(member.handle)" + (reason.isEmpty ? "." : ": \(reason)")
            let now = Clock.now()
            let newId = try await sql.raw(
                """
                INSERT INTO items (kind, space_id, author_id, visibility, hidden, created_at, updated_at)
                SELECT 'conversation', space_id, author_id, visibility, hidden, \(bind: now), \(bind: now) FROM items WHERE id = \(bind: id)
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await sql.raw(
                """
                INSERT INTO conversations (item_id, kind, title, body, body_html, last_activity_at)
                VALUES (\(bind: newId), 'discussion', \(bind: title), \(bind: body),
                    \(bind: Markdown(knownHandles: [member.handle]).html(body)), \(bind: now))
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO item_audience (item_id, member_id, account_id)
                SELECT \(bind: newId), member_id, account_id FROM item_audience WHERE item_id = \(bind: id)
                """
            ).run()
            try await Self.moveReplies(moved, from: id, to: newId, on: sql)
            if let accepted = conversation.acceptedReplyId, moved.contains(accepted) {
                try await sql.raw("UPDATE conversations SET accepted_reply_id = NULL WHERE item_id = \(bind: id)").run()
            }
            try await Self.recount(id, on: sql)
            try await Self.recount(newId, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
            try await SearchIndex.enqueue(newId, on: sql)
            let authors = try rows.map { try $0.decode(column: "author_id", as: Int.self) }
            for authorId in Set(authors + [conversation.author.id]) where try await Self.canRead(newId, memberId: authorId, on: sql) {
                try await FollowStore.add(.item(newId), for: authorId, on: sql)
            }
            let text = Self.summary("Split \(moved.count) replies into “\(title)”", reason: reason)
            try await ActionLogStore.record("split", summary: text, actor: member.id, item: id, space: spaceId, on: sql)
            try await ActionLogStore.record("split", summary: text, actor: member.id, item: newId, space: spaceId, on: sql)
            return newId
        }
        return try await find(id: newId, for: .signedIn(member))
    }

    /// Moves replies with everything keyed by them (reactions, flags, edit history) to another thread.
    private static func moveReplies(_ replyIds: [Int], from id: Int, to targetId: Int, on sql: any SQLDatabase) async throws {
        for table in ["reactions", "flags", "conversation_edits"] {
            try await sql.raw(
                "UPDATE \(unsafeRaw: table) SET item_id = \(bind: targetId) WHERE item_id = \(bind: id) AND reply_id IN \(replyIds.sqlList)"
            ).run()
        }
        try await sql.raw("UPDATE replies SET conversation_id = \(bind: targetId) WHERE id IN \(replyIds.sqlList)").run()
    }

    /// Whether the member may read the item: for writes that act on other people's behalf, such as following.
    static func canRead(_ itemId: Int, memberId: Int, on sql: any SQLDatabase) async throws -> Bool {
        guard let reader = try await MemberStore.find(id: memberId, on: sql) else { return false }
        return try await sql.raw(
            "SELECT 1 AS readable FROM items i WHERE i.id = \(bind: itemId) AND \(VisibilityRule(.signedIn(reader)).predicate())"
        ).first() != nil
    }

    /// Whether exactly the same people read both threads, so that merging one into the other shows no text to new
    /// readers and takes none from old ones. Beyond visibility, audience, space and hidden state, the rule's one
    /// per-item exception is the author: each author must be able to read the other thread on their own.
    static func sameReaders(
        _ one: (Conversation, space: Int), _ other: (Conversation, space: Int), on sql: any SQLDatabase
    ) async throws -> Bool {
        let (a, b) = (one.0, other.0)
        let audiences = try await Audiences.load([a.id, b.id], on: sql)
        guard a.visibility == b.visibility, a.hidden == b.hidden, audiences[a.id] == audiences[b.id],
            one.space == other.space || (a.visibility != .space && !a.hidden)
        else { return false }
        guard a.author.id != b.author.id else { return true }
        guard try await canRead(a.id, memberId: b.author.id, on: sql) else { return false }
        return try await canRead(b.id, memberId: a.author.id, on: sql)
    }

    /// Merges a thread into another that the same people read (``sameReaders(_:_:on:)``): its opening post and replies
    /// join the other thread, keeping their authors and hidden state; its followers follow it, and the merged thread
    /// stays as a pointer.
    public func merge(_ id: Int, into targetId: Int, reason: String, by member: Member) async throws -> Conversation {
        let reason = try Self.checkReason(reason)
        try await database.write { sql in
            guard id != targetId else { throw StoreError.conflict("into", "A thread cannot be merged into itself.") }
            let (conversation, spaceId) = try await Self.moderated(id, by: member, on: sql)
            let (target, targetSpaceId) = try await Self.moderated(targetId, by: member, on: sql)
            guard conversation.kind != .idea, target.kind != .idea else {
                throw StoreError.conflict("into", "Ideas merge only with ideas, from the idea's page.")
            }
            guard
                try await Self.sameReaders(
                    (conversation, spaceId), (target, targetSpaceId), on: sql)
            else {
                throw StoreError.conflict(
                    "into",
                    "Merge only threads that the same people can read: same visibility, audience and hidden state, the same space "
                        + "for space and hidden threads, and each author able to read the other thread.")
            }
            try await sql.raw(
                """
                INSERT INTO replies (conversation_id, author_id, body, body_html, created_at, edited_at)
                SELECT \(bind: targetId), i.author_id, c.body, c.body_html, i.created_at, c.edited_at
                FROM items i JOIN conversations c ON c.item_id = i.id WHERE i.id = \(bind: id)
                """
            ).run()
            let replyIds = try await sql.raw("SELECT id FROM replies WHERE conversation_id = \(bind: id)").all().map {
                try $0.decode(column: "id", as: Int.self)
            }
            try await Self.moveReplies(replyIds, from: id, to: targetId, on: sql)
            if target.acceptedReplyId == nil, let accepted = conversation.acceptedReplyId {
                try await sql.raw("UPDATE conversations SET accepted_reply_id = \(bind: accepted) WHERE item_id = \(bind: targetId)").run()
            }
            try await sql.raw(
                """
                UPDATE conversations SET merged_into = \(bind: targetId), locked = 1, accepted_reply_id = NULL, reply_count = 0
                WHERE item_id = \(bind: id)
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO follows (member_id, target_kind, target, created_at)
                SELECT member_id, 'item', \(bind: String(targetId)), \(bind: Clock.now()) FROM follows
                WHERE target_kind = 'item' AND target = \(bind: String(id)) ON CONFLICT DO NOTHING
                """
            ).run()
            try await sql.raw(
                """
                UPDATE faq_entries SET item_id = \(bind: targetId) WHERE item_id = \(bind: id)
                    AND NOT EXISTS (SELECT 1 FROM faq_entries f WHERE f.item_id = \(bind: targetId))
                """
            ).run()
            try await sql.raw("DELETE FROM faq_entries WHERE item_id = \(bind: id)").run()
            try await Self.recount(targetId, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
            try await SearchIndex.enqueue(targetId, on: sql)
            let text = Self.summary("Merged “\(conversation.title)” into “\(target.title)”", reason: reason)
            try await ActionLogStore.record("merge", summary: text, actor: member.id, item: id, space: spaceId, on: sql)
            try await ActionLogStore.record("merge", summary: text, actor: member.id, item: targetId, space: targetSpaceId, on: sql)
            try await Self.tellAuthor(conversation, "A moderator: \(text)", moderator: member, on: sql)
        }
        return try await find(id: targetId, for: .signedIn(member))
    }

    private static func recount(_ id: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE conversations SET reply_count = (SELECT COUNT(*) FROM replies WHERE conversation_id = \(bind: id)),
                last_reply_id = COALESCE((SELECT MAX(id) FROM replies WHERE conversation_id = \(bind: id)), 0)
            WHERE item_id = \(bind: id)
            """
        ).run()
    }
}
