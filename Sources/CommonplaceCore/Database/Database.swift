import AsyncKit
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit

/// The two storage engines Commonplace runs on; SQL that differs between them asks this.
public enum DatabaseKind: String, Sendable {
    case sqlite
    case postgres
}

/// Where the database lives: an embedded SQLite file or a PostgreSQL server.
public enum DatabaseLocation: Sendable {
    case sqliteFile(path: String)
    case postgres(url: String, searchPath: [String]? = nil)
}

/// What a database is opened for.
public enum DatabasePurpose: Sendable {
    /// Requests: SQLite in WAL mode, durable at each commit.
    case serving
    /// Filling a new instance with generated data in one process: the writer trades durability for speed. SQLite
    /// keeps its rollback journal in memory (no WAL: every page is written once, not twice), does not sync, keeps
    /// temporary data in memory, gets a 256 MB page cache and sorts new indexes on two threads; PostgreSQL commits
    /// without waiting for its log to reach the disk. A crash while loading can leave a damaged file: generate again.
    case loading
}

/// The connection pools of one database, with read and write entry points.
///
/// SQLite gets one writer connection (writes are serialised through it, each in a
/// `BEGIN IMMEDIATE` transaction) and a small pool of readers, all in WAL mode; each connection runs its work on a
/// thread of its own (``ThreadedSQLiteConnection``).
/// PostgreSQL gets one pool; writes run in a transaction on one pooled connection.
public final class Database: Sendable {
    public let kind: DatabaseKind
    let logger: Logger
    private let pools: Pools

    private enum Pools: Sendable {
        case sqlite(writer: ConnectionPool<SQLiteFileSource>, readers: ConnectionPool<SQLiteFileSource>)
        case postgres(ConnectionPool<PostgresConnectionSource>)
    }

    private init(kind: DatabaseKind, pools: Pools, logger: Logger) {
        self.kind = kind
        self.pools = pools
        self.logger = logger
    }

    /// Opens the pools; for SQLite, creates the file and its directory when missing. A request for a connection fails
    /// after `connectionWait`: past that backlog a server answers errors quickly rather than queueing without end.
    public static func open(
        _ location: DatabaseLocation, for purpose: DatabasePurpose = .serving, connectionWait: Duration = .seconds(30), logger: Logger
    ) async throws -> Database {
        let group = MultiThreadedEventLoopGroup.singleton
        switch location {
        case .sqliteFile(let path):
            let writerSettings = purpose == .loading ? SQLiteFileSource.loadingSettings : []
            let writer = ConnectionPool(
                source: SQLiteFileSource(path: path, settings: writerSettings), perEventLoop: 1, on: group.next(), wait: connectionWait,
                logger: logger)
            let readers = ConnectionPool(
                source: SQLiteFileSource(path: path), perEventLoop: 2, on: group, wait: connectionWait, logger: logger)
            let database = Database(kind: .sqlite, pools: .sqlite(writer: writer, readers: readers), logger: logger)
            // Before any other connection opens: leaving WAL mode takes the only connection to the file. If another
            // process holds it, SQLite stays in WAL mode, which is only slower.
            let journal: SQLQueryString = purpose == .loading ? "PRAGMA journal_mode = MEMORY" : "PRAGMA journal_mode = WAL"
            try await writer.withConnection { connection in
                try await connection.withSQL { _ = try await $0.raw(journal).all() }
            }
            return database
        case .postgres(let url, let searchPath):
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = searchPath
            // Page-sized queries: starting parallel workers costs more than it saves (a search's candidates took
            // 35 ms with two workers, 8 ms without), and so does compiling them (JIT added 39 ms to the 2 ms feed).
            configuration.coreConfiguration.options.additionalStartupParameters =
                [("max_parallel_workers_per_gather", "0"), ("jit", "off")] + (purpose == .loading ? [("synchronous_commit", "off")] : [])
            let source = PostgresConnectionSource(sqlConfiguration: configuration)
            let pool = ConnectionPool(source: source, perEventLoop: 4, on: group, wait: connectionWait, logger: logger)
            return Database(kind: .postgres, pools: .postgres(pool), logger: logger)
        }
    }

    /// Runs `body` with a connection for reading; no transaction.
    public func read<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        switch pools {
        case .sqlite(_, let readers):
            return try await readers.withConnection { try await $0.withSQL(body) }
        case .postgres(let pool):
            return try await pool.withConnection { try await body($0.sql()) }
        }
    }

    /// Runs `body` in one transaction: all of it is committed, or none of it.
    public func write<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        switch pools {
        case .sqlite(let writer, _):
            return try await writer.withConnection { connection in
                try await connection.withSQL { try await Self.transaction($0, begin: "BEGIN IMMEDIATE", body) }
            }
        case .postgres(let pool):
            return try await pool.withConnection { try await Self.transaction($0.sql(), begin: "BEGIN", body) }
        }
    }

    private static func transaction<T>(
        _ sql: any SQLDatabase,
        begin: String,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await sql.raw(SQLQueryString(begin)).run()
        do {
            let result = try await body(sql)
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }

    /// Closes every connection.
    public func close() async {
        switch pools {
        case .sqlite(let writer, let readers):
            await writer.close()
            await readers.close()
        case .postgres(let pool):
            await pool.close()
        }
    }
}
