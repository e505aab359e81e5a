import SQLKit

/// Cookie sessions, stored in the database by the hash of their token.
public struct SessionStore: Sendable {
    let database: Database
    /// How long a session lasts without being used.
    public static let lifetime = 30 * 24 * 3600

    /// Starts a session and returns the token for the cookie.
    public func create(for memberId: Int) async throws -> String {
        let token = Secret.make(prefix: "cps_")
        let now = Clock.now()
        try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO sessions (token_hash, member_id, created_at, expires_at)
                VALUES (\(bind: Secret.hash(token)), \(bind: memberId), \(bind: now), \(bind: now + Self.lifetime))
                """
            ).run()
            try await sql.raw("DELETE FROM sessions WHERE expires_at < \(bind: now)").run()
        }
        return token
    }

    /// The member a live session token belongs to.
    public func member(for token: String) async throws -> Member? {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT \(MemberStore.columns) FROM sessions s JOIN members m ON m.id = s.member_id
                WHERE s.token_hash = \(bind: Secret.hash(token)) AND s.expires_at > \(bind: Clock.now())
                """
            ).first().map(MemberStore.member(in:))
        }
    }

    public func delete(_ token: String) async throws {
        try await database.write { sql in
            try await sql.raw("DELETE FROM sessions WHERE token_hash = \(bind: Secret.hash(token))").run()
        }
    }
}
