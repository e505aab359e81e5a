import SQLKit

extension KnowledgeTaskStore {
    /// The task, if the viewer may see it; otherwise ``StoreError/notFound``.
    public func find(id: Int, for viewer: Viewer) async throws -> KnowledgeTask {
        try await database.read { sql in
            guard let task = try await Self.query(for: viewer, where: "t.item_id = \(bind: id)", limit: 1, on: sql).first else {
                throw StoreError.notFound
            }
            return task
        }
    }

    /// Visible tasks: open ones first, by deadline, then the closed, newest first.
    public func list(for viewer: Viewer, limit: Int = 50) async throws -> [KnowledgeTask] {
        let now = Clock.now()
        return try await database.read { sql in
            try await Self.query(
                for: viewer, where: "1 = 1",
                order: """
                    CASE WHEN t.closed_at IS NULL AND t.due_at > \(bind: now) THEN 0 ELSE 1 END,
                    CASE WHEN t.closed_at IS NULL AND t.due_at > \(bind: now) THEN t.due_at ELSE -t.item_id END
                    """, limit: limit, on: sql)
        }
    }

    /// Open tasks the member may see and is in the segment of, the nearest deadline first: their home page lists them.
    public func open(for member: Member, limit: Int = 5) async throws -> [KnowledgeTask] {
        try await database.read { sql in
            try await Self.query(
                for: .signedIn(member),
                where: "t.closed_at IS NULL AND t.due_at > \(bind: Clock.now()) AND \(Self.inSegment(member))",
                order: "t.due_at, t.item_id", limit: limit, on: sql)
        }
    }

    /// The responses the viewer may see, oldest first: a free response by its writer and employees; a suggested edit by
    /// whoever may see the suggestion; a reply or an idea by whoever may see it.
    public func responses(of id: Int, for viewer: Viewer, limit: Int = 200) async throws -> [TaskResponse] {
        _ = try await find(id: id, for: viewer)
        return try await database.read { sql in
            try await Self.responses(where: "r.task_id = \(bind: id)", for: viewer, limit: limit, on: sql)
        }
    }

    static func responses(
        where condition: SQLQueryString, for viewer: Viewer, limit: Int, on sql: any SQLDatabase
    ) async throws -> [TaskResponse] {
        try await sql.raw(
            """
            SELECT r.id, r.kind, COALESCE(y.conversation_id, r.item_id) AS item_id, r.reply_id, r.suggestion_id, r.body, r.body_html,
                r.created_at, COALESCE(c.title, a.title) AS title, \(MemberSummary.columns("m", prefix: "member"))
            FROM task_responses r JOIN members m ON m.id = r.member_id LEFT JOIN replies y ON y.id = r.reply_id
            LEFT JOIN conversations c ON c.item_id = COALESCE(y.conversation_id, r.item_id) LEFT JOIN articles a ON a.item_id = r.item_id
            WHERE \(condition) AND \(listed(viewer))
            ORDER BY r.id LIMIT \(bind: limit)
            """
        ).all().map { row in
            TaskResponse(
                id: try row.decode(column: "id", as: Int.self), member: try MemberSummary.decode(row, prefix: "member"),
                kind: try row.decode(column: "kind", as: TaskResponse.Kind.self), itemId: try row.decode(column: "item_id", as: Int?.self),
                replyId: try row.decode(column: "reply_id", as: Int?.self),
                suggestionId: try row.decode(column: "suggestion_id", as: Int?.self),
                title: try row.decode(column: "title", as: String?.self),
                body: try row.decode(column: "body", as: String.self), bodyHTML: try row.decode(column: "body_html", as: String.self),
                createdAt: try row.decode(column: "created_at", as: Int.self))
        }
    }

