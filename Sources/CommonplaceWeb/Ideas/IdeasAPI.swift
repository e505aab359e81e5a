import CommonplaceCore
import Foundation
import Hummingbird

/// `/api/v1/ideas` and `/api/v1/enhancement-requests`: listing, submitting, supporting, answering and merging ideas.
struct IdeasAPI: Sendable {
    let store: Store

    func list(_ request: Request, context: AppRequestContext) async throws -> ListPage<IdeaResource> {
        try await page(request, context: context, route: .ideas, enhancementRequests: false)
    }

    func listEnhancementRequests(_ request: Request, context: AppRequestContext) async throws -> ListPage<IdeaResource> {
        try await page(request, context: context, route: .enhancementRequests, enhancementRequests: true)
    }

    private func page(
        _ request: Request, context: AppRequestContext, route: APIRoute, enhancementRequests: Bool
    ) async throws -> ListPage<IdeaResource> {
        let query = request.uri.queryParameters
        func parsed<T: RawRepresentable<String> & CaseIterable>(_ name: String, as type: T.Type) throws -> T? {
            guard let text = query.get(name) else { return nil }
            guard let value = T(rawValue: text) else {
                throw StoreError.invalid(name, "Use one of \(T.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return value
        }
        var filter = IdeaFilter(
            campaignId: try request.integer("campaign", in: 1...Int.max), phase: try parsed("phase", as: InnovationPhase.self),
            status: try parsed("status", as: IdeaStatus.self), customerRole: try parsed("role", as: CustomerRole.self),
            needType: try parsed("need", as: NeedType.self), tag: query.get("tag")?.lowercased(),
            order: try parsed("order", as: IdeaOrder.self) ?? .trending, limit: try request.integer("limit", in: 1...100) ?? 30,
            offset: try request.integer("offset", in: 0...10_000) ?? 0)
        filter.enhancementRequests = enhancementRequests
        if let id = filter.campaignId { _ = try await store.campaigns.find(id: id, for: context.viewer) }
        if let slug = query.get("space") { filter.spaceId = try await store.spaces.find(slug: slug, for: context.viewer).id }
        if let slug = query.get("account") {
            guard context.member?.isEmployee == true else { throw StoreError.forbidden("Only employees see ideas by account.") }
            do {
                filter.accountId = try await store.accounts.id(ofSlug: slug, for: context.viewer)
            } catch StoreError.invalid {
                throw StoreError.notFound  // an unknown account, like an unknown space, is not there
            }
        }
        let ideas = try await store.ideas.list(filter, for: context.viewer)
        let next =
            ideas.count == filter.limit
            ? SiteURL.api(route).query(keeping: query, dropping: ["offset"]).query("offset", filter.offset + filter.limit) : nil
        return ListPage(items: ideas.map(IdeaResource.init), next: next)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> IdeaResource {
        IdeaResource(try await store.ideas.find(id: try context.parameters.itemID(), for: context.viewer))
    }

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<IdeaResource> {
        let input = try await request.json(IdeaInput.self, context: context)
        guard input.space != nil || input.campaign != nil else {
            throw StoreError.conflict("space", "Name the space or the campaign the idea is for.")
        }
        let idea = try await store.ideas.create(
            NewIdea(
                space: input.space ?? "", campaignId: input.campaign, title: input.title, body: input.body, tags: input.tags ?? [],
                visibility: input.visibility,
                audience: Audience(input.audience),
                customerRole: input.customerRole, needType: input.needType ?? .existing),
            by: context.member)
        return created(IdeaResource(idea))
    }

    func support(_ request: Request, context: SignedInContext) async throws -> IdeaResource {
        IdeaResource(try await store.ideas.support(try context.parameters.itemID(), by: context.member))
    }

    func withdraw(_ request: Request, context: SignedInContext) async throws -> IdeaResource {
        IdeaResource(try await store.ideas.withdraw(try context.parameters.itemID(), by: context.member))
    }

    func supporters(_ request: Request, context: AppRequestContext) async throws -> IdeaSupportersResource {
        IdeaSupportersResource(try await store.ideas.supporters(of: try context.parameters.itemID(), for: context.viewer))
    }

    func answer(_ request: Request, context: SignedInContext) async throws -> IdeaResource {
        let input = try await request.json(AnswerInput.self, context: context)
        return IdeaResource(
            try await store.ideas.answer(try context.parameters.itemID(), status: input.status, note: input.note, by: context.member))
    }

    func answers(_ request: Request, context: AppRequestContext) async throws -> IdeaAnswersResource {
        IdeaAnswersResource(
            items: try await store.ideas.answers(of: try context.parameters.itemID(), for: context.viewer).map(IdeaAnswerResource.init))
    }

    func answersForMe(_ request: Request, context: SignedInContext) async throws -> AnsweredIdeasResource {
        AnsweredIdeasResource(items: try await store.ideas.recentAnswers(for: context.member, limit: 50).map(AnsweredIdeaResource.init))
    }

    func merge(_ request: Request, context: SignedInContext) async throws -> IdeaResource {
        let input = try await request.json(IdeaMergeInput.self, context: context)
        return IdeaResource(
            try await store.ideas.merge(try context.parameters.itemID(), into: input.into, reason: input.reason, by: context.member))
    }

    func raise(_ request: Request, context: SignedInContext) async throws -> EditedResponse<IdeaResource> {
        let input = try await request.json(EnhancementInput.self, context: context)
        let idea = try await store.ideas.raise(
            NewEnhancementRequest(
                threadId: input.thread, title: input.title, body: input.body, owner: input.owner, needType: input.needType ?? .existing),
            by: context.member)
        return created(IdeaResource(idea))
    }
}

/// The JSON body of a new idea: a campaign, or a space.
struct IdeaInput: Decodable {
    let space: String?
    let campaign: Int?
    let title: String
    let body: String
    let tags: [String]?
    let visibility: Visibility?
    let audience: PostInput.AudienceInput?
    let customerRole: CustomerRole?
    let needType: NeedType?
}

/// The JSON body of an answer.
struct AnswerInput: Decodable {
    let status: IdeaStatus
    let note: String
}

/// The JSON body of a merge.
struct IdeaMergeInput: Decodable {
    let into: Int
    let reason: String
}

/// The JSON body of an enhancement request.
struct EnhancementInput: Decodable {
    let thread: Int
    let title: String
    let body: String
    let owner: String
    let needType: NeedType?
}
