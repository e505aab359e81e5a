/// Where an article stands in its life (PRODUCT.md §4).
public enum ArticleStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case published
    case verified
    case needsReview = "needs_review"

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .published: "Published"
        case .verified: "Verified"
        case .needsReview: "Needs review"
        }
    }
}

/// The three kinds of customer knowledge (seed 004): about, from and for customers.
public enum KnowledgeKind: String, Sendable, Codable, CaseIterable {
    case about
    case from
    case `for`

    public var label: String { "Knowledge \(rawValue) customers" }
}

/// A wiki-style page of a space's knowledge base, as its current revision says.
public struct Article: Sendable, Codable, Equatable {
    public let id: Int
    public let space: SpaceReference
    /// The id and the title's words, `42-cleaning-the-glass`: unique through the id, so making it never consults
    /// other articles (a `-2` suffix would tell that an article the reader cannot see has the same title).
    public let slug: String
    public let title: String
    public let body: String
    /// Safe HTML, rendered once when the revision is saved.
    public let bodyHTML: String
    public let tags: [String]
    public let status: ArticleStatus
    /// Unix time by which the article should be reviewed again.
    public let reviewBy: Int?
    public let knowledgeKind: KnowledgeKind?
    /// The heading it is filed under in the space's manual; empty for the top level.
    public let section: String
    /// Its place in its section, 1 first, counting only the articles the reader may see.
    public let position: Int
    public let visibility: Visibility
    public let audience: Audience
    public let owners: [MemberSummary]
    public let author: MemberSummary
    /// The number of the current revision.
    public let revision: Int
    public let createdAt: Int
    public let updatedAt: Int
}

extension Article {
    /// The slug of the article with this id and title: the id, then up to 60 characters of the title's ASCII letters
    /// and digits, lowercased, joined by dashes.
    public static func slug(id: Int, title: String) -> String {
        let words = title.lowercased().map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "-" }
        var stem = String(String(words).split(separator: "-").joined(separator: "-").prefix(60))
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem.isEmpty ? String(id) : "\(id)-\(stem)"
    }
}

/// What an author or editor writes: the content and metadata of one revision.
public struct ArticleDraft: Sendable, Codable, Equatable {
    public var title: String
    public var body: String
    public var tags: [String]
    public var status: ArticleStatus
    public var reviewBy: Int?
    public var knowledgeKind: KnowledgeKind?
    public var section: String
    /// Owner handles; the author when empty on creation.
    public var owners: [String]
    /// The space's default when nil.
    public var visibility: Visibility?
    public var audience: Audience

    public init(
        title: String, body: String, tags: [String] = [], status: ArticleStatus = .published, reviewBy: Int? = nil,
        knowledgeKind: KnowledgeKind? = nil, section: String = "", owners: [String] = [], visibility: Visibility? = nil,
        audience: Audience = Audience()
    ) {
        self.title = title
        self.body = body
        self.tags = tags
        self.status = status
        self.reviewBy = reviewBy
        self.knowledgeKind = knowledgeKind
        self.section = section
        self.owners = owners
        self.visibility = visibility
        self.audience = audience
    }

    /// The longest article body, in characters (about 100 kB of text).
    public static let maximumLength = 100_000

    func validate() throws {
        var validator = Validator()
        validator.require((1...200).contains(title.trimmed.count), "title", "Give the article a title of at most 200 characters.")
        validator.require(body.count <= Self.maximumLength, "body", "Keep the article under 100,000 characters; split it into several.")
        validator.require(tags.count <= 20, "tags", "Use at most 20 tags.")
        for tag in tags where !Tags.isValid(tag) {
            validator.require(false, "tags", "“\(tag)” is not a tag: use lowercase letters, digits and dashes.")
        }
        validator.require(section.trimmed.count <= 80, "section", "Keep the section name under 80 characters.")
        validator.require(owners.count <= 10, "owners", "Name at most 10 owners.")
        validator.requireMentionLimit(in: body)
        try validator.check()
    }
}

/// One saved state of an article: every save, text or metadata, is a revision.
public struct ArticleRevision: Sendable, Codable, Equatable {
    public let number: Int
    public let title: String
    public let body: String
    public let tags: [String]
    public let status: ArticleStatus
    public let reviewBy: Int?
    public let knowledgeKind: KnowledgeKind?
    public let section: String
    public let owners: [String]
    public let visibility: Visibility
    public let author: MemberSummary
    /// The member whose suggested edit this revision accepted.
    public let credited: MemberSummary?
    public let summary: String
    public let createdAt: Int
}

/// An edit refused because the article changed since the editor loaded it.
public struct StaleRevision: Error, Sendable {
    /// The revision the editor started from.
    public let base: Int
    /// The article as it is now.
    public let current: Article
}
