import CommonplaceCore

/// A thread in a list: the feed, a space's threads, unanswered questions.
struct ConversationCardView {
    let id: Int
    let url: SiteURL
    let title: String
    let kindLabel: String
    /// "question", "discussion" or "idea": the badge's colour.
    let kind: String
    let isQuestion: Bool
    let answered: Bool
    let author: MemberView
    let spaceName: String
    let spaceSlug: String
    let spaceURL: SiteURL
    let visibility: String
    let visibilityLabel: String
    /// "1 reply", "3 replies".
    let repliesLabel: String
    let unread: Int?
    let isUnseen: Bool
    let pinned: Bool
    let locked: Bool
    let hidden: Bool
    let tags: [String]
    let lastActivity: Timestamp

    init(_ conversation: Conversation, signedIn: Bool) {
        id = conversation.id
        url = conversation.kind == .idea ? .idea(conversation.id) : .thread(conversation.id)
        title = conversation.title
        kindLabel = conversation.kind.label
        kind = conversation.kind.rawValue
        isQuestion = conversation.kind == .question
        answered = conversation.isAnswered
        author = MemberView(conversation.author)
        spaceName = conversation.space.name
        spaceSlug = conversation.space.slug
        spaceURL = .space(conversation.space.slug)
        visibility = conversation.visibility.rawValue
        visibilityLabel = conversation.visibility.label
        repliesLabel =
            conversation.kind == .idea
            ? counted(conversation.replyCount, "comment", "comments") : counted(conversation.replyCount, "reply", "replies")
        unread = conversation.unreadReplies.flatMap { $0 > 0 ? $0 : nil }
        isUnseen = signedIn && conversation.unreadReplies == nil
        pinned = conversation.pinned
        locked = conversation.locked
        hidden = conversation.hidden
        tags = conversation.tags
        lastActivity = Timestamp(conversation.lastActivityAt)
    }
}

/// One entry of the home feed: a post card, a thread card or an idea card.
struct FeedEntryView {
    let post: PostView?
    let conversation: ConversationCardView?
    let idea: IdeaCardView?

    init(_ entry: FeedEntry, viewer: Member?, csrf: String) {
        switch entry {
        case .post(let post): (self.post, conversation, idea) = (PostView(post, viewer: viewer), nil, nil)
        case .conversation(let conversation):
            (post, self.conversation, idea) = (nil, ConversationCardView(conversation, signedIn: viewer != nil), nil)
        case .idea(let idea): (post, conversation, self.idea) = (nil, nil, IdeaCardView(idea, signedIn: viewer != nil, csrf: csrf))
        }
    }
}

/// A reaction button: its symbol, count, and whether pressing it adds or takes back.
struct ReactionView {
    let name: String
    let label: String
    let symbol: String
    let count: Int?
    let mine: Bool
    /// The button's field: `add` when the reader has not given this reaction, `remove` when they have.
    let change: String
    /// `aria-pressed`: whether the reader gave this reaction.
    let pressed: String

    static func all(_ counts: [ReactionCount]) -> [ReactionView] {
        Reaction.allCases.map { reaction in
            let count = counts.first { $0.reaction == reaction }
            let mine = count?.mine ?? false
            return ReactionView(
                name: reaction.rawValue, label: reaction.label, symbol: reaction.symbol, count: count?.count, mine: mine,
                change: mine ? "remove" : "add", pressed: mine ? "true" : "false")
        }
    }
}

/// A reply as the thread page shows it.
struct ReplyView {
    let id: Int
    let author: MemberView
    let bodyHTML: String
    let hidden: Bool
    let shown: Bool
    let accepted: Bool
    let isNew: Bool
    let createdAt: Timestamp
    let edited: Bool
    let reactions: [ReactionView]
    let canEdit: Bool
    let canAccept: Bool
    let canReact: Bool
    let moderates: Bool
    /// The page's CSRF token and flag reasons, repeated here so the reply's forms find them without searching the page.
    let csrf: String
    let flagReasons: [Option]
    /// The reader has flagged this reply already.
    let flagged: Bool

    init(_ reply: Reply, in thread: ConversationThread, viewer: Member?, csrf: String, flagReasons: [Option], flagged: Set<Int> = []) {
        let conversation = thread.conversation
        id = reply.id
        author = MemberView(reply.author)
        bodyHTML = reply.bodyHTML
        hidden = reply.hidden
        shown = !reply.hidden || !reply.body.isEmpty
        accepted = reply.accepted
        isNew = thread.readUpTo.map { reply.id > $0 } ?? false
        createdAt = Timestamp(reply.createdAt)
        edited = reply.editedAt != nil
        reactions = ReactionView.all(reply.reactions)
        let writable = viewer != nil && conversation.mergedInto == nil
        canEdit = writable && (viewer?.id == reply.author.id || thread.moderates)
        canAccept =
            writable && conversation.kind == .question && !reply.accepted && !reply.hidden
            && (viewer?.id == conversation.author.id || thread.moderates)
        canReact = writable
        moderates = writable && thread.moderates
        self.csrf = csrf
        self.flagReasons = flagReasons
        self.flagged = flagged.contains(reply.id)
    }
}

/// A moderation notice shown in the thread: what a moderator did, when, and why.
struct NoticeView {
    let text: String
    let actor: String
    let at: Timestamp

    static let actions: Set<String> = [
        "lock", "unlock", "pin", "unpin", "hide", "restore", "move", "split", "merge", "hide-reply", "restore-reply", "faq",
    ]

    init(_ entry: ActionLogEntry) {
        text = entry.summary
        actor = entry.actor?.name ?? "A moderator"
        at = Timestamp(entry.createdAt)
    }
}

/// A follow button: follow or unfollow one target, then come back.
struct FollowButton {
    let kind: String
    let key: String
    let following: Bool
    let returnTo: String

    init(_ target: FollowTarget, following: Bool, returnTo: String) {
        kind = target.kind
        key = target.key
        self.following = following
        self.returnTo = returnTo
    }
}
