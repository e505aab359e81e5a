/// Multi-row `INSERT` statements for generated data, a thousand rows at a time.
///
/// Values are written as SQL literals rather than bound: every string comes from the generator's own
/// vocabulary (letters, digits, spaces, punctuation), and ``literal(_:)`` doubles quotes anyway.
/// Never use this for input from people.
struct BulkInsert {
    let table: String
    let columns: [String]
    /// Rows kept before a statement is made; `Int.max` leaves flushing to the owner (children must follow parents).
    let limit: Int
    /// The statement being written, rows appended as they come.
    private var statement = ""
    private(set) var pending = 0
    private(set) var count = 0

    init(_ table: String, _ columns: [String], limit: Int = 1000) {
        self.table = table
        self.columns = columns
        self.limit = limit
    }

    static func literal(_ text: String) -> String {
        let quoted = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "'")) } ?? text.utf8.contains(UInt8(ascii: "'"))
        guard quoted else { return "'" + text + "'" }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    static func literal(_ number: Int?) -> String {
        number.map(String.init) ?? "NULL"
    }

    /// Adds a row; when `limit` rows are kept, their statement goes to `statements`.
    mutating func add(_ values: [String], to statements: inout [String]) {
        statement += pending == 0 ? "INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES (" : ",("
        for (index, value) in values.enumerated() {
            if index > 0 { statement += "," }
            statement += value
        }
        statement += ")"
        pending += 1
        count += 1
        if pending >= limit { flush(to: &statements) }
    }

    /// The statement of the rows kept, if any, goes to `statements`.
    mutating func flush(to statements: inout [String]) {
        guard pending > 0 else { return }
        statements.append(statement)
        // The next statement is about as long: one allocation instead of a dozen doublings, each copied and zeroed.
        statement = ""
        statement.reserveCapacity(statements[statements.count - 1].utf8.count)
        pending = 0
    }
}
