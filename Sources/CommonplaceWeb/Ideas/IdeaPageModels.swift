import CommonplaceCore

/// An idea in a list: status, supports, where it belongs.
struct IdeaCardView {
    let id: Int
    let url: SiteURL
    let title: String
    let status: String
    let statusLabel: String
    let supportCount: Int
    let supported: Bool
    /// Whether the reader may support or withdraw here: signed in and the idea still open.
    let canSupport: Bool
    let csrf: String
    let author: MemberView
    let spaceName: String
    let spaceURL: SiteURL
    let campaign: CampaignLink?
    let repliesLabel: String
    let visibility: String
    let visibilityLabel: String
    let tags: [String]
    let createdAt: Timestamp
    let isEnhancementRequest: Bool

    init(_ idea: Idea, signedIn: Bool, csrf: String) {
        id = idea.id
        url = .idea(idea.id)
        title = idea.title
        status = idea.status.rawValue
        statusLabel = idea.status.label
        supportCount = idea.supportCount
        supported = idea.supported
        canSupport = signedIn && !idea.status.isFinal
        self.csrf = csrf
        author = MemberView(idea.author)
        spaceName = idea.space.name
        spaceURL = .space(idea.space.slug)
        campaign = idea.campaign.map(CampaignLink.init)
        repliesLabel = counted(idea.replyCount, "comment", "comments")
        visibility = idea.visibility.rawValue
        visibilityLabel = idea.visibility.label
        tags = idea.tags
        createdAt = Timestamp(idea.createdAt)
        isEnhancementRequest = idea.isEnhancementRequest
    }
}

/// An enhancement request on the thread it came from: where it stands and every answer on the way.
struct EnhancementView {
    let card: IdeaCardView
    let answers: [IdeaAnswerView]
}

/// A campaign's title and address.
struct CampaignLink {
    let title: String
    let url: SiteURL

    init(_ campaign: CampaignReference) {
        self.init(id: campaign.id, title: campaign.title)
    }

    init(id: Int, title: String) {
        self.title = title
        url = .campaign(id)
    }
}

/// `/ideas`: ideas with their order and filters, and the funnel of what the filters select.
struct IdeaListPage {
    let chrome: Chrome
    let heading: String
    let orders: [TabLink]
    let statuses: [Option]
    let roles: [Option]
    let needs: [Option]
    let phases: [Option]
    let campaigns: [Option]
    /// The account slug filtered by (employees only): typed, as an instance may have thousands.
    let account: String
    let showsAccounts: Bool
    let tag: String
    let order: String
    let ideas: [IdeaCardView]
    let funnel: [FunnelStep]
    let next: SiteURL?
    let canSubmit: Bool
}

/// A tab of a list: its label, link and whether it is the one shown.
struct TabLink {
    let label: String
    let url: SiteURL
    let current: Bool
}

/// One status of a funnel: how many ideas stand there, as a share of the widest step.
struct FunnelStep {
    let label: String
    let status: String
    let count: Int
    let percent: Int
    let url: SiteURL
}

extension FunnelStep {
    /// The steps of a funnel in the order ideas move through them, each linking to its ideas under `base`.
    static func steps(_ counts: [IdeaStatus: Int], base: SiteURL) -> [FunnelStep] {
        let widest = max(1, counts.values.max() ?? 1)
        return IdeaStatus.answerable.map { status in
            let count = counts[status] ?? 0
            return FunnelStep(
                label: status.label, status: status.rawValue, count: count, percent: count * 100 / widest,
                url: base.query("status", status.rawValue))
        }
    }
}

/// What the idea page adds to its discussion: status and answers, supports, and the forms that change them.
struct IdeaPanel {
    let id: Int
    let status: String
    let statusLabel: String
    let campaign: CampaignLink?
    let customerRole: String
    let needType: String
    let supportCount: Int
    let supported: Bool
    let canSupport: Bool
    let frozen: Bool
    /// Supporters by name and demand by account: employees only.
    let supporterNames: [MemberView]
    let accounts: [AccountDemand]
    let showsSupporters: Bool
    let answers: [IdeaAnswerView]
    /// The duplicate a merge moved the reader's support from, until they keep or withdraw it.
    let movedFrom: IdeaReference?
    let duplicateOf: SiteURL?
    let canAnswer: Bool
    let canMerge: Bool
    let statuses: [Option]
    let sourceThread: SiteURL?
    let requester: MemberView?
    let owner: MemberView?
    /// For a launched idea, where to write the article that documents it, or to find one to suggest an edit to.
    let articleURL: SiteURL?
    let suggestURL: SiteURL?
    /// The idea as schema.org JSON-LD, for the page's `<script type="application/ld+json">`.
    let jsonLD: String?
}

