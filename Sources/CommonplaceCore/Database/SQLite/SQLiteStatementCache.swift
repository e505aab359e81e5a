import CSQLite

/// A compiled statement and the names of its result columns, kept to run again.
struct PreparedStatement {
    let handle: OpaquePointer
    let columns: SQLiteColumns
}

/// One connection's compiled statements, keyed by their SQL text, at most `capacity` of them.
///
/// Compiling a statement (`sqlite3_prepare_v3`) costs more than running a small one: the home page spent 13% of its
/// CPU parsing the same SQL again. A page's queries repeat with only their bound values changing, so they are
/// compiled once per connection. SQL whose text varies (an `IN` list of a different length) gets entries of its own,
/// and past `capacity` the least recently used statement is finalized.
struct SQLiteStatementCache {
    private struct Entry {
        let statement: PreparedStatement
        var lastUse: Int
    }

    let capacity: Int
    private var entries: [String: Entry] = [:]
    private var uses = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    var count: Int { entries.count }

    /// The cached statement for `sql`, marked as just used.
    mutating func statement(for sql: String) -> PreparedStatement? {
        uses += 1
        entries[sql]?.lastUse = uses
        return entries[sql]?.statement
    }

    /// Keeps `statement` for `sql`, finalizing the least recently used one when full.
    mutating func insert(_ statement: PreparedStatement, for sql: String) {
        if entries.count >= capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            sqlite3_finalize(oldest.value.statement.handle)
            entries[oldest.key] = nil
        }
        uses += 1
        entries[sql] = Entry(statement: statement, lastUse: uses)
    }

    /// Finalizes every statement: a connection closes only when none is left.
    mutating func removeAll() {
        for entry in entries.values { sqlite3_finalize(entry.statement.handle) }
        entries = [:]
    }
}
