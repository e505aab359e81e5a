import CommonplaceCore
import Hummingbird

/// `/api/v1/settings` and `/api/v1/invitations`: what admins run.
struct AdminAPI: Sendable {
    let store: Store

    func settings(_ request: Request, context: SignedInContext) async throws -> SettingsResource {
        _ = try context.requireAdmin()
        return SettingsResource(try await store.settings.current())
    }

    func updateSettings(_ request: Request, context: SignedInContext) async throws -> SettingsResource {
        _ = try context.requireAdmin()
        let input = try await request.json(SettingsResource.self, context: context)
        try await store.settings.update(input.settings)
        return SettingsResource(try await store.settings.current())
    }

    /// Adds a bot and returns it with its first API token.
    func createBot(_ request: Request, context: SignedInContext) async throws -> EditedResponse<BotResource> {
        let admin = try context.requireAdmin()
        let input = try await request.json(BotInput.self, context: context)
        let bot = try await store.members.createBot(handle: input.handle, name: input.name, by: admin)
        let token = try await store.tokens.create(for: bot.id, name: "First token")
        return created(
            BotResource(
                member: MemberResource(bot, accountSlug: nil, includeEmail: false), token: TokenResource(token.token, secret: token.secret))
        )
    }

    func invite(_ request: Request, context: SignedInContext) async throws -> EditedResponse<InvitationResource> {
        let admin = try context.requireAdmin()
        let input = try await request.json(InvitationInput.self, context: context)
        // A form's empty box means no e-mail; in JSON that is null or leaving it out, and a string is an address.
        if let email = input.email, !email.isEmailAddress {
            throw StoreError.invalid("email", "Give an e-mail address, or leave the e-mail out.")
        }
        let accountId = try await store.accounts.id(ofSlug: input.account, for: context.viewer)
        let created = try await store.invitations.create(
            NewInvitation(
                email: input.email, kind: input.kind, relation: input.relation, accountId: accountId, role: input.role ?? .member),
            by: admin)
        let invitation = created.invitation
        return EditedResponse(
            status: .created,
            response: InvitationResource(
                id: invitation.id, email: invitation.email, kind: invitation.kind, relation: invitation.relation, role: invitation.role,
                expiresAt: invitation.expiresAt, link: SiteURL.join(created.code).path))
    }
}

/// The JSON body of a new invitation.
struct InvitationInput: Decodable {
    let email: String?
    let kind: MemberKind
    let relation: Relation?
    let account: String?
    let role: Role?
}

/// The JSON body of a new bot.
struct BotInput: Decodable {
    let handle: String
    let name: String
}

/// A new bot with the one token it starts with.
struct BotResource: ResponseEncodable, Sendable {
    let member: MemberResource
    let token: TokenResource
}
