import SQLKit

/// Companies that external members belong to.
public struct AccountStore: Sendable {
    let database: Database

    public func create(slug: String, name: String, kind: AccountKind) async throws -> Account {
        var validator = Validator()
        validator.require(slug.isSlug, "slug", "Use 2–40 lowercase letters, digits or dashes.")
        validator.require((1...120).contains(name.trimmed.count), "name", "Enter a name of at most 120 characters.")
        try validator.check()
        return try await database.write { sql in
            if try await sql.raw("SELECT id FROM accounts WHERE slug = \(bind: slug)").first() != nil {
                throw StoreError.conflict("slug", "This slug is taken.")
            }
            return try await sql.raw(
                """
                INSERT INTO accounts (slug, name, kind, created_at)
                VALUES (\(bind: slug), \(bind: name.trimmed), \(bind: kind.rawValue), \(bind: Clock.now()))
                RETURNING id, slug, name, kind, created_at
                """
            ).first()!.model(Account.self)
        }
    }

    /// The accounts a viewer may know of, by name: all for employees, their own for an external member;
    /// `limit` from `offset`.
    public func list(for viewer: Viewer, limit: Int = 100_000, offset: Int = 0) async throws -> [Account] {
        guard let member = viewer.member else { return [] }
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT id, slug, name, kind, created_at FROM accounts WHERE \(Self.known(to: member))
                ORDER BY name, id LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all().map { try $0.model(Account.self) }
        }
    }

    /// The slugs of the accounts among `ids` that the viewer may know of, by id.
    public func slugs(of ids: Set<Int>, for viewer: Viewer) async throws -> [Int: String] {
        guard let member = viewer.member, !ids.isEmpty else { return [:] }
        let list: SQLQueryString = "(" + ids.sorted().map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
        let rows = try await database.read { sql in
            try await sql.raw("SELECT id, slug FROM accounts WHERE id IN \(list) AND \(Self.known(to: member))").all()
        }
        return try Dictionary(
            uniqueKeysWithValues: rows.map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "slug", as: String.self)) })
    }

    /// The accounts a member may know of: all for employees, their own for an external member.
    private static func known(to member: Member) -> SQLQueryString {
        member.isEmployee ? "1 = 1" : "id = \(bind: member.accountId ?? -1)"
    }

    /// The account with `slug`, if the viewer may know of it (the rule of `list(for:)`).
    public func find(slug: String, for viewer: Viewer) async throws -> Account {
        guard let member = viewer.member else { throw StoreError.notFound }
        let row = try await database.read { sql in
            try await sql.raw(
                "SELECT id, slug, name, kind, created_at FROM accounts WHERE slug = \(bind: slug) AND \(Self.known(to: member))"
            )
            .first()
        }
        guard let row else { throw StoreError.notFound }
        return try row.model(Account.self)
    }

    /// The id of the account a form or an API body names by slug; none for an empty slug. An unknown
    /// slug is a problem with the input (`account`), not a missing page.
    public func id(ofSlug slug: String?, for viewer: Viewer) async throws -> Int? {
        guard let slug = slug?.trimmed, !slug.isEmpty else { return nil }
        do {
            return try await find(slug: slug, for: viewer).id
        } catch StoreError.notFound {
            throw StoreError.conflict("account", "No account has the slug “\(slug)”.")
        }
    }

    /// The account a member belongs to, if the viewer may know it: employees see every member's
    /// account, external members only their colleagues'.
    public func account(of member: Member, for viewer: Viewer) async throws -> Account? {
        guard let accountId = member.accountId, let reader = viewer.member,
            reader.isEmployee || reader.accountId == accountId
        else { return nil }
        return try await find(id: accountId)
    }

    public func find(id: Int) async throws -> Account? {
        try await database.read { sql in
            try await sql.raw("SELECT id, slug, name, kind, created_at FROM accounts WHERE id = \(bind: id)")
                .first()?.model(Account.self)
        }
    }

    /// Account ids by slug, for resolving audiences.
    static func resolve(slugs: [String], on sql: any SQLDatabase) async throws -> [String: Int] {
        guard !slugs.isEmpty else { return [:] }
        let list: SQLQueryString = "(" + slugs.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
        let rows = try await sql.raw("SELECT id, slug FROM accounts WHERE slug IN \(list)").all()
        return try Dictionary(
            uniqueKeysWithValues: rows.map {
                (try $0.decode(column: "slug", as: String.self), try $0.decode(column: "id", as: Int.self))
            })
    }
}
