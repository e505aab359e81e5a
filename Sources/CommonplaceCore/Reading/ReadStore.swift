import SQLKit

/// Reads of articles (threads record theirs when opened): who has read an item, and how far.
public struct ReadStore: Sendable {
    let database: Database

    /// Records that the member read the item up to `position` (for an article, its revision); only items they may see.
    public func markRead(_ item: Int, position: Int, by member: Member) async throws {
        let known = try await database.read { sql in try await ItemReads.position(of: item, by: member.id, on: sql) }
        if let known, known >= position { return }
        try await database.write { sql in
            let visible = try await sql.raw(
                "SELECT 1 AS x FROM items i WHERE i.id = \(bind: item) AND \(VisibilityRule(.signedIn(member)).predicate())"
            ).first()
            guard visible != nil else { throw StoreError.notFound }
            try await ItemReads.mark(item, position: position, by: member.id, on: sql)
        }
    }

    /// How many members have read the item.
    public func readers(of item: Int) async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT readers FROM items WHERE id = \(bind: item)").first()?.decode(column: "readers", as: Int.self) ?? 0
        }
    }
}
