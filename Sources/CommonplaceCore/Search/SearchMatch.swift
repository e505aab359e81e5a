import SQLKit

/// A visible document that matched a search, with what ranking, filters and facets need.
struct SearchMatch: Sendable {
    let id: Int
    let kind: String
    let status: String
    let space: SpaceReference
    let tags: [String]
    /// Percent added to the score: accepted answers, verified articles.
    let boost: Int
    let updatedAt: Int
    let score: Double

    func scored(_ score: Double) -> SearchMatch {
        SearchMatch(id: id, kind: kind, status: status, space: space, tags: tags, boost: boost, updatedAt: updatedAt, score: score)
    }

    /// The matches in the order of results, best first: score, then the newer, then the higher id. Sorts
    /// the keys and not the matches, whose copies (strings, tags) cost more than the comparisons.
    static func ranked(_ matches: [SearchMatch]) -> [SearchMatch] {
        matches.indices.map { (matches[$0].score, matches[$0].updatedAt, matches[$0].id, $0) }
            .sorted { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
            .map { matches[$0.3] }
    }
}

extension SearchRequest {
    /// The facet filters (type, space, tag, status) in SQL, for a search that has more matches than it weighs.
    var facetConditions: [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if let kind { conditions.append("d.kind = \(bind: kind)") }
        if let space { conditions.append("s.slug = \(bind: space)") }
        if let tag { conditions.append("EXISTS (SELECT 1 FROM item_tags t WHERE t.item_id = i.id AND t.tag = \(bind: tag))") }
        if let status { conditions.append("d.status = \(bind: status)") }
        return conditions
    }

    /// The same filters over matches already read, leaving out one facet's own filter when counting it.
    func admits(_ match: SearchMatch, except facet: String? = nil) -> Bool {
        if let kind, facet != "kind", match.kind != kind { return false }
        if let space, facet != "space", match.space.slug != space { return false }
        if let tag, facet != "tag", !match.tags.contains(tag) { return false }
        if let status, facet != "status", match.status != status { return false }
        return true
    }
}

extension SearchFacets {
    /// Counts each facet over the matches that pass the other filters, most frequent first.
    init(counting matches: [SearchMatch], narrowedBy request: SearchRequest) {
        func count(_ facet: String, limit: Int = 20, values: (SearchMatch) -> [(String, String)]) -> [FacetValue] {
            var counts: [String: (label: String, count: Int)] = [:]
            for match in matches where request.admits(match, except: facet) {
                for (value, label) in values(match) where !value.isEmpty {
                    counts[value, default: (label, 0)].count += 1
                }
            }
            return counts.map { FacetValue(value: $0.key, label: $0.value.label, count: $0.value.count) }
                .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
                .prefix(limit).map { $0 }
        }
        self.init(
            kinds: count("kind") { [($0.kind, $0.kind)] },
            spaces: count("space") { [($0.space.slug, $0.space.name)] },
            tags: count("tag", limit: 15) { $0.tags.map { ($0, $0) } },
            statuses: count("status") { [($0.status, $0.status)] })
    }
}
