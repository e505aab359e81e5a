import CommonplaceCore
import Hummingbird

/// Sign-in, sign-out, open sign-up and joining by invitation.
struct AuthPages: Sendable {
    let site: Site

    func signInForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let next = SafePath(request.uri.queryParameters.get("next")).value
        return try await signInPage(context: context, email: "", next: next, error: nil, status: .ok)
    }

    private func signInPage(
        context: AppRequestContext, email: String, next: String, error: String?, status: HTTPResponse.Status
    ) async throws -> Response {
        let settings = try await site.store.settings.current()
        let view = SignInPage(
            chrome: try await site.chrome("Sign in", context), email: email, next: next, error: error,
            openRegistration: settings.registration == .open)
        return site.renderer.page(view, status: status)
    }

    func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(SignInForm.self, context: context)
        let next = SafePath(form.next).value
        let attempt: SignInThrottle.Attempt
        do {
            attempt = try await site.store.signIns.begin(
                email: form.email, address: context.clientAddress(of: request, trusting: site.configuration.trustedProxies))
        } catch let error as TooManySignInAttempts {
            var page = try await signInPage(
                context: context, email: form.email, next: next,
                error: "Too many sign-in attempts. Try again in \(error.retryAfter / 60 + 1) minutes.", status: .tooManyRequests)
            page.headers[.retryAfter] = String(error.retryAfter)
            return page
        }
        guard let member = try await site.store.members.authenticate(email: form.email, password: form.password) else {
            return try await signInPage(
                context: context, email: form.email, next: next, error: "That e-mail and password do not match.", status: .unauthorized)
        }
        try await site.store.signIns.succeeded(attempt)
        return try await startSession(for: member, then: next)
    }

    func startSession(for member: Member, then next: String) async throws -> Response {
        let token = try await site.store.sessions.create(for: member.id)
        var response = redirect(to: next)
        response.setCookie(site.sessionCookie(token))
        return response
    }

    func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let token = context.sessionToken { try await site.store.sessions.delete(token) }
        var response = redirect(to: .home)
        response.setCookie(
            Cookie(name: AuthenticationMiddleware.sessionCookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
        return response
    }

    func signUpForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await signUpPage(context: context, form: nil, problems: [], status: .ok)
    }

    private func signUpPage(
        context: AppRequestContext, form: SignUpForm?, problems: [FieldProblem], status: HTTPResponse.Status
    ) async throws -> Response {
        guard try await site.store.settings.current().registration == .open else {
            throw StoreError.forbidden("This instance is by invitation only. Ask an admin for an invitation.")
        }
        let view = SignUpPage(
            chrome: try await site.chrome("Sign up", context), form: form ?? SignUpForm(), errors: FormErrors(problems),
            relations: Relation.allCases.map {
                Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0.rawValue == form?.relation)
            },
            invitation: nil)
        return site.renderer.page(view, status: status)
    }

    func signUp(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(SignUpForm.self, context: context)
        do {
            guard try await site.store.settings.current().registration == .open else {
                throw StoreError.forbidden("This instance is by invitation only. Ask an admin for an invitation.")
            }
            let relation = Relation(rawValue: form.relation ?? "")
            let member = try await site.store.members.create(
                NewMember(
                    handle: form.handle ?? "", email: form.email ?? "", name: form.name ?? "", password: form.password ?? "",
                    kind: .external, relation: relation))
            return try await startSession(for: member, then: SiteURL.home.path)
        } catch StoreError.invalid(let problems) {
            return try await signUpPage(context: context, form: form, problems: problems, status: .unprocessableContent)
        }
    }

    func joinForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let code = try context.parameters.require("code")
        return try await joinPage(context: context, code: code, form: nil, problems: [], status: .ok)
    }

    private func joinPage(
        context: AppRequestContext, code: String, form: SignUpForm?, problems: [FieldProblem], status: HTTPResponse.Status
    ) async throws -> Response {
        let invitation = try await site.store.invitations.find(code: code)
        let account = try await invitation.accountId.asyncMap { try await site.store.accounts.find(id: $0) } ?? nil
        var fields = form ?? SignUpForm()
        if let email = invitation.email { fields.email = email }
        let view = SignUpPage(
            chrome: try await site.chrome("Join", context), form: fields, errors: FormErrors(problems), relations: [],
            invitation: InvitationView(
                code: code, fixedEmail: invitation.email != nil,
                description: [invitation.relation?.rawValue ?? invitation.kind.rawValue, account.map { "at \($0.name)" }]
                    .compactMap { $0 }.joined(separator: " ")))
        return site.renderer.page(view, status: status)
    }

    func join(_ request: Request, context: AppRequestContext) async throws -> Response {
        let code = try context.parameters.require("code")
        let form = try await request.form(SignUpForm.self, context: context)
        do {
            let member = try await site.store.invitations.accept(
                code: code, handle: form.handle ?? "", email: form.email ?? "", name: form.name ?? "", password: form.password ?? "")
            return try await startSession(for: member, then: SiteURL.home.path)
        } catch StoreError.invalid(let problems) {
            return try await joinPage(context: context, code: code, form: form, problems: problems, status: .unprocessableContent)
        }
    }
}

/// A same-site path to go to after signing in; anything else becomes "/".
struct SafePath {
    let value: String

    /// Keeps `candidate` only if it is a path on this site: it starts with one `/` and holds printable ASCII only, no
    /// backslash. Browsers drop tabs and line breaks from a URL and read `\` as `/`, so `/\t/evil.example` or
    /// `/\\evil.example` would take the reader to another host.
    init(_ candidate: String?) {
        if let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"),
            candidate.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "\\" })
        {
            value = candidate
        } else {
            value = "/"
        }
    }
}

struct SignInForm: Decodable {
    let email: String
    let password: String
    let next: String?
}

struct SignUpForm: Decodable {
    var handle: String?
    var name: String?
    var email: String?
    var password: String?
    var relation: String?
}

struct SignInPage {
    let chrome: Chrome
    let email: String
    let next: String
    let error: String?
    let openRegistration: Bool
}

struct SignUpPage {
    let chrome: Chrome
    let form: SignUpForm
    let errors: FormErrors
    let relations: [Option]
    let invitation: InvitationView?
}

struct InvitationView {
    let code: String
    let fixedEmail: Bool
    let description: String
}
