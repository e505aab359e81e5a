/// A thread as its page shows it: the opening post, its reactions, the replies, and where the reader left off.
public struct ConversationThread: Sendable, Codable, Equatable {
    public let conversation: Conversation
    public let reactions: [ReactionCount]
    /// One page of the replies, oldest first (``ConversationStore/repliesPerPage`` to a page).
    public let replies: [Reply]
    public let page: Int
    public let pageCount: Int
    /// The last reply the reader had read before this visit; replies after it are new. Nil on a first visit.
    public let readUpTo: Int?
    /// Whether the reader moderates the thread's space.
    public let moderates: Bool
}
