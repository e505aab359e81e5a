/// The search part of the API contract: its schemas and operations.
extension APIContract {
    static let search = APIContract(
        schemas: [
            "SearchHit": .object(
                [
                    "id": .integer,
                    "kind": .string(oneOf: ["post", "article", "question", "discussion", "idea", "campaign", "task"]),
                    "title": .string,
                    "url": .string,
                    "snippetHTML": .string.described("Escaped text; <mark> around matched words is the only markup."),
                    "space": .ref("SpaceReference"),
                    "author": .ref("MemberSummary"),
                    "status": .string,
                    "tags": .array(.string),
                    "updatedAt": .integer,
                    "score": .number,
                ], required: ["id", "kind", "title", "url", "snippetHTML", "space", "author", "status", "tags", "updatedAt", "score"]),
            "FacetValue": .object(
                [
                    "value": .string,
                    "label": .string,
                    "count": .integer,
                ], required: ["value", "label", "count"]),
            "SearchResults": .object(
                [
                    "query": .string,
                    "total": .integer.described("Visible matches only, up to the 1,000 a search weighs."),
                    "totalIsExact": .boolean.described(
                        "False when more than 1,000 visible items match; results and facets then come from the newest 1,000."),
                    "page": .integer,
                    "pageSize": .integer,
                    "hits": .array(.ref("SearchHit")),
                    "spaces": .array(.ref("SpaceReference")),
                    "people": .array(.ref("MemberSummary")),
                    "facets": .object(
                        [
                            "kinds": .array(.ref("FacetValue")),
                            "spaces": .array(.ref("FacetValue")),
                            "tags": .array(.ref("FacetValue")),
                            "statuses": .array(.ref("FacetValue")),
                        ], required: ["kinds", "spaces", "tags", "statuses"]),
                ], required: ["query", "total", "totalIsExact", "page", "pageSize", "hits", "facets"]),
            "QueryCount": .object(
                [
                    "query": .string,
                    "count": .integer,
                    "before": .integer,
                ], required: ["query", "count"]),
            "Expert": .object(
                [
                    "member": .ref("MemberSummary"),
                    "score": .integer.described(
                        "5 per accepted answer, 3 per accepted edit and owned article about the topic (visible to you), 4 for declared expertise."
                    ),
                    "acceptedAnswers": .integer,
                    "acceptedEdits": .integer,
                    "ownedArticles": .integer,
                    "declared": .boolean,
                ], required: ["member", "score", "acceptedAnswers", "acceptedEdits", "ownedArticles", "declared"]),
            "SearchInsights": .object(
                [
                    "zeroResults": .array(.ref("QueryCount")),
                    "rising": .array(.ref("QueryCount")),
                ], required: ["zeroResults", "rising"]),
        ],
        lists: ["Expert"],
        operations: [
            APIOperation(
                .get, .search, id: "search",
                summary: "Full-text search over what you may see",
                tag: .search,
                parameters: [
                    .query(
                        "q", .string,
                        #"Words (all must match), "a phrase", prefix*, this OR that, -excluded (or NOT excluded). A text with no word to search for finds nothing."#,
                        required: true),
                    .query("kind", .string(oneOf: ["post", "article", "question", "discussion", "idea", "campaign", "task"])),
                    .query("space", .string, "Space slug"), .query("tag"), .query("author", .string, "Author handle"),
                    .query("from", .string.format("date")), .query("to", .string.format("date")),
                    .query("status", .string, "verified, published, answered, unanswered …"),
                    .query("page", .integer.minimum(1).maximum(50)),
                ],
                responses: [.json(200, "Results", .ref("SearchResults"))], errors: [422], isPublic: true),
            APIOperation(
                .get, .experts, id: "findExperts",
                summary: "Who knows about a topic or tag",
                tag: .search,
                parameters: [.query("topic", .string, "A topic or tag; one without a word has no experts.", required: true)],
                responses: [.json(200, "People, best first", .ref("ExpertList"))], errors: [422], isPublic: true),
            APIOperation(
                .get, .searchInsights, id: "searchInsights",
                summary: "Zero-result and rising queries, aggregated (admins)",
                tag: .search,
                responses: [.json(200, "Insights", .ref("SearchInsights"))], errors: [401, 404]),
        ])
}
