import CommonplaceCore
import HTTPTypes
import Hummingbird

/// Double-submit CSRF protection: every form and cookie-authenticated API write must echo the `cp_csrf` cookie.
///
/// Forms carry it as the `_csrf` field, masked afresh in every page (``MaskedToken``), scripts as the `X-CSRF-Token`
/// header. Requests with an API
/// token (which get no CSRF cookie), and JSON requests with no session cookie, carry no ambient authority and are not
/// checked: a page elsewhere cannot send JSON without a preflight this server never grants, and form bodies are read
/// only when sent as forms (`Request.form`), so a `text/plain` post cannot pass for one. On top of the token, a
/// write that the browser says comes from another site (`Sec-Fetch-Site`) is refused whatever it carries.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookie = "cp_csrf"
    static let header = HTTPField.Name("X-CSRF-Token")!
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!
    let secureCookies: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // An API token is no ambient authority: nothing to check, and no cookie to hand out.
        guard !context.usesAPIToken else { return try await next(request, context) }
        var context = context
        var request = request
        let cookieToken = request.cookies[Self.cookie]?.value
        context.csrfToken = cookieToken ?? Secret.make(prefix: "")
        if [.post, .put, .patch, .delete].contains(request.method) {
            if let site = request.headers[Self.fetchSite], site != "same-origin", site != "none" { throw CSRFRejected() }
            let isForm = request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") ?? false
            if isForm || context.sessionToken != nil {
                var sent = request.headers[Self.header]
                if sent == nil, isForm {
                    let body = try await request.collectBody(upTo: context.maxUploadSize)
                    sent = try? URLEncodedFormDecoder().decode(CSRFField.self, from: String(buffer: body))._csrf
                }
                guard let cookieToken, let sent, Self.matches(sent, cookieToken) else { throw CSRFRejected() }
            }
        }
        var response = try await next(request, context)
        if cookieToken == nil {
            response.setCookie(
                Cookie(name: Self.cookie, value: context.csrfToken, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// Whether what a request sent is the cookie's token: masked, as pages carry it, or as it is, as a script may send it.
    static func matches(_ sent: String, _ cookieToken: String) -> Bool {
        equal(sent, cookieToken) || MaskedToken.unmasked(sent).map { equal($0, cookieToken) } == true
    }

    /// Compares in time independent of where the strings differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private struct CSRFField: Decodable {
        let _csrf: String?
    }
}

/// A write whose CSRF token is missing or wrong.
struct CSRFRejected: Error {}
