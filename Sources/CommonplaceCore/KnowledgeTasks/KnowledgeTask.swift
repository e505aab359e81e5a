/// What a knowledge task asks its segment for (seed 000, stage 1).
public enum TaskResponseKind: String, Sendable, Codable, CaseIterable {
    /// Suggested edits to the articles the task names.
    case edits
    /// Answers to the questions the task names.
    case answers
    /// Ideas for the campaign the task names.
    case ideas
    /// A few words written on the task's page.
    case free

    public var label: String {
        switch self {
        case .edits: "Suggested edits to named articles"
        case .answers: "Answers to named questions"
        case .ideas: "Ideas for a campaign"
        case .free: "A free response"
        }
    }
}

/// Whom a task is for. Within one kind any value matches; across kinds all must: "volunteers who know the Model 5" is
/// `relations: [volunteer], expertise: [model-5]`. An empty segment is everyone who may see the task.
public struct TaskSegment: Sendable, Codable, Equatable {
    /// Relations (`customer`, `supplier`, `partner`, `volunteer`) or `employee`.
    public var relations: [String]
    /// Account slugs.
    public var accounts: [String]
    /// Followers of these tags.
    public var tags: [String]
    /// People who declared one of these as expertise on their profile.
    public var expertise: [String]

    public init(relations: [String] = [], accounts: [String] = [], tags: [String] = [], expertise: [String] = []) {
        self.relations = relations
        self.accounts = accounts
        self.tags = tags
        self.expertise = expertise
    }

    public var isEmpty: Bool { relations.isEmpty && accounts.isEmpty && tags.isEmpty && expertise.isEmpty }

    /// The stored rows: kind and value.
    var rows: [(kind: String, value: String)] {
        relations.map { ("relation", $0) } + accounts.map { ("account", $0) } + tags.map { ("tag", $0) }
            + expertise.map { ("expertise", $0) }
    }

    /// The relations a segment may name: the external ones and `employee`.
    public static let relationNames = Relation.allCases.map(\.rawValue) + ["employee"]
    public static let maximumValues = 20
}

/// An item a task names for responses: an article to improve or a question to answer.
public struct TaskTarget: Sendable, Codable, Equatable {
    public let id: Int
    /// `article` or `question`.
    public let kind: String
    public let title: String
}

/// A knowledge task (PRODUCT.md §6): the company asks its long tail for knowledge — "review our installation guide" —
/// by a deadline, with a goal; closing it thanks the respondents by name.
public struct KnowledgeTask: Sendable, Codable, Equatable {
    public let id: Int
    public let space: SpaceReference
    public let author: MemberSummary
    public let visibility: Visibility
    public let audience: Audience
    public let title: String
    public let brief: String
    public let briefHTML: String
    public let responseKind: TaskResponseKind
    /// For ideas: the campaign, when the viewer may see it.
    public let campaign: CampaignReference?
    /// The named articles or questions the viewer may see.
    public let targets: [TaskTarget]
    public let segment: TaskSegment
    public let dueAt: Int
    public let goal: Int
    /// Distinct people whose response the viewer may count: every free response and suggested edit (their content stays
    /// private, like a support), and replies and ideas the viewer may see.
    public let respondents: Int
    /// Whether the viewer responded.
    public let responded: Bool
    public let closedAt: Int?
    /// The closing words to the respondents.
    public let thanks: String
    public let hidden: Bool
    public let createdAt: Int

    /// Whether it takes responses at `time`: not closed and before its deadline.
    public func isOpen(at time: Int) -> Bool { closedAt == nil && time < dueAt }

    public var percent: Int { goal <= 0 ? 100 : min(100, respondents * 100 / goal) }
}

/// One response to a task, as its reader may see it.
public struct TaskResponse: Sendable, Codable, Equatable {
    /// How a response was given.
    public enum Kind: String, Sendable, Codable {
        case free
        case reply
        case suggestion
        case idea
    }

    public let id: Int
    public let member: MemberSummary
    public let kind: Kind
    /// The thread, article or idea it is in; nil for a free response.
    public let itemId: Int?
    public let replyId: Int?
    public let suggestionId: Int?
    /// The title of the thread, article or idea.
    public let title: String?
    public let body: String
    public let bodyHTML: String
    public let createdAt: Int
}

/// A closed task that thanked a member for responding, as a profile shows it.
public struct TaskThanks: Sendable, Codable, Equatable {
    public let taskId: Int
    public let title: String
    public let thanks: String
    public let closedAt: Int
}

/// What a moderator writes to publish a task.
public struct TaskDraft: Sendable {
    public var space: String
    public var title: String
    public var brief: String
    public var visibility: Visibility?
    public var audience: Audience
    public var responseKind: TaskResponseKind
    /// The articles (for edits) or questions (for answers) to respond on.
    public var targets: [Int]
    /// The campaign, for ideas.
    public var campaignId: Int?
    public var segment: TaskSegment
    public var dueAt: Int
    public var goal: Int

    public init(
        space: String, title: String, brief: String, visibility: Visibility? = nil, audience: Audience = Audience(),
        responseKind: TaskResponseKind, targets: [Int] = [], campaignId: Int? = nil, segment: TaskSegment = TaskSegment(), dueAt: Int,
        goal: Int
    ) {
        self.space = space
        self.title = title
        self.brief = brief
        self.visibility = visibility
        self.audience = audience
        self.responseKind = responseKind
        self.targets = targets
        self.campaignId = campaignId
        self.segment = segment
        self.dueAt = dueAt
        self.goal = goal
    }

    public static let maximumTitleLength = 200
    public static let maximumBriefLength = 20_000
    public static let maximumTargets = 20
    public static let maximumGoal = 100_000
    public static let maximumResponseLength = 10_000
}
