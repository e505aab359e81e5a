import SQLKit

/// Official answers and merges (PRODUCT.md §6): every change of status carries a note, kept in the idea's history and
/// sent to its submitter, supporters and followers — and, for an enhancement request, to the followers of the thread it
/// came from, whose page shows the requests its reader may see with their answers. Never as a log entry on the thread:
/// the thread's readers would read it even where the request is hidden from them.
extension IdeaStore {
    /// Answers an idea: moves it to `status` (or keeps it there, as news of progress) with a note. Moderators of its
    /// space answer, and for an enhancement request its product owner too. A duplicate takes no answers.
    public func answer(_ id: Int, status: IdeaStatus, note: String, by member: Member) async throws -> Idea {
        let note = note.normalizedNewlines.trimmed
        var validator = Validator()
        validator.require(!note.isEmpty, "note", "Write the answer: it is what the submitter and supporters read.")
        validator.require(
            note.count <= IdeaAnswer.maximumNoteLength, "note", "Keep the answer under \(IdeaAnswer.maximumNoteLength) characters.")
        validator.requireMentionLimit(in: note, field: "note")
        validator.require(status != .duplicate, "status", "Mark a duplicate by merging it into the other idea.")
        try validator.check()
        try await database.write { sql in
            let (idea, spaceId) = try await Self.answerable(id, by: member, on: sql)
            let known = try await MemberStore.resolve(handles: Tags.mentions(in: note), on: sql)
            let now = Clock.now()
            try await sql.raw(
                """
                INSERT INTO idea_answers (idea_id, status, note, note_html, changed_by, created_at)
                VALUES (\(bind: id), \(bind: status.rawValue), \(bind: note), \(bind: Markdown(knownHandles: Set(known.keys)).html(note)),
                    \(bind: member.id), \(bind: now))
                """
            ).run()
            try await sql.raw(
                "UPDATE ideas SET status = \(bind: status.rawValue), status_changed_at = \(bind: now) WHERE item_id = \(bind: id)"
            ).run()
            try await sql.raw("UPDATE items SET updated_at = \(bind: now) WHERE id = \(bind: id)").run()
            try await SearchIndex.enqueue(id, on: sql)
            let moved = status != idea.status
            let headline =
                moved ? "“\(idea.title)” is now \(status.label.lowercased())" : "News on “\(idea.title)” (\(status.label.lowercased()))"
            try await ActionLogStore.record(
                moved ? "status" : "progress", summary: "\(moved ? "Moved to \(status.label)" : "Progress"): \(Self.excerpt(note))",
                actor: member.id, item: id, space: spaceId, on: sql)
            try await Self.tellBackers(
                of: idea, kind: "idea-status", text: "\(headline): \(Self.excerpt(note))", opening: .idea(id), except: member.id, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    /// A note as a notification or log entry quotes it: its first 200 characters.
    static func excerpt(_ note: String) -> String {
        let line = note.replacingOccurrences(of: "\n", with: " ")
        return line.count <= 200 ? line : String(line.prefix(199)) + "…"
    }

    /// The idea, if the member may see it and answer it, with its space.
    private static func answerable(_ id: Int, by member: Member, on sql: any SQLDatabase) async throws -> (Idea, Int) {
        guard let idea = try await query(for: .signedIn(member), where: "d.item_id = \(bind: id)", limit: 1, on: sql).first else {
            throw StoreError.notFound
        }
        let spaceId = try await ConversationStore.spaceId(of: id, on: sql)
        guard try await SpaceStore.moderates(spaceId, member, on: sql) || (idea.owner?.id == member.id) else {
            throw StoreError.forbidden("Only moderators of this space, or the request's product owner, answer ideas.")
        }
        guard idea.duplicateOf == nil else { throw StoreError.conflict("This idea was merged into another; answer it there.") }
        return (idea, spaceId)
    }

    /// Tells the submitter, the requester, every supporter and every follower of the idea (and of the thread an
    /// enhancement request came from), once each, except `excluded`. Each notification is tied to `about` (the idea
    /// itself unless given) and read under its rule, so it reaches only those who may still see that idea; its text
    /// names nothing else. Written in member order, so that both databases number them alike.
    static func tellBackers(
        of idea: Idea, about: Int? = nil, kind: String, text: String, opening destination: Destination, except excluded: Int,
        on sql: any SQLDatabase
    ) async throws {
        let target = destination.columns
        try await sql.raw(
            """
            INSERT INTO notifications (member_id, item_id, kind, text, target_kind, target_id, target_reply, created_at)
            SELECT b.member_id, \(bind: about ?? idea.id), \(bind: kind), \(bind: text), \(bind: target.kind), \(bind: target.id), NULL,
                \(bind: Clock.now())
            FROM (SELECT member_id FROM idea_supports WHERE idea_id = \(bind: idea.id)
                UNION SELECT member_id FROM follows WHERE target_kind = 'item'
                    AND target IN (\(bind: String(idea.id)), \(bind: idea.sourceThreadId.map(String.init) ?? ""))
                UNION SELECT \(bind: idea.author.id)
                UNION SELECT requester_id FROM ideas WHERE item_id = \(bind: idea.id) AND requester_id IS NOT NULL) b
            WHERE b.member_id <> \(bind: excluded)
            AND NOT EXISTS (SELECT 1 FROM notification_mutes u WHERE u.member_id = b.member_id
                AND u.kind = \(bind: NotificationKind.group(of: kind)))
            ORDER BY b.member_id
            """
        ).run()
    }

    /// The official answers of a visible idea, oldest first.
    public func answers(of id: Int, for viewer: Viewer) async throws -> [IdeaAnswer] {
        _ = try await find(id: id, for: viewer)
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT a.id, a.status, a.note, a.note_html, a.created_at, \(MemberSummary.columns("m", prefix: "by"))
                FROM idea_answers a LEFT JOIN members m ON m.id = a.changed_by WHERE a.idea_id = \(bind: id) ORDER BY a.id
                """
            ).all().map(Self.answer(from:))
        }
    }

    /// The latest official answers, from the last ``IdeaAnswer/recentWindow`` seconds, on ideas the member supports or
    /// follows and may still see — what their home page shows as news of the ideas they back. A submitter supports and
    /// follows their idea from the start, so they hear unless they chose not to. Answers they gave themselves are left
    /// out: they know them. The member's ideas are read first and their answers looked up by idea, so the cost follows
    /// what one member backs, not how many answers the instance holds.
    public func recentAnswers(for member: Member, limit: Int = 5) async throws -> [AnsweredIdea] {
        let since = Clock.now() - IdeaAnswer.recentWindow
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT a.id, a.idea_id, c.title AS idea_title, a.status, a.note, a.note_html, a.created_at,
                    \(MemberSummary.columns("m", prefix: "by"))
                FROM (SELECT p.idea_id AS id FROM idea_supports p WHERE p.member_id = \(bind: member.id)
                    UNION SELECT CAST(f.target AS BIGINT) FROM follows f WHERE f.member_id = \(bind: member.id) AND f.target_kind = 'item'
                ) backed CROSS JOIN idea_answers a CROSS JOIN items i JOIN conversations c ON c.item_id = a.idea_id
                LEFT JOIN members m ON m.id = a.changed_by
                WHERE a.idea_id = backed.id AND i.id = a.idea_id AND a.created_at >= \(bind: since)
                    AND (a.changed_by IS NULL OR a.changed_by <> \(bind: member.id)) AND \(VisibilityRule(.signedIn(member)).predicate())
                ORDER BY a.id DESC LIMIT \(bind: limit)
                """
            ).all().map { row in
                AnsweredIdea(
                    idea: IdeaReference(
                        id: try row.decode(column: "idea_id", as: Int.self), title: try row.decode(column: "idea_title", as: String.self)),
                    answer: try Self.answer(from: row))
            }
        }
    }

    /// An answer from a row of `idea_answers` (`id`, `status`, `note`, `note_html`, `created_at`) with its author as `by`.
    private static func answer(from row: any SQLRow) throws -> IdeaAnswer {
        IdeaAnswer(
            id: try row.decode(column: "id", as: Int.self), status: try row.decode(column: "status", as: IdeaStatus.self),
            note: try row.decode(column: "note", as: String.self), noteHTML: try row.decode(column: "note_html", as: String.self),
            by: try MemberSummary.decodeIfPresent(row, prefix: "by"), createdAt: try row.decode(column: "created_at", as: Int.self))
    }

    /// Merges a duplicate into another idea that exactly the same people may read (as thread merges require). The
    /// duplicate keeps its discussion, locked, and points at the other; its supports move there, each marked as moved so
    /// that its supporter can withdraw it in one step from the notification they get; its followers follow the other.
    /// The reason is the duplicate's official answer.
    public func merge(_ id: Int, into targetId: Int, reason: String, by member: Member) async throws -> Idea {
        let reason = reason.normalizedNewlines.trimmed
        var validator = Validator()
        validator.require(!reason.isEmpty, "reason", "Say why these are the same idea: supporters read it.")
        validator.require(
            reason.count <= IdeaAnswer.maximumNoteLength, "reason", "Keep the reason under \(IdeaAnswer.maximumNoteLength) characters.")
        validator.require(id != targetId, "into", "An idea cannot be merged into itself.", conflict: true)
        try validator.check()
        try await database.write { sql in
            let (idea, spaceId) = try await Self.answerable(id, by: member, on: sql)
            guard let target = try await Self.query(for: .signedIn(member), where: "d.item_id = \(bind: targetId)", limit: 1, on: sql).first
            else {
                throw StoreError.conflict("into", "No idea has the number \(targetId).")
            }
            let targetSpaceId = try await ConversationStore.spaceId(of: targetId, on: sql)
            guard try await SpaceStore.moderates(targetSpaceId, member, on: sql) else {
                throw StoreError.forbidden("Merge only into ideas of spaces you moderate.")
            }
            guard target.duplicateOf == nil else {
                throw StoreError.conflict("into", "That idea is itself a duplicate; merge into its original.")
            }
            guard !idea.status.isFinal else {
                throw StoreError.conflict("This idea is \(idea.status.label.lowercased()) and cannot be merged.")
            }
            guard
                try await ConversationStore.sameReaders(
                    (ConversationStore.writable(id, by: member, on: sql), spaceId),
                    (ConversationStore.writable(targetId, by: member, on: sql), targetSpaceId), on: sql)
            else {
                throw StoreError.conflict(
                    "into",
                    "Merge only ideas that the same people can read: same visibility, audience and hidden state, the same space "
                        + "for space and hidden ideas, and each submitter able to read the other idea.")
            }
            let now = Clock.now()
            try await sql.raw(
                """
                INSERT INTO idea_supports (idea_id, member_id, account_id, moved_from, created_at)
                SELECT \(bind: targetId), member_id, account_id, \(bind: id), \(bind: now) FROM idea_supports WHERE idea_id = \(bind: id)
                ON CONFLICT DO NOTHING
                """
            ).run()
            try await Self.recountSupports(targetId, on: sql)
            try await sql.raw(
                """
                INSERT INTO follows (member_id, target_kind, target, created_at)
                SELECT member_id, 'item', \(bind: String(targetId)), \(bind: now) FROM follows
                WHERE target_kind = 'item' AND target = \(bind: String(id)) ON CONFLICT DO NOTHING
                """
            ).run()
            try await sql.raw(
                """
                UPDATE ideas SET status = 'duplicate', duplicate_of = \(bind: targetId), status_changed_at = \(bind: now)
                WHERE item_id = \(bind: id)
                """
            ).run()
            try await sql.raw("UPDATE conversations SET locked = 1 WHERE item_id = \(bind: id)").run()
            try await sql.raw(
                """
                INSERT INTO idea_answers (idea_id, status, note, note_html, changed_by, created_at)
                VALUES (\(bind: id), 'duplicate', \(bind: reason), \(bind: Markdown().html(reason)), \(bind: member.id), \(bind: now))
                """
            ).run()
            try await SearchIndex.enqueue(id, on: sql)
            try await SearchIndex.enqueue(targetId, on: sql)
            let text = "Merged “\(idea.title)” into “\(target.title)”: \(Self.excerpt(reason))"
            try await ActionLogStore.record("merge", summary: text, actor: member.id, item: id, space: spaceId, on: sql)
            try await ActionLogStore.record("merge", summary: text, actor: member.id, item: targetId, space: targetSpaceId, on: sql)
            // About the idea it went into, naming only that one: the notification is read under that idea's rule.
            try await Self.tellBackers(
                of: idea, about: targetId, kind: "idea-merged",
                text: "An idea you back was merged into “\(target.title)”; your support moved there — keep it or withdraw it in one step.",
                opening: .idea(targetId), except: member.id, on: sql)
        }
        return try await find(id: targetId, for: .signedIn(member))
    }
}
