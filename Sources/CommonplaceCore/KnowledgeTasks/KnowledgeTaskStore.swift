import SQLKit

/// Knowledge tasks (PRODUCT.md §6): published by the moderators of a space for a segment of members, answered by
/// suggested edits, replies, ideas or a few words until the deadline, and closed with thanks to the respondents.
/// Read through ``VisibilityRule`` like every item; what a response shows follows what it is (see ``responses(of:for:)``).
public struct KnowledgeTaskStore: Sendable {
    let database: Database
    let spaces: SpaceStore

    /// Publishes a task in a space the member moderates. Members of its segment are notified, followers of the space
    /// when it has none.
    public func create(_ draft: TaskDraft, by member: Member) async throws -> KnowledgeTask {
        let (title, brief) = try Self.validate(draft, now: Clock.now())
        let space = try await spaces.find(slug: draft.space, for: .signedIn(member))
        let visibility = draft.visibility ?? space.defaultVisibility
        try VisibilityRule.check(visibility, chosenBy: member)
        let id = try await database.write { sql in
            guard try await SpaceStore.moderates(space.id, member, on: sql) else {
                throw StoreError.forbidden("Only moderators of \(space.name) publish knowledge tasks in it.")
            }
            try await Self.checkTargets(draft, visibleTo: member, on: sql)
            try await Self.checkAccounts(draft.segment.accounts, on: sql)
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: brief), on: sql)
            let audience = try await Audiences.resolve(draft.audience, visibility: visibility, mentioned: mentioned, on: sql)
            let now = Clock.now()
            let id = try await sql.raw(
                """
                INSERT INTO items (kind, space_id, author_id, visibility, created_at, updated_at)
                VALUES ('task', \(bind: space.id), \(bind: member.id), \(bind: visibility.rawValue), \(bind: now), \(bind: now))
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await sql.raw(
                """
                INSERT INTO knowledge_tasks (item_id, title, brief, brief_html, response_kind, campaign_id, due_at, goal)
                VALUES (\(bind: id), \(bind: title), \(bind: brief), \(bind: Markdown(knownHandles: Set(mentioned.keys)).html(brief)),
                    \(bind: draft.responseKind.rawValue), \(bind: draft.responseKind == .ideas ? draft.campaignId : nil),
                    \(bind: draft.dueAt), \(bind: draft.goal))
                """
            ).run()
            for target in Set(draft.targets) where [.edits, .answers].contains(draft.responseKind) {
                try await sql.raw("INSERT INTO task_targets (task_id, item_id) VALUES (\(bind: id), \(bind: target))").run()
            }
            for (kind, value) in draft.segment.rows {
                try await sql.raw(
                    "INSERT INTO task_segments (task_id, kind, value) VALUES (\(bind: id), \(bind: kind), \(bind: value)) ON CONFLICT DO NOTHING"
                ).run()
            }
            try await Audiences.store(audience, for: id, on: sql)
            try await FollowStore.add(.item(id), for: member.id, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
            try await ActionLogStore.record(
                "create", summary: "Published the knowledge task “\(title)”", actor: member.id, item: id, space: space.id, on: sql)
            let text = "\(member.name) asks for your knowledge: “\(title)”."
            if draft.segment.isEmpty {
                try await NotificationStore.notifyFollowers(
                    of: [.space(space.slug)], except: [member.id], about: id, kind: "knowledge-task", text: text, opening: .task(id),
                    on: sql)
            } else {
                let members = try await Self.segmentMembers(draft.segment, except: member.id, on: sql)
                try await NotificationStore.notify(members, about: id, kind: "knowledge-task", text: text, opening: .task(id), on: sql)
            }
            return id
        }
        return try await find(id: id, for: .signedIn(member))
    }

    /// Takes a free response to an open task the member may see; after the deadline or once closed it is refused.
    public func respond(to id: Int, body: String, by member: Member) async throws -> TaskResponse {
        let body = body.normalizedNewlines.trimmed
        var validator = Validator()
        validator.require(!body.isEmpty, "body", "Write your response.")
        validator.require(
            body.count <= TaskDraft.maximumResponseLength, "body", "Keep it under \(TaskDraft.maximumResponseLength) characters.")
        try validator.check()
        let task = try await find(id: id, for: .signedIn(member))
        guard task.responseKind == .free else {
            throw StoreError.conflict("This task asks for \(task.responseKind.label.lowercased()), not a written response.")
        }
        try Self.checkOpen(task)
        return try await database.write { sql in
            let now = Clock.now()
            let responseId = try await sql.raw(
                """
                INSERT INTO task_responses (task_id, member_id, kind, body, body_html, created_at)
                VALUES (\(bind: id), \(bind: member.id), 'free', \(bind: body), \(bind: Markdown(knownHandles: []).html(body)), \(bind: now))
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await FollowStore.add(.item(id), for: member.id, on: sql)
            try await ActionLogStore.record(
                "respond", summary: "Responded to the knowledge task “\(task.title)”", actor: member.id, item: id,
                space: try await ConversationStore.spaceId(of: id, on: sql), on: sql)
            return try await Self.responses(where: "r.id = \(bind: responseId)", for: .signedIn(member), limit: 1, on: sql)[0]
        }
    }

    /// Closes a task before or after its deadline, thanking each respondent by name: they are notified, and their
    /// profiles show the task from then on.
    public func close(_ id: Int, thanks: String, by member: Member) async throws -> KnowledgeTask {
        let thanks = thanks.normalizedNewlines.trimmed
        var validator = Validator()
        validator.require(!thanks.isEmpty, "thanks", "Write a word of thanks to the respondents.")
        validator.require(thanks.count <= 2000, "thanks", "Keep the thanks under 2,000 characters.")
        try validator.check()
        let task = try await find(id: id, for: .signedIn(member))
        guard task.closedAt == nil else { throw StoreError.conflict("This task is closed already.") }
        try await database.write { sql in
            let spaceId = try await ConversationStore.spaceId(of: id, on: sql)
            guard try await SpaceStore.moderates(spaceId, member, on: sql) else {
                throw StoreError.forbidden("Only moderators of the task's space close it.")
            }
            try await sql.raw(
                """
                UPDATE knowledge_tasks SET closed_at = \(bind: Clock.now()), closed_by = \(bind: member.id), thanks = \(bind: thanks)
                WHERE item_id = \(bind: id)
                """
            ).run()
            let respondents = try await sql.raw(
                "SELECT DISTINCT member_id FROM task_responses WHERE task_id = \(bind: id) AND member_id <> \(bind: member.id)"
            ).all().map { try $0.decode(column: "member_id", as: Int.self) }
            try await NotificationStore.notify(
                respondents, about: id, kind: "task-thanks", text: "\(member.name) thanks you for responding to “\(task.title)”: \(thanks)",
                opening: .task(id), on: sql)
            try await ActionLogStore.record(
                "close",
                summary:
                    "Closed the knowledge task, thanking \(respondents.count) \(respondents.count == 1 ? "respondent" : "respondents")",
                actor: member.id,
                item: id, space: spaceId, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    /// Changes an open task's words, deadline and goal: its space's moderators may. A deadline moved into the future
    /// takes responses again; what it asks for and of whom stays as published.
    public func change(_ id: Int, title: String, brief: String, dueAt: Int, goal: Int, by member: Member) async throws -> KnowledgeTask {
        let task = try await find(id: id, for: .signedIn(member))
        let draft = TaskDraft(space: task.space.slug, title: title, brief: brief, responseKind: .free, dueAt: dueAt, goal: goal)
        let (title, brief) = try Self.validate(draft, now: Clock.now())
        guard task.closedAt == nil else { throw StoreError.conflict("This task is closed: it no longer changes.") }
        try await database.write { sql in
            let spaceId = try await ConversationStore.spaceId(of: id, on: sql)
            guard try await SpaceStore.moderates(spaceId, member, on: sql) else {
                throw StoreError.forbidden("Only moderators of the task's space change it.")
            }
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: brief), on: sql)
            try await sql.raw(
                """
                UPDATE knowledge_tasks SET title = \(bind: title), brief = \(bind: brief),
                    brief_html = \(bind: Markdown(knownHandles: Set(mentioned.keys)).html(brief)), due_at = \(bind: dueAt), goal = \(bind: goal)
                WHERE item_id = \(bind: id)
                """
            ).run()
            try await sql.raw("UPDATE items SET updated_at = \(bind: Clock.now()) WHERE id = \(bind: id)").run()
            try await SearchIndex.enqueue(id, on: sql)
            let summary = dueAt == task.dueAt ? "Edited the knowledge task" : "Moved the knowledge task's deadline"
            try await ActionLogStore.record("edit", summary: summary, actor: member.id, item: id, space: spaceId, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    static func checkOpen(_ task: KnowledgeTask) throws {
        guard task.closedAt == nil else { throw StoreError.conflict("This task is closed: it takes no more responses.") }
        guard Clock.now() < task.dueAt else {
            throw StoreError.conflict("This task’s deadline has passed: it takes no more responses.")
        }
    }

    private static func validate(_ draft: TaskDraft, now: Int) throws -> (title: String, brief: String) {
        let title = draft.title.trimmed
        let brief = draft.brief.normalizedNewlines.trimmed
        var validator = Validator()
        validator.require(!title.isEmpty, "title", "Say what you ask for: “Review our installation guide”.")
        validator.require(
            title.count <= TaskDraft.maximumTitleLength, "title", "Keep the title under \(TaskDraft.maximumTitleLength) characters.")
        validator.require(!brief.isEmpty, "brief", "Write a brief: what you need, and why it helps.")
        validator.require(
            brief.count <= TaskDraft.maximumBriefLength, "brief", "Keep the brief under \(TaskDraft.maximumBriefLength) characters.")
        validator.requireMentionLimit(in: brief, field: "brief")
        validator.require(draft.dueAt > now, "dueAt", "Set a deadline in the future.", conflict: true)
        validator.require((1...TaskDraft.maximumGoal).contains(draft.goal), "goal", "A goal is between 1 and 100,000 responses.")
        switch draft.responseKind {
        case .edits, .answers:
            let what = draft.responseKind == .edits ? "articles to improve" : "questions to answer"
            validator.require(!draft.targets.isEmpty, "targets", "Name the \(what).", conflict: true)
            validator.require(
                draft.targets.count <= TaskDraft.maximumTargets, "targets", "Name at most \(TaskDraft.maximumTargets) \(what).")
        case .ideas:
            validator.require(draft.campaignId != nil, "campaign", "Name the campaign that takes the ideas.", conflict: true)
        case .free:
            break
        }
        let segment = draft.segment
        validator.require(
            segment.relations.allSatisfy(TaskSegment.relationNames.contains), "segment",
            "Relations are customer, supplier, partner, volunteer or employee.")
        validator.require(
            (segment.tags + segment.expertise).allSatisfy(Tags.isValid), "segment",
            "Write tags and expertise as tags: model-5, installation.")
        validator.require(
            [segment.relations, segment.accounts, segment.tags, segment.expertise].allSatisfy { $0.count <= TaskSegment.maximumValues },
            "segment", "Name at most \(TaskSegment.maximumValues) of each.")
        try validator.check()
        return (title, brief)
    }

    /// Refuses targets the author cannot see, or of the wrong kind, as if they did not exist.
    private static func checkTargets(_ draft: TaskDraft, visibleTo member: Member, on sql: any SQLDatabase) async throws {
        let visible = VisibilityRule(.signedIn(member)).predicate()
        switch draft.responseKind {
        case .edits, .answers:
            let condition: SQLQueryString =
                draft.responseKind == .edits
                ? "i.kind = 'article'"
                : "EXISTS (SELECT 1 FROM conversations c WHERE c.item_id = i.id AND c.kind = 'question' AND c.merged_into IS NULL)"
            let found = Set(
                try await sql.raw("SELECT i.id FROM items i WHERE i.id IN \(draft.targets.sqlList) AND \(condition) AND \(visible)").all()
                    .map { try $0.decode(column: "id", as: Int.self) })
            if let missing = draft.targets.first(where: { !found.contains($0) }) {
                let what = draft.responseKind == .edits ? "article" : "question"
                throw StoreError.conflict("targets", "No \(what) has the number \(missing).")
            }
        case .ideas:
            let id = draft.campaignId ?? 0
            guard
                try await sql.raw("SELECT 1 AS x FROM items i WHERE i.id = \(bind: id) AND i.kind = 'campaign' AND \(visible)").first()
                    != nil
            else { throw StoreError.conflict("campaign", "No campaign has the number \(id).") }
        case .free:
            break
        }
    }

    private static func checkAccounts(_ slugs: [String], on sql: any SQLDatabase) async throws {
        guard !slugs.isEmpty else { return }
        let found = Set(
            try await sql.raw("SELECT slug FROM accounts WHERE slug IN \(slugs.sqlList)").all().map {
                try $0.decode(column: "slug", as: String.self)
            })
        if let missing = slugs.first(where: { !found.contains($0) }) {
            throw StoreError.conflict("segment", "No account is called “\(missing)”.")
        }
    }
}
