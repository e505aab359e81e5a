import CommonplaceCore
import Hummingbird

/// A page of search results as the API shows it: each hit with the address of its page.
struct SearchResultsResource: ResponseEncodable, Sendable {
    let query: String
    let total: Int
    let totalIsExact: Bool
    let page: Int
    let pageSize: Int
    let hits: [SearchHitResource]
    let facets: SearchFacetsResource
    let spaces: [SpaceReferenceResource]
    let people: [MemberSummaryResource]

    init(_ results: SearchResults) {
        query = results.query
        total = results.total
        totalIsExact = results.totalIsExact
        page = results.page
        pageSize = results.pageSize
        hits = results.hits.map(SearchHitResource.init)
        facets = SearchFacetsResource(results.facets)
        spaces = results.spaces.map(SpaceReferenceResource.init)
        people = results.people.map(MemberSummaryResource.init)
    }
}

/// One search hit, with the path of its page.
struct SearchHitResource: Encodable, Sendable {
    let id: Int
    let kind: String
    let title: String
    let url: String
    /// Escaped text; `<mark>` around matched words is the only markup.
    let snippetHTML: String
    let space: SpaceReferenceResource
    let author: MemberSummaryResource
    let status: String
    let tags: [String]
    let updatedAt: Int
    let score: Double

    init(_ hit: SearchHit) {
        id = hit.id
        kind = hit.kind
        title = hit.title
        url = SiteURL.item(kind: hit.kind, id: hit.id).path
        snippetHTML = hit.snippetHTML
        space = SpaceReferenceResource(hit.space)
        author = MemberSummaryResource(hit.author)
        status = hit.status
        tags = hit.tags
        updatedAt = hit.updatedAt
        score = hit.score
    }
}

/// How many hits each kind, space, tag and status holds.
struct SearchFacetsResource: Encodable, Sendable {
    /// One value of a facet, with its label and count.
    struct Value: Encodable, Sendable {
        let value: String
        let label: String
        let count: Int
    }

    let kinds: [Value]
    let spaces: [Value]
    let tags: [Value]
    let statuses: [Value]

    init(_ facets: SearchFacets) {
        let values = { (values: [FacetValue]) in values.map { Value(value: $0.value, label: $0.label, count: $0.count) } }
        kinds = values(facets.kinds)
        spaces = values(facets.spaces)
        tags = values(facets.tags)
        statuses = values(facets.statuses)
    }
}
