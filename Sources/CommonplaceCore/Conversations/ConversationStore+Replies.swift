import SQLKit

extension ConversationStore {
    /// How many replies one page of a thread shows.
    public static let repliesPerPage = 100

    /// The page that shows the reply with this many replies before it.
    private static func page(after replies: Int) -> Int { replies / repliesPerPage + 1 }

    /// The thread with one page of its replies and the reactions: page `page` (the last when past it), or with
    /// nil the page where the reader left off — the one holding their first unread reply, else the last. With
    /// `markRead`, a signed-in reader's visit is recorded up to the page's last reply and their notifications
    /// about the thread count as read — a write only when something changed.
    public func thread(
        _ id: Int, for viewer: Viewer, markRead: Bool = false, page requested: Int? = 1
    ) async throws -> ConversationThread {
        let conversation = try await find(id: id, for: viewer)
        let member = viewer.member
        let (thread, unreadNotifications) = try await database.read { sql in
            let moderates = try await Self.moderates(id, member, on: sql)
            let readUpTo = try await member.asyncMap { try await ItemReads.position(of: id, by: $0.id, on: sql) } ?? nil
            let pageCount = Self.page(after: max(0, conversation.replyCount - 1))
            var page = requested ?? 1
            if requested == nil, let readUpTo {
                let read = try await sql.raw(
                    "SELECT COUNT(*) AS n FROM replies WHERE conversation_id = \(bind: id) AND id <= \(bind: readUpTo)"
                ).first()!.decode(column: "n", as: Int.self)
                page = Self.page(after: read)
            }
            page = min(max(1, page), pageCount)
            let replies = try await Self.replies(of: conversation, where: "1 = 1", page: page, for: member, moderates: moderates, on: sql)
            let openingReactions = try await Self.reactions(on: id, replies: [0], for: member, on: sql)[0] ?? []
            var unread = false
            if markRead, let member {
                unread =
                    try await sql.raw(
                        "SELECT 1 AS x FROM notifications WHERE member_id = \(bind: member.id) AND item_id = \(bind: id) AND read_at IS NULL LIMIT 1"
                    ).first() != nil
            }
            return (
                ConversationThread(
                    conversation: conversation, reactions: openingReactions, replies: replies, page: page, pageCount: pageCount,
                    readUpTo: readUpTo, moderates: moderates),
                unread
            )
        }
        let position = thread.replies.map(\.id).max() ?? 0
        let moved = thread.readUpTo.map { position > $0 } ?? true
        if markRead, let member, conversation.mergedInto == nil, moved || unreadNotifications {
            try await database.write { sql in
                try await ItemReads.mark(id, position: position, by: member.id, on: sql)
                try await NotificationStore.markRead(about: id, for: member.id, on: sql)
            }
        }
        return thread
    }

