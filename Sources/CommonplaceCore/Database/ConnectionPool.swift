import AsyncKit
import Logging
import NIOCore

/// An async face on AsyncKit's event-loop connection pool.
///
/// AsyncKit's pool guards its state with a lock but is not marked `Sendable`.
final class ConnectionPool<Source: ConnectionPoolSource>: @unchecked Sendable where Source.Connection: Sendable {
    private let pool: EventLoopGroupConnectionPool<Source>
    private let logger: Logger

    init(source: Source, perEventLoop: Int, on group: any EventLoopGroup, wait: Duration, logger: Logger) {
        self.pool = EventLoopGroupConnectionPool(
            source: source,
            maxConnectionsPerEventLoop: perEventLoop,
            requestTimeout: TimeAmount(wait),
            logger: logger,
            on: group
        )
        self.logger = logger
    }

    func withConnection<T>(_ body: (Source.Connection) async throws -> T) async throws -> T {
        let connection = try await pool.requestConnection(logger: logger).get()
        defer { pool.releaseConnection(connection, logger: logger) }
        return try await body(connection)
    }

    func close() async {
        try? await pool.shutdownAsync()
    }
}
