import CommonplaceCore
import Hummingbird

/// The API form of ``SearchInsights``: what `/api/v1` sends, apart from the domain type.
struct SearchInsightsResource: ResponseEncodable, Sendable {
    let zeroResults: [QueryCountResource]
    let rising: [QueryCountResource]

    init(_ value: SearchInsights) {
        zeroResults = value.zeroResults.map(QueryCountResource.init)
        rising = value.rising.map(QueryCountResource.init)
    }
}

/// The API form of ``QueryCount``: what `/api/v1` sends, apart from the domain type.
struct QueryCountResource: ResponseEncodable, Sendable {
    let query: String
    let count: Int
    let before: Int?

    init(_ value: SearchInsights.QueryCount) {
        query = value.query
        count = value.count
        before = value.before
    }
}
