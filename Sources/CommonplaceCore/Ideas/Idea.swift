/// Where an idea stands, and the answer that goes with it (PRODUCT.md §6).
public enum IdeaStatus: String, Sendable, Codable, CaseIterable {
    case new
    case underReview = "under-review"
    case accepted
    case inDevelopment = "in-development"
    case launched
    case declined
    /// Merged into another idea: set only by a merge.
    case duplicate

    public var label: String {
        switch self {
        case .new: "New"
        case .underReview: "Under review"
        case .accepted: "Accepted"
        case .inDevelopment: "In development"
        case .launched: "Launched"
        case .declined: "Declined"
        case .duplicate: "Duplicate"
        }
    }

    /// Whether supports are frozen: the idea's fate is decided, so its count is the record of demand it had.
    public var isFinal: Bool { self == .launched || self == .declined || self == .duplicate }

    /// The statuses a moderator answers with; a duplicate comes only from merging.
    public static let answerable: [IdeaStatus] = [.new, .underReview, .accepted, .inDevelopment, .launched, .declined]
}

/// How the submitter takes part in innovation, after Nambisan's customer roles (seed 002).
public enum CustomerRole: String, Sendable, Codable, CaseIterable {
    /// A source of ideas and knowledge.
    case resource
    /// Designs and develops with the company.
    case coCreator = "co-creator"
    /// Tests, uses and supports the product.
    case user

    public var label: String {
        switch self {
        case .resource: "Resource — a source of ideas"
        case .coCreator: "Co-creator — designing with us"
        case .user: "User — testing and using it"
        }
    }

    /// What someone is unless they say otherwise: employees and partners co-create, customers use, the rest are a resource.
    public static func defaultRole(for member: Member) -> CustomerRole {
        if member.isEmployee || member.relation == .partner || member.relation == .supplier { return .coCreator }
        return member.relation == .customer ? .user : .resource
    }
}

/// What kind of need an idea answers.
public enum NeedType: String, Sendable, Codable, CaseIterable {
    /// A need customers know and can say.
    case existing
    /// A need customers have but do not say.
    case latent
    /// A need they will have.
    case future

    public var label: String {
        switch self {
        case .existing: "Existing — people ask for it"
        case .latent: "Latent — people have it without saying so"
        case .future: "Future — people will have it"
        }
    }
}

/// An idea (PRODUCT.md §6): an item with a title, a text and a discussion, in a campaign or directly in a space.
public struct Idea: Sendable, Codable, Equatable {
    public let id: Int
    public let space: SpaceReference
    /// The campaign it answers, when the viewer may see that campaign.
    public let campaign: CampaignReference?
    public let author: MemberSummary
    public let visibility: Visibility
    public let audience: Audience
    public let title: String
    public let body: String
    public let bodyHTML: String
    public let tags: [String]
    public let status: IdeaStatus
    public let customerRole: CustomerRole
    public let needType: NeedType
    public let supportCount: Int
    /// Whether the viewer supports it.
    public let supported: Bool
    /// The idea this one was merged into.
    public let duplicateOf: Int?
    /// For an enhancement request: the question thread it was raised from, the customer who asked and the product owner.
    public let sourceThreadId: Int?
    public let requester: MemberSummary?
    public let owner: MemberSummary?
    public let replyCount: Int
    public let hidden: Bool
    public let locked: Bool
    public let createdAt: Int
    public let statusChangedAt: Int

    public var isEnhancementRequest: Bool { sourceThreadId != nil }
}

/// A campaign named next to an idea.
public struct CampaignReference: Sendable, Codable, Equatable {
    public let id: Int
    public let title: String
}

/// An idea named next to another: the one a duplicate went into, or the one a moved support came from.
public struct IdeaReference: Sendable, Codable, Equatable {
    public let id: Int
    public let title: String
}

/// What someone submitting an idea writes.
public struct NewIdea: Sendable {
    public var space: String
    /// The campaign it answers; its space is then the idea's space.
    public var campaignId: Int?
    public var title: String
    public var body: String
    public var tags: [String]
    /// The campaign's visibility, or the space's default, when nil.
    public var visibility: Visibility?
    public var audience: Audience
    /// From what the submitter is, when nil.
    public var customerRole: CustomerRole?
    public var needType: NeedType

