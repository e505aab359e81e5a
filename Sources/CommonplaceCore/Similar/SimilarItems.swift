import Foundation
import SQLKit

/// A visible question, discussion, article or idea that looks like what someone is writing, and why.
public struct SimilarItem: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case question, discussion, article, idea
    }

    public let kind: Kind
    public let id: Int
    public let title: String
    public let spaceName: String
    /// The words of the query found in the title or text: the explanation shown next to the item.
    public let matched: [String]
    public let answered: Bool
    public let score: Double
}

/// "Has this been asked before?" (PRODUCT.md §5, §9): the distinctive words of a draft, any of them, searched
/// in the full-text index over visible threads and articles; on a large SQLite instance, words in more than a
/// tenth of all documents are left out (``SearchStore/uncommon(_:on:)``). The index's ranking applies (titles above
/// text, accepted answers and verified articles boosted); the same space adds a little, and each item
/// says which words matched.
public struct SimilarItems: Sendable {
    let database: Database

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "how", "what", "why", "when", "where", "who", "which", "does", "can", "are", "our", "your",
        "you", "this", "that", "there", "from", "have", "has", "was", "were", "will", "would", "should", "could", "about", "into",
        "not", "but", "any", "all", "get", "use", "using", "way", "is", "do", "to", "of", "in", "on", "a", "an", "it", "we", "my",
    ]

    /// The distinctive words of a text, lowercased, at most eight.
    static func words(in text: String) -> [String] {
        Array(SearchQuery.words(text).filter { $0.count >= 3 && !stopWords.contains($0) }.uniqued().prefix(8))
    }

    /// The best matches for a title (and optionally text), at most `limit`, best first.
    public func similar(
        to text: String, spaceId: Int? = nil, excluding: Int? = nil, for viewer: Viewer, limit: Int = 5
    ) async throws -> [SimilarItem] {
        let words = try await SearchStore.uncommon(Self.words(in: String(text.prefix(2000))), on: database)
        guard let query = SearchQuery(words.joined(separator: " OR ")) else { return [] }
        let candidates = try await SearchStore.ranked(
            query, kinds: ["question", "discussion", "article", "idea"], excluding: excluding, limit: 20, for: viewer, on: database)
        return Array(
            candidates.map { candidate in
                let title = SearchQuery.words(candidate.title)
                let body = candidate.body.lowercased()
                let matched = words.filter { word in title.contains { $0.hasPrefix(word) } || body.contains(word) }
                let kind = SimilarItem.Kind(rawValue: candidate.kind) ?? .discussion
                return SimilarItem(
                    kind: kind, id: candidate.id, title: candidate.title,
                    spaceName: candidate.spaceName, matched: matched, answered: candidate.status == "answered",
                    score: candidate.score * (candidate.spaceId == spaceId ? 1.2 : 1))
            }
            .sorted { ($0.score, $0.id) > ($1.score, $1.id) }.prefix(limit))
    }
}
