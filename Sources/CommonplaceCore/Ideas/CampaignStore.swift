import SQLKit

/// Innovation campaigns (PRODUCT.md §6): started and run by the moderators of their space, read through
/// ``VisibilityRule`` like every item. Every count a campaign shows — its ideas, its goals, its funnel — counts only
/// the ideas the viewer may see.
public struct CampaignStore: Sendable {
    let database: Database
    let spaces: SpaceStore

    /// Starts a campaign in a space the member moderates. Followers of the space hear of it.
    public func create(_ draft: CampaignDraft, by member: Member) async throws -> Campaign {
        let (title, brief) = try Self.validate(draft)
        let space = try await spaces.find(slug: draft.space, for: .signedIn(member))
        let visibility = draft.visibility ?? space.defaultVisibility
        try VisibilityRule.check(visibility, chosenBy: member)
        let id = try await database.write { sql in
            guard try await SpaceStore.moderates(space.id, member, on: sql) else {
                throw StoreError.forbidden("Only moderators of \(space.name) run campaigns in it.")
            }
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: brief), on: sql)
            let audience = try await Audiences.resolve(draft.audience, visibility: visibility, mentioned: mentioned, on: sql)
            let now = Clock.now()
            let id = try await sql.raw(
                """
                INSERT INTO items (kind, space_id, author_id, visibility, created_at, updated_at)
                VALUES ('campaign', \(bind: space.id), \(bind: member.id), \(bind: visibility.rawValue), \(bind: now), \(bind: now))
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await sql.raw(
                """
                INSERT INTO campaigns (item_id, title, brief, brief_html, phase, opens_at, closes_at, accepting)
                VALUES (\(bind: id), \(bind: title), \(bind: brief), \(bind: Markdown(knownHandles: Set(mentioned.keys)).html(brief)),
                    \(bind: draft.phase.rawValue), \(bind: draft.opensAt), \(bind: draft.closesAt), \(bind: draft.accepting ? 1 : 0))
                """
            ).run()
            try await Self.recordPhase(draft.phase, note: "Started in this phase", of: id, by: member.id, on: sql)
            try await Self.storeGoals(draft.goals, of: id, on: sql)
            try await Audiences.store(audience, for: id, on: sql)
            try await FollowStore.add(.item(id), for: member.id, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
            try await ActionLogStore.record(
                "create", summary: "Started the campaign “\(title)”", actor: member.id, item: id, space: space.id, on: sql)
            try await NotificationStore.notifyFollowers(
                of: [.space(space.slug)], except: [member.id], about: id, kind: "new-campaign",
                text: "\(member.name) started a campaign in \(space.name): “\(title)”.", opening: .campaign(id), on: sql)
            return id
        }
        return try await find(id: id, for: .signedIn(member))
    }

    /// Changes a campaign's text, dates, goals, visibility and phase: its space's moderators may. A new phase joins the
    /// history with `note`.
    public func update(_ id: Int, _ draft: CampaignDraft, note: String = "", by member: Member) async throws -> Campaign {
        let (title, brief) = try Self.validate(draft)
        let campaign = try await find(id: id, for: .signedIn(member))
        let visibility = draft.visibility ?? campaign.visibility
        try VisibilityRule.check(visibility, chosenBy: member)
        try await database.write { sql in
            let spaceId = try await Self.moderated(id, by: member, on: sql)
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: brief), on: sql)
            let audience = try await Audiences.resolve(draft.audience, visibility: visibility, mentioned: mentioned, on: sql)
            try await sql.raw(
                """
                UPDATE campaigns SET title = \(bind: title), brief = \(bind: brief),
                    brief_html = \(bind: Markdown(knownHandles: Set(mentioned.keys)).html(brief)), phase = \(bind: draft.phase.rawValue),
                    opens_at = \(bind: draft.opensAt), closes_at = \(bind: draft.closesAt), accepting = \(bind: draft.accepting ? 1 : 0)
                WHERE item_id = \(bind: id)
                """
            ).run()
            try await sql.raw(
                "UPDATE items SET visibility = \(bind: visibility.rawValue), updated_at = \(bind: Clock.now()) WHERE id = \(bind: id)"
            ).run()
            try await Audiences.store(audience, for: id, on: sql)
            try await sql.raw("DELETE FROM campaign_goals WHERE campaign_id = \(bind: id)").run()
            try await Self.storeGoals(draft.goals, of: id, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
            var summary = "Edited the campaign"
            if draft.phase != campaign.phase {
                let text = note.trimmed.isEmpty ? "Moved to \(draft.phase.label)" : note.trimmed
                try await Self.recordPhase(draft.phase, note: text, of: id, by: member.id, on: sql)
                summary = "Moved the campaign to the \(draft.phase.label.lowercased()) phase"
                try await NotificationStore.notifyFollowers(
                    of: [.item(id)], except: [member.id], about: id, kind: "campaign-phase",
                    text: "“\(title)” moved to the \(draft.phase.label.lowercased()) phase: \(text)", opening: .campaign(id), on: sql)
            }
            try await ActionLogStore.record(
                draft.phase != campaign.phase ? "phase" : "edit", summary: summary, actor: member.id, item: id, space: spaceId, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    private static func validate(_ draft: CampaignDraft) throws -> (title: String, brief: String) {
        let title = draft.title.trimmed
        let brief = draft.brief.normalizedNewlines.trimmed
        var validator = Validator()
        validator.require(!title.isEmpty, "title", "Give the campaign a question: “How could we …?”")
        validator.require(
            title.count <= CampaignDraft.maximumTitleLength, "title", "Keep the title under \(CampaignDraft.maximumTitleLength) characters."
        )
        validator.require(!brief.isEmpty, "brief", "Write a brief: what you are looking for and why.")
        validator.require(
            brief.count <= CampaignDraft.maximumBriefLength, "brief", "Keep the brief under \(CampaignDraft.maximumBriefLength) characters."
        )
        validator.requireMentionLimit(in: brief, field: "brief")
        if let opens = draft.opensAt, let closes = draft.closesAt {
            validator.require(opens < closes, "closesAt", "The campaign must close after it opens.", conflict: true)
        }
        validator.require(draft.goals.count <= CampaignDraft.maximumGoals, "goals", "Set at most \(CampaignDraft.maximumGoals) goals.")
        for goal in draft.goals {
            validator.require(
                !goal.description.trimmed.isEmpty && goal.description.trimmed.count <= 200, "goals",
                "Describe each goal in at most 200 characters.")
            validator.require((1...1_000_000).contains(goal.target), "goals", "A goal's target is between 1 and 1,000,000.")
        }
        try validator.check()
        return (title, brief)
    }

    private static func storeGoals(_ goals: [CampaignDraft.GoalDraft], of id: Int, on sql: any SQLDatabase) async throws {
        for goal in goals {
            try await sql.raw(
                """
                INSERT INTO campaign_goals (campaign_id, description, metric, target, due_at)
                VALUES (\(bind: id), \(bind: goal.description.trimmed), \(bind: goal.metric.rawValue), \(bind: goal.target), \(bind: goal.dueAt))
                """
            ).run()
        }
    }

    private static func recordPhase(
        _ phase: InnovationPhase, note: String, of id: Int, by memberId: Int, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO campaign_phases (campaign_id, phase, note, changed_by, created_at)
            VALUES (\(bind: id), \(bind: phase.rawValue), \(bind: note), \(bind: memberId), \(bind: Clock.now()))
            """
        ).run()
    }

    /// The campaign's space id, if the member may see the campaign and moderates its space.
    static func moderated(_ id: Int, by member: Member, on sql: any SQLDatabase) async throws -> Int {
        guard
            let row = try await sql.raw(
                """
                SELECT i.space_id FROM items i JOIN campaigns c ON c.item_id = i.id
                WHERE i.id = \(bind: id) AND \(VisibilityRule(.signedIn(member)).predicate())
                """
            ).first()
        else { throw StoreError.notFound }
        let spaceId = try row.decode(column: "space_id", as: Int.self)
        guard try await SpaceStore.moderates(spaceId, member, on: sql) else {
            throw StoreError.forbidden("Only moderators of the campaign's space run it.")
        }
        return spaceId
    }

    /// The campaign, if the viewer may see it; otherwise ``StoreError/notFound``.
    public func find(id: Int, for viewer: Viewer) async throws -> Campaign {
        try await database.read { sql in
            guard let campaign = try await Self.query(for: viewer, where: "c.item_id = \(bind: id)", limit: 1, on: sql).first else {
                throw StoreError.notFound
            }
            return campaign
        }
    }

    /// Visible campaigns, those taking ideas first, then the newest; in one space when `spaceId` is given.
    public func list(spaceId: Int? = nil, for viewer: Viewer, limit: Int = 50) async throws -> [Campaign] {
        let now = Clock.now()
        let condition: SQLQueryString = spaceId.map { "i.space_id = \(bind: $0)" } ?? "1 = 1"
        return try await database.read { sql in
            try await Self.query(
                for: viewer, where: condition,
                order: "CASE WHEN \(Self.takesIdeas(at: now)) THEN 0 ELSE 1 END, c.item_id DESC", limit: limit, on: sql)
        }
    }

    /// The visible campaigns' numbers and titles, newest first: for choosing one, without counting their ideas. With
    /// `onlyOpen`, only those taking ideas now (what a filter of ideas offers: an instance may have run hundreds).
    public func titles(for viewer: Viewer, onlyOpen: Bool = false, limit: Int = 200) async throws -> [CampaignReference] {
        try await database.read { try await Self.titles(for: viewer, onlyOpen: onlyOpen, limit: limit, on: $0) }
    }

    static func titles(for viewer: Viewer, onlyOpen: Bool, limit: Int, on sql: any SQLDatabase) async throws -> [CampaignReference] {
        let open: SQLQueryString = onlyOpen ? Self.takesIdeas(at: Clock.now()) : "1 = 1"
        return try await sql.raw(
            """
            SELECT c.item_id, c.title FROM campaigns c CROSS JOIN items i
            WHERE i.id = c.item_id AND \(open) AND \(VisibilityRule(viewer).predicate())
            ORDER BY c.item_id DESC LIMIT \(bind: limit)
            """
        ).all().map {
            CampaignReference(id: try $0.decode(column: "item_id", as: Int.self), title: try $0.decode(column: "title", as: String.self))
        }
    }

    /// The title of the campaign numbered by `column`, or NULL when there is none or the viewer may not see it: what an
    /// idea or a task names of its campaign, in the query that reads them. An item never names a campaign its reader
    /// may not know of.
    static func visibleTitle(of column: String, for viewer: Viewer) -> SQLQueryString {
        """
        (SELECT g.title FROM campaigns g JOIN items gi ON gi.id = g.item_id \
        WHERE g.item_id = \(unsafeRaw: column) AND \(VisibilityRule(viewer).predicate(item: "gi")))
        """
    }

    /// A campaign named by ``visibleTitle(of:for:)`` as column `campaign_title`, its number in `campaign_id`.
    static func reference(from row: any SQLRow) throws -> CampaignReference? {
        try row.decode(column: "campaign_title", as: String?.self).map {
            CampaignReference(id: try row.decode(column: "campaign_id", as: Int.self), title: $0)
        }
    }

    /// Whether campaign `c` takes ideas at `time`, as ``Campaign/isOpen(at:)`` tells it.
    static func takesIdeas(at time: Int) -> SQLQueryString {
        "(c.accepting = 1 AND COALESCE(c.opens_at, 0) <= \(bind: time) AND COALESCE(c.closes_at, \(bind: time + 1)) > \(bind: time))"
    }

    /// Visible campaigns matching `condition`, each with the count of ideas the viewer may see in it. The campaigns
    /// are chosen first and their ideas counted after: counted in the same select, SQLite counted the ideas of every
    /// visible campaign before sorting them (15 ms for the list of 50 at the large scale, 4.5 ms this way).
    static func query(
        for viewer: Viewer, where condition: SQLQueryString, order: SQLQueryString = "c.item_id DESC", limit: Int, on sql: any SQLDatabase
    ) async throws -> [Campaign] {
        let rows = try await sql.raw(
            """
            SELECT i.id, i.visibility, i.hidden, i.created_at, s.slug AS space_slug, s.name AS space_name,
                \(MemberSummary.columns("m", prefix: "author")), c.title, c.brief, c.brief_html, c.phase, c.opens_at, c.closes_at,
                c.accepting, (SELECT COUNT(*) FROM ideas d JOIN items j ON j.id = d.item_id
                    WHERE d.campaign_id = i.id AND d.status <> 'duplicate' AND \(VisibilityRule(viewer).predicate(item: "j"))) AS idea_count
            FROM (SELECT c.item_id AS chosen_id FROM campaigns c CROSS JOIN items i
                    WHERE i.id = c.item_id AND \(condition) AND \(VisibilityRule(viewer).predicate()) ORDER BY \(order) LIMIT \(bind: limit)
                ) chosen
            CROSS JOIN campaigns c CROSS JOIN items i JOIN members m ON m.id = i.author_id JOIN spaces s ON s.id = i.space_id
            WHERE c.item_id = chosen.chosen_id AND i.id = c.item_id
            ORDER BY \(order)
            """
        ).all()
        let audiences = try await Audiences.load(try rows.map { try $0.decode(column: "id", as: Int.self) }, on: sql)
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return Campaign(
                id: id,
                space: SpaceReference(
                    slug: try row.decode(column: "space_slug", as: String.self), name: try row.decode(column: "space_name", as: String.self)
                ),
                author: try MemberSummary.decode(row, prefix: "author"),
                visibility: try row.decode(column: "visibility", as: Visibility.self), audience: audiences[id] ?? Audience(),
                title: try row.decode(column: "title", as: String.self), brief: try row.decode(column: "brief", as: String.self),
                briefHTML: try row.decode(column: "brief_html", as: String.self),
                phase: try row.decode(column: "phase", as: InnovationPhase.self),
                opensAt: try row.decode(column: "opens_at", as: Int?.self),
                closesAt: try row.decode(column: "closes_at", as: Int?.self),
                accepting: try row.decode(column: "accepting", as: Int.self) == 1,
                ideaCount: try row.decode(column: "idea_count", as: Int.self), hidden: try row.decode(column: "hidden", as: Int.self) == 1,
                createdAt: try row.decode(column: "created_at", as: Int.self))
        }
    }

    /// The campaign's goals with how far each has come, counted over the ideas the viewer may see.
    public func goals(of id: Int, for viewer: Viewer) async throws -> [CampaignGoal] {
        _ = try await find(id: id, for: viewer)
        return try await database.read { sql in
            let visible = VisibilityRule(viewer).predicate(item: "j")
            let counts = try await sql.raw(
                """
                SELECT COUNT(*) AS ideas, CAST(COALESCE(SUM(d.support_count), 0) AS BIGINT) AS supports,
                    (SELECT COUNT(*) FROM (SELECT j.author_id AS member_id FROM ideas d JOIN items j ON j.id = d.item_id
                        WHERE d.campaign_id = \(bind: id) AND \(visible)
                        UNION SELECT p.member_id FROM idea_supports p JOIN ideas d ON d.item_id = p.idea_id JOIN items j ON j.id = d.item_id
                        WHERE d.campaign_id = \(bind: id) AND \(visible)) people) AS participants
                FROM ideas d JOIN items j ON j.id = d.item_id WHERE d.campaign_id = \(bind: id) AND d.status <> 'duplicate' AND \(visible)
                """
            ).first()!
            let current: [CampaignGoal.Metric: Int] = [
                .ideas: try counts.decode(column: "ideas", as: Int.self), .supports: try counts.decode(column: "supports", as: Int.self),
                .participants: try counts.decode(column: "participants", as: Int.self),
            ]
            return try await sql.raw(
                "SELECT id, description, metric, target, due_at FROM campaign_goals WHERE campaign_id = \(bind: id) ORDER BY id"
            ).all().map { row in
                let metric = try row.decode(column: "metric", as: CampaignGoal.Metric.self)
                return CampaignGoal(
                    id: try row.decode(column: "id", as: Int.self), description: try row.decode(column: "description", as: String.self),
                    metric: metric, target: try row.decode(column: "target", as: Int.self),
                    dueAt: try row.decode(column: "due_at", as: Int?.self), current: current[metric] ?? 0)
            }
        }
    }

    /// The campaign's phases, oldest first.
    public func phases(of id: Int, for viewer: Viewer) async throws -> [CampaignPhaseChange] {
        _ = try await find(id: id, for: viewer)
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT p.phase, p.note, p.created_at, \(MemberSummary.columns("m", prefix: "by"))
                FROM campaign_phases p LEFT JOIN members m ON m.id = p.changed_by WHERE p.campaign_id = \(bind: id) ORDER BY p.id
                """
            ).all().map { row in
                CampaignPhaseChange(
                    phase: try row.decode(column: "phase", as: InnovationPhase.self), note: try row.decode(column: "note", as: String.self),
                    by: try MemberSummary.decodeIfPresent(row, prefix: "by"), createdAt: try row.decode(column: "created_at", as: Int.self))
            }
        }
    }

    /// How many of the ideas the viewer may see stand at each status: in one campaign, or in every campaign of a phase.
    public func funnel(campaign id: Int? = nil, phase: InnovationPhase? = nil, for viewer: Viewer) async throws -> [IdeaStatus: Int] {
        if let id { _ = try await find(id: id, for: viewer) }
        var conditions: [SQLQueryString] = ["d.status <> 'duplicate'"]
        if let id { conditions.append("d.campaign_id = \(bind: id)") }
        if let phase {
            conditions.append("d.campaign_id IN (SELECT c.item_id FROM campaigns c WHERE c.phase = \(bind: phase.rawValue))")
        }
        return try await database.read { sql in
            var result: [IdeaStatus: Int] = [:]
            for row in try await sql.raw(
                """
                SELECT d.status, COUNT(*) AS n FROM ideas d CROSS JOIN items i
                WHERE i.id = d.item_id AND \(conditions.joined(separator: " AND ")) AND \(VisibilityRule(viewer).predicate()) GROUP BY d.status
                """
            ).all() {
                if let status = IdeaStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                    result[status] = try row.decode(column: "n", as: Int.self)
                }
            }
            return result
        }
    }
}
