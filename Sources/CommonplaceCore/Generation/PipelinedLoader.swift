import SQLKit

/// Writes batches of generated statements, one transaction each, in the background: the generator makes the next
/// batch on one core while SQLite writes the previous one on the other. Batches are written in the order given.
struct PipelinedLoader {
    let database: Database
    private var writing: Task<Void, any Error>?

    init(database: Database) {
        self.database = database
    }

    /// Waits for the previous batch, then starts writing this one.
    mutating func write(_ statements: [String]) async throws {
        try await finish()
        guard !statements.isEmpty else { return }
        let database = database
        writing = Task {
            try await database.write { sql in
                for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
            }
        }
    }

    /// Waits until everything given is written.
    mutating func finish() async throws {
        let previous = writing
        writing = nil
        try await previous?.value
    }
}
