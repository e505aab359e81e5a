import Hummingbird

/// `?limit=&offset=` of an API list read by position (directories: members, spaces, accounts), and the link
/// to the page after it, keeping the list's filter.
struct OffsetPaging {
    static let defaultLimit = 100
    static let maximumLimit = 200

    let limit: Int
    let offset: Int

    init(_ request: Request) throws {
        limit = try request.integer("limit", in: 1...Self.maximumLimit) ?? Self.defaultLimit
        offset = try request.integer("offset", in: 0...Int.max) ?? 0
    }

    /// The next page's link, keeping the list's `?q=` filter, when this one came back full (`found` items), else none.
    func next(_ list: SiteURL, query: String? = nil, found: Int) -> SiteURL? {
        guard found == limit else { return nil }
        return list.query("q", query).query("limit", limit).query("offset", offset + limit)
    }
}
