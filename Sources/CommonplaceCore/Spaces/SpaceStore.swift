import SQLKit

/// Spaces, their members and goals. Invite-only spaces are hidden from everyone but their members and admins.
public struct SpaceStore: Sendable {
    let database: Database
    let settings: SettingsStore

    static let columns: SQLQueryString =
        "s.id, s.slug, s.name, s.purpose, s.membership_policy, s.default_visibility, s.official, s.created_by, s.created_at"

    /// Which spaces a viewer may know of, as a SQL condition on `spaces s`.
    static func listed(for viewer: Viewer) -> SQLQueryString {
        guard let member = viewer.member else { return viewer.anonymousReading ? "s.membership_policy <> 'invite'" : "1 = 0" }
        if member.isAdmin { return "1 = 1" }
        return """
            (s.membership_policy <> 'invite' OR EXISTS (SELECT 1 FROM space_members x WHERE x.space_id = s.id \
            AND x.member_id = \(bind: member.id) AND x.status = 'active'))
            """
    }

    /// Starts a space; its creator becomes its first moderator.
    public func create(_ new: NewSpace, by creator: Member) async throws -> Space {
        try new.validate()
        let policy = try await settings.current().spaceCreation
        guard policy == .everyone || creator.isAdmin else { throw StoreError.forbidden("Only admins create spaces on this instance.") }
        guard !new.official || creator.isAdmin else { throw StoreError.invalid("official", "Only admins create official spaces.") }
        return try await database.write { sql in
            if try await sql.raw("SELECT id FROM spaces WHERE slug = \(bind: new.slug)").first() != nil {
                throw StoreError.conflict("slug", "This slug is taken.")
            }
            let now = Clock.now()
            let id = try await sql.raw(
                """
                INSERT INTO spaces (slug, name, purpose, membership_policy, default_visibility, official, created_by, created_at)
                VALUES (\(bind: new.slug), \(bind: new.name.trimmed), \(bind: new.purpose.trimmed), \(bind: new.membershipPolicy.rawValue),
                    \(bind: new.defaultVisibility.rawValue), \(bind: new.official ? 1 : 0), \(bind: creator.id), \(bind: now))
                RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await sql.raw(
                "INSERT INTO space_members (space_id, member_id, role, status, since) VALUES (\(bind: id), \(bind: creator.id), 'moderator', 'active', \(bind: now))"
            ).run()
            try await Self.insertGoals(new.goals, spaceId: id, on: sql)
            return try await Self.find(slug: new.slug, listedBy: .signedIn(creator), on: sql)!
        }
    }

    /// A moderator changes the space's name, purpose, policy, default visibility and goals; the slug stays.
    public func update(slug: String, to new: NewSpace, by moderator: Member) async throws -> Space {
        try new.validate()
        let space = try await find(slug: slug, for: .signedIn(moderator))
        guard try await canModerate(space, moderator) else { throw StoreError.forbidden("Only moderators of this space change it.") }
        guard new.official == space.official || moderator.isAdmin else {
            throw StoreError.invalid("official", "Only admins mark spaces official.")
        }
        return try await database.write { sql in
            try await sql.raw(
                """
                UPDATE spaces SET name = \(bind: new.name.trimmed), purpose = \(bind: new.purpose.trimmed),
                    membership_policy = \(bind: new.membershipPolicy.rawValue), default_visibility = \(bind: new.defaultVisibility.rawValue),
                    official = \(bind: new.official ? 1 : 0)
                WHERE id = \(bind: space.id)
                """
            ).run()
            try await sql.raw("DELETE FROM space_goals WHERE space_id = \(bind: space.id)").run()
            try await Self.insertGoals(new.goals, spaceId: space.id, on: sql)
            return try await Self.find(slug: slug, listedBy: .signedIn(moderator), on: sql)!
        }
    }

    private static func insertGoals(_ goals: [NewGoal], spaceId: Int, on sql: any SQLDatabase) async throws {
        for goal in goals {
            try await sql.raw(
                """
                INSERT INTO space_goals (space_id, description, metric, target)
                VALUES (\(bind: spaceId), \(bind: goal.description.trimmed), \(bind: goal.metric.rawValue), \(bind: goal.target))
                """
            ).run()
        }
    }

    /// The spaces a member moderates, official ones first, then by name: for instance moderators, every
    /// space they may know of. Where a moderator may move a thread to.
    public func moderated(by member: Member) async throws -> [Space] {
        let moderates: SQLQueryString =
            member.isInstanceModerator
            ? Self.listed(for: .signedIn(member))
            : """
            s.id IN (SELECT space_id FROM space_members WHERE member_id = \(bind: member.id) AND role = 'moderator' \
            AND status = 'active')
            """
        return try await database.read { sql in
            try await sql.raw("SELECT \(Self.columns) FROM spaces s WHERE \(moderates) ORDER BY s.official DESC, s.name, s.id")
                .all().map(Self.space(from:))
        }
    }

    /// Spaces the viewer may know of, official ones first, then by name; `limit` from `offset`. With `matching`, only
    /// spaces whose name or purpose holds each word given. Members are counted for the page's spaces only.
    public func list(
        for viewer: Viewer, matching text: String? = nil, limit: Int = 10_000, offset: Int = 0
    ) async throws
        -> [SpaceListing]
    {
        let memberId = viewer.member?.id ?? -1
        let words = SearchQuery.words(text ?? "").prefix(8)
        let matching: SQLQueryString =
            words.isEmpty
            ? "1 = 1"
            : words.map { "(LOWER(s.name) LIKE \(bind: "%\($0)%") OR LOWER(s.purpose) LIKE \(bind: "%\($0)%"))" as SQLQueryString }
                .joined(separator: " AND ")
        return try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT \(Self.columns),
                    (SELECT COUNT(*) FROM space_members c WHERE c.space_id = s.id AND c.status = 'active') AS member_count,
                    v.role AS my_role, v.status AS my_status
                FROM spaces s LEFT JOIN space_members v ON v.space_id = s.id AND v.member_id = \(bind: memberId)
                WHERE s.id IN (
                    SELECT s.id FROM spaces s WHERE \(matching) AND \(Self.listed(for: viewer))
                    ORDER BY s.official DESC, s.name, s.id LIMIT \(bind: limit) OFFSET \(bind: offset))
                ORDER BY s.official DESC, s.name, s.id
                """
            ).all()
            return try rows.map { row in
                SpaceListing(
                    space: try Self.space(from: row), memberCount: try row.decode(column: "member_count", as: Int.self),
                    membership: try Self.membership(from: row))
            }
        }
    }

