import SQLKit

/// What each member has read: per item, the furthest position seen (the last reply id of a thread, the
/// revision of an article). It drives "new since your last visit" and counts readers, not only writers.
enum ItemReads {
    /// Records a read up to `position`; a read never moves backwards. A member's first read of the item counts them
    /// among its readers.
    static func mark(_ item: Int, position: Int, by member: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE items SET readers = readers + 1
            WHERE id = \(bind: item) AND NOT EXISTS (SELECT 1 FROM item_reads WHERE member_id = \(bind: member) AND item_id = \(bind: item))
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO item_reads (member_id, item_id, position, read_at)
            VALUES (\(bind: member), \(bind: item), \(bind: position), \(bind: Clock.now()))
            ON CONFLICT (member_id, item_id) DO UPDATE SET read_at = excluded.read_at,
                position = CASE WHEN excluded.position > item_reads.position THEN excluded.position ELSE item_reads.position END
            """
        ).run()
    }

    /// How far the member had read, or nil if never.
    static func position(of item: Int, by member: Int, on sql: any SQLDatabase) async throws -> Int? {
        try await sql.raw("SELECT position FROM item_reads WHERE member_id = \(bind: member) AND item_id = \(bind: item)").first()?
            .decode(column: "position", as: Int.self)
    }
}