/// One official answer as the idea page shows it.
struct IdeaAnswerView {
    let statusLabel: String
    let status: String
    let noteHTML: String
    let by: MemberView?
    let at: Timestamp

    init(_ answer: IdeaAnswer) {
        statusLabel = answer.status.label
        status = answer.status.rawValue
        noteHTML = answer.noteHTML
        by = answer.by.map(MemberView.init)
        at = Timestamp(answer.createdAt)
    }
}

/// An official answer on an idea the reader backs, as their home page shows it.
struct AnsweredIdeaView {
    let url: SiteURL
    let title: String
    let status: String
    let statusLabel: String
    let excerpt: String
    let by: MemberView?
    let at: Timestamp

    init(_ answered: AnsweredIdea) {
        url = SiteURL.idea(answered.idea.id).fragment("answer")
        title = answered.idea.title
        status = answered.answer.status.rawValue
        statusLabel = answered.answer.status.label
        excerpt = answered.answer.excerpt
        by = answered.answer.by.map(MemberView.init)
        at = Timestamp(answered.answer.createdAt)
    }
}

/// The form for submitting an idea, with similar ideas, questions and articles when there are some.
struct IdeaFormPage {
    let chrome: Chrome
    let form: IdeaForm
    let campaign: CampaignLink?
    let spaces: [Option]
    let visibilities: [Option]
    let roles: [Option]
    let needs: [Option]
    let similar: [SimilarView]
    let errors: FormErrors
}

/// The fields of the idea form.
struct IdeaForm: Decodable {
    var space: String?
    var campaign: String?
    var title: String = ""
    var body: String = ""
    var tags: String?
    var visibility: String?
    var audienceMembers: String?
    var audienceAccounts: String?
    var customerRole: String?
    var needType: String?
    /// "1" once the submitter has seen similar items and submits anyway.
    var confirmed: String?

    enum CodingKeys: String, CodingKey {
        case space, campaign, title, body, tags, visibility, confirmed
        case audienceMembers = "audience_members"
        case audienceAccounts = "audience_accounts"
        case customerRole = "customer_role"
        case needType = "need_type"
    }

    init(space: String?, campaign: String?) {
        self.space = space
        self.campaign = campaign
    }

    func newIdea() throws -> NewIdea {
        var problems: [FieldProblem] = []
        func parse<T: RawRepresentable<String>>(_ value: String?, _ field: String, _ message: String) -> T? {
            guard let value, !value.isEmpty else { return nil }
            guard let parsed = T(rawValue: value) else {
                problems.append(FieldProblem(field: field, message: message))
                return nil
            }
            return parsed
        }
        let visibility: Visibility? = parse(visibility, "visibility", "Choose a visibility.")
        let role: CustomerRole? = parse(customerRole, "customer_role", "Choose how you take part.")
        let need: NeedType? = parse(needType, "need_type", "Choose the kind of need.")
        var campaignId: Int?
        if let campaign, !campaign.isEmpty {
            campaignId = Int(campaign)
            if campaignId == nil { problems.append(FieldProblem(field: "campaign", message: "Choose a campaign.")) }
        }
        guard problems.isEmpty else { throw StoreError.invalid(problems) }
        return NewIdea(
            space: space ?? "", campaignId: campaignId, title: title, body: body, tags: Tags.parseList(tags ?? ""), visibility: visibility,
            audience: Audience(formMembers: audienceMembers, formAccounts: audienceAccounts),
            customerRole: role, needType: need ?? .existing)
    }
}

/// The answer form: a status and the note that goes with it.
struct AnswerForm: Decodable {
    let status: String
    let note: String
}

/// The merge form: the idea to merge into and why.
struct IdeaMergeForm: Decodable {
    let into: String
    let reason: String
}

/// The support button's form: `support` or `withdraw`, and where to come back to.
struct SupportForm: Decodable {
    let action: String
    let returnTo: String?

    enum CodingKeys: String, CodingKey {
        case action
        case returnTo = "return_to"
    }
}

/// The enhancement request form on a question thread.
struct EnhancementForm: Decodable {
    let title: String
    let body: String
    let owner: String
    let needType: String?

    enum CodingKeys: String, CodingKey {
        case title, body, owner
        case needType = "need_type"
    }
}
