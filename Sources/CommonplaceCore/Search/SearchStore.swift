import SQLKit

/// Full-text search over everything a member may see (PRODUCT.md §9): FTS5 with bm25 on SQLite,
/// `tsvector` with `ts_rank` on PostgreSQL, behind one query syntax (``SearchQuery``).
///
/// Results, the total and every facet count are filtered by ``VisibilityRule`` in the same SQL, so
/// nothing about an invisible item — not even its existence in a count — reaches the searcher.
public struct SearchStore: Sendable {
    let database: Database

    /// Marks around matched words in snippets, turned into `<mark>` after escaping.
    static let markStart = "\u{E000}"
    static let markEnd = "\u{E001}"

    public func search(_ request: SearchRequest, for viewer: Viewer) async throws -> SearchResults {
        guard let query = SearchQuery(request.text) else {
            throw StoreError.invalid("q", "Search for at least one word. A minus sign only excludes words; quotes find phrases.")
        }
        let sqlite = database.kind == .sqlite
        let match = Self.match(query, sqlite: sqlite)
        let visible = VisibilityRule(viewer).predicate()
        let results = try await database.read { sql in
            func filters(except facet: String? = nil) -> SQLQueryString {
                var conditions: [SQLQueryString] = [match.condition, visible]
                if let kind = request.kind, facet != "kind" { conditions.append("d.kind = \(bind: kind)") }
                if let space = request.space, facet != "space" {
                    conditions.append("i.space_id IN (SELECT s.id FROM spaces s WHERE s.slug = \(bind: space))")
                }
                if let tag = request.tag, facet != "tag" {
                    conditions.append("EXISTS (SELECT 1 FROM item_tags t WHERE t.item_id = i.id AND t.tag = \(bind: tag))")
                }
                if let author = request.author {
                    conditions.append("i.author_id IN (SELECT m.id FROM members m WHERE m.handle = \(bind: author))")
                }
                if let from = request.from { conditions.append("d.updated_at >= \(bind: from)") }
                if let until = request.until { conditions.append("d.updated_at < \(bind: until)") }
                if let status = request.status, facet != "status" { conditions.append("d.status = \(bind: status)") }
                return conditions.joined(separator: " AND ")
            }
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM \(match.from) WHERE \(filters())").first()!.decode(
                column: "n", as: Int.self)
            let rows = try await sql.raw(
                """
                SELECT d.item_id, d.kind, d.title, substr(d.body, 1, 80) AS opening, d.status, d.updated_at, \(match.score) AS score,
                    \(match.snippet) AS snippet,
                    s.slug AS space_slug, s.name AS space_name, \(MemberSummary.columns("m", prefix: "author"))
                FROM \(match.from) JOIN spaces s ON s.id = i.space_id JOIN members m ON m.id = i.author_id
                WHERE \(filters()) ORDER BY score DESC, d.updated_at DESC, d.item_id DESC
                LIMIT \(bind: SearchRequest.pageSize) OFFSET \(bind: (request.page - 1) * SearchRequest.pageSize)
                """
            ).all()
            let tags = try await ItemTags.load(try rows.map { try $0.decode(column: "item_id", as: Int.self) }, on: sql)
            let hits = try rows.map { row in
                let id = try row.decode(column: "item_id", as: Int.self)
                let kind = try row.decode(column: "kind", as: String.self)
                let title = try row.decode(column: "title", as: String.self)
                let snippet = Self.highlighted(try row.decode(column: "snippet", as: String?.self) ?? "")
                return SearchHit(
                    id: id, kind: kind, title: title.isEmpty ? try Self.headline(row.decode(column: "opening", as: String.self)) : title,
                    url: Self.path(kind: kind, id: id), snippetHTML: snippet,
                    space: SpaceReference(
                        slug: try row.decode(column: "space_slug", as: String.self),
                        name: try row.decode(column: "space_name", as: String.self)),
                    author: try MemberSummary.decode(row, prefix: "author"), status: try row.decode(column: "status", as: String.self),
                    tags: tags[id] ?? [], updatedAt: try row.decode(column: "updated_at", as: Int.self),
                    score: try row.decode(column: "score", as: Double.self))
            }
            func facet(_ name: String, select: SQLQueryString, join: SQLQueryString = "", limit: Int = 20) async throws -> [FacetValue] {
                try await sql.raw(
                    """
                    SELECT \(select), COUNT(*) AS n FROM \(match.from) \(join) WHERE \(filters(except: name))
                    GROUP BY value, label ORDER BY n DESC, value LIMIT \(bind: limit)
                    """
                ).all().map {
                    FacetValue(
                        value: try $0.decode(column: "value", as: String.self), label: try $0.decode(column: "label", as: String.self),
                        count: try $0.decode(column: "n", as: Int.self))
                }
            }
            let facets = SearchFacets(
                kinds: try await facet("kind", select: "d.kind AS value, d.kind AS label"),
                spaces: try await facet("space", select: "s.slug AS value, s.name AS label", join: "JOIN spaces s ON s.id = i.space_id"),
                tags: try await facet(
                    "tag", select: "t.tag AS value, t.tag AS label", join: "JOIN item_tags t ON t.item_id = i.id", limit: 15),
                statuses: try await facet("status", select: "d.status AS value, d.status AS label").filter { !$0.value.isEmpty })
            let (spaces, people) = request.page == 1 ? try await Self.spacesAndPeople(query.words, for: viewer, on: sql) : ([], [])
            return SearchResults(
                query: request.text, total: total, page: request.page, pageSize: SearchRequest.pageSize, hits: hits, facets: facets,
                spaces: spaces, people: people)
        }
        if request.page == 1 {
            let logged = String(query.words.joined(separator: " ").prefix(200))
            try await database.write { sql in
                try await sql.raw(
                    "INSERT INTO search_log (query, results, created_at) VALUES (\(bind: logged), \(bind: results.total), \(bind: Clock.now()))"
                ).run()
            }
        }
        return results
    }

    /// Spaces the viewer may know of, and (for members) people, with a word of the query in their names,
    /// purpose or expertise. They are not items, so they are matched by name rather than through the index.
    private static func spacesAndPeople(
        _ words: [String], for viewer: Viewer, on sql: any SQLDatabase
    ) async throws -> ([SpaceReference], [MemberSummary]) {
        let words = Array(words.filter { $0.count >= 3 }.prefix(5))
        guard !words.isEmpty else { return ([], []) }
        func any(_ columns: [String]) -> SQLQueryString {
            "("
                + words.flatMap { word in columns.map { "LOWER(\(unsafeRaw: $0)) LIKE \(bind: "%\(word)%")" as SQLQueryString } }
                .joined(separator: " OR ") + ")"
        }
        let spaces = try await sql.raw(
            "SELECT s.slug, s.name FROM spaces s WHERE \(SpaceStore.listed(for: viewer)) AND \(any(["s.name", "s.purpose"])) ORDER BY s.name LIMIT 5"
        ).all().map {
            SpaceReference(slug: try $0.decode(column: "slug", as: String.self), name: try $0.decode(column: "name", as: String.self))
        }
        guard viewer.member != nil else { return (spaces, []) }
        let people = try await sql.raw(
            """
            SELECT \(MemberSummary.columns("m", prefix: "member")) FROM members m
            WHERE m.kind <> 'machine' AND \(any(["m.name", "m.handle", "m.expertise"])) ORDER BY m.name LIMIT 5
            """
        ).all().map { try MemberSummary.decode($0, prefix: "member") }
        return (spaces, people)
    }

    /// A visible document that matched, for features built on search (similar items, experts, tag suggestions).
    struct Candidate: Sendable {
        let id: Int
        let kind: String
        let title: String
        let body: String
        let status: String
        let spaceId: Int
        let spaceName: String
        let score: Double
    }

    /// The best visible matches of a query among some kinds of item, without logging the search.
    static func ranked(
        _ query: SearchQuery, kinds: [String], excluding: Int? = nil, limit: Int, for viewer: Viewer, on database: Database
    ) async throws -> [Candidate] {
        let match = Self.match(query, sqlite: database.kind == .sqlite)
        let kindList: SQLQueryString = "(" + kinds.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT d.item_id, d.kind, d.title, d.body, d.status, i.space_id, s.name AS space_name, \(match.score) AS score
                FROM \(match.from) JOIN spaces s ON s.id = i.space_id
                WHERE \(match.condition) AND d.kind IN \(kindList) AND d.item_id <> \(bind: excluding ?? 0)
                    AND \(VisibilityRule(viewer).predicate())
                ORDER BY score DESC, d.item_id DESC LIMIT \(bind: limit)
                """
            ).all().map { row in
                Candidate(
                    id: try row.decode(column: "item_id", as: Int.self), kind: try row.decode(column: "kind", as: String.self),
                    title: try row.decode(column: "title", as: String.self), body: try row.decode(column: "body", as: String.self),
                    status: try row.decode(column: "status", as: String.self), spaceId: try row.decode(column: "space_id", as: Int.self),
                    spaceName: try row.decode(column: "space_name", as: String.self),
                    score: try row.decode(column: "score", as: Double.self))
            }
        }
    }

    private static func match(
        _ query: SearchQuery, sqlite: Bool
    ) -> (from: SQLQueryString, condition: SQLQueryString, score: SQLQueryString, snippet: SQLQueryString) {
        if sqlite {
            return (
                "search_fts f JOIN search_documents d ON d.item_id = f.rowid JOIN items i ON i.id = d.item_id",
                "search_fts MATCH \(bind: query.fts5)",
                "(-bm25(search_fts, 10.0, 4.0, 1.0)) * (100 + d.boost) / 100.0",
                "snippet(search_fts, 2, char(57344), char(57345), '…', 24)"
            )
        }
        let tsquery = query.tsquery
        return (
            "search_documents d JOIN items i ON i.id = d.item_id",
            "d.document @@ \(tsquery)",
            "CAST(ts_rank(d.document, \(tsquery)) AS DOUBLE PRECISION) * (100 + d.boost) / 100.0",
            "ts_headline('english', d.body, \(tsquery), 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')"
        )
    }

    /// Escapes the snippet, then turns the match marks into `<mark>`; Markdown emphasis is dropped for reading.
    static func highlighted(_ raw: String) -> String {
        var escaped = ""
        for character in raw.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "") {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped.replacingOccurrences(of: markStart, with: "<mark>").replacingOccurrences(of: markEnd, with: "</mark>")
    }

    /// A title for an item without one (a post): its first line, shortened at a word.
    static func headline(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        guard line.count > 70 else { return line }
        return line.prefix(70).split(separator: " ").dropLast().joined(separator: " ") + "…"
    }

    static func path(kind: String, id: Int) -> String {
        switch kind {
        case "post": "/posts/\(id)"
        case "article": "/articles/\(id)"
        default: "/threads/\(id)"
        }
    }

    /// Rebuilds the whole index from the items, in batches; returns how many items it indexed.
    public func reindex() async throws -> Int {
        try await database.write { sql in
            try await sql.raw("DELETE FROM search_documents").run()
            if sql.dialect.name == "sqlite" { try await sql.raw("DELETE FROM search_fts").run() }
        }
        var last = 0
        var count = 0
        while true {
            let ids = try await database.read { sql in
                try await sql.raw("SELECT id FROM items WHERE id > \(bind: last) ORDER BY id LIMIT 500").all().map {
                    try $0.decode(column: "id", as: Int.self)
                }
            }
            guard let next = ids.last else { return count }
            try await database.write { sql in
                for id in ids { try await SearchIndex.refresh(id, on: sql) }
            }
            count += ids.count
            last = next
        }
    }

    /// Whether items exist that the index does not know: true after upgrading to a version with search.
    public func needsReindex() async throws -> Bool {
        try await database.read { sql in
            guard try await sql.raw("SELECT 1 AS x FROM search_documents LIMIT 1").first() == nil else { return false }
            return try await sql.raw("SELECT 1 AS x FROM items LIMIT 1").first() != nil
        }
    }

    /// Zero-result and rising queries, for admins.
    public func insights(for viewer: Viewer) async throws -> SearchInsights {
        guard viewer.member?.isAdmin == true else { throw StoreError.notFound }
        let now = Clock.now()
        let week = 7 * 24 * 3600
        return try await database.read { sql in
            let zero = try await sql.raw(
                """
                SELECT query, COUNT(*) AS n FROM search_log WHERE results = 0 AND created_at >= \(bind: now - 30 * 24 * 3600)
                GROUP BY query ORDER BY n DESC, query LIMIT 25
                """
            ).all().map {
                SearchInsights.QueryCount(
                    query: try $0.decode(column: "query", as: String.self), count: try $0.decode(column: "n", as: Int.self), before: nil)
            }
            let rising = try await sql.raw(
                """
                SELECT query, SUM(CASE WHEN created_at >= \(bind: now - week) THEN 1 ELSE 0 END) AS recent,
                    SUM(CASE WHEN created_at < \(bind: now - week) THEN 1 ELSE 0 END) AS earlier
                FROM search_log WHERE created_at >= \(bind: now - 2 * week) GROUP BY query
                HAVING SUM(CASE WHEN created_at >= \(bind: now - week) THEN 1 ELSE 0 END) >= 2
                    AND SUM(CASE WHEN created_at >= \(bind: now - week) THEN 1 ELSE 0 END) > SUM(CASE WHEN created_at < \(bind: now - week) THEN 1 ELSE 0 END)
                ORDER BY recent DESC, query LIMIT 25
                """
            ).all().map {
                SearchInsights.QueryCount(
                    query: try $0.decode(column: "query", as: String.self), count: try $0.decode(column: "recent", as: Int.self),
                    before: try $0.decode(column: "earlier", as: Int.self))
            }
            return SearchInsights(zeroResults: zero, rising: rising)
        }
    }
}
