import CommonplaceCore
import Testing

@Suite("Sign-in, sessions, invitations and tokens")
struct AuthTests {
    static let password = "correct horse battery"

    @Test func signingInStartsASessionThatSigningOutEnds() async throws {
        try await TestApp.run { app in
            // given
            _ = try await app.store.makeMember("ada")

            // when
            let signIn = try await app.send(
                .post, "/signin", form: ["email": "ada@test.example", "password": Self.password, "next": "/spaces"])
            let cookie = signIn.headers[.setCookie] ?? ""
            let token = String(cookie.split(separator: ";")[0].dropFirst("cp_session=".count))
            let browser = Visitor(headers: [.cookie: "cp_session=\(token); cp_csrf=test-csrf"], csrf: "test-csrf")
            let settings = try await app.send(.get, "/settings", as: browser)
            _ = try await app.send(.post, "/signout", as: browser, form: [:])
            let afterSignOut = try await app.send(.get, "/settings", as: browser)

            // then
            #expect(signIn.status == .seeOther)
            #expect(signIn.headers[.location] == "/spaces")
            #expect(cookie.contains("HttpOnly"))
            #expect(settings.status == .ok)
            #expect(afterSignOut.status == .seeOther)
        }
    }

    @Test func wrongPasswordIsRefusedWithoutASession() async throws {
        try await TestApp.run { app in
            // given
            _ = try await app.store.makeMember("ada")

            // when
            let reply = try await app.send(.post, "/signin", form: ["email": "ada@test.example", "password": "wrong password"])

            // then
            #expect(reply.status == .unauthorized)
            #expect(reply.text.contains("do not match"))
            #expect(reply.headers[.setCookie] == nil)
            #expect(try await app.store.count("sessions") == 0)
        }
    }

    @Test func repeatedFailuresLockSignInForAWhile() async throws {
        try await TestApp.run { app in
            // given
            _ = try await app.store.makeMember("ada")
            for _ in 1...SignInThrottle.accountBudget {
                try await app.send(.post, "/signin", form: ["email": "ada@test.example", "password": "guess"])
            }

            // when
            let right = try await app.send(.post, "/signin", form: ["email": "ada@test.example", "password": Self.password])
            let api = try await app.send(
                .post, "/api/v1/tokens", json: #"{"name":"x","email":"ada@test.example","password":"correct horse battery"}"#)

            // then
            #expect(right.status == .tooManyRequests)
            #expect(api.status == .tooManyRequests)
            #expect(Int(right.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(Int(api.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(try await app.store.count("sessions") == 0)
        }
    }

    @Test func formPostWithoutTheCSRFTokenChangesNothing() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            _ = try await app.store.makeSpace("team", by: member)
            let browser = try await Visitor.browser(member, in: app.store)

            // when
            let missing = try await app.send(.post, "/posts", as: browser, form: ["space": "team", "body": "hi", "_csrf": ""])
            let wrong = try await app.send(.post, "/posts", as: browser, form: ["space": "team", "body": "hi", "_csrf": "forged"])
            let cookieAPI = try await app.send(.post, "/api/v1/posts", as: browser, json: #"{"space":"team","body":"hi"}"#)

            // then
            #expect(missing.status == .forbidden)
            #expect(wrong.status == .forbidden)
            #expect(wrong.text.contains("Form expired"))
            #expect(cookieAPI.status == .forbidden)
            #expect(try await app.store.count("items") == 0)
        }
    }

    @Test func openRegistrationCreatesAnExternalMember() async throws {
        try await TestApp.run { app in
            // given
            var settings = try await app.store.settings.current()
            settings.registration = .open
            try await app.store.settings.update(settings)

            // when
            let reply = try await app.send(
                .post, "/signup",
                form: [
                    "name": "Vera", "handle": "vera", "email": "vera@example.com", "password": Self.password, "relation": "volunteer",
                ])
            let vera = try await app.store.members.find(handle: "vera")

            // then
            #expect(reply.status == .seeOther)
            #expect(vera?.kind == .external)
            #expect(vera?.relation == .volunteer)
            #expect(vera?.role == .member)
        }
    }

    @Test func signUpIsClosedWhenMembershipIsByInvitation() async throws {
        try await TestApp.run { app in
            // when
            let page = try await app.send(.get, "/signup")
            let post = try await app.send(
                .post, "/signup",
                form: ["name": "V", "handle": "vv", "email": "v@example.com", "password": Self.password, "relation": "customer"])

            // then
            #expect(page.status == .forbidden)
            #expect(post.status == .forbidden)
            #expect(try await app.store.count("members") == 0)
        }
    }