    /// The page of a visible thread that shows the reply, or ``StoreError/notFound``.
    public func page(of replyId: Int, in id: Int, for viewer: Viewer) async throws -> Int {
        let before = try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT (SELECT COUNT(*) FROM replies y WHERE y.conversation_id = n.conversation_id
                        AND (y.created_at < n.created_at OR (y.created_at = n.created_at AND y.id < n.id))) AS n
                    FROM replies n JOIN items i ON i.id = n.conversation_id
                    WHERE n.id = \(bind: replyId) AND n.conversation_id = \(bind: id) AND \(VisibilityRule(viewer).predicate())
                    """
                ).first()
            else { throw StoreError.notFound }
            return try row.decode(column: "n", as: Int.self)
        }
        return Self.page(after: before)
    }

    private static func moderates(_ id: Int, _ member: Member?, on sql: any SQLDatabase) async throws -> Bool {
        guard let member else { return false }
        return try await SpaceStore.moderates(try await spaceId(of: id, on: sql), member, on: sql)
    }

    /// Replies of a visible thread matching `condition`, oldest first (a merged thread's opening post takes its
    /// place in time), one page of them with their reactions; a hidden reply's text only for its author and moderators.
    private static func replies(
        of conversation: Conversation, where condition: SQLQueryString, page: Int = 1, for member: Member?, moderates: Bool,
        on sql: any SQLDatabase
    ) async throws -> [Reply] {
        let rows = try await sql.raw(
            """
            SELECT y.id, y.body, y.body_html, y.hidden, y.created_at, y.edited_at, \(MemberSummary.columns("m", prefix: "author"))
            FROM replies y JOIN members m ON m.id = y.author_id WHERE y.conversation_id = \(bind: conversation.id) AND \(condition)
            ORDER BY y.created_at, y.id LIMIT \(bind: repliesPerPage) OFFSET \(bind: (page - 1) * repliesPerPage)
            """
        ).all()
        let reactions = try await Self.reactions(
            on: conversation.id, replies: try rows.map { try $0.decode(column: "id", as: Int.self) }, for: member, on: sql)
        return try rows.map { row in
            let replyId = try row.decode(column: "id", as: Int.self)
            let author = try MemberSummary.decode(row, prefix: "author")
            let hidden = try row.decode(column: "hidden", as: Int.self) == 1
            let shown = !hidden || moderates || author.id == member?.id
            return Reply(
                id: replyId, conversationId: conversation.id, author: author,
                body: shown ? try row.decode(column: "body", as: String.self) : "",
                bodyHTML: shown ? try row.decode(column: "body_html", as: String.self) : "", hidden: hidden,
                accepted: conversation.acceptedReplyId == replyId, reactions: reactions[replyId] ?? [],
                createdAt: try row.decode(column: "created_at", as: Int.self), editedAt: try row.decode(column: "edited_at", as: Int?.self))
        }
    }

    /// The reactions to some replies of a thread (reply 0 is the opening post), by reply.
    private static func reactions(
        on id: Int, replies: [Int], for member: Member?, on sql: any SQLDatabase
    ) async throws -> [Int: [ReactionCount]] {
        let rows = try await sql.raw(
            """
            SELECT reply_id, reaction, COUNT(*) AS n, MAX(CASE WHEN member_id = \(bind: member?.id ?? -1) THEN 1 ELSE 0 END) AS mine
            FROM reactions WHERE item_id = \(bind: id) AND reply_id IN \(replies.sqlList) GROUP BY reply_id, reaction
            """
        ).all()
        var result: [Int: [ReactionCount]] = [:]
        for row in rows {
            guard let reaction = Reaction(rawValue: try row.decode(column: "reaction", as: String.self)) else { continue }
            result[try row.decode(column: "reply_id", as: Int.self), default: []].append(
                ReactionCount(
                    reaction: reaction, count: try row.decode(column: "n", as: Int.self),
                    mine: try row.decode(column: "mine", as: Int.self) == 1))
        }
        return result.mapValues { counts in
            counts.sorted { Reaction.allCases.firstIndex(of: $0.reaction)! < Reaction.allCases.firstIndex(of: $1.reaction)! }
        }
    }

    /// Replies to a thread the member can see. Locked threads take replies only from moderators.
    /// The thread's followers hear of it, mentioned members get a mention; the replier follows the thread.
    public func reply(to id: Int, body: String, by member: Member) async throws -> Reply {
        let body = body.normalizedNewlines.trimmed
        var validator = Validator()
        Self.validateBody(body, into: &validator)
        try validator.check()
        let html = Markdown(knownHandles: []).html(body)
        let (replyId, bodyHTML, createdAt) = try await database.write { sql in
            let target = try await Self.replyTarget(id, by: member, on: sql)
            if target.locked, try await !SpaceStore.moderates(target.spaceId, member, on: sql) {
                throw StoreError.forbidden("This thread is locked: it takes no more replies.")
            }
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: body), on: sql)
            let bodyHTML = mentioned.isEmpty ? html : Markdown(knownHandles: Set(mentioned.keys)).html(body)
            let now = Clock.now()
            let replyId = try await sql.raw(
                """
                INSERT INTO replies (conversation_id, author_id, body, body_html, created_at)
                VALUES (\(bind: id), \(bind: member.id), \(bind: body), \(bind: bodyHTML), \(bind: now))
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await sql.raw(
                """
                UPDATE conversations SET reply_count = reply_count + 1, last_reply_id = \(bind: replyId), last_activity_at = \(bind: now)
                WHERE item_id = \(bind: id)
                """
            ).run()
            try await sql.raw("UPDATE items SET updated_at = \(bind: now) WHERE id = \(bind: id)").run()
            try await FollowStore.add(.item(id), for: member.id, on: sql)
            try await ItemReads.mark(id, position: replyId, by: member.id, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
            let destination = Destination.thread(id, reply: replyId)
            let mentionedIds = Set(mentioned.values).subtracting([member.id])
            for memberId in mentionedIds {
                try await NotificationStore.notify(
                    memberId, about: id, kind: "mention", text: "\(member.name) mentioned you in “\(target.title)”.", opening: destination,
                    on: sql)
            }
            try await NotificationStore.notifyFollowers(
                of: [.item(id)], except: mentionedIds.union([member.id]), about: id, kind: "reply",
                text: "\(member.name) replied to “\(target.title)”.", opening: destination, on: sql)
            try await KnowledgeTaskStore.record(.reply(thread: id, reply: replyId), by: member, on: sql)
            return (replyId, bodyHTML, now)
        }
        return Reply(
            id: replyId, conversationId: id,
            author: MemberSummary(id: member.id, handle: member.handle, name: member.name, kind: member.kind, relation: member.relation),
            body: body, bodyHTML: bodyHTML, hidden: false, accepted: false, reactions: [], createdAt: createdAt, editedAt: nil)
    }

