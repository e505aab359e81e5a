import SQLKit

/// Threads and questions: starting, reading through ``VisibilityRule``, listing and editing.
/// Replies, reactions and answers are in `ConversationStore+Replies.swift`, moderation in `ConversationModeration.swift`.
public struct ConversationStore: Sendable {
    let database: Database
    let spaces: SpaceStore

    /// Starts a thread in a space the author is an active member of. Followers of the space, its tags and
    /// the author hear of it; the author follows it.
    public func create(_ new: NewConversation, by author: Member) async throws -> Conversation {
        let title = new.title.trimmed
        let body = new.body.normalizedNewlines.trimmed
        var validator = Validator()
        validator.require(new.kind != .idea, "kind", "Submit ideas as ideas: a thread is a question or a discussion.")
        Self.validate(title: title, body: body, into: &validator)
        let tags = Array((new.tags.map { $0.lowercased() } + Tags.hashtags(in: body)).uniqued())
        validator.requireTagLimit(tags)
        for tag in tags where !Tags.isValid(tag) {
            validator.require(false, "tags", "“\(tag)” is not a tag: use letters, digits and dashes.")
        }
        try validator.check()
        let space = try await spaces.writable(slug: new.space, by: author, doing: "start a thread in it")
        let visibility = new.visibility ?? space.defaultVisibility
        try VisibilityRule.check(visibility, chosenBy: author)
        let id = try await database.write { sql in
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: body), on: sql)
            let audience = try await Audiences.resolve(new.audience, visibility: visibility, mentioned: mentioned, on: sql)
            let now = Clock.now()
            let id = try await sql.raw(
                """
                INSERT INTO items (kind, space_id, author_id, visibility, created_at, updated_at)
                VALUES ('conversation', \(bind: space.id), \(bind: author.id), \(bind: visibility.rawValue), \(bind: now), \(bind: now))
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await sql.raw(
                """
                INSERT INTO conversations (item_id, kind, title, body, body_html, last_activity_at)
                VALUES (\(bind: id), \(bind: new.kind.rawValue), \(bind: title), \(bind: body),
                    \(bind: Markdown(knownHandles: Set(mentioned.keys)).html(body)), \(bind: now))
                """
            ).run()
            try await Audiences.store(audience, for: id, on: sql)
            try await ItemTags.store(tags, for: id, on: sql)
            try await FollowStore.add(.item(id), for: author.id, on: sql)
            try await ItemReads.mark(id, position: 0, by: author.id, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
            try await ActionLogStore.record(
                "create", summary: "Started “\(title)”", actor: author.id, item: id, space: space.id, on: sql)
            let destination = Destination.thread(id, reply: nil)
            let mentionedIds = Set(mentioned.values).subtracting([author.id])
            for memberId in mentionedIds {
                try await NotificationStore.notify(
                    memberId, about: id, kind: "mention", text: "\(author.name) mentioned you in “\(title)”.", opening: destination, on: sql
                )
            }
            let targets: [FollowTarget] = [.space(space.slug), .member(author.handle)] + tags.map { .tag($0) }
            try await NotificationStore.notifyFollowers(
                of: targets, except: mentionedIds.union([author.id]), about: id, kind: "new-conversation",
                text: "\(author.name) started “\(title)” in \(space.name).", opening: destination, on: sql)
            return id
        }
        return try await find(id: id, for: .signedIn(author))
    }

    static func validate(title: String, body: String, into validator: inout Validator) {
        validator.require(!title.isEmpty, "title", "Give the thread a title.")
        validator.require(
            title.count <= NewConversation.maximumTitleLength, "title",
            "Keep the title under \(NewConversation.maximumTitleLength) characters.")
        validateBody(body, into: &validator)
    }

    static func validateBody(_ body: String, into validator: inout Validator) {
        validator.require(!body.isEmpty, "body", "Write something first.")
        validator.require(
            body.count <= NewConversation.maximumBodyLength, "body",
            "Keep it under \(NewConversation.maximumBodyLength) characters.")
        validator.requireMentionLimit(in: body)
    }

    /// The thread, if the viewer may see it (a merged one too: it says where it went); otherwise ``StoreError/notFound``.
    public func find(id: Int, for viewer: Viewer) async throws -> Conversation {
        try await database.read { sql in
            guard let conversation = try await Self.query(for: viewer, where: "i.id = \(bind: id)", limit: 1, on: sql).first else {
                throw StoreError.notFound
            }
            return conversation
        }
    }

    /// Visible threads, most recent activity first; merged threads are left out.
    public func list(_ filter: ConversationFilter, for viewer: Viewer) async throws -> [Conversation] {
        var conditions: [SQLQueryString] = ["c.merged_into IS NULL", "c.kind <> 'idea'"]
        if let spaceId = filter.spaceId { conditions.append("i.space_id = \(bind: spaceId)") }
        if filter.unanswered {
            // Written out, not bound, so that the planner sees the `conversations_unanswered` index applies.
            conditions.append("c.kind = 'question' AND c.accepted_reply_id IS NULL")
        } else if let kind = filter.kind {
            conditions.append("c.kind = \(bind: kind.rawValue)")
        }
        if let authorId = filter.authorId { conditions.append("i.author_id = \(bind: authorId)") }
        if let pinned = filter.pinned { conditions.append("c.pinned = \(bind: pinned ? 1 : 0)") }
        if let tag = filter.tag { conditions.append(ItemTags.carrying(tag)) }
        if let after = filter.after {
            conditions.append(
                """
                (c.last_activity_at < \(bind: after.activityAt) OR (c.last_activity_at = \(bind: after.activityAt) AND i.id < \(bind: after.id)))
                """
            )
        }
        return try await database.read { sql in
            try await Self.query(
                for: viewer, where: conditions.joined(separator: " AND "), order: "c.last_activity_at DESC, i.id DESC", limit: filter.limit,
                on: sql)
        }
    }

    /// Visible threads among the given item ids, newest first (for the mixed home feed).
    func list(ids: [Int], for viewer: Viewer) async throws -> [Conversation] {
        try await database.read { sql in
            try await Self.query(for: viewer, where: "i.id IN \(ids.sqlList)", limit: ids.count, on: sql)
        }
    }

    static func query(
        for viewer: Viewer, where condition: SQLQueryString, order: SQLQueryString = "i.id DESC", limit: Int, on sql: any SQLDatabase
    ) async throws -> [Conversation] {
        let reader = viewer.member?.id ?? -1
        let rows = try await sql.raw(
            """
            SELECT i.id, i.visibility, i.hidden, i.created_at, s.slug AS space_slug, s.name AS space_name, \(MemberSummary.columns("m", prefix: "author")),
                c.kind, c.title, c.body, c.body_html, c.accepted_reply_id, c.locked, c.pinned, c.merged_into, c.reply_count,
                c.last_activity_at, c.edited_at,
                i.readers,
                CASE WHEN r.position IS NULL THEN NULL
                    ELSE (SELECT COUNT(*) FROM replies y WHERE y.conversation_id = i.id AND y.id > r.position) END AS unread
            FROM items i JOIN conversations c ON c.item_id = i.id JOIN members m ON m.id = i.author_id JOIN spaces s ON s.id = i.space_id
            LEFT JOIN item_reads r ON r.item_id = i.id AND r.member_id = \(bind: reader)
            WHERE \(condition) AND \(VisibilityRule(viewer).predicate())
            ORDER BY \(order) LIMIT \(bind: limit)
            """
        ).all()
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        let tags = try await ItemTags.load(ids, on: sql)
        let audiences = try await Audiences.load(ids, on: sql)
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return Conversation(
                id: id, kind: try row.decode(column: "kind", as: ConversationKind.self),
                space: SpaceReference(
                    slug: try row.decode(column: "space_slug", as: String.self), name: try row.decode(column: "space_name", as: String.self)
                ),
                author: try MemberSummary.decode(row, prefix: "author"),
                visibility: try row.decode(column: "visibility", as: Visibility.self), audience: audiences[id] ?? Audience(),
                title: try row.decode(column: "title", as: String.self), body: try row.decode(column: "body", as: String.self),
                bodyHTML: try row.decode(column: "body_html", as: String.self), tags: tags[id] ?? [],
                acceptedReplyId: try row.decode(column: "accepted_reply_id", as: Int?.self),
                locked: try row.decode(column: "locked", as: Int.self) == 1, pinned: try row.decode(column: "pinned", as: Int.self) == 1,
                hidden: try row.decode(column: "hidden", as: Int.self) == 1,
                mergedInto: try row.decode(column: "merged_into", as: Int?.self),
                replyCount: try row.decode(column: "reply_count", as: Int.self),
                unreadReplies: try row.decode(column: "unread", as: Int?.self),
                readers: try row.decode(column: "readers", as: Int.self), createdAt: try row.decode(column: "created_at", as: Int.self),
                editedAt: try row.decode(column: "edited_at", as: Int?.self),
                lastActivityAt: try row.decode(column: "last_activity_at", as: Int.self))
        }
    }

    /// The thread, if the member may see it and it was not merged away: what every write checks first.
    static func writable(_ id: Int, by member: Member, on sql: any SQLDatabase) async throws -> Conversation {
        guard let conversation = try await query(for: .signedIn(member), where: "i.id = \(bind: id)", limit: 1, on: sql).first else {
            throw StoreError.notFound
        }
        guard conversation.mergedInto == nil else { throw mergedAway }
        return conversation
    }

    /// Why a merged thread takes no more writes.
    static let mergedAway = StoreError.conflict("This thread was merged into another; continue there.")

    static func spaceId(of id: Int, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT space_id FROM items WHERE id = \(bind: id)").first()!.decode(column: "space_id", as: Int.self)
    }

    /// Changes the title and text of the opening post: its author or a moderator may. The previous version is kept.
    public func edit(_ id: Int, title: String, body: String, by member: Member) async throws -> Conversation {
        let title = title.trimmed
        let body = body.normalizedNewlines.trimmed
        var validator = Validator()
        Self.validate(title: title, body: body, into: &validator)
        try validator.check()
        try await database.write { sql in
            let conversation = try await Self.writable(id, by: member, on: sql)
            let spaceId = try await Self.spaceId(of: id, on: sql)
            let moderates = try await SpaceStore.moderates(spaceId, member, on: sql)
            guard conversation.author.id == member.id || moderates else {
                throw StoreError.forbidden("Only the author or a moderator edits this thread.")
            }
            guard title != conversation.title || body != conversation.body else { return }
            try await Self.keep(item: id, reply: 0, title: conversation.title, body: conversation.body, editor: member.id, on: sql)
            let known = try await MemberStore.resolve(handles: Tags.mentions(in: body), on: sql)
            try await sql.raw(
                """
                UPDATE conversations SET title = \(bind: title), body = \(bind: body),
                    body_html = \(bind: Markdown(knownHandles: Set(known.keys)).html(body)), edited_at = \(bind: Clock.now())
                WHERE item_id = \(bind: id)
                """
            ).run()
            try await ActionLogStore.record("edit", summary: "Edited the opening post", actor: member.id, item: id, space: spaceId, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    static func keep(item: Int, reply: Int, title: String, body: String, editor: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO conversation_edits (item_id, reply_id, title, body, editor_id, created_at)
            VALUES (\(bind: item), \(bind: reply), \(bind: title), \(bind: body), \(bind: editor), \(bind: Clock.now()))
            """
        ).run()
    }

    /// Earlier versions of the opening post (`reply` nil) or of one reply, newest first.
    /// The versions of a hidden reply are as hidden as its text.
    public func edits(of id: Int, reply: Int?, for viewer: Viewer) async throws -> [ConversationEdit] {
        let thread = try await thread(id, for: viewer)
        if let reply {
            guard let shown = thread.replies.first(where: { $0.id == reply }) else { throw StoreError.notFound }
            if shown.hidden && shown.body.isEmpty { return [] }
        }
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT e.id, e.reply_id, e.title, e.body, e.created_at, \(MemberSummary.columns("m", prefix: "editor"))
                FROM conversation_edits e JOIN members m ON m.id = e.editor_id
                WHERE e.item_id = \(bind: id) AND e.reply_id = \(bind: reply ?? 0) ORDER BY e.id DESC
                """
            ).all().map { row in
                let replyId = try row.decode(column: "reply_id", as: Int.self)
                return ConversationEdit(
                    id: try row.decode(column: "id", as: Int.self), replyId: replyId == 0 ? nil : replyId,
                    title: try row.decode(column: "title", as: String.self), body: try row.decode(column: "body", as: String.self),
                    editor: try MemberSummary.decode(row, prefix: "editor"), createdAt: try row.decode(column: "created_at", as: Int.self))
            }
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
