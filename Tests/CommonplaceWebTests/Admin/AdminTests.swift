import CommonplaceCore
import Testing

@Suite("Admin")
struct AdminTests {
    @Test func adminPagesDoNotExistForOthers() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("member", role: .moderator)

            // when
            let page = try await app.send(.get, "/admin", as: try await Visitor.browser(member, in: app.store))
            let settings = try await app.send(.get, "/api/v1/settings", as: try await Visitor.apiClient(member, in: app.store))
            let invite = try await app.send(
                .post, "/api/v1/invitations", as: try await Visitor.apiClient(member, in: app.store), json: #"{"kind":"employee"}"#)

            // then
            #expect(page.status == .notFound)
            #expect(settings.status == .notFound)
            #expect(invite.status == .notFound)
            #expect(try await app.store.count("invitations") == 0)
        }
    }

    @Test func adminChangesSettingsThroughTheForm() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("admin", role: .admin)
            let browser = try await Visitor.browser(admin, in: app.store)

            // when
            let reply = try await app.send(
                .post, "/admin/settings", as: browser,
                form: [
                    "name": "Hearth & Co", "registration": "open", "space_creation": "admins",
                ])
            let settings = try await app.store.settings.current()
            let page = try await app.send(.get, "/admin", as: browser)

            // then
            #expect(reply.status == .seeOther)
            #expect(settings == InstanceSettings(name: "Hearth & Co", registration: .open, anonymousReading: false, spaceCreation: .admins))
            #expect(page.text.contains("Hearth &amp; Co"))
        }
    }

    @Test func adminMakesAnExternalMemberPartOfAnAccount() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("admin", role: .admin)
            _ = try await app.store.makeMember("dan", kind: .external)
            let browser = try await Visitor.browser(admin, in: app.store)
            _ = try await app.send(
                .post, "/admin/accounts", as: browser, form: ["name": "Acme Retail", "slug": "acme", "kind": "customer"])

            // when
            let reply = try await app.send(
                .post, "/admin/members/dan", as: browser,
                form: ["role": "member", "kind": "external", "relation": "customer", "account": "acme"])
            let invalid = try await app.send(
                .post, "/admin/members/dan", as: browser, form: ["role": "member", "kind": "employee", "relation": "", "account": "acme"])

            // then
            #expect(reply.status == .seeOther)
            #expect(try await app.store.members.find(handle: "dan")?.accountId != nil)
            #expect(invalid.status == .unprocessableContent)
            #expect(try await app.store.members.find(handle: "dan")?.kind == .external)
        }
    }

    @Test func theMemberTableIsPagedFilteredAndReturnsToItsPageAfterAChange() async throws {
        try await TestApp.run { app in
            // given: 54 people besides the admin, two of them named Kowalski, and an account
            let admin = try await app.store.makeMember("admin", role: .admin)
            for number in 1...52 { _ = try await app.store.makeMember("person\(number)") }
            let rosa = try await app.store.makeMember("rosa", kind: .external)
            _ = try await app.store.members.updateProfile(
                of: rosa.id, ProfileUpdate(name: "Rosa Kowalski", bio: "", expertise: "", interests: ""))
            let jan = try await app.store.makeMember("jan")
            _ = try await app.store.members.updateProfile(
                of: jan.id, ProfileUpdate(name: "Jan Kowalski", bio: "", expertise: "", interests: ""))
            _ = try await app.store.accounts.create(slug: "acme", name: "Acme Retail", kind: .customer)
            let browser = try await Visitor.browser(admin, in: app.store)
            func rows(_ page: Reply) -> Int { page.text.components(separatedBy: #"<tr id="member-"#).count - 1 }

            // when
            let first = try await app.send(.get, "/admin", as: browser)
            let second = try await app.send(.get, "/admin?page=2", as: browser)
            let kowalskis = try await app.send(.get, "/admin?q=kowalski", as: browser)
            let change = try await app.send(
                .post, "/admin/members/rosa", as: browser,
                form: ["role": "member", "kind": "external", "relation": "customer", "account": "acme", "q": "kowalski", "page": "1"])
            let unknownAccount = try await app.send(
                .post, "/admin/members/jan", as: browser,
                form: ["role": "member", "kind": "external", "relation": "customer", "account": "acne", "q": "kowalski", "page": "1"])

            // then
            #expect(rows(first) == 50)
            #expect(first.text.contains(#"href="/admin?page=2" rel="next""#))
            #expect(rows(second) == 5 && second.text.contains(#"href="/admin" rel="prev""#))
            #expect(rows(kowalskis) == 2 && kowalskis.text.contains(#"name="q" value="kowalski""#))
            #expect(first.text.components(separatedBy: #"<option value="acme">"#).count == 2, "the accounts are listed once, not per row")
            #expect(change.status == .seeOther)
            #expect(change.headers[.location] == "/admin?q=kowalski#member-rosa")
            #expect(try await app.store.members.find(handle: "rosa")?.accountId != nil)
            #expect(unknownAccount.status == .unprocessableContent)
            #expect(unknownAccount.text.contains("No account has the slug “acne”."))
            #expect(rows(unknownAccount) == 2, "the refused change shows the same page of the table")
            #expect(try await app.store.members.find(handle: "jan")?.kind == .employee)
        }
    }

    @Test func theAccountsAPIListsByNameAPageAtATime() async throws {
        try await TestApp.run { app in
            // given: three accounts, an employee, and an external member of one of them
            let zeta = try await app.store.accounts.create(slug: "zeta", name: "Zeta Foods", kind: .customer)
            _ = try await app.store.accounts.create(slug: "acme", name: "Acme Retail", kind: .customer)
            _ = try await app.store.accounts.create(slug: "mill", name: "Mill & Co", kind: .supplier)
            let employee = try await Visitor.apiClient(try await app.store.makeMember("emil"), in: app.store)
            let buyer = try await Visitor.apiClient(try await app.store.makeMember("buyer", kind: .external, account: zeta), in: app.store)

            // when
            let first = try await app.send(.get, "/api/v1/accounts?limit=2", as: employee)
            let second = try await app.send(.get, "/api/v1/accounts?limit=2&offset=2", as: employee)
            let own = try await app.send(.get, "/api/v1/accounts", as: buyer)

            // then
            #expect(first.items.map { $0["slug"] as? String } == ["acme", "mill"])
            #expect(first.json["next"] as? String == "/api/v1/accounts?limit=2&offset=2")
            #expect(second.items.map { $0["slug"] as? String } == ["zeta"] && second.json["next"] == nil)
            #expect(own.items.map { $0["slug"] as? String } == ["zeta"], "an external member knows their own account only")
        }
    }

    @Test func duplicateAccountSlugIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("admin", role: .admin)
            let client = try await Visitor.apiClient(admin, in: app.store)
            _ = try await app.send(.post, "/api/v1/accounts", as: client, json: #"{"slug":"acme","name":"Acme","kind":"customer"}"#)

            // when
            let reply = try await app.send(
                .post, "/api/v1/accounts", as: client, json: #"{"slug":"acme","name":"Acme 2","kind":"customer"}"#)

            // then
            #expect(reply.status == .conflict)
            #expect(try await app.store.count("accounts") == 1)
        }
    }
}

@Suite("Bots")
struct BotTests {
    @Test func adminAddsABotThatActsThroughItsToken() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("admin", role: .admin)

            // when
            let created = try await app.send(
                .post, "/api/v1/bots", as: try await Visitor.apiClient(admin, in: app.store),
                json: #"{"handle":"release-bot","name":"Release bot"}"#)
            let secret = (created.json["token"] as? [String: Any])?["secret"] as? String ?? ""
            let me = try await app.send(.get, "/api/v1/me", as: Visitor(headers: [.authorization: "Bearer \(secret)"], csrf: ""))
            let signIn = try await app.store.members.authenticate(email: "", password: "")

            // then
            #expect(created.status == .created)
            #expect(me.json["kind"] as? String == "machine")
            #expect(signIn == nil)
        }
    }

    @Test func onlyAdminsAddBots() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("member")

            // when
            let reply = try await app.send(
                .post, "/api/v1/bots", as: try await Visitor.apiClient(member, in: app.store), json: #"{"handle":"sneaky","name":"Sneaky"}"#
            )

            // then
            #expect(reply.status == .notFound)
            #expect(try await app.store.members.find(handle: "sneaky") == nil)
        }
    }
}
