import SQLKit

/// A named API token of a member; the secret itself is shown once, at creation.
public struct APIToken: Sendable, Codable, Equatable {
    public let id: Int
    public let name: String
    public let createdAt: Int
    public let lastUsedAt: Int?
}

/// API tokens for clients and bots, stored as hashes.
public struct APITokenStore: Sendable {
    let database: Database

    /// Creates a token and returns it with its secret.
    public func create(for memberId: Int, name: String) async throws -> (token: APIToken, secret: String) {
        let name = name.trimmed
        guard (1...80).contains(name.count) else { throw StoreError.invalid("name", "Name the token (at most 80 characters).") }
        let secret = Secret.make(prefix: "cpt_")
        let token = try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO api_tokens (member_id, name, token_hash, created_at)
                VALUES (\(bind: memberId), \(bind: name), \(bind: Secret.hash(secret)), \(bind: Clock.now()))
                RETURNING id, name, created_at, last_used_at
                """
            ).first()!.model(APIToken.self)
        }
        return (token, secret)
    }

    public func list(for memberId: Int) async throws -> [APIToken] {
        try await database.read { sql in
            try await sql.raw(
                "SELECT id, name, created_at, last_used_at FROM api_tokens WHERE member_id = \(bind: memberId) ORDER BY id"
            ).all().map { try $0.model(APIToken.self) }
        }
    }

    /// Revokes one of the member's tokens; someone else's token is "not found".
    public func revoke(_ id: Int, of memberId: Int) async throws {
        try await database.write { sql in
            let row = try await sql.raw(
                "DELETE FROM api_tokens WHERE id = \(bind: id) AND member_id = \(bind: memberId) RETURNING id"
            ).first()
            if row == nil { throw StoreError.notFound }
        }
    }

    /// Revokes every token of the member and returns how many there were.
    @discardableResult
    public func revokeAll(of memberId: Int) async throws -> Int {
        try await database.write { sql in
            try await sql.raw("DELETE FROM api_tokens WHERE member_id = \(bind: memberId) RETURNING id").all().count
        }
    }

    /// The member a token belongs to; records its use at most once a minute.
    public func member(for secret: String) async throws -> Member? {
        let hash = Secret.hash(secret)
        let row = try await database.read { sql in
            try await sql.raw(
                """
                SELECT \(MemberStore.columns), t.id AS token_id, t.last_used_at AS token_used
                FROM api_tokens t JOIN members m ON m.id = t.member_id WHERE t.token_hash = \(bind: hash)
                """
            ).first()
        }
        guard let row else { return nil }
        let now = Clock.now()
        if (try row.decode(column: "token_used", as: Int?.self) ?? 0) < now - 60 {
            let id = try row.decode(column: "token_id", as: Int.self)
            try await database.write { sql in
                try await sql.raw("UPDATE api_tokens SET last_used_at = \(bind: now) WHERE id = \(bind: id)").run()
            }
        }
        return try MemberStore.member(in: row)
    }
}
