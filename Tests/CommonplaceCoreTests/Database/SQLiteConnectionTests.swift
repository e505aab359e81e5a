import Foundation
import SQLKit
import Testing

@testable import CommonplaceCore

@Suite("SQLite connection and its statement cache")
struct SQLiteConnectionTests {
    private static func withConnection(capacity: Int = 128, _ body: (SQLiteConnection) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("commonplace-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let connection = try SQLiteConnection(path: folder.appendingPathComponent("db.sqlite").path, statementCapacity: capacity)
        defer { connection.close() }
        try body(connection)
    }

    private static func rows(_ connection: SQLiteConnection, _ sql: String, _ binds: [SQLiteValue] = []) throws -> [SQLiteRow] {
        var rows: [SQLiteRow] = []
        try connection.execute(sql, binds) { rows.append($0) }
        return rows
    }

    @Test func aRepeatedStatementIsCompiledOnceAndTakesNewValuesEachTime() throws {
        try Self.withConnection { connection in
            // given
            try connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)", []) { _ in }
            let before = connection.cachedStatements

            // when
            for body in ["first", "second", "third"] {
                try connection.execute("INSERT INTO notes (body) VALUES (?1)", [.text(body)]) { _ in }
            }
            let second = try Self.rows(connection, "SELECT body FROM notes WHERE id = ?1", [.integer(2)])
            let third = try Self.rows(connection, "SELECT body FROM notes WHERE id = ?1", [.integer(3)])

            // then
            #expect(connection.cachedStatements == before + 2)
            #expect(try second.map { try $0.decode(column: "body", as: String.self) } == ["second"])
            #expect(try third.map { try $0.decode(column: "body", as: String.self) } == ["third"])
        }
    }

    @Test func pastItsCapacityTheLeastRecentlyUsedStatementIsDropped() throws {
        try Self.withConnection(capacity: 2) { connection in
            // given
            _ = try Self.rows(connection, "SELECT 1 AS n")
            _ = try Self.rows(connection, "SELECT 2 AS n")
            _ = try Self.rows(connection, "SELECT 1 AS n")

            // when
            _ = try Self.rows(connection, "SELECT 3 AS n")

            // then: the cache stays at two, and the statement dropped is compiled again when it comes back
            #expect(connection.cachedStatements == 2)
            #expect(try Self.rows(connection, "SELECT 2 AS n").map { try $0.decode(column: "n", as: Int.self) } == [2])
            #expect(connection.cachedStatements == 2)
        }
    }

    @Test func valuesComeBackExactlyAsStored() throws {
        try Self.withConnection { connection in
            // given: text with a NUL inside, the empty string (not NULL), the largest integer, a blob and a NULL
            try connection.execute("CREATE TABLE v (t TEXT, e TEXT, i INTEGER, r REAL, b BLOB, n TEXT)", []) { _ in }
            let text = "before\u{0}after é ✓"
            try connection.execute(
                "INSERT INTO v VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                [.text(text), .text(""), .integer(.max), .real(0.25), .blob([0, 1, 255]), .null]
            ) { _ in }

            // when
            let row = try #require(try Self.rows(connection, "SELECT t, e, typeof(e) AS kind, i, r, b, n FROM v").first)

            // then
            #expect(try row.decode(column: "t", as: String.self) == text)
            #expect(try row.decode(column: "e", as: String.self) == "")
            #expect(try row.decode(column: "kind", as: String.self) == "text")
            #expect(try row.decode(column: "i", as: Int.self) == .max)
            #expect(try row.decode(column: "r", as: Double.self) == 0.25)
            #expect(try row.decode(column: "b", as: Data.self) == Data([0, 1, 255]))
            #expect(try row.decode(column: "b", as: [UInt8].self) == [0, 1, 255])
            #expect(try row.decodeNil(column: "n"))
            #expect(try row.decode(column: "n", as: String?.self) == nil)
        }
    }

    @Test func swiftValuesBindAsTheirStorageClass() throws {
        // given / when / then: an enum by its raw value, a Bool as 0 or 1, nil as NULL
        #expect(try SQLiteValue(binding: Visibility.space) == .text("space"))
        #expect(try SQLiteValue(binding: true) == .integer(1))
        #expect(try SQLiteValue(binding: Int?.none) == .null)
        #expect(try SQLiteValue(binding: Int?.some(7)) == .integer(7))
        #expect(try SQLiteValue(binding: ["a", "b"]) == .text(#"["a","b"]"#))
    }

    @Test func aValueOfTheWrongTypeIsAnErrorNotAGuess() throws {
        try Self.withConnection { connection in
            // given
            let row = try #require(try Self.rows(connection, "SELECT 'x' AS word, 300 AS big, 2.5 AS half").first)

            // when / then
            #expect(throws: DecodingError.self) { try row.decode(column: "word", as: Int.self) }
            #expect(throws: DecodingError.self) { try row.decode(column: "big", as: Int8.self) }
            #expect(throws: DecodingError.self) { try row.decode(column: "half", as: Int.self) }
            #expect(throws: DecodingError.self) { try row.decode(column: "missing", as: Int.self) }
        }
    }

    @Test func twoStatementsInOneStringAreRefusedRatherThanHalfRun() throws {
        try Self.withConnection { connection in
            // given
            try connection.execute("CREATE TABLE t (x INTEGER)", []) { _ in }

            // when / then
            #expect(throws: SQLiteError.self) { try connection.execute("INSERT INTO t VALUES (1); DROP TABLE t", []) { _ in } }
            #expect(try Self.rows(connection, "SELECT count(*) AS n FROM t").first?.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test func aMissingOrExtraValueIsRefused() throws {
        try Self.withConnection { connection in
            #expect(throws: SQLiteError.self) { try connection.execute("SELECT ?1 + ?2", [.integer(1)]) { _ in } }
            #expect(throws: SQLiteError.self) { try connection.execute("SELECT ?1", [.integer(1), .integer(2)]) { _ in } }
        }
    }

    @Test func aFailedStatementLeavesTheConnectionUsable() throws {
        try Self.withConnection { connection in
            // given
            try connection.execute("CREATE TABLE u (x INTEGER UNIQUE)", []) { _ in }
            try connection.execute("INSERT INTO u VALUES (?1)", [.integer(1)]) { _ in }

            // when
            #expect(throws: SQLiteError.self) { try connection.execute("INSERT INTO u VALUES (?1)", [.integer(1)]) { _ in } }
            try connection.execute("INSERT INTO u VALUES (?1)", [.integer(2)]) { _ in }

            // then
            #expect(try Self.rows(connection, "SELECT count(*) AS n FROM u").first?.decode(column: "n", as: Int.self) == 2)
        }
    }

    @Test func theSystemLibraryHasFullTextSearch() throws {
        try Self.withConnection { connection in
            // given
            try connection.execute("CREATE VIRTUAL TABLE docs USING fts5(body)", []) { _ in }
            try connection.execute("INSERT INTO docs (body) VALUES (?1)", [.text("the onboarding checklist")]) { _ in }

            // when
            let hits = try Self.rows(connection, "SELECT body FROM docs WHERE docs MATCH ?1", [.text("checklist")])

            // then
            #expect(hits.count == 1)
        }
    }
}
