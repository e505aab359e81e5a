import CommonplaceCore
import Foundation
import Logging
import SQLKit
import Testing

@Suite("SQLite database")
struct DatabaseTests {
    static func withDatabase(_ body: (Database) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("commonplace-core-\(UUID().uuidString)/db.sqlite").path
        let database = try await Database.open(.sqliteFile(path: path), logger: Logger(label: "test"))
        do {
            try await body(database)
        } catch {
            await database.close()
            throw error
        }
        await database.close()
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    @Test func migratingTwiceAppliesEachMigrationOnce() async throws {
        try await Self.withDatabase { database in
            // given
            let migrator = Migrator(database: database)

            // when
            let first = try await migrator.migrate()
            let second = try await migrator.migrate()

            // then
            #expect(first == Migrations.all.map(\.version))
            #expect(second.isEmpty)
            #expect(try await migrator.currentVersion() == Migrations.all.last?.version)
        }
    }

    @Test func concurrentWritersNeverSeeDatabaseIsLocked() async throws {
        try await Self.withDatabase { database in
            // given
            try await database.write { try await $0.raw("CREATE TABLE counter (n BIGINT NOT NULL)").run() }
            try await database.write { try await $0.raw("INSERT INTO counter (n) VALUES (0)").run() }

            // when: 200 read-modify-write transactions at once, with readers running alongside
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        if index.isMultiple(of: 2) {
                            _ = try await database.read { try await $0.raw("SELECT n FROM counter").first() }
                        }
                        try await database.write { sql in
                            let n = try await sql.raw("SELECT n FROM counter").first()!.decode(column: "n", as: Int.self)
                            try await sql.raw("UPDATE counter SET n = \(bind: n + 1)").run()
                        }
                    }
                }
                try await group.waitForAll()
            }

            // then: no lost update and no error
            let total = try await database.read { try await $0.raw("SELECT n FROM counter").first()!.decode(column: "n", as: Int.self) }
            #expect(total == 200)
        }
    }

    @Test func failedWriteLeavesNothingBehind() async throws {
        try await Self.withDatabase { database in
            // given
            try await database.write { try await $0.raw("CREATE TABLE things (name TEXT NOT NULL)").run() }

            // when
            await #expect(throws: (any Error).self) {
                try await database.write { sql in
                    try await sql.raw("INSERT INTO things (name) VALUES ('first')").run()
                    try await sql.raw("INSERT INTO things (name) VALUES (NULL)").run()
                }
            }

            // then
            let count = try await database.read {
                try await $0.raw("SELECT COUNT(*) AS n FROM things").first()!.decode(column: "n", as: Int.self)
            }
            #expect(count == 0)
        }
    }
}
