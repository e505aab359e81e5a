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
                throw StoreError.invalid("slug", "This slug is taken.")
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

    /// The accounts a viewer may know of: all for employees, their own for an external member.
    public func list(for viewer: Viewer) async throws -> [Account] {
        guard let member = viewer.member else { return [] }
        return try await database.read { sql in
            let filter: SQLQueryString = member.isEmployee ? "" : "WHERE id = \(bind: member.accountId ?? -1)"
            return try await sql.raw("SELECT id, slug, name, kind, created_at FROM accounts \(filter) ORDER BY name")
                .all().map { try $0.model(Account.self) }
        }
    }

    public func find(slug: String, for viewer: Viewer) async throws -> Account {
        let accounts = try await list(for: viewer)
        guard let account = accounts.first(where: { $0.slug == slug }) else { throw StoreError.notFound }
        return account
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
