import CommonplaceCore

/// A task in a list or on the home page: what it asks, by when, and how far it has come.
struct TaskCardView {
    let url: SiteURL
    let title: String
    let kindLabel: String
    let open: Bool
    let closed: Bool
    let dueAt: Timestamp
    let respondents: Int
    let goal: Int
    let percent: Int
    let responded: Bool
    let spaceName: String
    let spaceURL: SiteURL
    let visibility: String
    let visibilityLabel: String

    init(_ task: KnowledgeTask, now: Int) {
        url = .task(task.id)
        title = task.title
        kindLabel = task.responseKind.label
        open = task.isOpen(at: now)
        closed = task.closedAt != nil
        dueAt = Timestamp(task.dueAt)
        respondents = task.respondents
        goal = task.goal
        percent = task.percent
        responded = task.responded
        spaceName = task.space.name
        spaceURL = .space(task.space.slug)
        visibility = task.visibility.rawValue
        visibilityLabel = task.visibility.label
    }

    var stateLabel: String { closed ? "closed" : open ? "open" : "deadline passed" }
}

/// `/tasks`: the tasks meant for the reader, then every task they may see.
struct TaskListPage {
    let chrome: Chrome
    let forYou: [TaskCardView]
    let tasks: [TaskCardView]
    let canPublish: Bool
}

/// One response on a task's page.
struct TaskResponseView {
    let member: MemberView
    let kindLabel: String
    let link: SiteURL?
    let title: String?
    let bodyHTML: String
    let at: Timestamp

    init(_ response: TaskResponse) {
        member = MemberView(response.member)
        switch response.kind {
        case .free:
            kindLabel = "wrote"
            link = nil
        case .reply:
            kindLabel = "answered"
            link = response.itemId.map { SiteURL.reply(response.replyId, in: $0) }
        case .suggestion:
            kindLabel = "suggested an edit to"
            link = response.suggestionId.map { SiteURL.suggestion($0) }
        case .idea:
            kindLabel = "submitted the idea"
            link = response.itemId.map { SiteURL.idea($0) }
        }
        title = response.title
        bodyHTML = response.bodyHTML
        at = Timestamp(response.createdAt)
    }
}

/// `/tasks/:id`: the brief, the way to respond, progress, responses and — once closed — the thanks.
struct TaskPage {
    let chrome: Chrome
    let id: Int
    let card: TaskCardView
    let author: MemberView
    let briefHTML: String
    let responseKind: TaskResponseKind
    let targets: [(url: SiteURL, action: SiteURL, title: String)]
    /// For ideas: the campaign, and where to submit one to it.
    let campaign: (title: String, submit: SiteURL)?
    /// Whom it is for, in words; empty for everyone who may see it.
    let segment: [String]
    let thanks: String
    let closedAt: Timestamp?
    let responses: [TaskResponseView]
    let canRespond: Bool
    let canClose: Bool
    /// For its moderators: the words, deadline (a day) and goal, as the edit form starts.
    let edit: (title: String, brief: String, due: String, goal: String)?
    let follow: FollowButton?
    let responseBody: String
    let errors: FormErrors
}

/// Publishing a task.
struct TaskFormPage {
    let chrome: Chrome
    let form: TaskForm
    let spaces: [Option]
    let kinds: [Option]
    let campaigns: [Option]
    let relations: [(value: String, label: String, checked: Bool)]
    let visibilities: [Option]
    let errors: FormErrors
}

/// The fields of the task form. Targets are numbers or links of articles or questions; accounts, tags and expertise
/// are separated by spaces or commas.
struct TaskForm: Decodable {
    var space: String?
    var title: String = ""
    var brief: String = ""
    var responseKind: String?
    var targets: String?
    var campaign: String?
    var relations: [String]?
    var accounts: String?
    var tags: String?
    var expertise: String?
    var due: String?
    var goal: String?
    var visibility: String?
    var audienceMembers: String?
    var audienceAccounts: String?

    enum CodingKeys: String, CodingKey {
        case space, title, brief, targets, campaign, relations, accounts, tags, expertise, due, goal, visibility
        case responseKind = "response_kind"
        case audienceMembers = "audience_members"
        case audienceAccounts = "audience_accounts"
    }

    init(space: String?) {
        self.space = space
        goal = "10"
    }

    func draft() throws -> TaskDraft {
        var problems: [FieldProblem] = []
        let kind = TaskResponseKind(rawValue: responseKind ?? "")
        if kind == nil { problems.append(FieldProblem(field: "response_kind", message: "Choose the response you want.")) }
        var visibilityValue: Visibility?
        if let visibility, !visibility.isEmpty {
            visibilityValue = Visibility(rawValue: visibility)
            if visibilityValue == nil { problems.append(FieldProblem(field: "visibility", message: "Choose a visibility.")) }
        }
        var targetIds: [Int] = []
        for word in Self.words(targets) {
            guard let id = Int(word.split(whereSeparator: { !$0.isNumber }).last ?? "") else {
                problems.append(FieldProblem(field: "targets", message: "Give each article or question as its number or link."))
                break
            }
            targetIds.append(id)
        }
        var campaignId: Int?
        if kind == .ideas, let campaign, !campaign.isEmpty {
            campaignId = Int(campaign)
            if campaignId == nil { problems.append(FieldProblem(field: "campaign", message: "Choose a campaign.")) }
        }
        let dueAt = (due?.trimmed).flatMap { $0.isEmpty ? nil : DateText.parseDay($0) }
        if dueAt == nil { problems.append(FieldProblem(field: "dueAt", message: "Give the deadline as YYYY-MM-DD.")) }
        let goalValue = Int(goal?.trimmed ?? "")
        if goalValue == nil { problems.append(FieldProblem(field: "goal", message: "Give the goal as a number of responses.")) }
        guard problems.isEmpty, let kind, let dueAt, let goalValue else { throw StoreError.invalid(problems) }
        return TaskDraft(
            space: space ?? "", title: title, brief: brief, visibility: visibilityValue,
            audience: Audience(formMembers: audienceMembers, formAccounts: audienceAccounts), responseKind: kind, targets: targetIds,
            campaignId: campaignId,
            segment: TaskSegment(
                relations: relations ?? [], accounts: Self.words(accounts).map { $0.lowercased() },
                tags: Self.words(tags).map { $0.lowercased().trimmingPrefix("#") }.map(String.init),
                expertise: Self.words(expertise).map { $0.lowercased() }),
            // The end of the chosen day, in UTC, as the form asks for a day.
            dueAt: dueAt + 86_399, goal: goalValue)
    }

    private static func words(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
    }
}

/// A free response, the thanks that close a task, or its changed words, deadline and goal.
struct TaskTextForm: Decodable {
    var body: String?
    var thanks: String?
    var title: String?
    var brief: String?
    var due: String?
    var goal: String?
}
