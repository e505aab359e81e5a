/// What a notification points at, as the store knows it: a kind of page and its id. The web layer makes the link
/// (Core never builds a URL), so a change of addresses never leaves stored links behind.
public enum Destination: Sendable, Equatable, Hashable {
    /// A thread, or one reply in it.
    case thread(Int, reply: Int?)
    case article(Int)
    case suggestion(Int)
    case idea(Int)
    case campaign(Int)
    case task(Int)
    /// The moderators' review queue, where a new flag waits.
    case reviewQueue

    /// The stored form: `target_kind`, `target_id`, `target_reply`.
    var columns: (kind: String, id: Int, reply: Int?) {
        switch self {
        case .thread(let id, let reply): ("thread", id, reply)
        case .article(let id): ("article", id, nil)
        case .suggestion(let id): ("suggestion", id, nil)
        case .idea(let id): ("idea", id, nil)
        case .campaign(let id): ("campaign", id, nil)
        case .task(let id): ("task", id, nil)
        case .reviewQueue: ("review", 0, nil)
        }
    }

    init?(kind: String, id: Int, reply: Int?) {
        switch kind {
        case "thread": self = .thread(id, reply: reply)
        case "article": self = .article(id)
        case "suggestion": self = .suggestion(id)
        case "idea": self = .idea(id)
        case "campaign": self = .campaign(id)
        case "task": self = .task(id)
        case "review": self = .reviewQueue
        default: return nil
        }
    }
}
