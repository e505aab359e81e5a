import CommonplaceCore
import Hummingbird

/// The pages of campaigns: the list, one campaign with its goals, funnel and ideas, and the moderators' form.
struct CampaignPages: Sendable {
    let site: Site

    func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let campaigns = try await site.store.campaigns.list(for: context.viewer)
        let canStart = try await context.member.asyncMap { try await !site.store.spaces.moderated(by: $0).isEmpty } ?? false
        let now = Clock.now()
        let view = CampaignListPage(
            chrome: try await site.chrome("Campaigns", context), campaigns: campaigns.map { CampaignCardView($0, now: now) },
            canStart: canStart)
        return site.renderer.page(view)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let campaign = try await site.store.campaigns.find(id: id, for: context.viewer)
        let goals = try await site.store.campaigns.goals(of: id, for: context.viewer)
        let phases = try await site.store.campaigns.phases(of: id, for: context.viewer)
        let counts = try await site.store.campaigns.funnel(campaign: id, for: context.viewer)
        let ideas = try await site.store.ideas.list(IdeaFilter(campaignId: id, limit: 20), for: context.viewer)
        let space = try await site.store.spaces.find(slug: campaign.space.slug, for: context.viewer)
        let manages = try await site.store.spaces.canModerate(space, context.member)
        let following = try await site.store.follows.isFollowing(.item(id), member: context.member)
        let chrome = try await site.chrome(campaign.title, context)
        let now = Clock.now()
        let view = CampaignPage(
            chrome: chrome, card: CampaignCardView(campaign, now: now), id: id, briefHTML: campaign.briefHTML,
            author: MemberView(campaign.author), opensAt: campaign.opensAt.map(Timestamp.init),
            phases: phases.map { ($0.phase.label, $0.note, Timestamp($0.createdAt)) }, goals: goals.map(CampaignGoalView.init),
            funnel: FunnelStep.steps(counts, base: SiteURL.ideas.query("campaign", id)),
            ideas: ideas.map { IdeaCardView($0, signedIn: context.member != nil, csrf: chrome.csrf) },
            canSubmit: context.member != nil && campaign.isOpen(at: now), canManage: manages,
            follow: context.member.map { _ in FollowButton(.item(id), following: following, returnTo: SiteURL.campaign(id).path) })
        return site.renderer.page(view)
    }

    func newForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try await formPage(
            CampaignForm(space: request.uri.queryParameters.get("space")), editing: nil, problems: [], context: context, status: .ok)
    }

    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(CampaignForm.self, context: context)
        do {
            let campaign = try await site.store.campaigns.create(try form.draft(), by: context.member)
            return redirect(to: .campaign(campaign.id))
        } catch StoreError.invalid(let problems) {
            return try await formPage(form, editing: nil, problems: problems, context: context, status: .unprocessableContent)
        }
    }

    func editForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let campaign = try await site.store.campaigns.find(id: id, for: context.viewer)
        let goals = try await site.store.campaigns.goals(of: id, for: context.viewer)
        return try await formPage(CampaignForm(campaign, goals: goals), editing: id, problems: [], context: context, status: .ok)
    }

    func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(CampaignForm.self, context: context)
        do {
            var draft = try form.draft()
            draft.space = try await site.store.campaigns.find(id: id, for: context.viewer).space.slug
            _ = try await site.store.campaigns.update(id, draft, note: form.phaseNote ?? "", by: context.member)
            return redirect(to: .campaign(id))
        } catch StoreError.invalid(let problems) {
            return try await formPage(form, editing: id, problems: problems, context: context, status: .unprocessableContent)
        }
    }

    private func formPage(
        _ form: CampaignForm, editing: Int?, problems: [FieldProblem], context: SignedInContext, status: HTTPResponse.Status
    ) async throws -> Response {
        let spaces = try await site.store.spaces.moderated(by: context.member)
        let chosen = form.visibility ?? ""
        let view = CampaignFormPage(
            chrome: try await site.chrome(editing == nil ? "Start a campaign" : "Edit the campaign", context.parent), form: form,
            action: editing.map { SiteURL.campaignEdit($0) } ?? .campaigns, editing: editing != nil,
            spaces: spaces.map { Option(value: $0.slug, label: $0.name, selected: $0.slug == form.space) },
            visibilities: [Option(value: "", label: "The space's default", selected: chosen.isEmpty)]
                + Visibility.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosen) },
            phases: InnovationPhase.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.phase) },
            errors: FormErrors(problems))
        return site.renderer.page(view, status: status)
    }
}
