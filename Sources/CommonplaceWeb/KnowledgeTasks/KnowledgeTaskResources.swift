import CommonplaceCore
import Hummingbird

/// The API form of ``KnowledgeTask``.
struct KnowledgeTaskResource: ResponseEncodable, Sendable {
    let id: Int
    let space: SpaceReferenceResource
    let author: MemberSummaryResource
    let visibility: Visibility
    let audience: AudienceResource
    let title: String
    let brief: String
    let briefHTML: String
    let responseKind: TaskResponseKind
    let campaign: CampaignReferenceResource?
    let targets: [TaskTargetResource]
    let segment: TaskSegmentResource
    let dueAt: Int
    let goal: Int
    let respondents: Int
    let responded: Bool
    let open: Bool
    let closedAt: Int?
    let thanks: String
    let hidden: Bool
    let createdAt: Int

    init(_ value: KnowledgeTask) {
        id = value.id
        space = SpaceReferenceResource(value.space)
        author = MemberSummaryResource(value.author)
        visibility = value.visibility
        audience = AudienceResource(value.audience)
        title = value.title
        brief = value.brief
        briefHTML = value.briefHTML
        responseKind = value.responseKind
        campaign = value.campaign.map(CampaignReferenceResource.init)
        targets = value.targets.map(TaskTargetResource.init)
        segment = TaskSegmentResource(value.segment)
        dueAt = value.dueAt
        goal = value.goal
        respondents = value.respondents
        responded = value.responded
        open = value.isOpen(at: Clock.now())
        closedAt = value.closedAt
        thanks = value.thanks
        hidden = value.hidden
        createdAt = value.createdAt
    }
}

/// An article or question a task names.
struct TaskTargetResource: ResponseEncodable, Sendable {
    let id: Int
    let kind: String
    let title: String

    init(_ value: TaskTarget) {
        id = value.id
        kind = value.kind
        title = value.title
    }
}

/// Whom a task is for, in the API.
struct TaskSegmentResource: Codable, Sendable {
    var relations: [String]?
    var accounts: [String]?
    var tags: [String]?
    var expertise: [String]?

    init(_ value: TaskSegment) {
        relations = value.relations
        accounts = value.accounts
        tags = value.tags
        expertise = value.expertise
    }

    var segment: TaskSegment {
        TaskSegment(
            relations: (relations ?? []).map { $0.lowercased() }, accounts: accounts ?? [], tags: (tags ?? []).map { $0.lowercased() },
            expertise: (expertise ?? []).map { $0.lowercased() })
    }
}

/// The API form of ``TaskResponse``.
struct TaskResponseResource: ResponseEncodable, Sendable {
    let id: Int
    let member: MemberSummaryResource
    let kind: TaskResponse.Kind
    let item: Int?
    let reply: Int?
    let suggestion: Int?
    let title: String?
    let body: String
    let bodyHTML: String
    let createdAt: Int

    init(_ value: TaskResponse) {
        id = value.id
        member = MemberSummaryResource(value.member)
        kind = value.kind
        item = value.itemId
        reply = value.replyId
        suggestion = value.suggestionId
        title = value.title
        body = value.body
        bodyHTML = value.bodyHTML
        createdAt = value.createdAt
    }
}

/// A task's responses, oldest first.
struct TaskResponsesResource: ResponseEncodable, Sendable {
    let items: [TaskResponseResource]
}

/// The JSON body of a new task.
struct TaskInput: Decodable {
    let space: String
    let title: String
    let brief: String
    let visibility: Visibility?
    let audience: PostInput.AudienceInput?
    let responseKind: TaskResponseKind
    let targets: [Int]?
    let campaign: Int?
    let segment: TaskSegmentResource?
    let dueAt: Int
    let goal: Int

    var draft: TaskDraft {
        TaskDraft(
            space: space, title: title, brief: brief, visibility: visibility, audience: Audience(audience), responseKind: responseKind,
            targets: targets ?? [], campaignId: campaign, segment: segment?.segment ?? TaskSegment(), dueAt: dueAt, goal: goal)
    }
}

/// The JSON body that changes a task: its words, deadline and goal.
struct TaskChangeInput: Decodable {
    let title: String
    let brief: String
    let dueAt: Int
    let goal: Int
}

/// A free response to a task.
struct TaskResponseInput: Decodable {
    let body: String
}

/// The thanks that close a task.
struct TaskCloseInput: Decodable {
    let thanks: String
}
