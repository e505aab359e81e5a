import CommonplaceCore
import Hummingbird

/// The pages of ideas: the list with its funnel, submitting (similar items first), the idea around its discussion,
/// supporting, answering, merging, and raising enhancement requests from threads.
struct IdeaPages: Sendable {
    let site: Site

    /// How many ideas a page of the list shows.
    static let pageSize = 30

    /// How many open campaigns the list's filter offers, newest first.
    static let campaignChoices = 30

    /// `/ideas`: ordered by `?order=` (trending, top, newest), filtered by campaign, phase, status, role, need, tag and
    /// (employees) account, with the funnel of the ideas the filters select.
    func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let query = request.uri.queryParameters
        let employee = context.member?.isEmployee == true
        var filter = IdeaFilter(
            campaignId: query.get("campaign", as: Int.self), phase: query.get("phase").flatMap(InnovationPhase.init(rawValue:)),
            status: query.get("status").flatMap(IdeaStatus.init(rawValue:)),
            customerRole: query.get("role").flatMap(CustomerRole.init(rawValue:)),
            needType: query.get("need").flatMap(NeedType.init(rawValue:)), tag: query.get("tag")?.lowercased().nonEmpty,
            order: query.get("order").flatMap(IdeaOrder.init(rawValue:)) ?? .trending, limit: Self.pageSize,
            offset: max(0, min(query.get("offset", as: Int.self) ?? 0, 10_000)))
        let account = employee ? query.get("account")?.trimmed.lowercased().nonEmpty : nil
        if let account { filter.accountId = (try? await site.store.accounts.id(ofSlug: account, for: context.viewer)) ?? -1 }
        let campaign = try await filter.campaignId.asyncMap { try await site.store.campaigns.find(id: $0, for: context.viewer) }
        let listing = try await site.store.ideas.listing(filter, campaignChoices: Self.campaignChoices, for: context.viewer)
        let ideas = listing.ideas
        // The funnel of a campaign or a phase; of every idea, it would count them all on each page.
        let counts =
            filter.campaignId != nil || filter.phase != nil
            ? try await site.store.campaigns.funnel(campaign: filter.campaignId, phase: filter.phase, for: context.viewer) : nil
        // The campaigns taking ideas, and the one chosen whatever its dates: a closed campaign's ideas are reached
        // from its page.
        let campaigns =
            (campaign.map { [Option(value: String($0.id), label: $0.title, selected: true)] } ?? [])
            + listing.openCampaigns.filter { $0.id != campaign?.id }.map { Option(value: String($0.id), label: $0.title, selected: false) }
        let chrome = try await site.chrome(campaign.map { "Ideas · \($0.title)" } ?? "Ideas", context)
        let base = SiteURL.ideas.query(keeping: query, dropping: ["order", "offset"])
        let view = IdeaListPage(
            chrome: chrome, heading: campaign.map { "Ideas for “\($0.title)”" } ?? "Ideas",
            orders: IdeaOrder.allCases.map { TabLink(label: $0.label, url: base.query("order", $0.rawValue), current: $0 == filter.order) },
            statuses: IdeaStatus.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.status) },
            roles: CustomerRole.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.customerRole) },
            needs: NeedType.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.needType) },
            phases: InnovationPhase.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.phase) },
            campaigns: campaigns,
            account: account ?? "", showsAccounts: employee,
            tag: filter.tag ?? "", order: filter.order.rawValue,
            ideas: ideas.map { IdeaCardView($0, signedIn: context.member != nil, csrf: chrome.csrf) },
            funnel: counts.map { FunnelStep.steps($0, base: SiteURL.ideas.query("campaign", filter.campaignId)) } ?? [],
            next: ideas.count == Self.pageSize
                ? SiteURL.ideas.query(keeping: query, dropping: ["offset"]).query("offset", filter.offset + Self.pageSize) : nil,
            canSubmit: context.member != nil)
        return site.renderer.page(view)
    }

    /// `/ideas/new`: for a campaign (`?campaign=`) or a space (`?space=`, else chosen in the form).
    func newForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = request.uri.queryParameters
        var form = IdeaForm(space: query.get("space"), campaign: query.get("campaign"))
        form.title = query.get("title").map { String($0.prefix(200)) } ?? ""
        return try await formPage(form: form, similar: [], problems: [], context: context, status: .ok)
    }

    /// Submits an idea. One whose title looks like existing ideas, questions or articles comes back with them first, until
    /// the submitter confirms it is new.
    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(IdeaForm.self, context: context)
        do {
            let new = try form.newIdea()
            if form.confirmed != "1" {
                let similar = try await site.store.similar.similar(to: new.title + " " + new.body, for: context.viewer)
                if !similar.isEmpty { return try await formPage(form: form, similar: similar, problems: [], context: context, status: .ok) }
            }
            let idea = try await site.store.ideas.create(new, by: context.member)
            return redirect(to: .idea(idea.id))
        } catch StoreError.invalid(let problems) {
            return try await formPage(form: form, similar: [], problems: problems, context: context, status: .unprocessableContent)
        }
    }

    private func formPage(
        form: IdeaForm, similar: [SimilarItem], problems: [FieldProblem], context: SignedInContext, status: HTTPResponse.Status
    ) async throws -> Response {
        var campaign: Campaign?
        if let id = form.campaign.flatMap({ Int($0) }) {
            do {
                campaign = try await site.store.campaigns.find(id: id, for: context.viewer)
            } catch StoreError.notFound {
                campaign = nil  // the problem says so; the form offers the spaces instead
            }
        }
        let spaces = campaign == nil ? try await site.store.spaces.postable(by: context.member) : []
        let chosenVisibility = form.visibility ?? ""
        let defaultLabel = campaign.map { "The campaign's (\($0.visibility.label))" } ?? "The space's default"
        let role = form.customerRole.flatMap(CustomerRole.init(rawValue:)) ?? CustomerRole.defaultRole(for: context.member)
        let need = form.needType.flatMap(NeedType.init(rawValue:)) ?? .existing
        let view = IdeaFormPage(
            chrome: try await site.chrome("Submit an idea", context.parent), form: form,
            campaign: campaign.map { CampaignLink(id: $0.id, title: $0.title) },
            spaces: spaces.map { Option(value: $0.slug, label: $0.name, selected: $0.slug == form.space) },
            visibilities: [Option(value: "", label: defaultLabel, selected: chosenVisibility.isEmpty)]
                + Visibility.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosenVisibility) },
            roles: CustomerRole.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == role) },
            needs: NeedType.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == need) },
            similar: similar.map(SimilarView.init), errors: FormErrors(problems))
        return site.renderer.page(view, status: status)
    }

    /// `/ideas/:id`: the idea, its answers and supports, around its discussion.
    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let query = request.uri.queryParameters
        var page = query.get("page", as: Int.self)
        if let reply = query.get("reply", as: Int.self) {
            page = (try? await site.store.conversations.page(of: reply, in: id, for: context.viewer)) ?? 1
        }
        return try await ConversationPages(site: site).threadPage(
            context: context, id: id, page: page, replyBody: nil, quote: query.get("quote", as: Int.self), problems: [], status: .ok,
            onlyIdeas: true, base: site.baseURL(request))
    }

    /// What the idea page shows of the idea itself, as the reader may see it; with the instance's address `base`, its
    /// JSON-LD too.
    func panel(_ id: Int, moderates: Bool, context: AppRequestContext, base: String?) async throws -> IdeaPanel {
        let idea = try await site.store.ideas.find(id: id, for: context.viewer)
        let supporters = try await site.store.ideas.supporters(of: id, for: context.viewer)
        let answers = try await site.store.ideas.answers(of: id, for: context.viewer)
        let movedFrom = try await context.member.asyncMap { try await site.store.ideas.movedSupport(on: id, of: $0) } ?? nil
        let member = context.member
        let open = idea.duplicateOf == nil
        return IdeaPanel(
            id: id, status: idea.status.rawValue, statusLabel: idea.status.label, campaign: idea.campaign.map(CampaignLink.init),
            customerRole: idea.customerRole.label, needType: idea.needType.label, supportCount: idea.supportCount,
            supported: idea.supported, canSupport: member != nil && !idea.status.isFinal, frozen: idea.status.isFinal,
            supporterNames: supporters.members.map(MemberView.init), accounts: supporters.accounts,
            showsSupporters: member?.isEmployee == true, answers: answers.map(IdeaAnswerView.init),
            movedFrom: idea.status.isFinal ? nil : movedFrom, duplicateOf: idea.duplicateOf.map { SiteURL.idea($0) },
            canAnswer: open && (moderates || (member != nil && idea.owner?.id == member?.id)),
            canMerge: open && moderates && !idea.status.isFinal,
            statuses: IdeaStatus.answerable.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == idea.status) },
            sourceThread: idea.sourceThreadId.map { SiteURL.thread($0) }, requester: idea.requester.map(MemberView.init),
            owner: idea.owner.map(MemberView.init),
            articleURL: idea.status == .launched && member != nil
                ? SiteURL.spaceArticleNew(idea.space.slug).query("idea", id) : nil,
            suggestURL: idea.status == .launched && member != nil
                ? SiteURL.search.query("q", idea.title).query("kind", "article") : nil,
            jsonLD: base.map { IdeaMetadata.posting(idea, base: $0).scriptSafeText })
    }

    /// Supports or withdraws, then back to the page the button was on (`return_to`), else to the list at the idea.
    func support(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(SupportForm.self, context: context)
        switch form.action {
        case "support": _ = try await site.store.ideas.support(id, by: context.member)
        case "withdraw": _ = try await site.store.ideas.withdraw(id, by: context.member)
        default: throw HTTPError(.badRequest, message: "Support or withdraw.")
        }
        guard let returnTo = form.returnTo else { return redirect(to: SiteURL.ideas.fragment("idea-\(id)")) }
        let back = localPath(returnTo)
        return redirect(to: back == "/" ? SiteURL.idea(id).path : back + "#idea-\(id)")
    }

    /// Keeps a support that a merge moved here.
    func keepSupport(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        try await site.store.ideas.keepMovedSupport(on: id, by: context.member)
        return redirect(to: .idea(id))
    }

    /// Posts an official answer; a missing note comes back as the page's message.
    func answer(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(AnswerForm.self, context: context)
        guard let status = IdeaStatus(rawValue: form.status) else {
            throw StoreError.invalid("status", "Choose a status.")
        }
        _ = try await site.store.ideas.answer(id, status: status, note: form.note, by: context.member)
        return redirect(to: SiteURL.idea(id).fragment("answer"))
    }

    /// Merges this idea into another (a number or a link to it).
    func merge(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(IdeaMergeForm.self, context: context)
        guard let target = Int(form.into.split(whereSeparator: { !$0.isNumber }).last ?? "") else {
            throw StoreError.invalid("into", "Give the number of the idea, or a link to it.")
        }
        let merged = try await site.store.ideas.merge(id, into: target, reason: form.reason, by: context.member)
        return redirect(to: .idea(merged.id))
    }

    /// Raises an enhancement request from a thread.
    func raise(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(EnhancementForm.self, context: context)
        let need = form.needType.flatMap(NeedType.init(rawValue:)) ?? .existing
        let idea = try await site.store.ideas.raise(
            NewEnhancementRequest(threadId: id, title: form.title, body: form.body, owner: form.owner, needType: need), by: context.member)
        return redirect(to: .idea(idea.id))
    }
}
