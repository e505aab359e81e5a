import Foundation
import NIOConcurrencyHelpers

/// Limits failed sign-ins per e-mail address and per client address.
///
/// Five failures within fifteen minutes lock the key until the window passes. Kept in memory:
/// one server process per instance is the supported deployment.
final class LoginThrottle: Sendable {
    static let limit = 5
    static let window = 15 * 60
    private let failures = NIOLockedValueBox<[String: [Int]]>([:])

    /// Throws ``TooManyAttempts`` when any of the keys is locked.
    func check(_ keys: [String], now: Int = Int(Date().timeIntervalSince1970)) throws {
        let retry = failures.withLockedValue { table -> Int? in
            keys.compactMap { key -> Int? in
                let recent = (table[key] ?? []).filter { $0 > now - Self.window }
                return recent.count >= Self.limit ? recent[0] + Self.window - now : nil
            }.max()
        }
        if let retry { throw TooManyAttempts(retryAfter: retry) }
    }

    func recordFailure(_ keys: [String], now: Int = Int(Date().timeIntervalSince1970)) {
        failures.withLockedValue { table in
            for key in keys {
                table[key] = (table[key] ?? []).filter { $0 > now - Self.window } + [now]
            }
            if table.count > 10_000 { table = table.filter { $0.value.contains { $0 > now - Self.window } } }
        }
    }

    func recordSuccess(_ keys: [String]) {
        failures.withLockedValue { table in keys.forEach { table[$0] = nil } }
    }
}

/// Sign-in refused because of too many recent failures.
struct TooManyAttempts: Error {
    let retryAfter: Int
}
