import SQLKit

/// Someone who knows about a topic, and the evidence.
public struct Expert: Sendable, Codable, Equatable {
    public let member: MemberSummary
    public let score: Int
    public let acceptedAnswers: Int
    public let acceptedEdits: Int
    public let ownedArticles: Int
    public let declared: Bool
}

/// "Who knows about X?" (PRODUCT.md §9). People are ranked from what they did on visible items about the
/// topic — accepted answers (5 each), accepted suggested edits (3), articles they own (3) — and from
/// expertise they declared on their profile (4). Items about the topic are those tagged with it or
/// matching it in the search index; only items the asker may see count, so the ranking reveals nothing.
public struct ExpertiseStore: Sendable {
    let database: Database

    /// The people who know most about `topic`, best first; nobody for a topic without a word.
    public func experts(on topic: String, for viewer: Viewer, limit: Int = 10) async throws -> [Expert] {
        let words = SearchQuery.words(topic)
        guard let query = SearchQuery(words.joined(separator: " ")) else { return [] }
        let tag = words.joined(separator: "-")
        var ids = Set(try await SearchStore.ranked(query, kinds: ["question", "article"], limit: 200, for: viewer, on: database).map(\.id))
        let visible = VisibilityRule(viewer).predicate()
        return try await database.read { sql in
            if Tags.isValid(tag) {
                for row in try await sql.raw(
                    "SELECT i.id FROM items i JOIN item_tags t ON t.item_id = i.id WHERE t.tag = \(bind: tag) AND \(visible) LIMIT 500"
                ).all() {
                    ids.insert(try row.decode(column: "id", as: Int.self))
                }
            }
            let list = Array(ids).sqlList
            func counts(_ query: SQLQueryString) async throws -> [Int: Int] {
                var result: [Int: Int] = [:]
                for row in try await sql.raw(query).all() {
                    result[try row.decode(column: "member_id", as: Int.self)] = try row.decode(column: "n", as: Int.self)
                }
                return result
            }
            let answers = try await counts(
                """
                SELECT y.author_id AS member_id, COUNT(*) AS n FROM conversations c JOIN replies y ON y.id = c.accepted_reply_id
                WHERE c.item_id IN \(list) AND y.hidden = 0 GROUP BY y.author_id
                """)
            let edits = try await counts(
                """
                SELECT suggester_id AS member_id, COUNT(*) AS n FROM suggested_edits WHERE item_id IN \(list) AND state = 'accepted'
                GROUP BY suggester_id
                """)
            let owned = try await counts("SELECT member_id, COUNT(*) AS n FROM article_owners WHERE item_id IN \(list) GROUP BY member_id")
            // Candidates from the people word index, not a `LIKE '%word%'` over every member (60 ms at 100k members).
            let candidates = PeopleWords.members(.allAsPrefixesOfExpertise, [words[0]], on: sql)
            var declared = Set<Int>()
            for row in try await sql.raw(
                "SELECT id, expertise FROM members WHERE id IN (\(candidates)) AND kind <> 'machine' AND expertise <> ''"
            ).all() {
                let expertise = Tags.parseList(try row.decode(column: "expertise", as: String.self))
                if expertise.contains(tag) || words.allSatisfy({ word in expertise.contains { $0.contains(word) } }) {
                    declared.insert(try row.decode(column: "id", as: Int.self))
                }
            }
            var scores: [Int: Int] = [:]
            for (member, n) in answers { scores[member, default: 0] += 5 * n }
            for (member, n) in edits { scores[member, default: 0] += 3 * n }
            for (member, n) in owned { scores[member, default: 0] += 3 * n }
            for member in declared { scores[member, default: 0] += 4 }
            let top = scores.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(limit)
            guard !top.isEmpty else { return [] }
            let people = try await sql.raw(
                "SELECT \(MemberSummary.columns("m", prefix: "member")) FROM members m WHERE m.id IN \(top.map(\.key).sqlList) AND m.kind <> 'machine'"
            ).all().map { try MemberSummary.decode($0, prefix: "member") }
            let byId = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
            return top.compactMap { id, score in
                byId[id].map {
                    Expert(
                        member: $0, score: score, acceptedAnswers: answers[id] ?? 0, acceptedEdits: edits[id] ?? 0,
                        ownedArticles: owned[id] ?? 0,
                        declared: declared.contains(id))
                }
            }
        }
    }

    /// Tags for new content: tags of visible items that look like it (weighted by their rank), and known tags
    /// named in the text itself; at most `limit`, leaving out tags the text already carries.
    public func suggestTags(for text: String, for viewer: Viewer, limit: Int = 5) async throws -> [String] {
        let words = SimilarItems.words(in: String(text.prefix(4000)))
        let distinctive = try await SearchStore.uncommon(words, on: database)
        guard let query = SearchQuery(distinctive.joined(separator: " OR ")) else { return [] }
        let similar = try await SearchStore.ranked(
            query, kinds: ["post", "article", "question", "discussion"], limit: 20, for: viewer, on: database)
        let present = Set(Tags.hashtags(in: text))
        return try await database.read { sql in
            var scores: [String: Double] = [:]
            let tags = try await ItemTags.load(similar.map(\.id), on: sql)
            for (rank, candidate) in similar.enumerated() {
                for tag in tags[candidate.id] ?? [] { scores[tag, default: 0] += 1.0 / Double(rank + 1) }
            }
            let named = try await sql.raw(
                """
                SELECT d.tag FROM (
                    SELECT DISTINCT tag FROM item_tags
                    WHERE tag IN \(words.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ").wrappedInParentheses)
                ) d
                WHERE \(ItemTags.usedOnAVisibleItem("d.tag", for: viewer))
                """
            ).all().map { try $0.decode(column: "tag", as: String.self) }
            for tag in named { scores[tag, default: 0] += 1 }
            return Array(
                scores.filter { !present.contains($0.key) }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map(\.key))
        }
    }
}

extension SQLQueryString {
    /// `(…)`, for an `IN` list.
    var wrappedInParentheses: SQLQueryString { "(" + self + ")" }
}
