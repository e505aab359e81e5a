import CommonplaceCore
import Hummingbird

/// `/api/v1/spaces`: listing, starting, joining and leaving spaces, and their members.
struct SpacesAPI: Sendable {
    let store: Store

    func list(_ request: Request, context: AppRequestContext) async throws -> ListPage<SpaceResource> {
        let paging = try OffsetPaging(request)
        let text = formQuery(request)["q"]?.trimmed.nonEmpty
        let spaces = try await store.spaces.list(for: context.viewer, matching: text, limit: paging.limit, offset: paging.offset)
        return ListPage(
            items: spaces.map { SpaceResource($0.space, memberCount: $0.memberCount, membership: $0.membership, goals: nil) },
            next: paging.next(.api(.spaces), query: text, found: spaces.count))
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> SpaceResource {
        let space = try await store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        let members = try await store.spaces.members(of: space, for: context.viewer)
        return SpaceResource(
            space, memberCount: members.filter { $0.status == .active }.count,
            membership: try await store.spaces.membership(in: space.id, of: context.member?.id),
            goals: try await store.spaces.goals(of: space, for: context.viewer))
    }

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<SpaceResource> {
        let input = try await request.json(SpaceInput.self, context: context)
        let space = try await store.spaces.create(input.newSpace, by: context.member)
        let goals = try await store.spaces.goals(of: space, for: context.viewer)
        return created(SpaceResource(space, memberCount: 1, membership: SpaceMembership(role: .moderator, status: .active), goals: goals))
    }

    /// Replaces a space's settings and goals; moderators only.
    func update(_ request: Request, context: SignedInContext) async throws -> SpaceResource {
        let slug = try context.parameters.require("slug")
        let input = try await request.json(SpaceInput.self, context: context)
        guard input.slug == slug else {
            throw StoreError.conflict("slug", "A space's address cannot change.")
        }
        let space = try await store.spaces.update(slug: slug, to: input.newSpace, by: context.member)
        return SpaceResource(
            space, memberCount: nil, membership: try await store.spaces.membership(in: space.id, of: context.member.id),
            goals: try await store.spaces.goals(of: space, for: context.viewer))
    }

    func join(_ request: Request, context: SignedInContext) async throws -> SpaceMembershipResource {
        SpaceMembershipResource(try await store.spaces.join(slug: try context.parameters.require("slug"), member: context.member))
    }

    func leave(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.spaces.leave(slug: try context.parameters.require("slug"), member: context.member)
        return noContent()
    }

    func members(_ request: Request, context: AppRequestContext) async throws -> ListPage<SpaceMemberResource> {
        let space = try await store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        let entries = try await store.spaces.members(of: space, for: context.viewer)
        return ListPage(
            items: entries.map {
                SpaceMemberResource(handle: $0.member.handle, name: $0.member.name, kind: $0.member.kind, role: $0.role, status: $0.status)
            },
            next: nil)
    }

    /// Adds or approves a member, or sets their role; moderators only.
    func admit(_ request: Request, context: SignedInContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let handle = try context.parameters.require("handle")
        let input = try await request.json(AdmitInput.self, context: context)
        // The handle is part of the address here: nobody with it is a missing page, not a field to correct.
        guard try await store.members.find(handle: handle.lowercased()) != nil else { throw StoreError.notFound }
        try await store.spaces.admit(handle: handle, to: slug, role: input.role ?? .member, by: context.member)
        return noContent()
    }
}

/// The JSON body of a new space.
struct SpaceInput: Decodable {
    let slug: String
    let name: String
    let purpose: String
    let membershipPolicy: MembershipPolicy?
    let defaultVisibility: Visibility?
    let official: Bool?
    let goals: [NewGoal]?

    var newSpace: NewSpace {
        NewSpace(
            slug: slug, name: name, purpose: purpose, membershipPolicy: membershipPolicy ?? .open,
            defaultVisibility: defaultVisibility ?? .space, official: official ?? false, goals: goals ?? [])
    }
}

/// The JSON body that admits a member to a space.
struct AdmitInput: Decodable {
    let role: SpaceMembership.Role?
}