    /// What a new reply needs of its thread — title, lock, space — if the member may see it and it was not merged
    /// away: one query where ``writable(_:by:on:)`` reads the whole thread.
    private static func replyTarget(
        _ id: Int, by member: Member, on sql: any SQLDatabase
    ) async throws -> (title: String, locked: Bool, spaceId: Int) {
        guard
            let row = try await sql.raw(
                """
                SELECT c.title, c.locked, c.merged_into, i.space_id FROM items i JOIN conversations c ON c.item_id = i.id
                WHERE i.id = \(bind: id) AND \(VisibilityRule(.signedIn(member)).predicate())
                """
            ).first()
        else { throw StoreError.notFound }
        guard try row.decode(column: "merged_into", as: Int?.self) == nil else { throw mergedAway }
        return (
            try row.decode(column: "title", as: String.self), try row.decode(column: "locked", as: Int.self) == 1,
            try row.decode(column: "space_id", as: Int.self)
        )
    }

    /// One reply of a visible thread, read alone (not with the whole thread).
    public func reply(_ replyId: Int, in id: Int, for viewer: Viewer) async throws -> Reply {
        let conversation = try await find(id: id, for: viewer)
        let reply = try await database.read { sql in
            return try await Self.replies(
                of: conversation, where: "y.id = \(bind: replyId)", for: viewer.member,
                moderates: try await Self.moderates(id, viewer.member, on: sql), on: sql
            ).first
        }
        guard let reply else { throw StoreError.notFound }
        return reply
    }

    /// Changes a reply's text: its author or a moderator may. The previous version is kept.
    public func editReply(_ replyId: Int, in id: Int, body: String, by member: Member) async throws -> Reply {
        let body = body.normalizedNewlines.trimmed
        var validator = Validator()
        Self.validateBody(body, into: &validator)
        try validator.check()
        try await database.write { sql in
            let conversation = try await Self.writable(id, by: member, on: sql)
            let (authorId, old) = try await Self.replyAuthor(replyId, in: id, on: sql)
            let spaceId = try await Self.spaceId(of: id, on: sql)
            let moderates = try await SpaceStore.moderates(spaceId, member, on: sql)
            guard authorId == member.id || moderates else {
                throw StoreError.forbidden("Only the author or a moderator edits this reply.")
            }
            guard old != body else { return }
            try await Self.keep(item: id, reply: replyId, title: conversation.title, body: old, editor: member.id, on: sql)
            let known = try await MemberStore.resolve(handles: Tags.mentions(in: body), on: sql)
            try await sql.raw(
                """
                UPDATE replies SET body = \(bind: body), body_html = \(bind: Markdown(knownHandles: Set(known.keys)).html(body)),
                    edited_at = \(bind: Clock.now()) WHERE id = \(bind: replyId)
                """
            ).run()
            try await SearchIndex.enqueue(id, on: sql)
        }
        return try await reply(replyId, in: id, for: .signedIn(member))
    }

