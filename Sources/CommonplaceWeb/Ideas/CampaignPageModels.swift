import CommonplaceCore

/// A campaign in a list.
struct CampaignCardView {
    let url: SiteURL
    let title: String
    let phase: String
    let phaseLabel: String
    let open: Bool
    let ideasLabel: String
    let spaceName: String
    let spaceURL: SiteURL
    let visibility: String
    let visibilityLabel: String
    let closesAt: Timestamp?

    init(_ campaign: Campaign, now: Int) {
        url = .campaign(campaign.id)
        title = campaign.title
        phase = campaign.phase.rawValue
        phaseLabel = campaign.phase.label
        open = campaign.isOpen(at: now)
        ideasLabel = counted(campaign.ideaCount, "idea", "ideas")
        spaceName = campaign.space.name
        spaceURL = .space(campaign.space.slug)
        visibility = campaign.visibility.rawValue
        visibilityLabel = campaign.visibility.label
        closesAt = campaign.closesAt.map(Timestamp.init)
    }
}

/// `/campaigns`: the campaigns the reader may see.
struct CampaignListPage {
    let chrome: Chrome
    let campaigns: [CampaignCardView]
    let canStart: Bool
}

/// A campaign goal as its page shows it.
struct CampaignGoalView {
    let description: String
    let metric: String
    let current: Int
    let target: Int
    let percent: Int
    let dueAt: Timestamp?

    init(_ goal: CampaignGoal) {
        description = goal.description
        metric = goal.metric.rawValue
        current = goal.current
        target = goal.target
        percent = goal.percent
        dueAt = goal.dueAt.map(Timestamp.init)
    }
}

/// `/campaigns/:id`: the brief, phase and its history, goals, funnel and the ideas.
struct CampaignPage {
    let chrome: Chrome
    let card: CampaignCardView
    let id: Int
    let briefHTML: String
    let author: MemberView
    let opensAt: Timestamp?
    let phases: [(label: String, note: String, at: Timestamp)]
    let goals: [CampaignGoalView]
    let funnel: [FunnelStep]
    let ideas: [IdeaCardView]
    let canSubmit: Bool
    let canManage: Bool
    let follow: FollowButton?
}

/// Starting or changing a campaign.
struct CampaignFormPage {
    let chrome: Chrome
    let form: CampaignForm
    let action: SiteURL
    let editing: Bool
    let spaces: [Option]
    let visibilities: [Option]
    let phases: [Option]
    let errors: FormErrors
}

/// The fields of the campaign form. Goals are one per line: "description | ideas, supports or participants | target | due day".
struct CampaignForm: Decodable {
    var space: String?
    var title: String = ""
    var brief: String = ""
    var visibility: String?
    var audienceMembers: String?
    var audienceAccounts: String?
    var phase: String?
    var phaseNote: String?
    var opens: String?
    var closes: String?
    var accepting: String?
    var goals: String?

    enum CodingKeys: String, CodingKey {
        case space, title, brief, visibility, phase, opens, closes, accepting, goals
        case audienceMembers = "audience_members"
        case audienceAccounts = "audience_accounts"
        case phaseNote = "phase_note"
    }

    init(space: String?) {
        self.space = space
        accepting = "1"
    }

    init(_ campaign: Campaign, goals: [CampaignGoal]) {
        space = campaign.space.slug
        title = campaign.title
        brief = campaign.brief
        visibility = campaign.visibility.rawValue
        audienceMembers = campaign.audience.members.map { "@" + $0 }.joined(separator: " ")
        audienceAccounts = campaign.audience.accounts.joined(separator: " ")
        phase = campaign.phase.rawValue
        opens = campaign.opensAt.map(DateText.day)
        closes = campaign.closesAt.map(DateText.day)
        accepting = campaign.accepting ? "1" : nil
        self.goals = goals.map { goal in
            ([goal.description, goal.metric.rawValue, String(goal.target)] + (goal.dueAt.map { [DateText.day($0)] } ?? []))
                .joined(separator: " | ")
        }.joined(separator: "\n")
    }

    func draft() throws -> CampaignDraft {
        var problems: [FieldProblem] = []
        var visibilityValue: Visibility?
        if let visibility, !visibility.isEmpty {
            visibilityValue = Visibility(rawValue: visibility)
            if visibilityValue == nil { problems.append(FieldProblem(field: "visibility", message: "Choose a visibility.")) }
        }
        let phaseValue = InnovationPhase(rawValue: phase ?? InnovationPhase.frontEnd.rawValue)
        if phaseValue == nil { problems.append(FieldProblem(field: "phase", message: "Choose a phase.")) }
        func day(_ text: String?, _ field: String) -> Int? {
            guard let text = text?.trimmed, !text.isEmpty else { return nil }
            guard let seconds = DateText.parseDay(text) else {
                problems.append(FieldProblem(field: field, message: "Give the date as YYYY-MM-DD."))
                return nil
            }
            return seconds
        }
        let opensAt = day(opens, "opens")
        let closesAt = day(closes, "closes")
        var parsedGoals: [CampaignDraft.GoalDraft] = []
        for line in (goals ?? "").split(whereSeparator: \.isNewline) where !String(line).trimmed.isEmpty {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
            guard parts.count >= 3, let metric = CampaignGoal.Metric(rawValue: parts[1].lowercased()), let target = Int(parts[2]) else {
                problems.append(
                    FieldProblem(field: "goals", message: "Write each goal as “description | ideas, supports or participants | target”."))
                continue
            }
            parsedGoals.append(
                CampaignDraft.GoalDraft(
                    description: parts[0], metric: metric, target: target, dueAt: parts.count > 3 ? day(parts[3], "goals") : nil))
        }
        guard problems.isEmpty, let phaseValue else { throw StoreError.invalid(problems) }
        return CampaignDraft(
            space: space ?? "", title: title, brief: brief, visibility: visibilityValue,
            audience: Audience(formMembers: audienceMembers, formAccounts: audienceAccounts),
            phase: phaseValue, opensAt: opensAt, closesAt: closesAt, accepting: accepting == "1", goals: parsedGoals)
    }
}
