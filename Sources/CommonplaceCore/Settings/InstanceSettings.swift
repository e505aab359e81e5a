import NIOConcurrencyHelpers
import SQLKit

/// How new people get a sign-in.
public enum RegistrationPolicy: String, Sendable, Codable, CaseIterable {
    /// Anyone may sign up as an external member.
    case open
    /// Only with an invitation, which fixes kind, relation and account.
    case invitation
}

/// Who may create spaces.
public enum SpaceCreationPolicy: String, Sendable, Codable, CaseIterable {
    case everyone
    case admins
}

/// Instance-wide settings that admins change.
public struct InstanceSettings: Sendable, Codable, Equatable {
    public var name: String
    public var registration: RegistrationPolicy
    public var anonymousReading: Bool
    public var spaceCreation: SpaceCreationPolicy

    public static let defaults = InstanceSettings(
        name: "Commonplace", registration: .invitation, anonymousReading: true, spaceCreation: .everyone)

    public init(name: String, registration: RegistrationPolicy, anonymousReading: Bool, spaceCreation: SpaceCreationPolicy) {
        self.name = name
        self.registration = registration
        self.anonymousReading = anonymousReading
        self.spaceCreation = spaceCreation
    }
}

/// Reads and writes ``InstanceSettings``; keeps them in memory, since every request needs them.
public final class SettingsStore: Sendable {
    let database: Database
    private let cache = NIOLockedValueBox<InstanceSettings?>(nil)

    init(database: Database) {
        self.database = database
    }

    public func current() async throws -> InstanceSettings {
        if let cached = cache.withLockedValue({ $0 }) { return cached }
        let rows = try await database.read { try await $0.raw("SELECT key, value FROM settings").all() }
        var values: [String: String] = [:]
        for row in rows { values[try row.decode(column: "key", as: String.self)] = try row.decode(column: "value", as: String.self) }
        let defaults = InstanceSettings.defaults
        let settings = InstanceSettings(
            name: values["name"] ?? defaults.name,
            registration: values["registration"].flatMap(RegistrationPolicy.init) ?? defaults.registration,
            anonymousReading: values["anonymous_reading"].map { $0 == "true" } ?? defaults.anonymousReading,
            spaceCreation: values["space_creation"].flatMap(SpaceCreationPolicy.init) ?? defaults.spaceCreation
        )
        cache.withLockedValue { $0 = settings }
        return settings
    }

    public func update(_ settings: InstanceSettings) async throws {
        let name = settings.name.trimmed
        guard (1...80).contains(name.count) else { throw StoreError.invalid("name", "Name the instance (at most 80 characters).") }
        let values = [
            ("name", name), ("registration", settings.registration.rawValue),
            ("anonymous_reading", settings.anonymousReading ? "true" : "false"),
            ("space_creation", settings.spaceCreation.rawValue),
        ]
        try await database.write { sql in
            for (key, value) in values {
                try await sql.raw(
                    """
                    INSERT INTO settings (key, value) VALUES (\(bind: key), \(bind: value))
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """
                ).run()
            }
        }
        cache.withLockedValue { $0 = nil }
    }
}
