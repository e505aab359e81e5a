import CommonplaceCore
import Foundation
import Logging
import SQLKit
import Testing

@Suite("SQLite database")
struct DatabaseTests {
    /// A fresh database file. `connectionWait` is longer for tests that queue hundreds of writes on purpose: under the
    /// whole suite's load on two cores, the queue alone can outlast the server's 30 seconds.
    static func withDatabase(connectionWait: Duration = .seconds(30), _ body: (Database) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("commonplace-core-\(UUID().uuidString)/db.sqlite").path
        let database = try await Database.open(.sqliteFile(path: path), connectionWait: connectionWait, logger: Logger(label: "test"))
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

    @Test func readerCountsAreBackfilledFromEarlierReads() async throws {
        try await Self.withDatabase { database in
            // given: an instance from before reader counts, with two reads of one item and none of another
            let before = Migrations.all.filter { $0.version < 7 }
            try await Migrator(database: database, migrations: before).migrate()
            try await database.write { sql in
                for statement: SQLQueryString in [
                    "INSERT INTO members (id, handle, name, kind, role, created_at) VALUES (1, 'ada', 'Ada', 'employee', 'member', 0)",
                    "INSERT INTO members (id, handle, name, kind, role, created_at) VALUES (2, 'bo', 'Bo', 'employee', 'member', 0)",
                    "INSERT INTO items (id, kind, author_id, visibility, created_at, updated_at) VALUES (1, 'post', 1, 'public', 0, 0)",
                    "INSERT INTO items (id, kind, author_id, visibility, created_at, updated_at) VALUES (2, 'post', 1, 'public', 0, 0)",
                    "INSERT INTO item_reads (member_id, item_id, position, read_at) VALUES (1, 1, 0, 0), (2, 1, 0, 0)",
                ] {
                    try await sql.raw(statement).run()
                }
            }

            // when
            try await Migrator(database: database).migrate()

            // then
            let readers = try await database.read { sql in
                try await sql.raw("SELECT id, readers FROM items ORDER BY id").all().map {
                    try $0.decode(column: "readers", as: Int.self)
                }
            }
            #expect(readers == [2, 0])
        }
    }

    @Test func theFullTextIndexReadsTheDocumentsAfterMigration9() async throws {
        try await Self.withDatabase { database in
            // given: an instance from before, with an indexed document in both places
            try await Migrator(database: database, migrations: Migrations.all.filter { $0.version < 9 }).migrate()
            try await database.write { sql in
                for statement: SQLQueryString in [
                    "INSERT INTO members (id, handle, name, kind, role, created_at) VALUES (1, 'ada', 'Ada', 'employee', 'member', 0)",
                    "INSERT INTO items (id, kind, author_id, visibility, created_at, updated_at) VALUES (1, 'post', 1, 'public', 0, 0)",
                    "INSERT INTO items (id, kind, author_id, visibility, created_at, updated_at) VALUES (2, 'post', 1, 'public', 0, 0)",
                    """
                    INSERT INTO search_documents (item_id, kind, title, tags, body, status, boost, updated_at)
                    VALUES (1, 'post', '', 'kiln', 'Glazes crawl when fired', '', 0, 0)
                    """,
                    "INSERT INTO search_fts (rowid, title, tags, body) VALUES (1, '', 'kiln', 'Glazes crawl when fired')",
                ] {
                    try await sql.raw(statement).run()
                }
            }
            func matches(_ query: String) async throws -> [Int] {
                try await database.read { sql in
                    try await sql.raw("SELECT rowid FROM search_fts WHERE search_fts MATCH \(bind: query) ORDER BY rowid").all().map {
                        try $0.decode(column: "rowid", as: Int.self)
                    }
                }
            }

            // when: migrated, then documents written, rewritten and removed as the search index does
            try await Migrator(database: database).migrate()
            let migrated = try await matches("glaze")
            try await database.write { sql in
                try await sql.raw(
                    """
                    INSERT INTO search_documents (item_id, kind, title, tags, body, status, boost, updated_at)
                    VALUES (2, 'post', 'Firing schedules', '', 'Slow cooling keeps glazes glossy', '', 0, 0)
                    """
                ).run()
                try await sql.raw("UPDATE search_documents SET body = 'Bisque first' WHERE item_id = 1").run()
            }
            let written = (try await matches("glaze"), try await matches("bisque"), try await matches("kiln"))
            try await database.write { sql in try await sql.raw("DELETE FROM search_documents WHERE item_id = 2").run() }
            let removed = try await matches("glaze OR firing")

            // then
            #expect(migrated == [1])
            #expect(written.0 == [2])
            #expect(written.1 == [1])
            #expect(written.2 == [1])
            #expect(removed.isEmpty)
            let check: SQLQueryString = "INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)"
            try await database.write { sql in try await sql.raw(check).run() }
        }
    }

    @Test func concurrentWritersNeverSeeDatabaseIsLocked() async throws {
        try await Self.withDatabase(connectionWait: .seconds(600)) { database in
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

@Suite("Notification targets")
struct NotificationTargetMigrationTests {
    @Test func notificationsWrittenBeforeKeepWhatTheyPointAt() async throws {
        try await DatabaseTests.withDatabase { database in
            // given: notifications stored with paths, before migration 13
            try await Migrator(database: database, migrations: Migrations.all.filter { $0.version < 13 }).migrate()
            try await database.write { sql in
                for statement: SQLQueryString in [
                    "INSERT INTO members (id, handle, name, kind, role, created_at) VALUES (1, 'ada', 'Ada', 'employee', 'admin', 0)",
                    """
                    INSERT INTO notifications (id, member_id, kind, text, link, created_at) VALUES
                        (1, 1, 'reply', 'a reply', '/threads/5?reply=9#reply-9', 0), (2, 1, 'thread', 'a thread', '/threads/12', 0),
                        (3, 1, 'update', 'an article', '/articles/7', 0), (4, 1, 'review', 'a suggestion', '/suggestions/3', 0)
                    """,
                ] {
                    try await sql.raw(statement).run()
                }
            }

            // when
            try await Migrator(database: database).migrate()

            // then
            let store = Store(database: database, hasher: PasswordHasher(cost: 4))
            let ada = try #require(try await store.members.find(handle: "ada"))
            let destinations = try await store.notifications.list(for: ada).map(\.destination)
            #expect(destinations == [.suggestion(3), .article(7), .thread(12, reply: nil), .thread(5, reply: 9)])
        }
    }
}