    public init(
        space: String = "", campaignId: Int? = nil, title: String, body: String, tags: [String] = [], visibility: Visibility? = nil,
        audience: Audience = Audience(), customerRole: CustomerRole? = nil, needType: NeedType = .existing
    ) {
        self.space = space
        self.campaignId = campaignId
        self.title = title
        self.body = body
        self.tags = tags
        self.visibility = visibility
        self.audience = audience
        self.customerRole = customerRole
        self.needType = needType
    }
}

/// One official answer in an idea's history: the status it moved to (or stayed at, for news of progress) and the note.
public struct IdeaAnswer: Sendable, Codable, Equatable {
    public let id: Int
    public let status: IdeaStatus
    public let note: String
    public let noteHTML: String
    public let by: MemberSummary?
    public let createdAt: Int

    public static let maximumNoteLength = 5_000
    /// The note as notifications and the home page quote it: one line, its first 200 characters.
    public var excerpt: String { IdeaStore.excerpt(note) }
    /// How long an answer stays news on the home page of those who back the idea: 30 days.
    public static let recentWindow = 30 * 86_400
}

/// An official answer with the idea it answers: news for those who back the idea.
public struct AnsweredIdea: Sendable, Codable, Equatable {
    public let idea: IdeaReference
    public let answer: IdeaAnswer
}

/// Who backs an idea, as the viewer may know it: the count for everyone who sees the idea; names and accounts only for
/// employees, so that customers of one account never learn which other companies back it.
public struct IdeaSupporters: Sendable, Codable, Equatable {
    public let count: Int
    /// Whether the viewer supports it.
    public let mine: Bool
    /// Empty unless the viewer is an employee.
    public let members: [MemberSummary]
    /// Distinct accounts behind the supports, with how many of each account's people; empty unless the viewer is an employee.
    public let accounts: [AccountDemand]
}

/// How many people of one account support an idea.
public struct AccountDemand: Sendable, Codable, Equatable {
    public let slug: String
    public let name: String
    public let supporters: Int
}

/// How an idea list is ordered.
public enum IdeaOrder: String, Sendable, Codable, CaseIterable {
    /// Most supports in the last 14 days.
    case trending
    /// Most supports of all time.
    case top
    case newest

    public var label: String {
        switch self {
        case .trending: "Trending"
        case .top: "Most supported"
        case .newest: "Newest"
        }
    }

    /// How far back supports count as trending.
    public static let trendingWindow = 14 * 86_400
    /// How often, at most, supports that aged out of the window stop counting.
    static let trendingRefresh = 600
}

/// A page of the ideas list with the open campaigns its filter offers.
public struct IdeaListing: Sendable {
    public let ideas: [Idea]
    public let openCampaigns: [CampaignReference]
}

/// Which ideas to list.
public struct IdeaFilter: Sendable {
    public var spaceId: Int?
    public var campaignId: Int?
    public var phase: InnovationPhase?
    public var status: IdeaStatus?
    public var customerRole: CustomerRole?
    public var needType: NeedType?
    public var tag: String?
    /// Ideas with a supporter or requester from this account: employees only.
    public var accountId: Int?
    public var authorId: Int?
    /// Only ideas raised as enhancement requests from threads.
    public var enhancementRequests: Bool = false
    public var order: IdeaOrder
    public var limit: Int
    public var offset: Int

    public init(
        spaceId: Int? = nil, campaignId: Int? = nil, phase: InnovationPhase? = nil, status: IdeaStatus? = nil,
        customerRole: CustomerRole? = nil, needType: NeedType? = nil, tag: String? = nil, accountId: Int? = nil, authorId: Int? = nil,
        order: IdeaOrder = .trending, limit: Int = 30, offset: Int = 0
    ) {
        self.spaceId = spaceId
        self.campaignId = campaignId
        self.phase = phase
        self.status = status
        self.customerRole = customerRole
        self.needType = needType
        self.tag = tag
        self.accountId = accountId
        self.authorId = authorId
        self.order = order
        self.limit = limit
        self.offset = offset
    }
}
