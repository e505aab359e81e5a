/// Whether a conversation is an open discussion, a question that can have one accepted answer, or the discussion of an
/// idea (started only by submitting the idea, listed with ideas and never with threads).
public enum ConversationKind: String, Sendable, Codable, CaseIterable {
    case discussion
    case question
    case idea

    public var label: String {
        switch self {
        case .discussion: "Discussion"
        case .question: "Question"
        case .idea: "Idea"
        }
    }

    /// The kinds someone starts as a thread.
    public static let threads: [ConversationKind] = [.discussion, .question]
}

/// A thread in a space (PRODUCT.md §5): an opening post with a title, then replies.
public struct Conversation: Sendable, Codable, Equatable {
    public let id: Int
    public let kind: ConversationKind
    public let space: SpaceReference
    public let author: MemberSummary
    public let visibility: Visibility
    public let audience: Audience
    public let title: String
    public let body: String
    /// Safe HTML, rendered once when the opening post is written or edited.
    public let bodyHTML: String
    public let tags: [String]
    public let acceptedReplyId: Int?
    public let locked: Bool
    public let pinned: Bool
    /// Hidden by a moderator: only its author and the space's moderators still see it.
    public let hidden: Bool
    /// Set when a moderator merged this thread into another; its replies live there now.
    public let mergedInto: Int?
    public let replyCount: Int
    /// Replies the reading member has not read yet; nil when the thread was never opened (or nobody is signed in).
    public let unreadReplies: Int?
    public let readers: Int
    public let createdAt: Int
    public let editedAt: Int?
    public let lastActivityAt: Int

    public var isAnswered: Bool { acceptedReplyId != nil }
}

/// A reply in a thread. A hidden reply keeps its place but shows its text only to its author and moderators.
public struct Reply: Sendable, Codable, Equatable {
    public let id: Int
    public let conversationId: Int
    public let author: MemberSummary
    public let body: String
    public let bodyHTML: String
    public let hidden: Bool
    public let accepted: Bool
    public let reactions: [ReactionCount]
    public let createdAt: Int
    public let editedAt: Int?
}

/// The reactions a member can give to an opening post or a reply.
public enum Reaction: String, Sendable, Codable, CaseIterable {
    case like
    case thanks
    case insightful
    case celebrate
    case curious

    public var label: String { rawValue.capitalized }

    public var symbol: String {
        switch self {
        case .like: "👍"
        case .thanks: "🙏"
        case .insightful: "💡"
        case .celebrate: "🎉"
        case .curious: "🤔"
        }
    }
}

/// How many members gave a reaction, and whether the reader is one of them.
public struct ReactionCount: Sendable, Codable, Equatable {
    public let reaction: Reaction
    public let count: Int
    public let mine: Bool
}

/// An earlier version of an opening post or reply, kept when it is edited.
public struct ConversationEdit: Sendable, Codable, Equatable {
    public let id: Int
    public let replyId: Int?
    public let title: String
    public let body: String
    public let editor: MemberSummary
    public let createdAt: Int
}

/// What someone asking or starting a discussion writes.
public struct NewConversation: Sendable {
    public var space: String
    public var kind: ConversationKind
    public var title: String
    public var body: String
    public var tags: [String]
    /// The space's default when nil.
    public var visibility: Visibility?
    public var audience: Audience

    public init(
        space: String, kind: ConversationKind, title: String, body: String, tags: [String] = [], visibility: Visibility? = nil,
        audience: Audience = Audience()
    ) {
        self.space = space
        self.kind = kind
        self.title = title
        self.body = body
        self.tags = tags
        self.visibility = visibility
        self.audience = audience
    }

    public static let maximumTitleLength = 200
    public static let maximumBodyLength = 20_000
}

/// Which threads to list: newest activity first, keyset paged by ``ConversationCursor``.
public struct ConversationFilter: Sendable {
    public var spaceId: Int?
    public var kind: ConversationKind?
    /// Questions without an accepted answer.
    public var unanswered: Bool
    public var tag: String?
    public var authorId: Int?
    public var pinned: Bool?
    public var after: ConversationCursor?
    public var limit: Int

    public init(
        spaceId: Int? = nil, kind: ConversationKind? = nil, unanswered: Bool = false, tag: String? = nil, authorId: Int? = nil,
        pinned: Bool? = nil, after: ConversationCursor? = nil, limit: Int = 30
    ) {
        self.spaceId = spaceId
        self.kind = unanswered ? .question : kind
        self.unanswered = unanswered
        self.tag = tag
        self.authorId = authorId
        self.pinned = pinned
        self.after = after
        self.limit = max(1, min(limit, 100))
    }
}

/// A position in a list ordered by last activity: "activity-id", as it appears in `?after=` links.
public struct ConversationCursor: Sendable, Equatable {
    public let activityAt: Int
    public let id: Int

    public init(_ conversation: Conversation) {
        activityAt = conversation.lastActivityAt
        id = conversation.id
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let activityAt = Int(parts[0]), let id = Int(parts[1]) else { return nil }
        self.activityAt = activityAt
        self.id = id
    }

    public var text: String { "\(activityAt)-\(id)" }
}
