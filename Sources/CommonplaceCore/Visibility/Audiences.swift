import SQLKit

/// The named audience of `private` and `partners` items: resolving names, storing and loading.
enum Audiences {
    /// Names become ids; @mentioned members, and `included` ones (an article's owners), join the audience of `private`
    /// and `partners` items. Only the people and accounts named or mentioned count as sharing a partners item.
    static func resolve(
        _ audience: Audience, visibility: Visibility, mentioned: [String: Int], including included: [Int] = [], on sql: any SQLDatabase
    ) async throws -> (members: [Int], accounts: [Int]) {
        guard visibility == .private || visibility == .partners else { return ([], []) }
        let handles = audience.members.map { $0.trimmed.lowercased().trimmingCharacters(in: ["@"]) }.filter { !$0.isEmpty }
        let slugs = audience.accounts.map { $0.trimmed.lowercased() }.filter { !$0.isEmpty }
        let members = try await MemberStore.resolve(handles: handles, on: sql)
        let accounts = try await AccountStore.resolve(slugs: slugs, on: sql)
        var validator = Validator()
        for handle in handles where members[handle] == nil {
            validator.require(false, "audience.members", "No member has the handle @\(handle).", conflict: true)
        }
        for slug in slugs where accounts[slug] == nil {
            validator.require(false, "audience.accounts", "No account has the slug \(slug).", conflict: true)
        }
        validator.require(
            visibility != .partners || !(handles.isEmpty && slugs.isEmpty && mentioned.isEmpty),
            "audience", "Name at least one account or person to share a partners item with.")
        try validator.check()
        return (Array(members.values) + Array(mentioned.values) + included, Array(accounts.values))
    }

    /// Replaces the stored audience of an item.
    static func store(_ audience: (members: [Int], accounts: [Int]), for id: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM item_audience WHERE item_id = \(bind: id)").run()
        for memberId in Set(audience.members) {
            try await sql.raw("INSERT INTO item_audience (item_id, member_id) VALUES (\(bind: id), \(bind: memberId))").run()
        }
        for accountId in Set(audience.accounts) {
            try await sql.raw("INSERT INTO item_audience (item_id, account_id) VALUES (\(bind: id), \(bind: accountId))").run()
        }
    }

    /// The audiences of several items, by item id.
    static func load(_ ids: [Int], on sql: any SQLDatabase) async throws -> [Int: Audience] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int: Audience] = [:]
        let rows = try await sql.raw(
            """
            SELECT a.item_id, m.handle, c.slug FROM item_audience a LEFT JOIN members m ON m.id = a.member_id
            LEFT JOIN accounts c ON c.id = a.account_id WHERE a.item_id IN \(ids.sqlList) ORDER BY m.handle, c.slug
            """
        ).all()
        for row in rows {
            let id = try row.decode(column: "item_id", as: Int.self)
            if let handle = try row.decode(column: "handle", as: String?.self) { result[id, default: Audience()].members.append(handle) }
            if let slug = try row.decode(column: "slug", as: String?.self) { result[id, default: Audience()].accounts.append(slug) }
        }
        return result
    }
}

/// Tags of items: storing and loading.
enum ItemTags {
    static func store(_ tags: [String], for id: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM item_tags WHERE item_id = \(bind: id)").run()
        for tag in Set(tags) {
            try await sql.raw("INSERT INTO item_tags (item_id, tag) VALUES (\(bind: id), \(bind: tag))").run()
        }
    }

    /// The condition that item `i` carries the tag, for lists of a tag's items: starting from the tag's items (the
    /// `item_tags(tag, item_id)` index) and sorting those, where `EXISTS` per item made SQLite walk every thread by
    /// activity until it had a page of the tag's (0.27 s → 7 ms for a tag's threads at the large scale).
    static func carrying(_ tag: String) -> SQLQueryString {
        "i.id IN (SELECT t.item_id FROM item_tags t WHERE t.tag = \(bind: tag))"
    }

    /// The condition that the tag in `column` is on at least one item the viewer may see. Asked per tag, it stops
    /// at the first such item (by the `item_tags(tag, item_id)` index); joining every tagged item to filter and
    /// then taking the distinct tags read all of them (1.8 s for the tag list at the large scale).
    static func usedOnAVisibleItem(_ column: String, for viewer: Viewer) -> SQLQueryString {
        """
        EXISTS (SELECT 1 FROM item_tags t JOIN items i ON i.id = t.item_id
            WHERE t.tag = \(unsafeRaw: column) AND \(VisibilityRule(viewer).predicate()))
        """
    }

    static func load(_ ids: [Int], on sql: any SQLDatabase) async throws -> [Int: [String]] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int: [String]] = [:]
        for row in try await sql.raw("SELECT item_id, tag FROM item_tags WHERE item_id IN \(ids.sqlList) ORDER BY tag").all() {
            result[try row.decode(column: "item_id", as: Int.self), default: []].append(try row.decode(column: "tag", as: String.self))
        }
        return result
    }
}
