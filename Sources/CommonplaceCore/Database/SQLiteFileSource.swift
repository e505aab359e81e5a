import AsyncKit
import Foundation
import Logging
import NIOCore
import SQLKit
import SQLiteKit

/// Opens SQLite connections to one file with the settings every connection needs, each on a thread of its own.
struct SQLiteFileSource: ConnectionPoolSource, Sendable {
    let path: String
    /// Pragmas run after the ones every connection gets.
    var settings: [String] = []

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
        let base = SQLiteConnectionSource(
            configuration: .init(storage: .file(path: path), enableForeignKeys: true), threadPool: thread.pool)
        let pragmas = ["PRAGMA busy_timeout = 10000", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -16384"] + settings
        return base.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            pragmas.reduce(eventLoop.makeSucceededVoidFuture()) { previous, pragma in
                previous.flatMap { connection.query(pragma).map { _ in } }
            }
            .map { ThreadedSQLiteConnection(connection: connection, thread: thread) }
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

    init(connection: SQLiteConnection, thread: ThreadExecutor) {
        self.connection = connection
        self.thread = thread
    }

    var eventLoop: any EventLoop { connection.eventLoop }
    var isClosed: Bool { connection.isClosed }

    /// Runs `body` on the connection's thread, so that its statements follow each other without a thread switch.
    func withSQL<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await withTaskExecutorPreference(thread) { try await body(connection.sql()) }
    }

    func close() -> EventLoopFuture<Void> {
        connection.close().always { _ in self.thread.pool.shutdownGracefully { _ in } }
    }
}
