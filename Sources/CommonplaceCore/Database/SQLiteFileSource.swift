import AsyncKit
import Foundation
import Logging
import NIOCore
import SQLKit

/// Opens SQLite connections to one file with the settings every connection needs, each on a thread of its own.
struct SQLiteFileSource: ConnectionPoolSource, Sendable {
    let path: String
    /// Pragmas run after the ones every connection gets.
    var settings: [String] = []

    /// Compiled statements kept per connection. `COMMONPLACE_SQLITE_STATEMENT_CACHE=0` turns the cache off, to
    /// measure what it saves (docs/performance.md).
    static let statementCapacity =
        ProcessInfo.processInfo.environment["COMMONPLACE_SQLITE_STATEMENT_CACHE"].flatMap { Int($0) }
        .map { max(0, $0) } ?? 128

    /// The writer's settings while it loads generated data (``DatabasePurpose/loading``).
    static let loadingSettings = [
        "PRAGMA synchronous = OFF", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -262144", "PRAGMA secure_delete = OFF",
        "PRAGMA threads = 2",
    ]

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<ThreadedSQLiteConnection> {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
        let thread = ThreadExecutor(name: "sqlite-")
        let pragmas =
            ["PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -16384"]
            + settings
        return thread.pool.runIfActive(eventLoop: eventLoop) { [path] in
            let connection = try SQLiteConnection(path: path, statementCapacity: Self.statementCapacity)
            do {
                for pragma in pragmas { try connection.execute(pragma, []) { _ in } }
            } catch {
                connection.close()
                throw error
            }
            return ThreadedSQLiteConnection(connection: connection, thread: thread, logger: logger, eventLoop: eventLoop)
        }.flatMapErrorThrowing { error in
            thread.pool.shutdownGracefully { _ in }
            throw error
        }
    }
}

/// An SQLite connection and the thread its statements run on; ``withSQL(_:)`` runs the caller's work there too.
final class ThreadedSQLiteConnection: ConnectionPoolItem, Sendable {
    private let connection: SQLiteConnection
    private let thread: ThreadExecutor
    private let sql: SQLiteSQLDatabase
    let eventLoop: any EventLoop

    init(connection: SQLiteConnection, thread: ThreadExecutor, logger: Logger, eventLoop: any EventLoop) {
        self.connection = connection
        self.thread = thread
        self.eventLoop = eventLoop
        self.sql = SQLiteSQLDatabase(connection: connection, logger: logger, eventLoop: eventLoop)
    }

    var isClosed: Bool { connection.isClosed }

    /// Runs `body` on the connection's thread, so that its statements follow each other without a thread switch.
    func withSQL<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await withTaskExecutorPreference(thread) { try await body(sql) }
    }

    func close() -> EventLoopFuture<Void> {
        thread.pool.runIfActive(eventLoop: eventLoop) { self.connection.close() }.always { _ in
            self.thread.pool.shutdownGracefully { _ in }
        }
    }
}
