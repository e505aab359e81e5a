/// Where a campaign's innovation stands, after the three stages customers take part in (seed 002).
public enum InnovationPhase: String, Sendable, Codable, CaseIterable {
    /// Ideas are gathered and shaped.
    case frontEnd = "front-end"
    /// The chosen ideas are designed, built and tested.
    case development
    /// What was built reaches the market.
    case commercialization

    public var label: String {
        switch self {
        case .frontEnd: "Front end"
        case .development: "Development"
        case .commercialization: "Commercialization"
        }
    }
}

/// An innovation campaign (PRODUCT.md §6): "How could we …?", run by the moderators of its space.
public struct Campaign: Sendable, Codable, Equatable {
    public let id: Int
    public let space: SpaceReference
    public let author: MemberSummary
    public let visibility: Visibility
    public let audience: Audience
    public let title: String
    public let brief: String
    public let briefHTML: String
    public let phase: InnovationPhase
    public let opensAt: Int?
    public let closesAt: Int?
    /// Whether it takes new ideas, as its moderators set it; ``isOpen(at:)`` adds the dates.
    public let accepting: Bool
    /// The ideas in it that the viewer may see, duplicates left out.
    public let ideaCount: Int
    public let hidden: Bool
    public let createdAt: Int

    /// Whether it takes ideas at `time`: accepting, opened and not yet closed.
    public func isOpen(at time: Int) -> Bool {
        accepting && (opensAt.map { $0 <= time } ?? true) && (closesAt.map { time < $0 } ?? true)
    }
}

/// A campaign's aim, shown like a space's goals: "50 ideas by March".
public struct CampaignGoal: Sendable, Codable, Equatable {
    /// What a campaign goal counts.
    public enum Metric: String, Sendable, Codable, CaseIterable {
        case ideas
        case supports
        /// Distinct people who submitted or supported.
        case participants
    }

    public let id: Int
    public let description: String
    public let metric: Metric
    public let target: Int
    public let dueAt: Int?
    public let current: Int

    public var percent: Int { target <= 0 ? 100 : min(100, current * 100 / target) }
}

/// One step of a campaign's phase history.
public struct CampaignPhaseChange: Sendable, Codable, Equatable {
    public let phase: InnovationPhase
    public let note: String
    public let by: MemberSummary?
    public let createdAt: Int
}

/// What a moderator writes to start or change a campaign.
public struct CampaignDraft: Sendable {
    public var space: String
    public var title: String
    public var brief: String
    public var visibility: Visibility?
    public var audience: Audience
    public var phase: InnovationPhase
    public var opensAt: Int?
    public var closesAt: Int?
    public var accepting: Bool
    public var goals: [GoalDraft]

    /// A goal as written: what it counts, how many, by when.
    public struct GoalDraft: Sendable, Equatable {
        public var description: String
        public var metric: CampaignGoal.Metric
        public var target: Int
        public var dueAt: Int?

        public init(description: String, metric: CampaignGoal.Metric, target: Int, dueAt: Int? = nil) {
            self.description = description
            self.metric = metric
            self.target = target
            self.dueAt = dueAt
        }
    }

    public init(
        space: String, title: String, brief: String, visibility: Visibility? = nil, audience: Audience = Audience(),
        phase: InnovationPhase = .frontEnd, opensAt: Int? = nil, closesAt: Int? = nil, accepting: Bool = true, goals: [GoalDraft] = []
    ) {
        self.space = space
        self.title = title
        self.brief = brief
        self.visibility = visibility
        self.audience = audience
        self.phase = phase
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.accepting = accepting
        self.goals = goals
    }

    public static let maximumTitleLength = 200
    public static let maximumBriefLength = 20_000
    public static let maximumGoals = 5
}
