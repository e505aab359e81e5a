import CommonplaceCore
import Hummingbird

/// `/api/v1/tokens`: API tokens. A client without one exchanges e-mail and password for its first.
struct TokensAPI: Sendable {
    let store: Store
    let trustedProxies: Set<String>

    func list(_ request: Request, context: SignedInContext) async throws -> ListPage<TokenResource> {
        ListPage(items: try await store.tokens.list(for: context.member.id).map { TokenResource($0) }, next: nil)
    }

    func create(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<TokenResource> {
        let input = try await request.json(TokenInput.self, context: context)
        let member: Member
        if let signedIn = context.member {
            member = signedIn
        } else {
            guard let email = input.email, let password = input.password else { throw SignInRequired() }
            let attempt = try await store.signIns.begin(
                email: email, address: context.clientAddress(of: request, trusting: trustedProxies))
            guard let found = try await store.members.authenticate(email: email, password: password) else {
                throw HTTPError(.unauthorized, message: "That e-mail and password do not match.")
            }
            try await store.signIns.succeeded(attempt)
            member = found
        }
        let created = try await store.tokens.create(for: member.id, name: input.name)
        return EditedResponse(status: .created, response: TokenResource(created.token, secret: created.secret))
    }

    /// Revokes every token of the caller, the one it came with included.
    func revokeAll(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.tokens.revokeAll(of: context.member.id)
        return noContent()
    }

    func revoke(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.tokens.revoke(try context.parameters.itemID(), of: context.member.id)
        return noContent()
    }
}

/// The JSON body of a new token; `email` and `password` only when not yet authenticated.
struct TokenInput: Decodable {
    let name: String
    let email: String?
    let password: String?
}
