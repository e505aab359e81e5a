import CommonplaceCore
import Hummingbird

/// The API form of ``Idea``.
struct IdeaResource: ResponseEncodable, Sendable {
    let id: Int
    let space: SpaceReferenceResource
    /// Only when the reader may see the campaign.
    let campaign: CampaignReferenceResource?
    let author: MemberSummaryResource
    let visibility: Visibility
    let audience: AudienceResource
    let title: String
    let body: String
    let bodyHTML: String
    let tags: [String]
    let status: IdeaStatus
    let customerRole: CustomerRole
    let needType: NeedType
    let supportCount: Int
    let supported: Bool
    let duplicateOf: Int?
    let sourceThread: Int?
    let requester: MemberSummaryResource?
    let owner: MemberSummaryResource?
    let commentCount: Int
    let hidden: Bool
    let createdAt: Int
    let statusChangedAt: Int

    init(_ value: Idea) {
        id = value.id
        space = SpaceReferenceResource(value.space)
        campaign = value.campaign.map(CampaignReferenceResource.init)
        author = MemberSummaryResource(value.author)
        visibility = value.visibility
        audience = AudienceResource(value.audience)
        title = value.title
        body = value.body
        bodyHTML = value.bodyHTML
        tags = value.tags
        status = value.status
        customerRole = value.customerRole
        needType = value.needType
        supportCount = value.supportCount
        supported = value.supported
        duplicateOf = value.duplicateOf
        sourceThread = value.sourceThreadId
        requester = value.requester.map(MemberSummaryResource.init)
        owner = value.owner.map(MemberSummaryResource.init)
        commentCount = value.replyCount
        hidden = value.hidden
        createdAt = value.createdAt
        statusChangedAt = value.statusChangedAt
    }
}

/// A campaign named next to an idea.
struct CampaignReferenceResource: ResponseEncodable, Sendable {
    let id: Int
    let title: String

    init(_ value: CampaignReference) {
        id = value.id
        title = value.title
    }
}

/// The API form of ``IdeaAnswer``.
struct IdeaAnswerResource: ResponseEncodable, Sendable {
    let id: Int
    let status: IdeaStatus
    let note: String
    let noteHTML: String
    let by: MemberSummaryResource?
    let createdAt: Int

    init(_ value: IdeaAnswer) {
        id = value.id
        status = value.status
        note = value.note
        noteHTML = value.noteHTML
        by = value.by.map(MemberSummaryResource.init)
        createdAt = value.createdAt
    }
}

/// An official answer with the idea it answers.
struct AnsweredIdeaResource: ResponseEncodable, Sendable {
    let idea: IdeaReferenceResource
    let answer: IdeaAnswerResource

    init(_ value: AnsweredIdea) {
        idea = IdeaReferenceResource(id: value.idea.id, title: value.idea.title)
        answer = IdeaAnswerResource(value.answer)
    }
}

/// An idea named by its number and title.
struct IdeaReferenceResource: ResponseEncodable, Sendable {
    let id: Int
    let title: String
}

/// The latest answers on the ideas someone backs.
struct AnsweredIdeasResource: ResponseEncodable, Sendable {
    let items: [AnsweredIdeaResource]
}

/// The answers of an idea.
struct IdeaAnswersResource: ResponseEncodable, Sendable {
    let items: [IdeaAnswerResource]
}

/// The API form of ``IdeaSupporters``: names and accounts are empty unless the reader is an employee.
struct IdeaSupportersResource: ResponseEncodable, Sendable {
    let count: Int
    let mine: Bool
    let members: [MemberSummaryResource]
    let accounts: [AccountDemandResource]

    init(_ value: IdeaSupporters) {
        count = value.count
        mine = value.mine
        members = value.members.map(MemberSummaryResource.init)
        accounts = value.accounts.map(AccountDemandResource.init)
    }
}

/// How many supporters one account has behind an idea.
struct AccountDemandResource: ResponseEncodable, Sendable {
    let slug: String
    let name: String
    let supporters: Int

    init(_ value: AccountDemand) {
        slug = value.slug
        name = value.name
        supporters = value.supporters
    }
}

/// The API form of ``Campaign``, with its goals, phases and funnel when one campaign is asked for.
struct CampaignResource: ResponseEncodable, Sendable {
    let id: Int
    let space: SpaceReferenceResource
    let author: MemberSummaryResource
    let visibility: Visibility
    let audience: AudienceResource
    let title: String
    let brief: String
    let briefHTML: String
    let phase: InnovationPhase
    let opensAt: Int?
    let closesAt: Int?
    let accepting: Bool
    let open: Bool
    let ideaCount: Int
    let createdAt: Int
    let goals: [CampaignGoalResource]?
    let phases: [CampaignPhaseResource]?
    /// Ideas per status, counted over what the reader may see.
    let funnel: [String: Int]?

    init(_ value: Campaign, goals: [CampaignGoal]? = nil, phases: [CampaignPhaseChange]? = nil, funnel: [IdeaStatus: Int]? = nil) {
        id = value.id
        space = SpaceReferenceResource(value.space)
        author = MemberSummaryResource(value.author)
        visibility = value.visibility
        audience = AudienceResource(value.audience)
        title = value.title
        brief = value.brief
        briefHTML = value.briefHTML
        phase = value.phase
        opensAt = value.opensAt
        closesAt = value.closesAt
        accepting = value.accepting
        open = value.isOpen(at: Clock.now())
        ideaCount = value.ideaCount
        createdAt = value.createdAt
        self.goals = goals?.map(CampaignGoalResource.init)
        self.phases = phases?.map(CampaignPhaseResource.init)
        self.funnel = funnel.map { counts in
            Dictionary(uniqueKeysWithValues: IdeaStatus.answerable.map { ($0.rawValue, counts[$0] ?? 0) })
        }
    }
}

/// The API form of ``CampaignGoal``.
struct CampaignGoalResource: ResponseEncodable, Sendable {
    let description: String
    let metric: CampaignGoal.Metric
    let target: Int
    let dueAt: Int?
    let current: Int

    init(_ value: CampaignGoal) {
        description = value.description
        metric = value.metric
        target = value.target
        dueAt = value.dueAt
        current = value.current
    }
}

/// The API form of ``CampaignPhaseChange``.
struct CampaignPhaseResource: ResponseEncodable, Sendable {
    let phase: InnovationPhase
    let note: String
    let by: MemberSummaryResource?
    let createdAt: Int

    init(_ value: CampaignPhaseChange) {
        phase = value.phase
        note = value.note
        by = value.by.map(MemberSummaryResource.init)
        createdAt = value.createdAt
    }
}
