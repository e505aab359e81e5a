import Hummingbird

/// Links to the pages before and after this one of a directory (people, spaces), keeping its filter.
struct DirectoryPager {
    /// What the pages are of, for screen readers: "Pages of people".
    let label: String
    let page: Int
    let previous: SiteURL?
    let next: SiteURL?

    /// Nil when everything fits on the first page.
    init?(_ label: String, base: SiteURL, query: String?, page: Int, hasMore: Bool) {
        guard page > 1 || hasMore else { return nil }
        self.label = label
        self.page = page
        previous = page > 1 ? Self.link(base, query: query, page: page - 1) : nil
        next = hasMore ? Self.link(base, query: query, page: page + 1) : nil
    }

    /// The directory's page `page` filtered by `query`; the first page has no `page` parameter.
    static func link(_ base: SiteURL, query: String?, page: Int) -> SiteURL {
        base.query("q", query).query("page", page > 1 ? page : nil)
    }

    /// The page a request asks for: `?page=`, from 1.
    static func page(of request: Request) -> Int {
        max(1, min(request.uri.queryParameters.get("page", as: Int.self) ?? 1, 10_000))
    }
}
