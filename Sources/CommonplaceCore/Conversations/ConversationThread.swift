/// A thread as its page shows it: the opening post, its reactions, the replies, and where the reader left off.
public struct ConversationThread: Sendable, Codable, Equatable {
    public let conversation: Conversation
    public let reactions: [ReactionCount]
    public let replies: [Reply]
    /// The last reply the reader had read before this visit; replies after it are new. Nil on a first visit.
    public let readUpTo: Int?
    /// Whether the reader moderates the thread's space.
    public let moderates: Bool
}
