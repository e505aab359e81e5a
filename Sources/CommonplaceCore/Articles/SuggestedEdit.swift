/// Whether a suggested edit waits for review or was decided.
public enum SuggestionState: String, Sendable, Codable {
    case open
    case accepted
    case rejected
}

/// A change to an article proposed by anyone who can read it (PRODUCT.md §4).
public struct SuggestedEdit: Sendable, Codable, Equatable {
    public let id: Int
    public let articleId: Int
    public let articleTitle: String
    /// The revision the suggestion was written against.
    public let baseRevision: Int
    public let title: String
    public let body: String
    public let tags: [String]
    public let status: ArticleStatus
    public let knowledgeKind: KnowledgeKind?
    public let comment: String
    public let suggester: MemberSummary
    public let state: SuggestionState
    public let reason: String?
    public let createdAt: Int
    public let decidedAt: Int?
}

/// What a suggester proposes: new text and metadata, and why.
public struct Suggestion: Sendable, Codable {
    public var title: String
    public var body: String
    public var tags: [String]
    public var status: ArticleStatus
    public var knowledgeKind: KnowledgeKind?
    public var comment: String

    public init(title: String, body: String, tags: [String], status: ArticleStatus, knowledgeKind: KnowledgeKind?, comment: String) {
        self.title = title
        self.body = body
        self.tags = tags
        self.status = status
        self.knowledgeKind = knowledgeKind
        self.comment = comment
    }
}

/// Accepting a suggestion written against an older revision needs the reviewer to confirm.
public struct OutdatedSuggestion: Error, Sendable {
    public let suggestion: SuggestedEdit
    public let currentRevision: Int
}
