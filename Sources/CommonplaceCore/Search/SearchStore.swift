import SQLKit

/// Full-text search over everything a member may see (PRODUCT.md §9): FTS5 with bm25 on SQLite,
/// `tsvector` with `ts_rank` on PostgreSQL, behind one query syntax (``SearchQuery``).
///
/// Results, the total and every facet count are filtered by ``VisibilityRule`` in the same SQL, so
/// nothing about an invisible item — not even its existence in a count — reaches the searcher.
public struct SearchStore: Sendable {
    let database: Database

    /// The most matches one search weighs: the newest visible ones, as many as its pages can show.
    /// A search with more is answered from these (its total reads "1,000+"); narrowing it finds older ones.
    static let candidateLimit = SearchRequest.pageSize * SearchRequest.maximumPage

    /// What the search page says of a text with no word to search for.
    public static let noWordsMessage = "Search for at least one word. A minus sign only excludes words; quotes find phrases."

    /// The visible matches of `request`. A text with no word to search for (only exclusions, operators or
    /// punctuation) finds nothing and is not logged.
    public func search(_ request: SearchRequest, for viewer: Viewer) async throws -> SearchResults {
        guard let query = SearchQuery(request.text) else { return .nothing(for: request) }
        try await catchUp()
        let match = Self.match(query, sqlite: database.kind == .sqlite)
        let results = try await database.read { sql in
            var broad: [SQLQueryString] = []
            if let author = request.author {
                broad.append("i.author_id IN (SELECT m.id FROM members m WHERE m.handle = \(bind: author))")
            }
            if let from = request.from { broad.append("d.updated_at >= \(bind: from)") }
            if let until = request.until { broad.append("d.updated_at < \(bind: until)") }
            let base = try await Self.matches(match, where: broad, limit: Self.candidateLimit + 1, for: viewer, on: sql)
            var narrowed = base.filter { request.admits($0) }
            if base.count > Self.candidateLimit && !request.facetConditions.isEmpty {
                narrowed = try await Self.matches(
                    match, where: broad + request.facetConditions, limit: Self.candidateLimit + 1, for: viewer, on: sql)
            }
            let exact = narrowed.count <= Self.candidateLimit
            narrowed = SearchMatch.ranked(
                try await Self.scored(Array(narrowed.prefix(Self.candidateLimit)), exact: exact, match: match, on: sql))
            let page = Array(narrowed.dropFirst((request.page - 1) * SearchRequest.pageSize).prefix(SearchRequest.pageSize))
            let hits = try await Self.hits(page, match: match, for: viewer, on: sql)
            let (spaces, people) = request.page == 1 ? try await Self.spacesAndPeople(query.words, for: viewer, on: sql) : ([], [])
            return SearchResults(
                query: request.text, total: narrowed.count, totalIsExact: exact, page: request.page, pageSize: SearchRequest.pageSize,
                hits: hits, facets: SearchFacets(counting: Array(base.prefix(Self.candidateLimit)), narrowedBy: request), spaces: spaces,
                people: people)
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

    /// The newest visible matches with what ranking and facets need, with their tags, not yet scored.
    private static func matches(
        _ match: Match, where conditions: [SQLQueryString], limit: Int, for viewer: Viewer, on sql: any SQLDatabase
    ) async throws -> [SearchMatch] {
        let condition = ([match.condition, VisibilityRule(viewer).predicate()] + conditions).joined(separator: " AND ")
        let rows = try await sql.raw(
            """
            SELECT d.item_id, d.kind, d.status, d.boost, d.updated_at, s.slug AS space_slug, s.name AS space_name
            FROM \(match.from) JOIN spaces s ON s.id = i.space_id
            WHERE \(condition) ORDER BY \(match.newestFirst) LIMIT \(bind: limit)
            """
        ).all()
        let tags = try await ItemTags.load(try rows.map { try $0.decode(column: "item_id", as: Int.self) }, on: sql)
        return try rows.map { row in
            let id = try row.decode(column: "item_id", as: Int.self)
            return SearchMatch(
                id: id, kind: try row.decode(column: "kind", as: String.self), status: try row.decode(column: "status", as: String.self),
                space: SpaceReference(
                    slug: try row.decode(column: "space_slug", as: String.self), name: try row.decode(column: "space_name", as: String.self)
                ),
                tags: tags[id] ?? [], boost: try row.decode(column: "boost", as: Int.self),
                updatedAt: try row.decode(column: "updated_at", as: Int.self), score: 0)
        }
    }

    /// Scores matches. All of a search's matches get the database's relevance score (bm25, `ts_rank`); when a
    /// search has more than it weighs — a very common word — the newest ones are scored by where the words
    /// are (title, tags, text), as bm25 would need every match of the word counted on every search. Scores are
    /// read over the matches' id range (the full-text index seeks a range; a list of ids it would test one
    /// by one); rows in the range that are not among the matches are never used.
    private static func scored(_ matches: [SearchMatch], exact: Bool, match: Match, on sql: any SQLDatabase) async throws -> [SearchMatch] {
        guard let first = matches.map(\.id).min(), let last = matches.map(\.id).max() else { return [] }
        let among: SQLQueryString = "\(match.id) BETWEEN \(bind: first) AND \(bind: last)"
        var scores: [Int: Double] = [:]
        if exact {
            for row in try await sql.raw(
                "SELECT d.item_id, \(match.score) AS score FROM \(match.from) WHERE \(match.condition) AND \(among)"
            ).all() {
                scores[try row.decode(column: "item_id", as: Int.self)] = try row.decode(column: "score", as: Double.self)
            }
        } else {
            for (column, weight) in [(match.inTitle, 10.0), (match.inTags, 4.0)] {
                for row in try await sql.raw("SELECT d.item_id FROM \(match.from) WHERE \(column) AND \(among)").all() {
                    scores[try row.decode(column: "item_id", as: Int.self), default: 1] += weight
                }
            }
        }
        return matches.map { $0.scored((scores[$0.id] ?? 1) * Double(100 + $0.boost) / 100) }
    }

    /// The page's matches as results: titles, authors and highlighted snippets, read for these rows only.
    private static func hits(_ page: [SearchMatch], match: Match, for viewer: Viewer, on sql: any SQLDatabase) async throws -> [SearchHit] {
        guard !page.isEmpty else { return [] }
        let rows = try await sql.raw(
            """
            SELECT d.item_id, d.title, substr(d.body, 1, 80) AS opening, \(match.snippet) AS snippet,
                \(MemberSummary.columns("m", prefix: "author"))
            FROM \(match.from) JOIN members m ON m.id = i.author_id
            WHERE \(match.condition) AND \(match.id) IN \(page.map(\.id).sqlList) AND \(VisibilityRule(viewer).predicate())
            """
        ).all()
        var found: [Int: any SQLRow] = [:]
        for row in rows { found[try row.decode(column: "item_id", as: Int.self)] = row }
        return try page.compactMap { hit in
            guard let row = found[hit.id] else { return nil }
            let title = try row.decode(column: "title", as: String.self)
            return SearchHit(
                id: hit.id, kind: hit.kind,
                title: title.isEmpty ? try Self.headline(row.decode(column: "opening", as: String.self)) : title,
                snippetHTML: Self.highlighted(try row.decode(column: "snippet", as: String?.self) ?? ""), space: hit.space,
                author: try MemberSummary.decode(row, prefix: "author"), status: hit.status, tags: hit.tags, updatedAt: hit.updatedAt,
                score: hit.score)
        }
    }

    /// Spaces the viewer may know of with a word of the query in their names or purpose, and (for members)
    /// people with one in their name, handle or declared expertise. They are not items, so they are matched
    /// by name — spaces by substring (there are few), people through their own word index.
    private static func spacesAndPeople(
        _ words: [String], for viewer: Viewer, on sql: any SQLDatabase
    ) async throws -> ([SpaceReference], [MemberSummary]) {
        let words = Array(words.filter { $0.count >= 3 }.prefix(5))
        guard !words.isEmpty else { return ([], []) }
        let named: SQLQueryString =
            "("
            + words.flatMap { word in
                ["s.name", "s.purpose"].map { "LOWER(\(unsafeRaw: $0)) LIKE \(bind: "%\(word)%")" as SQLQueryString }
            }
            .joined(separator: " OR ") + ")"
        let spaces = try await sql.raw(
            "SELECT s.slug, s.name FROM spaces s WHERE \(SpaceStore.listed(for: viewer)) AND \(named) ORDER BY s.name LIMIT 5"
        ).all().map {
            SpaceReference(slug: try $0.decode(column: "slug", as: String.self), name: try $0.decode(column: "name", as: String.self))
        }
        guard viewer.member != nil else { return (spaces, []) }
        let matching = PeopleWords.members(.anyWord, words, on: sql)
        let people = try await sql.raw(
            """
            SELECT \(MemberSummary.columns("m", prefix: "member")) FROM members m
            WHERE m.kind <> 'machine' AND m.id IN (\(matching) LIMIT 50) ORDER BY m.name LIMIT 5
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

    /// The best visible matches of a query among some kinds of item, without logging the search; like a
    /// search, it weighs the newest ``candidateLimit`` matches.
    static func ranked(
        _ query: SearchQuery, kinds: [String], excluding: Int? = nil, limit: Int, for viewer: Viewer, on database: Database
    ) async throws -> [Candidate] {
        _ = try await SearchIndex.catchUp(database)
        let match = Self.match(query, sqlite: database.kind == .sqlite)
        let kindList: SQLQueryString = "(" + kinds.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM (
                    SELECT d.item_id, d.kind, d.title, d.body, d.status, i.space_id, s.name AS space_name,
                        \(match.score) * (100 + d.boost) / 100.0 AS score
                    FROM \(match.from) JOIN spaces s ON s.id = i.space_id
                    WHERE \(match.condition) AND d.kind IN \(kindList) AND d.item_id <> \(bind: excluding ?? 0)
                        AND \(VisibilityRule(viewer).predicate())
                    ORDER BY \(match.newestFirst) LIMIT \(bind: candidateLimit)
                ) candidates ORDER BY score DESC, item_id DESC LIMIT \(bind: limit)
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

    /// Below this many documents every word of a likeness query counts: pruning pays only on large instances.
    static let commonWordFloor = 500

    /// The words among `words` that are in at most a tenth of all documents (and at least
    /// ``commonWordFloor``), in their order; all of them when every one is that common. Lucene's MoreLikeThis
    /// leaves such words out the same way: they say little about likeness and are the costliest to match and
    /// rank (the newest matches of an "any of these words" query are then nearly every document). Each count
    /// stops past the threshold, so a common word costs a bounded walk of its index entries.
    ///
    /// SQLite only: FTS5 counts a word's documents from its index entries (~7 ms for eight words at the large
    /// scale), while PostgreSQL's GIN index gives no cheap count: there the counts cost 300–600 ms and
    /// saved nothing in the search that followed.
    static func uncommon(_ words: [String], on database: Database) async throws -> [String] {
        guard words.count > 1, database.kind == .sqlite else { return words }
        return try await database.read { sql in
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM search_documents").first()!.decode(column: "n", as: Int.self)
            let threshold = max(commonWordFloor, total / 10)
            guard total > threshold else { return words }
            let counts: [SQLQueryString] = words.indices.compactMap { index in
                guard let query = SearchQuery(words[index]) else { return nil }
                return """
                    (SELECT COUNT(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH \(bind: query.fts5) \
                    LIMIT \(bind: threshold + 1)) c) AS \(ident: "w\(index)")
                    """
            }
            guard let row = try await sql.raw("SELECT " + counts.joined(separator: ", ")).first() else { return words }
            let kept = try words.indices.filter { (try row.decode(column: "w\($0)", as: Int?.self) ?? 0) <= threshold }
            return kept.isEmpty ? words : kept.map { words[$0] }
        }
    }

    /// How one database matches, scores and highlights a query; `i` is the item and `d` its search document.
    struct Match {
        let from: SQLQueryString
        /// The item id as the full-text index reads it fastest.
        let id: SQLQueryString
        let condition: SQLQueryString
        let score: SQLQueryString
        /// Conditions true when the query matches the title, or the tags.
        let inTitle: SQLQueryString
        let inTags: SQLQueryString
        let snippet: SQLQueryString
        /// The order the full-text index reads matches in cheaply, newest first.
        let newestFirst: SQLQueryString
    }

    private static func match(_ query: SearchQuery, sqlite: Bool) -> Match {
        if sqlite {
            return Match(
                from: "search_fts f JOIN search_documents d ON d.item_id = f.rowid JOIN items i ON i.id = d.item_id",
                id: "f.rowid",
                condition: "search_fts MATCH \(bind: query.fts5)",
                score: "-bm25(search_fts, 10.0, 4.0, 1.0)",
                inTitle: "search_fts MATCH \(bind: "{title} : (\(query.fts5))")",
                inTags: "search_fts MATCH \(bind: "{tags} : (\(query.fts5))")",
                snippet: "snippet(search_fts, 2, char(57344), char(57345), '…', 24)",
                newestFirst: "f.rowid DESC")
        }
        let tsquery = query.tsquery
        return Match(
            from: "search_documents d JOIN items i ON i.id = d.item_id",
            id: "d.item_id",
            condition: "d.document @@ \(tsquery)",
            score: "CAST(ts_rank(d.document, \(tsquery)) AS DOUBLE PRECISION)",
            inTitle: "ts_filter(d.document, '{a}') @@ \(tsquery)",
            inTags: "ts_filter(d.document, '{b}') @@ \(tsquery)",
            snippet:
                "ts_headline('english', d.body, \(tsquery), 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')",
            newestFirst: "d.item_id DESC")
    }

    /// Escapes the snippet, then turns the match marks into `<mark>`; Markdown emphasis (`**`, backticks) is
    /// dropped for reading. One pass over the UTF-8 bytes: the marks are U+E000 and U+E001 (EE 80 80/81).
    static func highlighted(_ raw: String) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(raw.utf8.count + 64)
        let bytes = Array(raw.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "*") where index < bytes.count && bytes[index] == UInt8(ascii: "*"): index += 1
            case UInt8(ascii: "`"): continue
            case 0xEE where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81):
                html += Array((bytes[index + 1] == 0x80 ? "<mark>" : "</mark>").utf8)
                index += 2
            default:
                if let entity = HTMLText.entity(for: byte) { html += entity } else { html.append(byte) }
            }
        }
        return String(decoding: html, as: UTF8.self)
    }

    /// A title for an item without one (a post): its first line, shortened at a word.
    static func headline(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        guard line.count > 70 else { return line }
        return line.prefix(70).split(separator: " ").dropLast().joined(separator: " ") + "…"
    }

    /// Rewrites the documents that writes since the last catch-up made out of date; returns how many.
    @discardableResult
    public func catchUp() async throws -> Int {
        try await SearchIndex.catchUp(database)
    }

    /// Rebuilds the whole index from the items, in batches; returns how many items it indexed.
    public func reindex() async throws -> Int {
        try await database.write { sql in
            try await sql.raw("DELETE FROM search_documents").run()
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
