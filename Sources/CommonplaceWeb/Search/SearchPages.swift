import CommonplaceCore
import Foundation
import Hummingbird

/// The search page, its API, and the admins' search insights.
struct SearchPages: Sendable {
    let site: Site

    static let kinds = ["post", "article", "question", "discussion", "idea", "campaign", "task"]

    /// The request from `?q=&kind=&space=&tag=&author=&from=&to=&status=&page=`; bad filters are field problems.
    static func request(_ request: Request) throws -> SearchRequest {
        let query = formQuery(request)
        func value(_ name: String) -> String? { query[name].flatMap { $0.trimmed.nonEmpty } }
        var problems: [FieldProblem] = []
        // Kind, dates and page are read as given: an empty or padded one is refused, not taken for none.
        let kind = query["kind"]
        if let kind, !kinds.contains(kind) {
            problems.append(FieldProblem(field: "kind", message: "Choose one of \(kinds.joined(separator: ", "))."))
        }
        func day(_ name: String) -> Int? {
            guard let text = query[name] else { return nil }
            guard let seconds = DateText.parseDay(text) else {
                problems.append(FieldProblem(field: name, message: "Write dates as YYYY-MM-DD."))
                return nil
            }
            return seconds
        }
        let from = day("from")
        let until = day("to").map { $0 + 24 * 3600 }
        let page = query["page"].map { Int($0) ?? 0 } ?? 1
        if page < 1 || page > SearchRequest.maximumPage {
            problems.append(
                FieldProblem(field: "page", message: "Pages run from 1 to \(SearchRequest.maximumPage); narrow the search to go further."))
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return SearchRequest(
            text: query["q"] ?? "", kind: kind, space: value("space"), tag: value("tag")?.lowercased(), author: value("author"),
            from: from, until: until, status: value("status"), page: page)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        var results: SearchResults?
        var problems: [FieldProblem] = []
        let text = formQuery(request)["q"] ?? ""
        if !text.trimmed.isEmpty && SearchQuery(text) == nil {
            problems = [FieldProblem(field: "q", message: SearchStore.noWordsMessage)]
        } else if !text.trimmed.isEmpty {
            do {
                results = try await site.store.search.search(try Self.request(request), for: context.viewer)
            } catch StoreError.invalid(let found) {
                problems = found
            }
        }
        let view = SearchPage(
            chrome: try await site.chrome(results.map { "Search: \($0.query)" } ?? "Search", context), request: request,
            results: results, problems: problems)
        return site.renderer.page(view, status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    func api(_ request: Request, context: AppRequestContext) async throws -> SearchResultsResource {
        guard formQuery(request)["q"] != nil else { throw StoreError.invalid("q", "Give the words to search for as q.") }
        return SearchResultsResource(try await site.store.search.search(try Self.request(request), for: context.viewer))
    }

    func insightsPage(_ request: Request, context: SignedInContext) async throws -> Response {
        let insights = try await site.store.search.insights(for: context.viewer)
        let view = InsightsPage(chrome: try await site.chrome("Search insights", context.parent), insights: insights)
        return site.renderer.page(view)
    }

    func insightsAPI(_ request: Request, context: SignedInContext) async throws -> SearchInsightsResource {
        SearchInsightsResource(try await site.store.search.insights(for: context.viewer))
    }
}

/// The query string as a form sends it: `+` is a space, then percent-escapes are decoded; the first value of a name wins.
func formQuery(_ request: Request) -> [String: String] {
    var result: [String: String] = [:]
    for pair in (request.uri.query ?? "").split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
        }
        guard let name = parts.first, !name.isEmpty, result[name] == nil else { continue }
        result[name] = parts.count > 1 ? parts[1] : ""
    }
    return result
}

/// The search page: the box, the syntax, results with facets, pages.
struct SearchPage {
    let chrome: Chrome
    let q: String
    let searched: Bool
    /// "12", or "1000+" when a search has more matches than it weighs.
    let total: String
    /// More matches than a search weighs: say how to narrow it.
    let capped: Bool
    let hits: [SearchHitView]
    let spaces: [SpaceLink]
    let people: [MemberView]
    let facets: [FacetGroupView]
    let filters: [ActiveFilter]
    let previous: SiteURL?
    let next: SiteURL?
    let errors: FormErrors

    init(chrome: Chrome, request: Request, results: SearchResults?, problems: [FieldProblem]) {
        let parameters = formQuery(request)
        func link(_ changes: [String: String?]) -> SiteURL {
            var merged = parameters
            merged["page"] = nil
            for (key, value) in changes { merged[key] = value }
            return merged.sorted { $0.key < $1.key }.reduce(SiteURL.search) { $0.query($1.key, $1.value) }
        }
        self.chrome = chrome
        self.q = parameters["q"] ?? ""
        self.searched = results != nil
        self.total = results.map { "\($0.total)\($0.totalIsExact ? "" : "+")" } ?? "0"
        self.capped = results.map { !$0.totalIsExact } ?? false
        self.hits = results?.hits.map(SearchHitView.init) ?? []
        self.spaces = results?.spaces.map { SpaceLink(slug: $0.slug, name: $0.name) } ?? []
        self.people = results?.people.map(MemberView.init) ?? []
        self.errors = FormErrors(problems)
        let groups: [(String, String, [FacetValue])] = [
            ("Type", "kind", results?.facets.kinds ?? []), ("Status", "status", results?.facets.statuses ?? []),
            ("Space", "space", results?.facets.spaces ?? []), ("Tag", "tag", results?.facets.tags ?? []),
        ]
        self.facets = groups.filter { !$0.2.isEmpty }.map { title, key, values in
            FacetGroupView(
                title: title,
                values: values.map { value in
                    let selected = parameters[key] == value.value
                    return FacetLinkView(
                        label: value.label, count: value.count, selected: selected, url: link([key: selected ? nil : value.value]))
                })
        }
        self.filters = ["kind", "status", "space", "tag", "author", "from", "to"].compactMap { key in
            parameters[key].flatMap { $0.isEmpty ? nil : ActiveFilter(label: "\(key): \($0)", removeURL: link([key: nil])) }
        }
        let page = results?.page ?? 1
        self.previous = page > 1 ? link(["page": String(page - 1)]) : nil
        let hasMore = (results.map { $0.page * $0.pageSize < $0.total } ?? false) && page < SearchRequest.maximumPage
        self.next = hasMore ? link(["page": String(page + 1)]) : nil
    }
}

struct SearchHitView {
    let url: SiteURL
    let title: String
    let kind: String
    let snippetHTML: String
    let spaceName: String
    let author: String
    let status: String?
    let updatedAt: Timestamp

    init(_ hit: SearchHit) {
        url = .item(kind: hit.kind, id: hit.id)
        title = hit.title
        kind = hit.kind
        snippetHTML = hit.snippetHTML
        spaceName = hit.space.name
        author = hit.author.name
        status = hit.status.nonEmpty
        updatedAt = Timestamp(hit.updatedAt)
    }
}

struct FacetGroupView {
    let title: String
    let values: [FacetLinkView]
}

struct FacetLinkView {
    let label: String
    let count: Int
    let selected: Bool
    let url: SiteURL
}

struct ActiveFilter {
    let label: String
    let removeURL: SiteURL
}

struct InsightsPage {
    let chrome: Chrome
    let insights: SearchInsights
}