    /// The author and text of a reply of this thread, or ``StoreError/notFound``.
    static func replyAuthor(_ replyId: Int, in id: Int, on sql: any SQLDatabase) async throws -> (Int, String) {
        guard
            let row = try await sql.raw(
                "SELECT author_id, body FROM replies WHERE id = \(bind: replyId) AND conversation_id = \(bind: id)"
            ).first()
        else { throw StoreError.notFound }
        return (try row.decode(column: "author_id", as: Int.self), try row.decode(column: "body", as: String.self))
    }

    /// Adds or takes back a reaction to the opening post (`reply` nil) or a reply.
    public func react(_ reaction: Reaction, to id: Int, reply: Int?, on: Bool, by member: Member) async throws {
        try await database.write { sql in
            _ = try await Self.writable(id, by: member, on: sql)
            if let reply { _ = try await Self.replyAuthor(reply, in: id, on: sql) }
            if on {
                try await sql.raw(
                    """
                    INSERT INTO reactions (item_id, reply_id, member_id, reaction)
                    VALUES (\(bind: id), \(bind: reply ?? 0), \(bind: member.id), \(bind: reaction.rawValue)) ON CONFLICT DO NOTHING
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    DELETE FROM reactions WHERE item_id = \(bind: id) AND reply_id = \(bind: reply ?? 0) AND member_id = \(bind: member.id)
                        AND reaction = \(bind: reaction.rawValue)
                    """
                ).run()
            }
        }
    }

    /// Accepts a reply as the answer to a question (or, with nil, takes the acceptance back): the asker or a moderator may.
    public func accept(_ replyId: Int?, in id: Int, by member: Member) async throws -> Conversation {
        try await database.write { sql in
            let conversation = try await Self.writable(id, by: member, on: sql)
            let spaceId = try await Self.spaceId(of: id, on: sql)
            guard conversation.kind == .question else { throw StoreError.conflict("Only questions have an accepted answer.") }
            let moderates = try await SpaceStore.moderates(spaceId, member, on: sql)
            guard conversation.author.id == member.id || moderates else {
                throw StoreError.forbidden("Only the person who asked, or a moderator, accepts an answer.")
            }
            guard let replyId else {
                try await sql.raw("UPDATE conversations SET accepted_reply_id = NULL WHERE item_id = \(bind: id)").run()
                try await ActionLogStore.record(
                    "unaccept", summary: "Took back the accepted answer", actor: member.id, item: id, space: spaceId, on: sql)
                try await SearchIndex.enqueue(id, on: sql)
                return
            }
            let (authorId, _) = try await Self.replyAuthor(replyId, in: id, on: sql)
            try await sql.raw("UPDATE conversations SET accepted_reply_id = \(bind: replyId) WHERE item_id = \(bind: id)").run()
            try await SearchIndex.enqueue(id, on: sql)
            try await ActionLogStore.record(
                "accept", summary: "Accepted the reply by \(try await MemberStore.name(of: authorId, on: sql)) as the answer",
                actor: member.id, item: id, space: spaceId, on: sql)
            if authorId != member.id {
                try await NotificationStore.notify(
                    authorId, about: id, kind: "accepted", text: "Your answer to “\(conversation.title)” was accepted.",
                    opening: .thread(id, reply: replyId), on: sql)
            }
        }
        return try await find(id: id, for: .signedIn(member))
    }
}
