import CommonplaceCore
import Hummingbird

/// A page of search results as the API shows it: each hit with the address of its page.
struct SearchResultsResource: ResponseEncodable, Sendable {
    let query: String
    let total: Int
    let totalIsExact: Bool
    let page: Int
    let pageSize: Int
    let hits: [Linked<SearchHit>]
    let facets: SearchFacets
    let spaces: [SpaceReference]
    let people: [MemberSummary]

    init(_ results: SearchResults) {
        query = results.query
        total = results.total
        totalIsExact = results.totalIsExact
        page = results.page
        pageSize = results.pageSize
        hits = results.hits.map { Linked($0, url: .item(kind: $0.kind, id: $0.id)) }
        facets = results.facets
        spaces = results.spaces
        people = results.people
    }
}
