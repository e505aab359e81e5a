import CommonplaceCore
import Hummingbird

/// The API form of ``Conversation``: what `/api/v1` sends, apart from the domain type.
struct ConversationResource: ResponseEncodable, Sendable {
    let id: Int
    let kind: ConversationKind
    let space: SpaceReferenceResource
    let author: MemberSummaryResource
    /// Who may see the item (PRODUCT.md §2).
    let visibility: Visibility
    let audience: AudienceResource
    let title: String
    let body: String
    let bodyHTML: String
    let tags: [String]
    let acceptedReplyId: Int?
    let locked: Bool
    let pinned: Bool
    /// Hidden by a moderator; seen only by its author and moderators.
    let hidden: Bool
    /// Set when merged into another thread.
    let mergedInto: Int?
    let replyCount: Int
    /// Replies you have not read; absent when you never opened the thread.
    let unreadReplies: Int?
    let readers: Int
    let createdAt: Int
    let editedAt: Int?
    let lastActivityAt: Int

    init(_ value: Conversation) {
        id = value.id
        kind = value.kind
        space = SpaceReferenceResource(value.space)
        author = MemberSummaryResource(value.author)
        visibility = value.visibility
        audience = AudienceResource(value.audience)
        title = value.title
        body = value.body
        bodyHTML = value.bodyHTML
        tags = value.tags
        acceptedReplyId = value.acceptedReplyId
        locked = value.locked
        pinned = value.pinned
        hidden = value.hidden
        mergedInto = value.mergedInto
        replyCount = value.replyCount
        unreadReplies = value.unreadReplies
        readers = value.readers
        createdAt = value.createdAt
        editedAt = value.editedAt
        lastActivityAt = value.lastActivityAt
    }
}

/// The API form of ``ConversationThread``: what `/api/v1` sends, apart from the domain type.
struct ConversationThreadResource: ResponseEncodable, Sendable {
    let conversation: ConversationResource
    let reactions: [ReactionCountResource]
    /// One page of replies, oldest first, 100 to a page.
    let replies: [ReplyResource]
    let page: Int
    let pageCount: Int
    /// The last reply you had read.
    let readUpTo: Int?
    let moderates: Bool

    init(_ value: ConversationThread) {
        conversation = ConversationResource(value.conversation)
        reactions = value.reactions.map(ReactionCountResource.init)
        replies = value.replies.map(ReplyResource.init)
        page = value.page
        pageCount = value.pageCount
        readUpTo = value.readUpTo
        moderates = value.moderates
    }
}

/// The API form of ``Reply``: what `/api/v1` sends, apart from the domain type.
struct ReplyResource: ResponseEncodable, Sendable {
    let id: Int
    let conversationId: Int
    let author: MemberSummaryResource
    /// Empty for a hidden reply unless you wrote it or moderate.
    let body: String
    let bodyHTML: String
    let hidden: Bool
    let accepted: Bool
    let reactions: [ReactionCountResource]
    let createdAt: Int
    let editedAt: Int?

    init(_ value: Reply) {
        id = value.id
        conversationId = value.conversationId
        author = MemberSummaryResource(value.author)
        body = value.body
        bodyHTML = value.bodyHTML
        hidden = value.hidden
        accepted = value.accepted
        reactions = value.reactions.map(ReactionCountResource.init)
        createdAt = value.createdAt
        editedAt = value.editedAt
    }
}

/// The API form of ``ConversationEdit``: what `/api/v1` sends, apart from the domain type.
struct ConversationEditResource: ResponseEncodable, Sendable {
    let id: Int
    let replyId: Int?
    let title: String
    /// The text before this edit.
    let body: String
    let editor: MemberSummaryResource
    let createdAt: Int

    init(_ value: ConversationEdit) {
        id = value.id
        replyId = value.replyId
        title = value.title
        body = value.body
        editor = MemberSummaryResource(value.editor)
        createdAt = value.createdAt
    }
}

/// The API form of ``ReactionCount``: what `/api/v1` sends, apart from the domain type.
struct ReactionCountResource: ResponseEncodable, Sendable {
    let reaction: Reaction
    let count: Int
    let mine: Bool

    init(_ value: ReactionCount) {
        reaction = value.reaction
        count = value.count
        mine = value.mine
    }
}
