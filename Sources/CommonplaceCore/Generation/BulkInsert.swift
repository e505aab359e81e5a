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
    private var rows: [String] = []
    private(set) var count = 0

    var pending: Int { rows.count }

    init(_ table: String, _ columns: [String], limit: Int = 1000) {
        self.table = table
        self.columns = columns
        self.limit = limit
    }

    static func literal(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "'")) else { return "'" + text + "'" }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    static func literal(_ number: Int?) -> String {
        number.map(String.init) ?? "NULL"
    }

    /// Adds a row; when `limit` rows are kept, their statement goes to `statements`.
    mutating func add(_ values: [String], to statements: inout [String]) {
        rows.append("(" + values.joined(separator: ",") + ")")
        count += 1
        if rows.count >= limit { flush(to: &statements) }
    }

    /// The statement of the rows kept, if any, goes to `statements`.
    mutating func flush(to statements: inout [String]) {
        guard !rows.isEmpty else { return }
        statements.append("INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES " + rows.joined(separator: ","))
        rows.removeAll(keepingCapacity: true)
    }
}
