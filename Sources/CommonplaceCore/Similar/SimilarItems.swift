import Foundation
import SQLKit

/// A visible question, discussion or article that looks like what someone is writing, and why.
public struct SimilarItem: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case question, discussion, article
    }

    public let kind: Kind
    public let id: Int
    public let title: String
    public let url: String
    public let spaceName: String
    /// The words of the query found in the title or text: the explanation shown next to the item.
    public let matched: [String]
    public let answered: Bool
    public let score: Int
}

/// "Has this been asked before?" (PRODUCT.md §5): a simple, explainable ranking over visible threads and articles.
/// Each distinctive word of the query found in a title scores 3, in the text 1; an accepted answer or a verified
/// article adds 2, the same space 1. Full-text search replaces the candidate query later; the rule stays readable.
public struct SimilarItems: Sendable {
    let database: Database

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "how", "what", "why", "when", "where", "who", "which", "does", "can", "are", "our", "your",
        "you", "this", "that", "there", "from", "have", "has", "was", "were", "will", "would", "should", "could", "about", "into",
        "not", "but", "any", "all", "get", "use", "using", "way", "is", "do", "to", "of", "in", "on", "a", "an", "it", "we", "my",
    ]

    /// The distinctive words of a text, lowercased, at most eight.
    static func words(in text: String) -> [String] {
        Array(
            text.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted)
                .filter { $0.count >= 3 && !stopWords.contains($0) }.uniqued().prefix(8))
    }

    /// The best matches for a title (and optionally text), at most `limit`, best first.
    public func similar(
        to text: String, spaceId: Int? = nil, excluding: Int? = nil, for viewer: Viewer, limit: Int = 5
    ) async throws
        -> [SimilarItem]
    {
        let words = Self.words(in: String(text.prefix(2000)))
        guard !words.isEmpty else { return [] }
        func anyWord(_ column: String) -> SQLQueryString {
            "(" + words.map { "LOWER(\(unsafeRaw: column)) LIKE \(bind: "%\($0)%")" as SQLQueryString }.joined(separator: " OR ") + ")"
        }
        let visible = VisibilityRule(viewer).predicate()
        return try await database.read { sql in
            var candidates: [SimilarItem] = []
            let threads = try await sql.raw(
                """
                SELECT i.id, i.space_id, c.kind, c.title, c.body, c.accepted_reply_id, s.name AS space_name
                FROM items i JOIN conversations c ON c.item_id = i.id JOIN spaces s ON s.id = i.space_id
                WHERE c.merged_into IS NULL AND i.id <> \(bind: excluding ?? 0) AND (\(anyWord("c.title")) OR \(anyWord("c.body"))) AND \(visible)
                ORDER BY i.id DESC LIMIT 200
                """
            ).all()
            for row in threads {
                let id = try row.decode(column: "id", as: Int.self)
                let kind = try row.decode(column: "kind", as: ConversationKind.self)
                candidates.append(
                    try Self.scored(
                        kind: kind == .question ? .question : .discussion, id: id, url: "/threads/\(id)", row: row, words: words,
                        boosted: try row.decode(column: "accepted_reply_id", as: Int?.self) != nil, spaceId: spaceId))
            }
            let articles = try await sql.raw(
                """
                SELECT i.id, i.space_id, a.title, a.body, a.status, s.name AS space_name
                FROM items i JOIN articles a ON a.item_id = i.id JOIN spaces s ON s.id = i.space_id
                WHERE i.id <> \(bind: excluding ?? 0) AND (\(anyWord("a.title")) OR \(anyWord("a.body"))) AND \(visible)
                ORDER BY i.id DESC LIMIT 200
                """
            ).all()
            for row in articles {
                let id = try row.decode(column: "id", as: Int.self)
                candidates.append(
                    try Self.scored(
                        kind: .article, id: id, url: "/articles/\(id)", row: row, words: words,
                        boosted: try row.decode(column: "status", as: String.self) == ArticleStatus.verified.rawValue, spaceId: spaceId))
            }
            return Array(candidates.sorted { ($0.score, $0.id) > ($1.score, $1.id) }.prefix(limit))
        }
    }

    private static func scored(
        kind: SimilarItem.Kind, id: Int, url: String, row: any SQLRow, words: [String], boosted: Bool, spaceId: Int?
    ) throws -> SimilarItem {
        let title = try row.decode(column: "title", as: String.self)
        let titleWords = Set(
            Self.words(in: title).isEmpty ? [] : title.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted))
        let body = try row.decode(column: "body", as: String.self).lowercased()
        var score = 0
        var matched: [String] = []
        for word in words {
            if titleWords.contains(where: { $0.hasPrefix(word) }) {
                score += 3
                matched.append(word)
            } else if body.contains(word) {
                score += 1
                matched.append(word)
            }
        }
        if boosted { score += 2 }
        if let spaceId, try row.decode(column: "space_id", as: Int.self) == spaceId { score += 1 }
        return SimilarItem(
            kind: kind, id: id, title: title, url: url, spaceName: try row.decode(column: "space_name", as: String.self), matched: matched,
            answered: kind == .question && boosted, score: score)
    }
}
