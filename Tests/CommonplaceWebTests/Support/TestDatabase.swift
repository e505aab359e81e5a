import CommonplaceCore
import Foundation
import Logging

/// A fresh database per test: a new SQLite file, or a new schema on the PostgreSQL server named by
/// `COMMONPLACE_TEST_DATABASE_URL` (which must point at a local server).
enum TestDatabase {
    static let postgresURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["COMMONPLACE_TEST_DATABASE_URL"], !url.isEmpty else { return nil }
        precondition(url.contains("127.0.0.1") || url.contains("localhost"), "tests only ever use a local PostgreSQL")
        return url
    }()

    static var kind: DatabaseKind { postgresURL == nil ? .sqlite : .postgres }

    static let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` with a migrated store over a database that exists for this call only.
    /// `connectionWait` is longer for tests that queue many requests at once on purpose: under the whole suite's load
    /// on two cores, the queue alone can outlast the server's 30 seconds, and the test would see a 500 for it.
    static func withStore<T>(connectionWait: Duration = .seconds(30), _ body: (Store) async throws -> T) async throws -> T {
        let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let location: DatabaseLocation
        if let url = postgresURL {
            let admin = try await Database.open(.postgres(url: url), logger: logger)
            try await admin.write { try await $0.raw("CREATE SCHEMA \(ident: name)").run() }
            await admin.close()
            location = .postgres(url: url, searchPath: [name])
        } else {
            location = .sqliteFile(
                path: FileManager.default.temporaryDirectory.appendingPathComponent("commonplace-tests/\(name).sqlite").path)
        }
        let database = try await Database.open(location, connectionWait: connectionWait, logger: logger)
        let store = Store(database: database, hasher: PasswordHasher(cost: 4))
        do {
            try await Migrator(database: database).migrate()
            let result = try await body(store)
            await cleanUp(database, location: location, schema: name)
            return result
        } catch {
            await cleanUp(database, location: location, schema: name)
            throw error
        }
    }

    private static func cleanUp(_ database: Database, location: DatabaseLocation, schema: String) async {
        await database.close()
        switch location {
        case .sqliteFile(let path):
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        case .postgres(let url, _):
            if let admin = try? await Database.open(.postgres(url: url), logger: logger) {
                try? await admin.write { try await $0.raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
                await admin.close()
            }
        }
    }
}
