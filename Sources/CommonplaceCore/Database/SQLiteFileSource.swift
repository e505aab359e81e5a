import AsyncKit
import Foundation
import Logging
import NIOCore
import SQLKit
import SQLiteKit

/// Opens SQLite connections to one file with the settings every connection needs, each on a thread of its own.
struct SQLiteFileSource: ConnectionPoolSource, Sendable {
    let path: String

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
        return base.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            connection.query("PRAGMA busy_timeout = 10000")
                .flatMap { _ in connection.query("PRAGMA synchronous = NORMAL") }
                .flatMap { _ in connection.query("PRAGMA cache_size = -16384") }
                .map { _ in ThreadedSQLiteConnection(connection: connection, thread: thread) }
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