    /// The closed tasks that thanked the member, as the viewer may know of them: tasks the viewer may see, for which
    /// the viewer may see one of the member's responses. Newest first.
    public func thanks(to memberId: Int, for viewer: Viewer, limit: Int = 20) async throws -> [TaskThanks] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT t.item_id, t.title, t.thanks, t.closed_at FROM knowledge_tasks t CROSS JOIN items i
                WHERE i.id = t.item_id AND t.closed_at IS NOT NULL AND \(VisibilityRule(viewer).predicate())
                AND EXISTS (SELECT 1 FROM task_responses r WHERE r.task_id = t.item_id AND r.member_id = \(bind: memberId)
                    AND \(Self.listed(viewer)))
                ORDER BY t.closed_at DESC LIMIT \(bind: limit)
                """
            ).all().map {
                TaskThanks(
                    taskId: try $0.decode(column: "item_id", as: Int.self), title: try $0.decode(column: "title", as: String.self),
                    thanks: try $0.decode(column: "thanks", as: String.self), closedAt: try $0.decode(column: "closed_at", as: Int.self))
            }
        }
    }

    /// Whether the viewer may see response `r`; see ``responses(of:for:)``.
    static func listed(_ viewer: Viewer) -> SQLQueryString {
        guard let member = viewer.member else { return "(\(linkedVisible(viewer)))" }
        let free: SQLQueryString = member.isEmployee ? "r.kind = 'free'" : "(r.kind = 'free' AND r.member_id = \(bind: member.id))"
        return """
            (\(free) OR (r.kind = 'suggestion' AND EXISTS (SELECT 1 FROM suggested_edits e JOIN items i ON i.id = e.item_id \
            WHERE e.id = r.suggestion_id AND \(SuggestedEditStore.readable(by: member)))) OR \(linkedVisible(viewer)))
            """
    }

    /// Whether the viewer may count response `r` in a task's progress: free responses and suggested edits always (like a
    /// support, their count tells nothing of their content), replies and ideas when the viewer may see them.
    static func counted(_ viewer: Viewer) -> SQLQueryString {
        "(r.kind IN ('free', 'suggestion') OR \(linkedVisible(viewer)))"
    }

    /// A reply or idea response the viewer may see: the idea, or the reply where it is now (a split or a merge moves
    /// replies) when it is not hidden and its thread is visible.
    private static func linkedVisible(_ viewer: Viewer) -> SQLQueryString {
        """
        ((r.kind = 'idea' AND EXISTS (SELECT 1 FROM items j WHERE j.id = r.item_id AND \(VisibilityRule(viewer).predicate(item: "j")))) \
        OR (r.kind = 'reply' AND EXISTS (SELECT 1 FROM replies y JOIN items j ON j.id = y.conversation_id WHERE y.id = r.reply_id \
        AND y.hidden = 0 AND \(VisibilityRule(viewer).predicate(item: "j")))))
        """
    }

    static func query(
        for viewer: Viewer, where condition: SQLQueryString, order: SQLQueryString = "t.item_id DESC", limit: Int, on sql: any SQLDatabase
    ) async throws -> [KnowledgeTask] {
        let me = viewer.member?.id ?? 0
        let rows = try await sql.raw(
            """
            SELECT i.id, i.visibility, i.hidden, i.created_at, s.slug AS space_slug, s.name AS space_name,
                \(MemberSummary.columns("m", prefix: "author")), t.title, t.brief, t.brief_html, t.response_kind, t.campaign_id,
                t.due_at, t.goal, t.closed_at, t.thanks, \(CampaignStore.visibleTitle(of: "t.campaign_id", for: viewer)) AS campaign_title,
                (SELECT COUNT(DISTINCT r.member_id) FROM task_responses r WHERE r.task_id = i.id AND \(counted(viewer))) AS respondents,
                (SELECT COUNT(*) FROM task_responses r WHERE r.task_id = i.id AND r.member_id = \(bind: me)) AS mine
            FROM knowledge_tasks t CROSS JOIN items i JOIN members m ON m.id = i.author_id JOIN spaces s ON s.id = i.space_id
            WHERE i.id = t.item_id AND \(condition) AND \(VisibilityRule(viewer).predicate())
            ORDER BY \(order) LIMIT \(bind: limit)
            """
        ).all()
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        let audiences = try await Audiences.load(ids, on: sql)
        let targets = try await Self.targets(of: ids, for: viewer, on: sql)
        var segments = try await Self.segments(of: ids, on: sql)
        if viewer.member?.isEmployee != true {
            // Customers of one account never learn which other accounts a task is for: they see their own at most.
            let own =
                try await viewer.member?.accountId.asyncMap { id in
                    try await sql.raw("SELECT slug FROM accounts WHERE id = \(bind: id)").first()?.decode(column: "slug", as: String.self)
                } ?? nil
            for (id, segment) in segments { segments[id]?.accounts = segment.accounts.filter { $0 == own } }
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return KnowledgeTask(
                id: id,
                space: SpaceReference(
                    slug: try row.decode(column: "space_slug", as: String.self), name: try row.decode(column: "space_name", as: String.self)
                ),
                author: try MemberSummary.decode(row, prefix: "author"),
                visibility: try row.decode(column: "visibility", as: Visibility.self), audience: audiences[id] ?? Audience(),
                title: try row.decode(column: "title", as: String.self), brief: try row.decode(column: "brief", as: String.self),
                briefHTML: try row.decode(column: "brief_html", as: String.self),
                responseKind: try row.decode(column: "response_kind", as: TaskResponseKind.self),
                campaign: try CampaignStore.reference(from: row), targets: targets[id] ?? [],
                segment: segments[id] ?? TaskSegment(), dueAt: try row.decode(column: "due_at", as: Int.self),
                goal: try row.decode(column: "goal", as: Int.self), respondents: try row.decode(column: "respondents", as: Int.self),
                responded: try row.decode(column: "mine", as: Int.self) > 0, closedAt: try row.decode(column: "closed_at", as: Int?.self),
                thanks: try row.decode(column: "thanks", as: String.self), hidden: try row.decode(column: "hidden", as: Int.self) == 1,
                createdAt: try row.decode(column: "created_at", as: Int.self))
        }
    }

    /// The named articles and questions of each task that the viewer may see.
    private static func targets(of ids: [Int], for viewer: Viewer, on sql: any SQLDatabase) async throws -> [Int: [TaskTarget]] {
        var result: [Int: [TaskTarget]] = [:]
        for row in try await sql.raw(
            """
            SELECT g.task_id, i.id, i.kind, COALESCE(c.title, a.title) AS title FROM task_targets g JOIN items i ON i.id = g.item_id
            LEFT JOIN conversations c ON c.item_id = i.id LEFT JOIN articles a ON a.item_id = i.id
            WHERE g.task_id IN \(ids.sqlList) AND \(VisibilityRule(viewer).predicate()) ORDER BY g.task_id, i.id
            """
        ).all() {
            let kind = try row.decode(column: "kind", as: String.self)
            result[try row.decode(column: "task_id", as: Int.self), default: []].append(
                TaskTarget(
                    id: try row.decode(column: "id", as: Int.self), kind: kind == "article" ? "article" : "question",
                    title: try row.decode(column: "title", as: String?.self) ?? ""))
        }
        return result
    }

    private static func segments(of ids: [Int], on sql: any SQLDatabase) async throws -> [Int: TaskSegment] {
        var result: [Int: TaskSegment] = [:]
        for row in try await sql.raw(
            "SELECT task_id, kind, value FROM task_segments WHERE task_id IN \(ids.sqlList) ORDER BY task_id, kind, value"
        ).all() {
            let value = try row.decode(column: "value", as: String.self)
            let id = try row.decode(column: "task_id", as: Int.self)
            switch try row.decode(column: "kind", as: String.self) {
            case "relation": result[id, default: TaskSegment()].relations.append(value)
            case "account": result[id, default: TaskSegment()].accounts.append(value)
            case "tag": result[id, default: TaskSegment()].tags.append(value)
            default: result[id, default: TaskSegment()].expertise.append(value)
            }
        }
        return result
    }
}
