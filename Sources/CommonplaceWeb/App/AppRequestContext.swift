import CommonplaceCore
import HTTPTypes
import Hummingbird
import NIOCore

/// The context of every request: who is asking and the CSRF token for their forms.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in member, if any (set by ``AuthenticationMiddleware``).
    public var member: Member?
    /// Whether anonymous visitors may read public items (set with the member).
    public var anonymousReading: Bool = true
    /// The session cookie's token, when signed in with a cookie.
    public var sessionToken: String?
    /// True when the request carried an API token rather than a session cookie.
    public var usesAPIToken = false
    /// The token every form must echo (set by ``CSRFMiddleware``).
    public var csrfToken = ""
    /// Whether the client takes gzip, so that pages are sent compressed (set by ``AuthenticationMiddleware``).
    public var acceptsGzip = false
    /// The peer address: the client's, or a reverse proxy's (``clientAddress(trusting:)``).
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    public var viewer: Viewer { Viewer(member: member, anonymousReading: anonymousReading) }
    public var maxUploadSize: Int { 1 << 20 }
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    /// The client's address, for sign-in budgets. Behind a trusted proxy it is the last `X-Forwarded-For` entry that
    /// is not itself a trusted proxy; anyone else could write any address there, so from them the header is ignored.
    func clientAddress(of request: Request, trusting proxies: Set<String>) -> String {
        guard proxies.contains(remoteAddress) else { return remoteAddress }
        let hops = request.headers[values: Self.forwardedFor].flatMap { $0.split(separator: ",") }.map { String($0).trimmed }
            .filter { !$0.isEmpty }
        return hops.last { !proxies.contains($0) } ?? hops.first ?? remoteAddress
    }
}

/// The context of routes that need a signed-in member; a visitor never reaches their handlers.
public struct SignedInContext: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let parent: AppRequestContext
    public let member: Member

    public init(context: AppRequestContext) throws {
        guard let member = context.member else { throw SignInRequired() }
        self.coreContext = context.coreContext
        self.parent = context
        self.member = member
    }

    public var viewer: Viewer { .signedIn(member) }
    public var maxUploadSize: Int { 1 << 20 }
}

/// Thrown when a page or API call needs a member: pages redirect to sign-in, the API answers 401.
struct SignInRequired: Error {}

/// Thrown when an admin-only route is reached by someone else; answered as not found.
struct AdminRequired: Error {}

extension SignedInContext {
    /// The member, if they are an admin; otherwise the route does not exist for them.
    func requireAdmin() throws -> Member {
        guard member.isAdmin else { throw AdminRequired() }
        return member
    }
}