    @Test func invitationFixesKindAndAccountAndWorksOnce() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("admin", role: .admin)
            let acme = try await app.store.accounts.create(slug: "acme", name: "Acme", kind: .customer)
            let invite = try await app.send(
                .post, "/api/v1/invitations", as: try await Visitor.apiClient(admin, in: app.store),
                json: #"{"kind":"external","relation":"customer","account":"acme","email":"buyer@acme.example"}"#)
            let link = invite.json["link"] as? String ?? ""

            // when
            let page = try await app.send(.get, link)
            let joined = try await app.send(
                .post, link, form: ["name": "Buyer", "handle": "buyer", "email": "other@evil.example", "password": Self.password])
            let again = try await app.send(
                .post, link, form: ["name": "Twin", "handle": "twin", "email": "twin@acme.example", "password": Self.password])
            let buyer = try await app.store.members.find(handle: "buyer")

            // then
            #expect(invite.status == .created)
            #expect(page.text.contains("customer at Acme"))
            #expect(joined.status == .seeOther)
            #expect(buyer?.kind == .external)
            #expect(buyer?.accountId == acme.id)
            #expect(buyer?.email == "buyer@acme.example")
            #expect(again.status == .notFound)
        }
    }

    @Test func aPasswordChangeRevokesAPITokensWhenAskedAndTokensCanAllBeRevoked() async throws {
        try await TestApp.run { app in
            // given: a member with a script's token, changing the password with the box ticked as the form offers it
            let member = try await app.store.makeMember("ada")
            let script = try await Visitor.apiClient(member, in: app.store)
            let browser = try await Visitor.browser(member, in: app.store)
            let settings = try await app.send(.get, "/settings", as: browser)

            // when
            let changed = try await app.send(
                .post, "/settings/password", as: browser,
                form: ["current": Self.password, "new": "a much better secret", "revoke_tokens": "1"])
            let afterChange = try await app.send(.get, "/api/v1/me", as: script)
            let kept = try await Visitor.apiClient(member, in: app.store)
            let keptAfterChangeWithoutTheBox = try await app.send(
                .post, "/settings/password", as: browser, form: ["current": "a much better secret", "new": "an even better secret"])
            let keptStillWorks = try await app.send(.get, "/api/v1/me", as: kept)
            let revokedAll = try await app.send(.delete, "/api/v1/tokens", as: kept)
            let afterRevokeAll = try await app.send(.get, "/api/v1/me", as: kept)

            // then
            #expect(settings.text.contains(#"name="revoke_tokens" value="1" checked"#))
            #expect(changed.headers[.location] == "/settings?notice=password-and-tokens")
            #expect(afterChange.status == .unauthorized)
            #expect(keptAfterChangeWithoutTheBox.status == .seeOther)
            #expect(keptStillWorks.status == .ok)
            #expect(revokedAll.status == .noContent)
            #expect(afterRevokeAll.status == .unauthorized)
            #expect(try await app.store.count("api_tokens") == 0)
        }
    }

    @Test func passwordChangeNeedsTheCurrentOneAndEndsOtherSessions() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            let here = try await Visitor.browser(member, in: app.store)
            let elsewhere = try await Visitor.browser(member, in: app.store)

            // when
            let wrong = try await app.send(.post, "/settings/password", as: here, form: ["current": "nope", "new": "a much better secret"])
            let right = try await app.send(
                .post, "/settings/password", as: here, form: ["current": Self.password, "new": "a much better secret"])
            let stillHere = try await app.send(.get, "/settings", as: here)
            let goneElsewhere = try await app.send(.get, "/settings", as: elsewhere)

            // then
            #expect(wrong.status == .unprocessableContent)
            #expect(right.status == .seeOther)
            #expect(stillHere.status == .ok)
            #expect(goneElsewhere.status == .seeOther)
            #expect(try await app.store.members.authenticate(email: "ada@test.example", password: "a much better secret") != nil)
        }
    }

    @Test func apiClientTradesCredentialsForATokenAndRevokesIt() async throws {
        try await TestApp.run { app in
            // given
            _ = try await app.store.makeMember("bot-owner")

            // when
            let created = try await app.send(
                .post, "/api/v1/tokens", json: #"{"name":"ci","email":"bot-owner@test.example","password":"correct horse battery"}"#)
            let secret = created.json["secret"] as? String ?? ""
            let client = Visitor(headers: [.authorization: "Bearer \(secret)"], csrf: "")
            let me = try await app.send(.get, "/api/v1/me", as: client)
            let listed = try await app.send(.get, "/api/v1/tokens", as: client)
            let revoked = try await app.send(.delete, "/api/v1/tokens/\(created.json["id"] as? Int ?? 0)", as: client)
            let afterRevoke = try await app.send(.get, "/api/v1/me", as: client)

            // then
            #expect(created.status == .created)
            #expect(secret.hasPrefix("cpt_"))
            #expect(me.json["handle"] as? String == "bot-owner")
            #expect(me.headers[.setCookie] == nil, "a token's requests get no CSRF cookie")
            #expect(listed.items.first?["secret"] == nil)
            #expect(revoked.status == .noContent)
            #expect(afterRevoke.status == .unauthorized)
        }
    }

    @Test func tokensAreStoredOnlyAsHashes() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")

            // when
            let secret = try await app.store.tokens.create(for: member.id, name: "x").secret
            let stored = try await app.store.database.read {
                try await $0.raw("SELECT token_hash FROM api_tokens").first()!.decode(column: "token_hash", as: String.self)
            }

            // then
            #expect(stored != secret)
            #expect(stored == Secret.hash(secret))
        }
    }
}
