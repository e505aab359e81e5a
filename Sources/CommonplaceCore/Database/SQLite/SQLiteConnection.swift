import CSQLite
import NIOConcurrencyHelpers

/// An error SQLite reported: its (extended) result code and message.
struct SQLiteError: Error, CustomStringConvertible {
    let code: Int32
    let message: String

    var description: String { "SQLite error \(code): \(message)" }
}

/// One connection to an SQLite file through the system library, with its compiled statements kept for reuse.
///
/// A connection serves one caller at a time (the pool hands it out whole) and runs on its own thread; the lock only
/// makes a mistaken second caller wait instead of corrupting the statement cache.
final class SQLiteConnection: @unchecked Sendable {
    private let lock = NIOLock()
    private var handle: OpaquePointer?
    private var statements: SQLiteStatementCache

    /// Opens (and creates when missing) the file at `path`.
    init(path: String, statementCapacity: Int = 128) throws {
        _ = Self.configured
        var handle: OpaquePointer?
        // NOMUTEX: the connection is never used by two threads at once, so SQLite's own per-call mutex is wasted work.
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot allocate a connection"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: "\(message) (\(path))")
        }
        sqlite3_extended_result_codes(handle, 1)
        self.handle = handle
        self.statements = SQLiteStatementCache(capacity: statementCapacity)
    }

    /// Library-wide settings, made once before the first connection opens.
    private static let configured: Void = { _ = csqlite_disable_memory_statistics() }()

    /// The version of the linked SQLite library, e.g. `3.40.1`.
    static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    var isClosed: Bool { lock.withLock { handle == nil } }

    /// How many compiled statements the connection holds.
    var cachedStatements: Int { lock.withLock { statements.count } }

    /// Runs one SQL statement with `binds` for its `?N` parameters, handing each result row to `onRow`.
    func execute(_ sql: String, _ binds: [SQLiteValue], onRow: (SQLiteRow) -> Void) throws {
        try lock.withLock {
            guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "the connection is closed") }
            let cached = statements.statement(for: sql)
            let statement = try cached ?? prepare(sql, on: handle)
            defer {
                sqlite3_reset(statement.handle)
                sqlite3_clear_bindings(statement.handle)
                if cached == nil {
                    if statements.capacity > 0 { statements.insert(statement, for: sql) } else { sqlite3_finalize(statement.handle) }
                }
            }
            try bind(binds, to: statement.handle, on: handle)
            while true {
                switch sqlite3_step(statement.handle) {
                case SQLITE_ROW: onRow(row(of: statement))
                case SQLITE_DONE: return
                case let status: throw error(status, on: handle)
                }
            }
        }
    }

    /// Finalizes every statement and closes the file.
    func close() {
        lock.withLock {
            statements.removeAll()
            sqlite3_close_v2(handle)
            handle = nil
        }
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    private func prepare(_ sql: String, on handle: OpaquePointer) throws -> PreparedStatement {
        var compiled: OpaquePointer?
        var trailingSQL = false
        let status = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let status = sqlite3_prepare_v3(handle, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &compiled, &tail)
            if let tail { trailingSQL = String(cString: tail).contains { !$0.isWhitespace && $0 != ";" } }
            return status
        }
        guard status == SQLITE_OK else { throw error(status, on: handle) }
        guard let compiled, !trailingSQL else {
            sqlite3_finalize(compiled)
            throw SQLiteError(code: SQLITE_MISUSE, message: "expected exactly one SQL statement: \(sql)")
        }
        let columns = SQLiteColumns(
            (0..<sqlite3_column_count(compiled)).map { String(cString: sqlite3_column_name(compiled, $0)) })
        return PreparedStatement(handle: compiled, columns: columns)
    }

    private func bind(_ binds: [SQLiteValue], to statement: OpaquePointer, on handle: OpaquePointer) throws {
        let parameters = Int(sqlite3_bind_parameter_count(statement))
        guard parameters == binds.count else {
            throw SQLiteError(
                code: SQLITE_RANGE, message: "the statement has \(parameters) parameters but \(binds.count) values were bound")
        }
        for (offset, value) in binds.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .integer(let int): status = sqlite3_bind_int64(statement, index, int)
            case .real(let double): status = sqlite3_bind_double(statement, index, double)
            case .null: status = sqlite3_bind_null(statement, index)
            case .text(var text):
                status = text.withUTF8 { utf8 in
                    // An empty string may have no storage, and SQLite reads a NULL pointer as NULL rather than ''.
                    guard let base = utf8.baseAddress, !utf8.isEmpty else { return sqlite3_bind_text(statement, index, "", 0, transient) }
                    // With its byte count, so that text holding a NUL is stored whole rather than cut short.
                    return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                        sqlite3_bind_text64(statement, index, $0, UInt64(utf8.count), transient, UInt8(SQLITE_UTF8))
                    }
                }
            case .blob(let bytes):
                status = bytes.withUnsafeBytes {
                    sqlite3_bind_blob64(statement, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64($0.count), transient)
                }
            }
            guard status == SQLITE_OK else { throw error(status, on: handle) }
        }
    }

    private func row(of statement: PreparedStatement) -> SQLiteRow {
        let handle = statement.handle
        var values: [SQLiteValue] = []
        values.reserveCapacity(statement.columns.names.count)
        for column in 0..<Int32(statement.columns.names.count) {
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(handle, column)))
            case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(handle, column)))
            case SQLITE_TEXT:
                let text = sqlite3_column_text(handle, column)
                let count = Int(sqlite3_column_bytes(handle, column))
                values.append(.text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)))
            case SQLITE_BLOB:
                let bytes = sqlite3_column_blob(handle, column)
                let count = Int(sqlite3_column_bytes(handle, column))
                values.append(.blob(count == 0 ? [] : [UInt8](UnsafeRawBufferPointer(start: bytes, count: count))))
            default: values.append(.null)
            }
        }
        return SQLiteRow(columns: statement.columns, values: values)
    }

    private func error(_ status: Int32, on handle: OpaquePointer) -> SQLiteError {
        SQLiteError(code: status, message: String(cString: sqlite3_errmsg(handle)))
    }
}

/// `SQLITE_TRANSIENT`: SQLite copies a bound text or blob before the call returns. (The C macro is not imported.)
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
