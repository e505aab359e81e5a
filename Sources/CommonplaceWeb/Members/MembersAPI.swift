import CommonplaceCore
import Hummingbird

/// `/api/v1/me` and `/api/v1/members`: profiles.
struct MembersAPI: Sendable {
    let store: Store

    func me(_ request: Request, context: SignedInContext) async throws -> MemberResource {
        try await resource(context.member, for: context.member)
    }

    func updateMe(_ request: Request, context: SignedInContext) async throws -> MemberResource {
        let input = try await request.json(ProfileInput.self, context: context)
        try input.checkTags()
        let member = context.member
        let updated = try await store.members.updateProfile(
            of: member.id,
            ProfileUpdate(
                name: input.name ?? member.name, bio: input.bio ?? member.bio,
                expertise: input.expertise?.joined(separator: " ") ?? member.expertise,
                interests: input.interests?.joined(separator: " ") ?? member.interests))
        return try await resource(updated, for: updated)
    }

    func list(_ request: Request, context: SignedInContext) async throws -> ListPage<MemberResource> {
        let paging = try OffsetPaging(request)
        let text = formQuery(request)["q"]?.trimmed.nonEmpty
        let members = try await store.members.list(matching: text, limit: paging.limit, offset: paging.offset)
        let known = try await store.accounts.slugs(of: Set(members.compactMap(\.accountId)), for: context.viewer)
        let items = members.map { member in
            MemberResource(member, accountSlug: member.accountId.flatMap { known[$0] }, includeEmail: member.id == context.member.id)
        }
        return ListPage(items: items, next: paging.next(.api(.members), query: text, found: members.count))
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> MemberResource {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        guard let member = try await store.members.find(handle: try context.parameters.require("handle")) else { throw StoreError.notFound }
        return try await resource(member, for: context.member)
    }

    /// The account is shown to employees and to members of the same account only.
    private func resource(_ member: Member, for viewer: Member?) async throws -> MemberResource {
        let account = try await store.accounts.account(of: member, for: Viewer(member: viewer, anonymousReading: false))
        return MemberResource(member, accountSlug: account?.slug, includeEmail: viewer?.id == member.id)
    }
}

/// The JSON body of a profile change; absent fields stay as they are.
struct ProfileInput: Decodable {
    let name: String?
    let bio: String?
    let expertise: [String]?
    let interests: [String]?

    /// Each entry is one tag: a form's text box splits words, but an entry of the API's list is never split into two.
    func checkTags() throws {
        let problems = [("expertise", expertise), ("interests", interests)].compactMap { field, tags -> FieldProblem? in
            guard let tags else { return nil }
            let valid = tags.count <= 30 && tags.allSatisfy { $0.allSatisfy(\.isASCII) && Tags.isValid($0.lowercased()) }
            return valid ? nil : FieldProblem(field: field, message: "Use up to 30 tags of letters, digits and dashes.")
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
    }
}
