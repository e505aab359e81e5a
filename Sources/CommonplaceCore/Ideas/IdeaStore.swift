import NIOConcurrencyHelpers
import SQLKit

/// Ideas (PRODUCT.md §6): submitting, reading through ``VisibilityRule`` and listing. An idea's discussion is a
/// thread of kind `idea` (``ConversationStore`` replies to it, reacts and moderates it); supports are in
/// `IdeaStore+Support.swift`, answers and merges in `IdeaStore+Answers.swift`, enhancement requests in
/// `IdeaStore+Enhancements.swift`.
public struct IdeaStore: Sendable {
    let database: Database
    let spaces: SpaceStore
    /// When the trending counts are next due for a refresh, as this server last read it: until then no list asks the
    /// database (the moment only moves later, whichever server refreshes).
    private let trendingDueAt = NIOLockedValueBox(0)

    init(database: Database, spaces: SpaceStore) {
        self.database = database
        self.spaces = spaces
    }

    public static let maximumTitleLength = NewConversation.maximumTitleLength
    public static let maximumBodyLength = NewConversation.maximumBodyLength

    /// Submits an idea to an open campaign the submitter may see, or directly to a space they are an active member of.
    /// The submitter supports and follows it; followers of the space, campaign, tags and submitter hear of it.
    public func create(_ new: NewIdea, by author: Member) async throws -> Idea {
        let title = new.title.trimmed
        let body = new.body.normalizedNewlines.trimmed
        var validator = Validator()
        let tags = Self.validate(title: title, body: body, tags: new.tags, into: &validator)
        try validator.check()
        let campaign = try await new.campaignId.asyncMap { id in
            do {
                return try await CampaignStore(database: database, spaces: spaces).find(id: id, for: .signedIn(author))
            } catch StoreError.notFound {
                throw StoreError.conflict("campaign", "No campaign has the number \(id).")
            }
        }
        let space: SpaceReference
        let spaceId: Int
        if let campaign {
            guard campaign.isOpen(at: Clock.now()) else { throw StoreError.conflict("This campaign takes no more ideas.") }
            space = campaign.space
            // The campaign's space, even one its reader may not list (an invite-only space's public campaign).
            spaceId = try await database.read { try await ConversationStore.spaceId(of: campaign.id, on: $0) }
        } else {
            let found = try await spaces.writable(slug: new.space, by: author, doing: "submit an idea in it")
            (space, spaceId) = (SpaceReference(slug: found.slug, name: found.name), found.id)
        }
        var visibility = campaign?.visibility ?? .public
        if let chosen = new.visibility {
            visibility = chosen
        } else if campaign == nil {
            visibility = try await spaces.writable(slug: space.slug, by: author, doing: "submit an idea in it").defaultVisibility
        }
        let audienceAsked = new.visibility == nil ? (campaign?.audience ?? new.audience) : new.audience
        try VisibilityRule.check(visibility, chosenBy: author)
        let id = try await database.write { sql in
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: body), on: sql)
            let audience = try await Audiences.resolve(audienceAsked, visibility: visibility, mentioned: mentioned, on: sql)
            let id = try await Self.insert(
                title: title, body: body, mentioned: mentioned, tags: tags, spaceId: spaceId, campaignId: campaign?.id,
                visibility: visibility, audience: audience, role: new.customerRole ?? CustomerRole.defaultRole(for: author),
                need: new.needType, author: author, on: sql)
            try await ActionLogStore.record(
                "create", summary: "Submitted the idea “\(title)”", actor: author.id, item: id, space: spaceId, on: sql)
            let mentionedIds = Set(mentioned.values).subtracting([author.id])
            for memberId in mentionedIds {
                try await NotificationStore.notify(
                    memberId, about: id, kind: "mention", text: "\(author.name) mentioned you in the idea “\(title)”.", opening: .idea(id),
                    on: sql)
            }
            let targets: [FollowTarget] =
                [.space(space.slug), .member(author.handle)] + tags.map { .tag($0) } + (campaign.map { [.item($0.id)] } ?? [])
            try await NotificationStore.notifyFollowers(
                of: targets, except: mentionedIds.union([author.id]), about: id, kind: "new-idea",
                text: "\(author.name) submitted the idea “\(title)”\(campaign.map { " to “\($0.title)”" } ?? "").", opening: .idea(id),
                on: sql)
            if let campaign { try await KnowledgeTaskStore.record(.idea(id, campaign: campaign.id), by: author, on: sql) }
            return id
        }
        return try await find(id: id, for: .signedIn(author))
    }

    static func validate(title: String, body: String, tags given: [String], into validator: inout Validator) -> [String] {
        validator.require(!title.isEmpty, "title", "Give the idea a title.")
        validator.require(title.count <= maximumTitleLength, "title", "Keep the title under \(maximumTitleLength) characters.")
        validator.require(!body.isEmpty, "body", "Describe the idea: what it would change, and for whom.")
        validator.require(body.count <= maximumBodyLength, "body", "Keep it under \(maximumBodyLength) characters.")
        validator.requireMentionLimit(in: body)
        let tags = Array((given.map { $0.lowercased() } + Tags.hashtags(in: body)).uniqued())
        validator.requireTagLimit(tags)
        for tag in tags where !Tags.isValid(tag) {
            validator.require(false, "tags", "“\(tag)” is not a tag: use letters, digits and dashes.")
        }
        return tags
    }

    /// Writes the idea's item, discussion and idea rows, its audience and tags; the author supports and follows it.
    static func insert(
        title: String, body: String, mentioned: [String: Int], tags: [String], spaceId: Int, campaignId: Int?, visibility: Visibility,
        audience: (members: [Int], accounts: [Int]), role: CustomerRole, need: NeedType, author: Member, requester: Member? = nil,
        sourceThreadId: Int? = nil, ownerId: Int? = nil, on sql: any SQLDatabase
    ) async throws -> Int {
        let now = Clock.now()
        let id = try await sql.raw(
            """
            INSERT INTO items (kind, space_id, author_id, visibility, created_at, updated_at)
            VALUES ('idea', \(bind: spaceId), \(bind: author.id), \(bind: visibility.rawValue), \(bind: now), \(bind: now))
            RETURNING id
            """
        ).first()!.decode(column: "id", as: Int.self)
        try await sql.raw(
            """
            INSERT INTO conversations (item_id, kind, title, body, body_html, last_activity_at)
            VALUES (\(bind: id), 'idea', \(bind: title), \(bind: body), \(bind: Markdown(knownHandles: Set(mentioned.keys)).html(body)),
                \(bind: now))
            """
        ).run()
        let backer = requester ?? author
        try await sql.raw(
            """
            INSERT INTO ideas (item_id, campaign_id, status, customer_role, need_type, account_id, support_count, source_thread_id,
                requester_id, owner_id, status_changed_at, recent_supports)
            VALUES (\(bind: id), \(bind: campaignId), 'new', \(bind: role.rawValue), \(bind: need.rawValue), \(bind: backer.accountId), 1,
                \(bind: sourceThreadId), \(bind: requester?.id), \(bind: ownerId), \(bind: now), 1)
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO idea_supports (idea_id, member_id, account_id, created_at)
            VALUES (\(bind: id), \(bind: backer.id), \(bind: backer.accountId), \(bind: now))
            """
        ).run()
        try await Audiences.store(audience, for: id, on: sql)
        try await ItemTags.store(tags, for: id, on: sql)
        try await FollowStore.add(.item(id), for: author.id, on: sql)
        try await ItemReads.mark(id, position: 0, by: author.id, on: sql)
        try await SearchIndex.enqueue(id, on: sql)
        return id
    }

    /// The idea, if the viewer may see it (a duplicate too: it says where it went); otherwise ``StoreError/notFound``.
    public func find(id: Int, for viewer: Viewer) async throws -> Idea {
        try await database.read { sql in
            guard let idea = try await Self.query(for: viewer, where: "d.item_id = \(bind: id)", limit: 1, on: sql).first else {
                throw StoreError.notFound
            }
            return idea
        }
    }

    /// Visible ideas, filtered and ordered; duplicates only when asked for by status.
    public func list(_ filter: IdeaFilter, for viewer: Viewer) async throws -> [Idea] {
        try await listing(filter, campaignChoices: 0, for: viewer).ideas
    }

    /// What the ideas list page shows, read on one connection: the ideas ``list(_:for:)`` gives and up to
    /// `campaignChoices` open campaigns to filter by, newest first. A page's cost grows with each connection it asks
    /// the pool for (a hop to the connection's thread and back), more than with one more statement.
    public func listing(_ filter: IdeaFilter, campaignChoices: Int, for viewer: Viewer) async throws -> IdeaListing {
        var conditions: [SQLQueryString] = []
        if let spaceId = filter.spaceId { conditions.append("i.space_id = \(bind: spaceId)") }
        if let campaignId = filter.campaignId { conditions.append("d.campaign_id = \(bind: campaignId)") }
        if let phase = filter.phase {
            conditions.append("d.campaign_id IN (SELECT p.item_id FROM campaigns p WHERE p.phase = \(bind: phase.rawValue))")
        }
        conditions.append(filter.status.map { "d.status = \(bind: $0.rawValue)" } ?? "d.status <> 'duplicate'")
        if let role = filter.customerRole { conditions.append("d.customer_role = \(bind: role.rawValue)") }
        if let need = filter.needType { conditions.append("d.need_type = \(bind: need.rawValue)") }
        if let tag = filter.tag { conditions.append("d.item_id IN (SELECT t.item_id FROM item_tags t WHERE t.tag = \(bind: tag))") }
        if let authorId = filter.authorId { conditions.append("i.author_id = \(bind: authorId)") }
        if filter.enhancementRequests { conditions.append("d.source_thread_id IS NOT NULL") }
        if let accountId = filter.accountId {
            guard viewer.member?.isEmployee == true else { throw StoreError.forbidden("Only employees see ideas by account.") }
            conditions.append(
                """
                (d.account_id = \(bind: accountId) OR d.item_id IN (SELECT p.idea_id FROM idea_supports p WHERE p.account_id = \(bind: accountId)))
                """)
        }
        let condition = conditions.joined(separator: " AND ")
        let top: SQLQueryString = "d.support_count DESC, d.item_id DESC"
        if filter.order == .trending { try await refreshTrendingIfDue() }
        let order: SQLQueryString =
            switch filter.order {
            case .newest: "d.item_id DESC"
            case .top: top
            case .trending: "d.recent_supports DESC, \(top)"
            }
        return try await database.read { sql in
            IdeaListing(
                ideas: try await Self.query(
                    for: viewer, where: condition, order: order, limit: filter.limit, offset: filter.offset, on: sql),
                openCampaigns: campaignChoices > 0
                    ? try await CampaignStore.titles(for: viewer, onlyOpen: true, limit: campaignChoices, on: sql) : [])
        }
    }

    /// Brings every idea's count of supports in the trending window up to date, as supports age out of it: at most
    /// once in ``IdeaOrder/trendingRefresh`` seconds across every server on the database (the first to claim the
    /// moment does it), from the window's supports and the ideas still counted as trending. Supports given and taken
    /// back count at once (``recountSupports(_:on:)``); only ageing waits for this.
    func refreshTrendingIfDue() async throws {
        let now = Clock.now()
        guard now >= trendingDueAt.withLockedValue({ $0 }) else { return }
        let key = "ideas_trending_refreshed_at"
        let last = try await database.read { sql in
            try await sql.raw("SELECT value FROM settings WHERE key = \(bind: key)").first()?.decode(column: "value", as: String.self)
        }
        let dueAt = (last.flatMap(Int.init) ?? 0) + IdeaOrder.trendingRefresh
        guard now >= dueAt else {
            trendingDueAt.withLockedValue { $0 = dueAt }
            return
        }
        let claimed = try await database.write { sql in
            try await sql.raw("INSERT INTO settings (key, value) VALUES (\(bind: key), '0') ON CONFLICT (key) DO NOTHING").run()
            guard
                try await sql.raw(
                    """
                    UPDATE settings SET value = \(bind: String(now)) WHERE key = \(bind: key)
                    AND CAST(value AS BIGINT) <= \(bind: now - IdeaOrder.trendingRefresh) RETURNING key
                    """
                ).first() != nil
            else { return false }
            let since = now - IdeaOrder.trendingWindow
            try await sql.raw(
                """
                UPDATE ideas SET recent_supports = (SELECT COUNT(*) FROM idea_supports p
                    WHERE p.idea_id = ideas.item_id AND p.created_at >= \(bind: since))
                WHERE recent_supports > 0 OR item_id IN (SELECT p.idea_id FROM idea_supports p WHERE p.created_at >= \(bind: since))
                """
            ).run()
            return true
        }
        if claimed { trendingDueAt.withLockedValue { $0 = now + IdeaOrder.trendingRefresh } }
    }

    /// Visible ideas among the given item ids, newest first (for the mixed home feed and search).
    func list(ids: [Int], for viewer: Viewer) async throws -> [Idea] {
        guard !ids.isEmpty else { return [] }
        return try await database.read { sql in
            try await Self.query(for: viewer, where: "d.item_id IN \(ids.sqlList)", limit: ids.count, on: sql)
        }
    }

    /// Visible ideas matching `condition`. The ideas are read first (`CROSS JOIN` keeps SQLite from starting at the
    /// items, all of them, as it did without statistics: 0.6 s for a list at the large scale), through `from`: the
    /// ideas table, or something that leads to it.
    static func query(
        for viewer: Viewer, where condition: SQLQueryString, from: SQLQueryString = "ideas d", order: SQLQueryString = "d.item_id DESC",
        limit: Int, offset: Int = 0, on sql: any SQLDatabase
    ) async throws -> [Idea] {
        let reader = viewer.member?.id ?? -1
        let rows = try await sql.raw(
            """
            SELECT i.id, i.visibility, i.hidden, i.created_at, s.slug AS space_slug, s.name AS space_name,
                \(MemberSummary.columns("m", prefix: "author")), c.title, c.body, c.body_html, c.reply_count, c.locked,
                d.campaign_id, d.status, d.customer_role, d.need_type, d.support_count, d.duplicate_of, d.source_thread_id,
                d.status_changed_at, \(MemberSummary.columns("rq", prefix: "requester")), \(MemberSummary.columns("o", prefix: "owner")),
                CASE WHEN EXISTS (SELECT 1 FROM idea_supports p WHERE p.idea_id = i.id AND p.member_id = \(bind: reader)) THEN 1 ELSE 0 END
                    AS supported, \(CampaignStore.visibleTitle(of: "d.campaign_id", for: viewer)) AS campaign_title
            FROM \(from) CROSS JOIN items i JOIN conversations c ON c.item_id = d.item_id JOIN members m ON m.id = i.author_id
            JOIN spaces s ON s.id = i.space_id LEFT JOIN members rq ON rq.id = d.requester_id LEFT JOIN members o ON o.id = d.owner_id
            WHERE i.id = d.item_id AND \(condition) AND \(VisibilityRule(viewer).predicate())
            ORDER BY \(order) LIMIT \(bind: limit) OFFSET \(bind: offset)
            """
        ).all()
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        let tags = try await ItemTags.load(ids, on: sql)
        let audiences = try await Audiences.load(ids, on: sql)
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return Idea(
                id: id,
                space: SpaceReference(
                    slug: try row.decode(column: "space_slug", as: String.self), name: try row.decode(column: "space_name", as: String.self)
                ),
                campaign: try CampaignStore.reference(from: row),
                author: try MemberSummary.decode(row, prefix: "author"),
                visibility: try row.decode(column: "visibility", as: Visibility.self), audience: audiences[id] ?? Audience(),
                title: try row.decode(column: "title", as: String.self), body: try row.decode(column: "body", as: String.self),
                bodyHTML: try row.decode(column: "body_html", as: String.self), tags: tags[id] ?? [],
                status: try row.decode(column: "status", as: IdeaStatus.self),
                customerRole: try row.decode(column: "customer_role", as: CustomerRole.self),
                needType: try row.decode(column: "need_type", as: NeedType.self),
                supportCount: try row.decode(column: "support_count", as: Int.self),
                supported: try row.decode(column: "supported", as: Int.self) == 1,
                duplicateOf: try row.decode(column: "duplicate_of", as: Int?.self),
                sourceThreadId: try row.decode(column: "source_thread_id", as: Int?.self),
                requester: try MemberSummary.decodeIfPresent(row, prefix: "requester"),
                owner: try MemberSummary.decodeIfPresent(row, prefix: "owner"),
                replyCount: try row.decode(column: "reply_count", as: Int.self),
                hidden: try row.decode(column: "hidden", as: Int.self) == 1,
                locked: try row.decode(column: "locked", as: Int.self) == 1, createdAt: try row.decode(column: "created_at", as: Int.self),
                statusChangedAt: try row.decode(column: "status_changed_at", as: Int.self))
        }
    }

    /// Changes an idea's title, text and tags: its submitter or a moderator may, until it is decided.
    public func edit(_ id: Int, title: String, body: String, tags: [String], by member: Member) async throws -> Idea {
        let title = title.trimmed
        let body = body.normalizedNewlines.trimmed
        var validator = Validator()
        let tags = Self.validate(title: title, body: body, tags: tags, into: &validator)
        try validator.check()
        let idea = try await find(id: id, for: .signedIn(member))
        try await database.write { sql in
            let moderates = try await SpaceStore.moderates(try await ConversationStore.spaceId(of: id, on: sql), member, on: sql)
            guard idea.author.id == member.id || moderates else {
                throw StoreError.forbidden("Only the submitter or a moderator edits this idea.")
            }
            guard idea.duplicateOf == nil else { throw StoreError.conflict("This idea was merged into another; continue there.") }
            try await ConversationStore.keep(item: id, reply: 0, title: idea.title, body: idea.body, editor: member.id, on: sql)
            let known = try await MemberStore.resolve(handles: Tags.mentions(in: body), on: sql)
            try await sql.raw(
                """
                UPDATE conversations SET title = \(bind: title), body = \(bind: body),
                    body_html = \(bind: Markdown(knownHandles: Set(known.keys)).html(body)), edited_at = \(bind: Clock.now())
                WHERE item_id = \(bind: id)
                """
            ).run()
            try await ItemTags.store(tags, for: id, on: sql)
            try await SearchIndex.enqueue(id, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }
}
