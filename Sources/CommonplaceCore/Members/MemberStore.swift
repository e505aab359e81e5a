import SQLKit

/// Members: creation, sign-in checks, profiles and roles.
public struct MemberStore: Sendable {
    let database: Database
    let hasher: PasswordHasher

    static let columns: SQLQueryString =
        "m.id, m.handle, m.email, m.name, m.kind, m.relation, m.account_id, m.role, m.bio, m.expertise, m.interests, m.created_at"

    /// The member in a row selected with ``columns``, column by column: every request reads its signed-in member.
    static func member(in row: any SQLRow) throws -> Member {
        Member(
            id: try row.decode(column: "id", as: Int.self), handle: try row.decode(column: "handle", as: String.self),
            email: try row.decode(column: "email", as: String?.self), name: try row.decode(column: "name", as: String.self),
            kind: try row.decode(column: "kind", as: MemberKind.self), relation: try row.decode(column: "relation", as: Relation?.self),
            accountId: try row.decode(column: "account_id", as: Int?.self), role: try row.decode(column: "role", as: Role.self),
            bio: try row.decode(column: "bio", as: String.self), expertise: try row.decode(column: "expertise", as: String.self),
            interests: try row.decode(column: "interests", as: String.self), createdAt: try row.decode(column: "created_at", as: Int.self))
    }

    /// Creates a member; the handle and e-mail must be free.
    public func create(_ new: NewMember) async throws -> Member {
        try new.validate()
        let hash = try await hasher.hash(new.password)
        return try await database.write { sql in try await Self.insert(new, passwordHash: hash, on: sql) }
    }

    static func insert(_ new: NewMember, passwordHash: String, on sql: any SQLDatabase) async throws -> Member {
        let email = Self.normalized(email: new.email)
        let taken = try await sql.raw(
            "SELECT handle, email FROM members WHERE handle = \(bind: new.handle) OR email = \(bind: email)"
        ).all()
        if let row = taken.first {
            let field = (try? row.decode(column: "handle", as: String.self)) == new.handle ? "handle" : "email"
            throw StoreError.conflict(field, field == "handle" ? "This handle is taken." : "This e-mail is already registered.")
        }
        if let accountId = new.accountId {
            guard try await sql.raw("SELECT id FROM accounts WHERE id = \(bind: accountId)").first() != nil else {
                throw StoreError.conflict("account", "Unknown account.")
            }
        }
        let row = try await sql.raw(
            """
            INSERT INTO members (handle, email, name, password_hash, kind, relation, account_id, role, created_at)
            VALUES (\(bind: new.handle), \(bind: email), \(bind: new.name.trimmed), \(bind: passwordHash),
                \(bind: new.kind.rawValue), \(bind: new.relation?.rawValue), \(bind: new.accountId),
                \(bind: new.role.rawValue), \(bind: Clock.now()))
            RETURNING id
            """
        ).first()
        let id = try row!.decode(column: "id", as: Int.self)
        return try await find(id: id, on: sql)!
    }

