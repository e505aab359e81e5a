import CommonplaceCore
import Foundation
import HTTPTypes
import Hummingbird

/// Turns every error into a clear page or RFC 9457 problem document with the request id.
///
/// Internal error text is logged, never shown.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer
    let settings: SettingsStore
    let methods: MethodTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            // The router found no route: for a path that exists with other methods, that is 405, not 404.
            if let allowed = methods.methods(for: request.uri.path), !allowed.contains(request.method) {
                let refusal = MethodNotAllowed(allowed: allowed)
                response = await self.response(for: refusal, request: request, context: context)
                response.headers[.allow] = refusal.allowHeader
            } else {
                response = await self.response(for: error, request: request, context: context)
            }
        } catch {
            response = await self.response(for: error, request: request, context: context)
            if let tooMany = error as? TooManySignInAttempts { response.headers[.retryAfter] = String(tooMany.retryAfter) }
        }
        response.headers[HTTPField.Name("X-Request-Id")!] = context.id
        return response
    }

    private func response(for error: any Error, request: Request, context: Context) async -> Response {
        let wantsJSON = request.uri.path.hasPrefix("/api/")
        if error is SignInRequired, !wantsJSON {
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return redirect(to: SiteURL.signIn.query("next", next))
        }
        let problem = Problem(error, instance: request.uri.path, requestId: context.id)
        if problem.status == 500 {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
        }
        if wantsJSON { return problem.response() }
        let settings = (try? await settings.current()) ?? .defaults
        // Signed out, a link to something shared with you looks missing: offer to sign in and come back. Every 404
        // offers it, so it tells nothing about whether the page exists.
        let signIn =
            problem.status == 404 && context.member == nil && request.method == .get
            ? SiteURL.signIn.query("next", request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")) : nil
        let view = ErrorPage(chrome: Chrome(problem.title, context: context, settings: settings), problem: problem, signIn: signIn)
        return renderer.page(view, status: HTTPResponse.Status(code: problem.status))
    }
}

/// The page shown for an error: what went wrong and the request id to quote, never the internal error's text.
struct ErrorPage: PageView {
    let chrome: Chrome
    let problem: Problem
    /// For a visitor who is not signed in: sign in, then back here.
    let signIn: SiteURL?

    var main: HTML {
        """
        <div class="narrow card error-page">
          <h1>\(problem.title)</h1>
          <p>\(problem.detail)</p>
          \(signIn.map { "<p>If someone shared this with you, <a class=\"button small\" href=\"\($0)\">sign in</a> to see it.</p>" as HTML })
          <p class="meta">Status \(problem.status) · request <code>\(problem.requestId)</code></p>
          <p><a href="\(SiteURL.home)">Go to the home page</a></p>
        </div>
        """
    }
}
