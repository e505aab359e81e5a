import CommonplaceCore
import Foundation
import Hummingbird

/// `/api/v1/campaigns`: innovation campaigns, run by the moderators of their space.
struct CampaignsAPI: Sendable {
    let store: Store

    func list(_ request: Request, context: AppRequestContext) async throws -> ListPage<CampaignResource> {
        let spaceId = try await request.uri.queryParameters.get("space").asyncMap {
            try await store.spaces.find(slug: $0, for: context.viewer).id
        }
        let campaigns = try await store.campaigns.list(spaceId: spaceId, for: context.viewer, limit: 100)
        return ListPage(items: campaigns.map { CampaignResource($0) }, next: nil)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> CampaignResource {
        let id = try context.parameters.itemID()
        let campaign = try await store.campaigns.find(id: id, for: context.viewer)
        return CampaignResource(
            campaign, goals: try await store.campaigns.goals(of: id, for: context.viewer),
            phases: try await store.campaigns.phases(of: id, for: context.viewer),
            funnel: try await store.campaigns.funnel(campaign: id, for: context.viewer))
    }

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<CampaignResource> {
        let input = try await request.json(CampaignInput.self, context: context)
        guard let space = input.space else { throw StoreError.conflict("space", "Name the space the campaign runs in.") }
        let campaign = try await store.campaigns.create(input.draft(space: space), by: context.member)
        return created(CampaignResource(campaign))
    }

    func update(_ request: Request, context: SignedInContext) async throws -> CampaignResource {
        let id = try context.parameters.itemID()
        let input = try await request.json(CampaignInput.self, context: context)
        let current = try await store.campaigns.find(id: id, for: context.viewer)
        var draft = input.draft(space: current.space.slug)
        // Left out, the audience stays as it is, like the visibility: a partners campaign keeps the people it names.
        if input.audience == nil { draft.audience = current.audience }
        let campaign = try await store.campaigns.update(id, draft, note: input.phaseNote ?? "", by: context.member)
        return CampaignResource(campaign)
    }
}

/// The JSON body of a campaign: the space only when starting one.
struct CampaignInput: Decodable {
    let space: String?
    let title: String
    let brief: String
    let visibility: Visibility?
    let audience: PostInput.AudienceInput?
    let phase: InnovationPhase?
    let phaseNote: String?
    let opensAt: Int?
    let closesAt: Int?
    let accepting: Bool?
    let goals: [GoalInput]?

    struct GoalInput: Decodable {
        let description: String
        let metric: CampaignGoal.Metric
        let target: Int
        let dueAt: Int?
    }

    func draft(space: String) -> CampaignDraft {
        CampaignDraft(
            space: space, title: title, brief: brief, visibility: visibility,
            audience: Audience(audience), phase: phase ?? .frontEnd,
            opensAt: opensAt, closesAt: closesAt, accepting: accepting ?? true,
            goals: (goals ?? []).map {
                CampaignDraft.GoalDraft(description: $0.description, metric: $0.metric, target: $0.target, dueAt: $0.dueAt)
            })
    }
}
