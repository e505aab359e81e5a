import CommonplaceCore

/// An independent statement of PRODUCT.md §2 in plain Swift sets: who may read which item, reply text and
/// suggestion. The model-based test drives the store and this model with the same operations and compares them.
struct VisibilityModel {
    struct Person {
        var kind: MemberKind
        var role: Role
        var account: Int?
        var isEmployee: Bool { kind == .employee }
        var moderatesEverything: Bool { role == .admin || role == .moderator }
    }

    struct ModelReply {
        let id: Int
        let author: Int
        var hidden: Bool
    }

    struct Item {
        enum Kind: String { case post, article, thread, campaign, idea, task }
        let id: Int
        let kind: Kind
        var space: Int
        var author: Int
        var visibility: Visibility
        var audienceMembers: Set<Int>
        var audienceAccounts: Set<Int>
        var hidden = false
        var replies: [ModelReply] = []
        var mergedInto: Int?
        /// Ideas: the campaign, the supporters, and whether the idea is decided (supports frozen).
        var campaign: Int?
        var supporters: Set<Int> = []
        var decided = false
        /// Threads: whether it is a question, which a knowledge task may name.
        var question = false
        /// Tasks: what they ask for, the questions they name, their responses, and whether they are closed.
        var taskKind: TaskResponseKind?
        var targets: [Int] = []
        var responses: [ModelTaskResponse] = []
        var closed = false
    }

    /// A response to a task: written on its page, or a reply or an idea that answers it.
    struct ModelTaskResponse {
        enum Kind { case free, reply, idea }
        let member: Int
        let kind: Kind
        /// The reply or the idea.
        let id: Int
    }

    struct ModelSuggestion {
        let id: Int
        let article: Int
        let suggester: Int
        var open = true
    }

    var people: [Int: Person] = [:]
    /// Active memberships: space id → member id → moderates the space.
    var memberships: [Int: [Int: Bool]] = [:]
    var items: [Int: Item] = [:]
    var suggestions: [Int: ModelSuggestion] = [:]

    func moderates(_ reader: Int, space: Int) -> Bool {
        people[reader]!.moderatesEverything || memberships[space]?[reader] == true
    }

    /// Whether `reader` (nil: a visitor, anonymous reading on) may read the item.
    func canSee(_ reader: Int?, _ item: Item) -> Bool {
        guard let reader else { return item.visibility == .public && !item.hidden }
        let person = people[reader]!
        if item.author == reader { return true }
        let allowed: Bool
        switch item.visibility {
        case .public: allowed = true
        case .space: allowed = person.role == .admin || memberships[item.space]?[reader] != nil
        case .internal: allowed = person.isEmployee
        case .partners:
            allowed =
                person.isEmployee || item.audienceMembers.contains(reader)
                || person.account.map { item.audienceAccounts.contains($0) } == true
        case .private: allowed = item.audienceMembers.contains(reader)
        }
        return allowed && (!item.hidden || moderates(reader, space: item.space))
    }

    func showsText(of reply: ModelReply, in item: Item, to reader: Int?) -> Bool {
        guard canSee(reader, item) else { return false }
        guard reply.hidden else { return true }
        guard let reader else { return false }
        return reply.author == reader || moderates(reader, space: item.space)
    }

    /// Who may read a suggestion: its suggester and the article's editors (its owner, the author here, and the
    /// space's moderators), while they may read the article.
    func canSee(_ reader: Int, _ suggestion: ModelSuggestion) -> Bool {
        guard let article = items[suggestion.article], canSee(reader, article) else { return false }
        return suggestion.suggester == reader || article.author == reader || moderates(reader, space: article.space)
    }

    /// Everyone who reads the item, visitors included (-1).
    func readers(of item: Item) -> Set<Int> {
        var result = Set(people.keys.filter { canSee($0, item) })
        if canSee(nil, item) { result.insert(-1) }
        return result
    }
}
