import CommonplaceCore
import Testing

/// What outside testing found in sign-in and in reading requests: text cut at a NUL, a redirect to another host,
/// sign-in from another site's page, an instance without an admin, and forms saving text that is not UTF-8.
@Suite("Sign-in and requests refuse what an attacker sends")
struct RequestHardeningTests {
    static let password = AuthTests.password

    static func openRegistration(_ app: TestApp) async throws {
        var settings = try await app.store.settings.current()
        settings.registration = .open
        try await app.store.settings.update(settings)
    }

    @Test func aPasswordStartingWithNULIsRefusedAtSignUp() async throws {
        try await TestApp.run { app in
            // given
            try await Self.openRegistration(app)

            // when
            let form = try await app.send(
                .post, "/signup",
                form: ["name": "Vera", "handle": "vera", "email": "vera@example.com", "password": "\0xxxxxxxxxx", "relation": "volunteer"])

            // then
            #expect(form.status == .unprocessableContent)
            #expect(try await app.store.members.find(handle: "vera") == nil)
        }
    }

    @Test func aPasswordLongerThanBcryptReadsIsRefusedNotCut() async throws {
        try await TestApp.run { app in
            // given: bcrypt reads 72 bytes; "é" is two of them
            try await Self.openRegistration(app)
            let member = try await app.store.makeMember("ada")
            let tooLong = String(repeating: "é", count: 37)

            // when
            let signUp = try await app.send(
                .post, "/signup",
                form: ["name": "Vera", "handle": "vera", "email": "vera@example.com", "password": tooLong, "relation": "volunteer"])
            let whole = try await app.send(
                .post, "/signup",
                form: [
                    "name": "Olga", "handle": "olga", "email": "olga@example.com", "password": String(repeating: "é", count: 36),
                    "relation": "volunteer",
                ])

            // then
            #expect(signUp.status == .unprocessableContent)
            #expect(try await app.store.members.find(handle: "vera") == nil)
            #expect(whole.status == .seeOther)
            await #expect(throws: StoreError.invalid("new", PasswordHasher.lengthMessage)) {
                try await app.store.members.changePassword(
                    of: member.id, current: "correct horse battery", new: tooLong, keepingSession: nil)
            }
        }
    }

    @Test func textWithControlCharactersIsRefusedByFormsAndTheAPI() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            _ = try await app.store.makeSpace("team", by: member)

            // when
            let api = try await app.send(
                .post, "/api/v1/posts", as: try await Visitor.apiClient(member, in: app.store),
                json: #"{"space":"team","body":"before\u0000after"}"#)
            let form = try await app.send(
                .post, "/posts", as: try await Visitor.browser(member, in: app.store), form: ["space": "team", "body": "bell\u{7}"])
            let tabsAndLines = try await app.send(
                .post, "/api/v1/posts", as: try await Visitor.apiClient(member, in: app.store),
                json: #"{"space":"team","body":"one\ttwo\r\nthree"}"#)

            // then
            #expect(api.status == .unprocessableContent)
            #expect(form.status == .unprocessableContent)
            #expect(tabsAndLines.status == .created)
            #expect(try await app.store.count("posts") == 1)
        }
    }

    @Test func formsRefuseTextThatIsNotUTF8LikeTheAPI() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            _ = try await app.store.makeSpace("team", by: member)
            let browser = try await Visitor.browser(member, in: app.store)

            // when: an invalid byte, and a lone surrogate encoded as UTF-8
            let invalid = try await app.send(
                .post, "/posts", as: browser,
                raw: ("_csrf=test-csrf&space=team&body=caf%FF", "application/x-www-form-urlencoded"))
            let surrogate = try await app.send(
                .post, "/posts", as: browser,
                raw: ("_csrf=test-csrf&space=team&body=%ED%A0%80", "application/x-www-form-urlencoded"))
            let api = try await app.send(
                .post, "/api/v1/posts", as: try await Visitor.apiClient(member, in: app.store), json: #"{"space":"team","body":"\ud800"}"#)

            // then
            #expect(invalid.status == .badRequest)
            #expect(surrogate.status == .badRequest)
            #expect(api.status == .badRequest)
            #expect(try await app.store.count("posts") == 0)
        }
    }

    @Test func signInGoesBackOnlyToAPathOfThisSite() async throws {
        try await TestApp.run { app in
            // given
            _ = try await app.store.makeMember("ada")

            // when
            var locations: [String] = []
            for next in [
                "/\t/evil.example", "/\\evil.example", "//evil.example", "/\n/evil.example", "https://evil.example", "/spaces?x=1",
            ] {
                let reply = try await app.send(
                    .post, "/signin", form: ["email": "ada@test.example", "password": Self.password, "next": next])
                locations.append(reply.headers[.location] ?? "")
            }
            let page = try await app.send(.get, "/signin?next=/%09/evil.example")

            // then
            #expect(locations == ["/", "/", "/", "/", "/", "/spaces?x=1"])
            #expect(!page.text.contains("evil.example"))
        }
    }

    @Test func signInAndSignUpFromAnotherSiteArePrevented() async throws {
        try await TestApp.run { app in
            // given: an attacker's account, and a page elsewhere posting plain text or a form
            _ = try await app.store.makeMember("mallory")
            try await Self.openRegistration(app)
            let credentials = "email=mallory@test.example&password=correct+horse+battery"

            // when
            let plainSignIn = try await app.send(.post, "/signin", raw: (credentials, "text/plain"))
            let plainSignUp = try await app.send(
                .post, "/signup",
                raw: ("name=Vic&handle=vic&email=vic@example.com&password=correct+horse+battery&relation=customer", "text/plain"))
            let crossSite = try await app.send(
                .post, "/signin", form: ["email": "mallory@test.example", "password": Self.password],
                headers: [.init("Sec-Fetch-Site")!: "cross-site"])
            let sameOrigin = try await app.send(
                .post, "/signin", form: ["email": "mallory@test.example", "password": Self.password],
                headers: [.init("Sec-Fetch-Site")!: "same-origin"])

            // then
            #expect(plainSignIn.status == .forbidden || plainSignIn.status == .unsupportedMediaType)
            #expect(plainSignIn.headers[.setCookie]?.contains("cp_session") != true)
            #expect(plainSignUp.status == .forbidden || plainSignUp.status == .unsupportedMediaType)
            #expect(try await app.store.members.find(handle: "vic") == nil)
            #expect(crossSite.status == .forbidden)
            #expect(sameOrigin.status == .seeOther)
            #expect(try await app.store.count("sessions") == 1)
        }
    }

    @Test func theLastAdminCannotStepDown() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("ada", role: .admin)
            let browser = try await Visitor.browser(admin, in: app.store)
            let standing = ["role": "member", "kind": "employee", "relation": "", "account": ""]

            // when
            let alone = try await app.send(.post, "/admin/members/ada", as: browser, form: standing)
            _ = try await app.store.makeMember("bo", role: .admin)
            let withAnother = try await app.send(.post, "/admin/members/ada", as: browser, form: standing)

            // then
            #expect(alone.status == .unprocessableContent)
            #expect(alone.text.contains("at least one"))
            #expect(withAnother.status == .seeOther)
            #expect(try await app.store.members.find(handle: "ada")?.role == .member)
            #expect(try await app.store.members.find(handle: "bo")?.role == .admin)
        }
    }
}
