/// A short Markdown update in a space (PRODUCT.md §5).
public struct Post: Sendable, Codable, Equatable {
    public let id: Int
    public let space: SpaceReference
    public let author: MemberSummary
    public let visibility: Visibility
    public let body: String
    /// Safe HTML, rendered once when the post is written.
    public let bodyHTML: String
    public let tags: [String]
    /// Who a `private` or `partners` post is shared with.
    public let audience: Audience
    public let createdAt: Int
}

/// The name and address of the space an item is in.
public struct SpaceReference: Sendable, Codable, Equatable {
    public let slug: String
    public let name: String
}

/// The members (by handle) and accounts (by slug) an item is shared with.
public struct Audience: Sendable, Codable, Equatable {
    public var members: [String]
    public var accounts: [String]

    public init(members: [String] = [], accounts: [String] = []) {
        self.members = members
        self.accounts = accounts
    }
}

/// What an author writes.
public struct NewPost: Sendable {
    public var space: String
    public var body: String
    /// The space's default when nil.
    public var visibility: Visibility?
    public var audience: Audience

    public init(space: String, body: String, visibility: Visibility? = nil, audience: Audience = Audience()) {
        self.space = space
        self.body = body
        self.visibility = visibility
        self.audience = audience
    }

    /// The longest post body, in characters; longer writing belongs in an article.
    public static let maximumLength = 5000
}

/// Which posts to list, newest first, with keyset paging (`before` an id).
public struct PostFilter: Sendable {
    public var spaceId: Int?
    public var authorId: Int?
    public var tag: String?
    public var before: Int?
    public var limit: Int

    public init(spaceId: Int? = nil, authorId: Int? = nil, tag: String? = nil, before: Int? = nil, limit: Int = 30) {
        self.spaceId = spaceId
        self.authorId = authorId
        self.tag = tag
        self.before = before
        self.limit = max(1, min(limit, 100))
    }
}
