import CommonplaceCore
import Hummingbird

/// What page and API handlers share: the store, the templates and the configuration.
struct Site: Sendable {
    let store: Store
    let renderer: PageRenderer
    let configuration: AppConfiguration

    func chrome(_ title: String, _ context: AppRequestContext) async throws -> Chrome {
        let badges = try await context.member.asyncMap { try await store.badges(for: $0) }
        return Chrome(title, context: context, settings: try await store.settings.current(), badges: badges)
    }

    /// The spaces a member can post in, for the composer's space menu.
    func postableSpaces(for member: Member, selected: String?) async throws -> [Option] {
        try await store.spaces.postable(by: member).map { Option(value: $0.slug, label: $0.name, selected: $0.slug == selected) }
    }

    /// The instance's address for absolute links: the configured public URL, or the request's host.
    func baseURL(_ request: Request) -> String {
        if let url = configuration.publicURL, !url.isEmpty { return url.hasSuffix("/") ? String(url.dropLast()) : url }
        let host = request.head.authority ?? "\(configuration.hostname):\(configuration.port)"
        return (configuration.secureCookies ? "https://" : "http://") + host
    }

    func sessionCookie(_ token: String) -> Cookie {
        Cookie(
            name: AuthenticationMiddleware.sessionCookie, value: token, maxAge: SessionStore.lifetime, path: "/",
            secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }
}
