import SQLKit

/// Budgets for sign-in attempts, one per account and one per client address, kept in the database so that every
/// server instance on one database shares them (docs/operations.md, "Throttling").
///
/// An attempt is counted before its password is checked, so concurrent guesses cannot all pass the check together.
/// A correct password gives the account a fresh budget and the address its attempt back; it never clears what other
/// attempts from that address spent. An account's budget is smaller than an address's, since one address may be a
/// whole office behind a proxy, and budgets are separate, so guessing at one account never locks out another.
public struct SignInThrottle: Sendable {
    let database: Database

    /// Attempts per account, and per address, within one window.
    public static let accountBudget = 10
    public static let addressBudget = 50
    public static let window = 15 * 60

    /// One counted attempt, to settle with ``succeeded(_:)`` when the password was right.
    public struct Attempt: Sendable {
        let account: String
        let address: String
    }

    /// Counts an attempt at `email` from `address`; throws ``TooManySignInAttempts`` when either budget is spent.
    public func begin(email: String, address: String) async throws -> Attempt {
        let attempt = Attempt(account: "account:" + MemberStore.normalized(email: email), address: "address:" + address)
        let now = Clock.now()
        let counts = try await database.write { sql in
            try await sql.raw("DELETE FROM sign_in_counters WHERE reset_at <= \(bind: now)").run()
            return [
                (try await Self.count(attempt.account, now: now, on: sql), Self.accountBudget),
                (try await Self.count(attempt.address, now: now, on: sql), Self.addressBudget),
            ]
        }
        let spent = counts.filter { $0.0.count > $0.1 }.map { $0.0.resetAt - now }
        if let wait = spent.max() { throw TooManySignInAttempts(retryAfter: max(1, wait)) }
        return attempt
    }

    /// The password was right: the account starts afresh and the address gets this attempt back.
    public func succeeded(_ attempt: Attempt) async throws {
        try await database.write { sql in
            try await sql.raw("DELETE FROM sign_in_counters WHERE name = \(bind: attempt.account)").run()
            try await sql.raw("UPDATE sign_in_counters SET attempts = attempts - 1 WHERE name = \(bind: attempt.address) AND attempts > 0")
                .run()
        }
    }

    /// Adds one to the key's count in one statement, starting a new window when the last one is over.
    private static func count(_ key: String, now: Int, on sql: any SQLDatabase) async throws -> (count: Int, resetAt: Int) {
        let row = try await sql.raw(
            """
            INSERT INTO sign_in_counters (name, attempts, reset_at) VALUES (\(bind: key), 1, \(bind: now + window))
            ON CONFLICT (name) DO UPDATE SET attempts = sign_in_counters.attempts + 1
            RETURNING attempts, reset_at
            """
        ).first()!
        return (try row.decode(column: "attempts", as: Int.self), try row.decode(column: "reset_at", as: Int.self))
    }
}

/// A sign-in refused because its account or its address spent its budget; `retryAfter` is in seconds.
public struct TooManySignInAttempts: Error, Sendable {
    public let retryAfter: Int
}