    /// Open spaces a member may see and has not joined, for a newcomer to pick from: official ones first, then the
    /// busiest, whatever their names.
    public func suggested(for member: Member, limit: Int) async throws -> [SpaceListing] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT \(Self.columns),
                    (SELECT COUNT(*) FROM space_members c WHERE c.space_id = s.id AND c.status = 'active') AS member_count,
                    NULL AS my_role, NULL AS my_status
                FROM spaces s
                WHERE s.membership_policy = 'open' AND \(Self.listed(for: .signedIn(member)))
                AND NOT EXISTS (SELECT 1 FROM space_members v WHERE v.space_id = s.id AND v.member_id = \(bind: member.id))
                ORDER BY s.official DESC, member_count DESC, s.name, s.id
                LIMIT \(bind: limit)
                """
            ).all().map { row in
                SpaceListing(
                    space: try Self.space(from: row), memberCount: try row.decode(column: "member_count", as: Int.self), membership: nil)
            }
        }
    }

    /// The spaces a member may post in — where they are an active member, every space for admins — by name.
    public func postable(by member: Member) async throws -> [SpaceReference] {
        let membership: SQLQueryString =
            member.isAdmin
            ? "1 = 1"
            : "s.id IN (SELECT v.space_id FROM space_members v WHERE v.member_id = \(bind: member.id) AND v.status = 'active')"
        return try await database.read { sql in
            try await sql.raw("SELECT s.slug, s.name FROM spaces s WHERE \(membership) ORDER BY s.official DESC, s.name").all().map {
                SpaceReference(slug: try $0.decode(column: "slug", as: String.self), name: try $0.decode(column: "name", as: String.self))
            }
        }
    }

    /// The space with this slug, if the viewer may know of it.
    public func find(slug: String, for viewer: Viewer) async throws -> Space {
        guard let space = try await database.read({ try await Self.find(slug: slug, listedBy: viewer, on: $0) }) else {
            throw StoreError.notFound
        }
        return space
    }

    static func find(slug: String, listedBy viewer: Viewer, on sql: any SQLDatabase) async throws -> Space? {
        try await sql.raw("SELECT \(columns) FROM spaces s WHERE s.slug = \(bind: slug) AND \(listed(for: viewer))")
            .first().map(space(from:))
    }

    public func membership(in spaceId: Int, of memberId: Int?) async throws -> SpaceMembership? {
        guard let memberId else { return nil }
        return try await database.read { sql in
            try await Self.membership(in: spaceId, of: memberId, on: sql)
        }
    }

    static func membership(in spaceId: Int, of memberId: Int, on sql: any SQLDatabase) async throws -> SpaceMembership? {
        let row = try await sql.raw(
            "SELECT role AS my_role, status AS my_status FROM space_members WHERE space_id = \(bind: spaceId) AND member_id = \(bind: memberId)"
        ).first()
        return try row.flatMap(membership(from:))
    }

    /// Whether the member moderates the space: instance moderators and admins moderate every space.
    public func canModerate(_ space: Space, _ member: Member?) async throws -> Bool {
        guard let member else { return false }
        if member.isInstanceModerator { return true }
        let membership = try await membership(in: space.id, of: member.id)
        return membership?.role == .moderator && membership?.status == .active
    }

    /// Joins an open space, or asks to join one that takes requests.
    public func join(slug: String, member: Member) async throws -> SpaceMembership {
        try await database.write { sql in
            guard let space = try await Self.find(slug: slug, listedBy: .signedIn(member), on: sql) else { throw StoreError.notFound }
            if let existing = try await Self.membership(in: space.id, of: member.id, on: sql) { return existing }
            let status: SpaceMembership.Status
            switch space.membershipPolicy {
            case .open: status = .active
            case .request: status = .requested
            case .invite: throw StoreError.forbidden("This space is by invitation only.")
            }
            try await sql.raw(
                """
                INSERT INTO space_members (space_id, member_id, role, status, since)
                VALUES (\(bind: space.id), \(bind: member.id), 'member', \(bind: status.rawValue), \(bind: Clock.now()))
                """
            ).run()
            return SpaceMembership(role: .member, status: status)
        }
    }

    /// Leaves a space (or withdraws a request). The last moderator cannot leave.
    public func leave(slug: String, member: Member) async throws {
        try await database.write { sql in
            guard let space = try await Self.find(slug: slug, listedBy: .signedIn(member), on: sql) else { throw StoreError.notFound }
            guard let membership = try await Self.membership(in: space.id, of: member.id, on: sql) else {
                throw StoreError.conflict("You are not a member of this space.")
            }
            if membership.role == .moderator {
                let moderators = try await sql.raw(
                    "SELECT COUNT(*) AS n FROM space_members WHERE space_id = \(bind: space.id) AND role = 'moderator' AND status = 'active'"
                ).first()!.decode(column: "n", as: Int.self)
                if moderators <= 1 { throw StoreError.conflict("Name another moderator before you leave.") }
            }
            try await sql.raw("DELETE FROM space_members WHERE space_id = \(bind: space.id) AND member_id = \(bind: member.id)").run()
        }
    }

    /// A moderator adds a member, approves a request, or changes a member's role in the space.
    public func admit(handle: String, to slug: String, role: SpaceMembership.Role, by moderator: Member) async throws {
        let space = try await find(slug: slug, for: .signedIn(moderator))
        guard try await canModerate(space, moderator) else { throw StoreError.forbidden("Only moderators of this space do that.") }
        try await database.write { sql in
            guard let row = try await sql.raw("SELECT id FROM members WHERE handle = \(bind: handle.lowercased())").first() else {
                throw StoreError.conflict("handle", "No member has this handle.")
            }
            let memberId = try row.decode(column: "id", as: Int.self)
            try await sql.raw(
                """
                INSERT INTO space_members (space_id, member_id, role, status, since)
                VALUES (\(bind: space.id), \(bind: memberId), \(bind: role.rawValue), 'active', \(bind: Clock.now()))
                ON CONFLICT (space_id, member_id) DO UPDATE SET role = excluded.role, status = 'active'
                """
            ).run()
        }
    }

    /// A moderator turns down a request to join.
    public func decline(handle: String, in slug: String, by moderator: Member) async throws {
        let space = try await find(slug: slug, for: .signedIn(moderator))
        guard try await canModerate(space, moderator) else { throw StoreError.forbidden("Only moderators of this space do that.") }
        try await database.write { sql in
            let row = try await sql.raw(
                """
                DELETE FROM space_members WHERE space_id = \(bind: space.id) AND status = 'requested'
                AND member_id = (SELECT id FROM members WHERE handle = \(bind: handle.lowercased())) RETURNING member_id
                """
            ).first()
            if row == nil { throw StoreError.notFound }
        }
    }

    /// Active members of a space, and pending requests too when the viewer moderates it.
    public func members(of space: Space, for viewer: Viewer) async throws -> [SpaceMemberEntry] {
        let entries = try await members(of: space)
        let moderates = try await canModerate(space, viewer.member)
        return entries.filter { $0.status == .active || moderates }
    }

    private func members(of space: Space) async throws -> [SpaceMemberEntry] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT m.id, m.handle, m.name, m.kind, m.relation, sm.role, sm.status FROM space_members sm JOIN members m ON m.id = sm.member_id
                WHERE sm.space_id = \(bind: space.id) ORDER BY sm.role DESC, m.name
                """
            ).all().map { row in
                SpaceMemberEntry(
                    member: try row.model(MemberSummary.self),
                    role: try row.decode(column: "role", as: SpaceMembership.Role.self),
                    status: try row.decode(column: "status", as: SpaceMembership.Status.self))
            }
        }
    }

    /// The space's goals with progress; counted content is only what the viewer may see.
    public func goals(of space: Space, for viewer: Viewer) async throws -> [SpaceGoal] {
        try await database.read { sql in
            let rows = try await sql.raw(
                "SELECT id, description, metric, target FROM space_goals WHERE space_id = \(bind: space.id) ORDER BY id"
            ).all()
            var goals: [SpaceGoal] = []
            for row in rows {
                let metric = try row.decode(column: "metric", as: SpaceGoal.Metric.self)
                let count: SQLQueryString
                switch metric {
                case .members:
                    count = "SELECT COUNT(*) AS n FROM space_members WHERE space_id = \(bind: space.id) AND status = 'active'"
                case .posts:
                    count =
                        "SELECT COUNT(*) AS n FROM items i WHERE i.space_id = \(bind: space.id) AND i.kind = 'post' AND \(VisibilityRule(viewer).predicate())"
                }
                let current = try await sql.raw(count).first()!.decode(column: "n", as: Int.self)
                goals.append(
                    SpaceGoal(
                        id: try row.decode(column: "id", as: Int.self), description: try row.decode(column: "description", as: String.self),
                        metric: metric, target: try row.decode(column: "target", as: Int.self), current: current))
            }
            return goals
        }
    }

    static func space(from row: any SQLRow) throws -> Space {
        Space(
            id: try row.decode(column: "id", as: Int.self), slug: try row.decode(column: "slug", as: String.self),
            name: try row.decode(column: "name", as: String.self), purpose: try row.decode(column: "purpose", as: String.self),
            membershipPolicy: try row.decode(column: "membership_policy", as: MembershipPolicy.self),
            defaultVisibility: try row.decode(column: "default_visibility", as: Visibility.self),
            official: try row.decode(column: "official", as: Int.self) != 0,
            createdBy: try row.decode(column: "created_by", as: Int?.self), createdAt: try row.decode(column: "created_at", as: Int.self))
    }

    static func membership(from row: any SQLRow) throws -> SpaceMembership? {
        guard let role = try row.decode(column: "my_role", as: SpaceMembership.Role?.self),
            let status = try row.decode(column: "my_status", as: SpaceMembership.Status?.self)
        else { return nil }
        return SpaceMembership(role: role, status: status)
    }
}

extension SpaceStore {
    /// The space, if the member may write in it: active members and admins; `doing` ends "Join the space to …".
    func writable(slug: String, by member: Member, doing: String) async throws -> Space {
        let space = try await find(slug: slug, for: .signedIn(member))
        let membership = try await membership(in: space.id, of: member.id)
        guard membership?.status == .active || member.isAdmin else { throw StoreError.forbidden("Join the space to \(doing).") }
        return space
    }

    /// Whether the member moderates the space: instance moderators and admins moderate every space.
    static func moderates(_ spaceId: Int, _ member: Member, on sql: any SQLDatabase) async throws -> Bool {
        if member.isInstanceModerator { return true }
        let membership = try await membership(in: spaceId, of: member.id, on: sql)
        return membership?.role == .moderator && membership?.status == .active
    }
}
