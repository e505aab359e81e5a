/// What to search for and how to narrow it.
public struct SearchRequest: Sendable {
    public var text: String
    /// post, article, question or discussion.
    public var kind: String?
    public var space: String?
    public var tag: String?
    public var author: String?
    /// Unix seconds, inclusive.
    public var from: Int?
    /// Unix seconds, exclusive.
    public var until: Int?
    /// verified, answered, unanswered, published …
    public var status: String?
    public var page: Int

    public static let pageSize = 20
    public static let maximumPage = 50

    public init(
        text: String, kind: String? = nil, space: String? = nil, tag: String? = nil, author: String? = nil, from: Int? = nil,
        until: Int? = nil, status: String? = nil, page: Int = 1
    ) {
        self.text = text
        self.kind = kind
        self.space = space
        self.tag = tag
        self.author = author
        self.from = from
        self.until = until
        self.status = status
        self.page = max(1, min(page, Self.maximumPage))
    }
}

/// One result: an item the searcher may see, with a highlighted snippet.
public struct SearchHit: Sendable, Codable, Equatable {
    public let id: Int
    public let kind: String
    public let title: String
    /// Escaped text with `<mark>` around the words that matched; nothing else is HTML.
    public let snippetHTML: String
    public let space: SpaceReference
    public let author: MemberSummary
    public let status: String
    public let tags: [String]
    public let updatedAt: Int
    public let score: Double
}

/// How many visible results each value of a filter would give.
public struct FacetValue: Sendable, Codable, Equatable {
    public let value: String
    public let label: String
    public let count: Int
}

/// Counts per kind, space, tag and status, each over the results with the other filters applied.
public struct SearchFacets: Sendable, Codable, Equatable {
    public let kinds: [FacetValue]
    public let spaces: [FacetValue]
    public let tags: [FacetValue]
    public let statuses: [FacetValue]
}

/// A page of results with the total and the facets, all counted over what the searcher may see.
public struct SearchResults: Sendable, Codable, Equatable {
    public let query: String
    /// Visible matches, up to the 1,000 a search weighs.
    public let total: Int
    /// False when there are more matches than `total`; facets then count the newest 1,000.
    public let totalIsExact: Bool
    public let page: Int
    public let pageSize: Int
    public let hits: [SearchHit]
    public let facets: SearchFacets
    /// Spaces whose name or purpose has a word of the query (first page only).
    public let spaces: [SpaceReference]
    /// Members whose name, handle or declared expertise has a word of the query (first page, signed-in searchers only).
    public let people: [MemberSummary]

    /// The answer to a search with no word to search for.
    static func nothing(for request: SearchRequest) -> SearchResults {
        SearchResults(
            query: request.text, total: 0, totalIsExact: true, page: request.page, pageSize: SearchRequest.pageSize, hits: [],
            facets: SearchFacets(kinds: [], spaces: [], tags: [], statuses: []), spaces: [], people: [])
    }
}

/// Aggregated weak signals from the search log: no person, only queries and counts.
public struct SearchInsights: Sendable, Codable, Equatable {
    public struct QueryCount: Sendable, Codable, Equatable {
        public let query: String
        public let count: Int
        /// For rising queries: the count in the week before.
        public let before: Int?
    }

    /// Queries that found nothing in the last 30 days, most frequent first.
    public let zeroResults: [QueryCount]
    /// Queries asked more this week than the week before.
    public let rising: [QueryCount]
}
