import CommonplaceCore
import Hummingbird

/// Finds who is asking: an API token (`Authorization: Bearer …`) or a session cookie.
///
/// A wrong API token is refused outright; a stale cookie just means a visitor.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let sessionCookie = "cp_session"
    let store: Store

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.acceptsGzip = request.acceptsGzip
        context.anonymousReading = try await store.settings.current().anonymousReading
        if let authorization = request.headers[.authorization] {
            guard authorization.hasPrefix("Bearer "), let member = try await store.tokens.member(for: String(authorization.dropFirst(7)))
            else {
                throw HTTPError(.unauthorized, message: "The API token is not valid.")
            }
            context.member = member
            context.usesAPIToken = true
        } else if let token = request.cookies[Self.sessionCookie]?.value, let member = try await store.sessions.member(for: token) {
            context.member = member
            context.sessionToken = token
        }
        return try await next(request, context)
    }
}
