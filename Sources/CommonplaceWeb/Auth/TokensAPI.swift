import CommonplaceCore
import Hummingbird

/// `/api/v1/tokens`: API tokens. A client without one exchanges e-mail and password for its first.
struct TokensAPI: Sendable {
    let store: Store
    let throttle: LoginThrottle

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
            let keys = ["email:" + email.lowercased(), "ip:" + context.remoteAddress]
            try throttle.check(keys)
            guard let found = try await store.members.authenticate(email: email, password: password) else {
                throttle.recordFailure(keys)
                throw HTTPError(.unauthorized, message: "That e-mail and password do not match.")
            }
            throttle.recordSuccess(keys)
            member = found
        }
        let created = try await store.tokens.create(for: member.id, name: input.name)
        return EditedResponse(status: .created, response: TokenResource(created.token, secret: created.secret))
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
