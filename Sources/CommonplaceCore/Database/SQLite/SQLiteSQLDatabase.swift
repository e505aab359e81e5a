import Logging
import NIOCore
import SQLKit

/// SQLKit's face on one ``SQLiteConnection``: the store layer's queries run through it.
///
/// A statement runs to completion on the calling thread, which is the connection's own (``ThreadedSQLiteConnection``
/// runs its caller there), so a query costs no hand-off between threads.
struct SQLiteSQLDatabase: SQLDatabase {
    let connection: SQLiteConnection
    let logger: Logger
    let eventLoop: any EventLoop

    var dialect: any SQLDialect { SQLiteDialect() }
    var queryLogLevel: Logger.Level? { nil }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        eventLoop.makeCompletedFuture { try run(query, onRow) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = serialize(query)
        try connection.execute(sql, try binds.map(SQLiteValue.init(binding:))) { onRow($0) }
    }
}

/// How SQLKit writes SQL for SQLite: `?N` parameters, double-quoted names, and the syntax SQLite 3.35 and later has.
struct SQLiteDialect: SQLDialect {
    var name: String { "sqlite" }
    var identifierQuote: any SQLExpression { SQLRaw("\"") }
    var literalStringQuote: any SQLExpression { SQLRaw("'") }
    var supportsAutoIncrement: Bool { false }
    var autoIncrementClause: any SQLExpression { SQLRaw("AUTOINCREMENT") }
    var literalDefault: any SQLExpression { SQLLiteral.null }
    var supportsDropBehavior: Bool { false }
    var supportsReturning: Bool { true }
    var upsertSyntax: SQLUpsertSyntax { .standard }
    var alterTableSyntax: SQLAlterTableSyntax { .init(allowsBatch: false) }

    func bindPlaceholder(at position: Int) -> any SQLExpression { SQLRaw("?\(position)") }
    func literalBoolean(_ value: Bool) -> any SQLExpression { SQLRaw(value ? "TRUE" : "FALSE") }
}