    /// Creates a bot: a `machine` member with no password that acts only through API tokens.
    public func createBot(handle: String, name: String, by admin: Member) async throws -> Member {
        guard admin.isAdmin else { throw StoreError.forbidden("Only admins add bots.") }
        var validator = Validator()
        validator.require(handle.isSlug, "handle", "Use 2–40 lowercase letters, digits or dashes.")
        validator.require((1...100).contains(name.trimmed.count), "name", "Enter a name of at most 100 characters.")
        try validator.check()
        return try await database.write { sql in
            if try await sql.raw("SELECT id FROM members WHERE handle = \(bind: handle)").first() != nil {
                throw StoreError.conflict("handle", "This handle is taken.")
            }
            let id = try await sql.raw(
                """
                INSERT INTO members (handle, name, kind, role, created_at)
                VALUES (\(bind: handle), \(bind: name.trimmed), 'machine', 'member', \(bind: Clock.now())) RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            return try await Self.find(id: id, on: sql)!
        }
    }

    /// The member with these credentials, or nil; takes the same time whether or not the e-mail exists.
    public func authenticate(email: String, password: String) async throws -> Member? {
        let row = try await database.read { sql in
            try await sql.raw(
                "SELECT id, password_hash FROM members WHERE email = \(bind: Self.normalized(email: email))"
            ).first()
        }
        let hash = try row?.decode(column: "password_hash", as: String?.self) ?? nil
        let matches = try await hasher.verify(password, hash: hash ?? PasswordHasher.decoy)
        guard matches, hash != nil, let id = try row?.decode(column: "id", as: Int.self) else { return nil }
        return try await find(id: id)
    }

    /// An e-mail address as it is stored and looked up: trimmed and lowercased.
    public static func normalized(email: String) -> String { email.trimmed.lowercased() }

    public func find(id: Int) async throws -> Member? {
        try await database.read { try await Self.find(id: id, on: $0) }
    }

    static func find(id: Int, on sql: any SQLDatabase) async throws -> Member? {
        try await sql.raw("SELECT \(columns) FROM members m WHERE m.id = \(bind: id)").first().map(Self.member(in:))
    }

    public func find(handle: String) async throws -> Member? {
        try await database.read { sql in
            try await sql.raw("SELECT \(Self.columns) FROM members m WHERE m.handle = \(bind: handle.lowercased())")
                .first().map(Self.member(in:))
        }
    }

    /// Members by name, for directories and admin pages, `limit` from `offset`. With `matching`, only those with a word
    /// of their name, handle or expertise starting with each word given, found through the people word index.
    public func list(matching text: String? = nil, limit: Int = 200, offset: Int = 0) async throws -> [Member] {
        let words = Array(SearchQuery.words(text ?? "").prefix(8))
        return try await database.read { sql in
            let matching: SQLQueryString = words.isEmpty ? "1 = 1" : "m.id IN (\(PeopleWords.members(.allAsPrefixes, words, on: sql)))"
            return try await sql.raw(
                "SELECT \(Self.columns) FROM members m WHERE \(matching) ORDER BY m.name, m.id LIMIT \(bind: limit) OFFSET \(bind: offset)"
            ).all().map(Self.member(in:))
        }
    }

    /// The members among `handles` that exist, by lowercased handle.
    /// A member's display name, for text that names them (log entries, notifications).
    static func name(of id: Int, on sql: any SQLDatabase) async throws -> String {
        guard let row = try await sql.raw("SELECT name FROM members WHERE id = \(bind: id)").first() else { throw StoreError.notFound }
        return try row.decode(column: "name", as: String.self)
    }

    static func resolve(handles: [String], on sql: any SQLDatabase) async throws -> [String: Int] {
        guard !handles.isEmpty else { return [:] }
        let list: SQLQueryString = "(" + handles.map { "\(bind: $0.lowercased())" as SQLQueryString }.joined(separator: ", ") + ")"
        let rows = try await sql.raw("SELECT id, handle FROM members WHERE handle IN \(list)").all()
        return try Dictionary(
            uniqueKeysWithValues: rows.map {
                (try $0.decode(column: "handle", as: String.self), try $0.decode(column: "id", as: Int.self))
            })
    }

    public func updateProfile(of memberId: Int, _ update: ProfileUpdate) async throws -> Member {
        var validator = Validator()
        validator.require(!update.name.trimmed.isEmpty && update.name.count <= 100, "name", "Enter a name of at most 100 characters.")
        validator.require(update.bio.count <= 2000, "bio", "Keep the bio under 2,000 characters.")
        let expertise = Tags.parseList(update.expertise)
        let interests = Tags.parseList(update.interests)
        validator.require(
            expertise.allSatisfy(Tags.isValid) && expertise.count <= 30, "expertise", "Use up to 30 tags of letters, digits and dashes.")
        validator.require(
            interests.allSatisfy(Tags.isValid) && interests.count <= 50, "interests", "Use up to 50 tags of letters, digits and dashes.")
        try validator.check()
        return try await database.write { sql in
            try await sql.raw(
                """
                UPDATE members SET name = \(bind: update.name.trimmed), bio = \(bind: update.bio.trimmed),
                    expertise = \(bind: expertise.joined(separator: " ")), interests = \(bind: interests.joined(separator: " "))
                WHERE id = \(bind: memberId)
                """
            ).run()
            guard let member = try await Self.find(id: memberId, on: sql) else { throw StoreError.notFound }
            return member
        }
    }

    /// Changes a password after checking the current one, and signs out every other session. API tokens are separate
    /// credentials that scripts hold, so they are revoked too only when `revokingTokens` says so (the settings form
    /// asks, ticked by default: someone who knew the old password may have made one).
    public func changePassword(
        of memberId: Int, current: String, new: String, keepingSession keptHash: String?, revokingTokens: Bool = false
    ) async throws {
        let row = try await database.read { sql in
            try await sql.raw("SELECT password_hash FROM members WHERE id = \(bind: memberId)").first()
        }
        guard let hash = try row?.decode(column: "password_hash", as: String?.self),
            try await hasher.verify(current, hash: hash)
        else { throw StoreError.invalid("current", "The current password is not right.") }
        guard PasswordHasher.isAcceptable(new) else { throw StoreError.invalid("new", PasswordHasher.lengthMessage) }
        let newHash = try await hasher.hash(new)
        try await database.write { sql in
            try await sql.raw("UPDATE members SET password_hash = \(bind: newHash) WHERE id = \(bind: memberId)").run()
            try await sql.raw(
                "DELETE FROM sessions WHERE member_id = \(bind: memberId) AND token_hash <> \(bind: keptHash ?? "")"
            ).run()
            if revokingTokens { try await sql.raw("DELETE FROM api_tokens WHERE member_id = \(bind: memberId)").run() }
        }
    }

    /// Admin change of role, kind, relation or account. The instance always keeps an admin: taking the role from the
    /// last one is refused.
    public func setStanding(of handle: String, role: Role, kind: MemberKind, relation: Relation?, accountId: Int?) async throws -> Member {
        guard kind == .external || accountId == nil else {
            throw StoreError.invalid("account", "Only external members belong to an account.")
        }
        guard kind != .external || relation != nil else { throw StoreError.invalid("relation", "Choose a relation.") }
        let kindOfDatabase = database.kind
        return try await database.write { sql in
            if kindOfDatabase == .postgres {
                // Two admins demoting each other at once would each still see the other as admin without this lock.
                try await sql.raw("SELECT id FROM members WHERE role = 'admin' FOR UPDATE").run()
            }
            guard let row = try await sql.raw("SELECT id FROM members WHERE handle = \(bind: handle)").first() else {
                throw StoreError.notFound
            }
            let id = try row.decode(column: "id", as: Int.self)
            if let accountId, try await sql.raw("SELECT id FROM accounts WHERE id = \(bind: accountId)").first() == nil {
                throw StoreError.conflict("account", "Unknown account.")
            }
            try await sql.raw(
                """
                UPDATE members SET role = \(bind: role.rawValue), kind = \(bind: kind.rawValue),
                    relation = \(bind: kind == .external ? relation?.rawValue : nil), account_id = \(bind: accountId)
                WHERE id = \(bind: id)
                """
            ).run()
            guard try await sql.raw("SELECT 1 AS admin FROM members WHERE role = 'admin' LIMIT 1").first() != nil else {
                throw StoreError.invalid("role", "Make someone else an admin first: the instance needs at least one.")
            }
            return try await Self.find(id: id, on: sql)!
        }
    }

    public func count() async throws -> Int {
        try await database.read { try await $0.raw("SELECT COUNT(*) AS n FROM members").first()!.decode(column: "n", as: Int.self) }
    }
}
