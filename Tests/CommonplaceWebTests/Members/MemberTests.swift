import CommonplaceCore
import Testing

@Suite("Members and profiles")
struct MemberTests {
    @Test func memberEditsTheirProfileAndOthersSeeIt() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ben")
            let browser = try await Visitor.browser(member, in: app.store)

            // when
            let saved = try await app.send(
                .post, "/settings/profile", as: browser,
                form: [
                    "name": "Ben Okafor", "bio": "Support lead", "expertise": "installation, #flue", "interests": "safety",
                ])
            let profile = try await app.send(.get, "/members/ben")

            // then
            #expect(saved.status == .seeOther)
            #expect(profile.text.contains("Ben Okafor"))
            #expect(profile.text.contains("Support lead"))
            #expect(profile.text.contains("href=\"/tags/flue\""))
        }
    }

    @Test func invalidExpertiseTagIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ben")

            // when
            let reply = try await app.send(
                .patch, "/api/v1/me", as: try await Visitor.apiClient(member, in: app.store), json: #"{"expertise":["ok","not ok!"]}"#)

            // then
            #expect(reply.status == .unprocessableContent)
            #expect(try await app.store.members.find(handle: "ben")?.expertise == "")
        }
    }

    @Test func emailIsShownOnlyToItsOwnerAndAccountOnlyToEmployeesAndColleagues() async throws {
        try await TestApp.run { app in
            // given
            let acme = try await app.store.accounts.create(slug: "acme", name: "Acme", kind: .customer)
            let buyer = try await app.store.makeMember("buyer", kind: .external, account: acme)
            let colleague = try await app.store.makeMember("colleague", kind: .external, account: acme)
            let outsider = try await app.store.makeMember("outsider", kind: .external)
            let employee = try await app.store.makeMember("employee")

            // when
            let own = try await app.send(.get, "/api/v1/me", as: try await Visitor.apiClient(buyer, in: app.store))
            let byColleague = try await app.send(.get, "/api/v1/members/buyer", as: try await Visitor.apiClient(colleague, in: app.store))
            let byOutsider = try await app.send(.get, "/api/v1/members/buyer", as: try await Visitor.apiClient(outsider, in: app.store))
            let byEmployee = try await app.send(.get, "/api/v1/members/buyer", as: try await Visitor.apiClient(employee, in: app.store))
            let outsiderAccounts = try await app.send(.get, "/api/v1/accounts", as: try await Visitor.apiClient(outsider, in: app.store))
            let outsiderDirectory = try await app.send(.get, "/api/v1/members", as: try await Visitor.apiClient(outsider, in: app.store))
            let employeeDirectory = try await app.send(.get, "/api/v1/members", as: try await Visitor.apiClient(employee, in: app.store))
            let colleagueDirectory = try await app.send(.get, "/api/v1/members", as: try await Visitor.apiClient(colleague, in: app.store))
            let outsiderAccount = try await app.send(
                .get, "/api/v1/accounts/acme", as: try await Visitor.apiClient(outsider, in: app.store))
            let colleagueAccount = try await app.send(
                .get, "/api/v1/accounts/acme", as: try await Visitor.apiClient(colleague, in: app.store))

            // then
            #expect(own.json["email"] as? String == "buyer@test.example")
            #expect(byColleague.json["email"] == nil)
            #expect(byColleague.json["account"] as? String == "acme")
            #expect(byOutsider.json["account"] == nil)
            #expect(byEmployee.json["account"] as? String == "acme")
            #expect(outsiderAccounts.items.isEmpty)
            #expect(!outsiderDirectory.text.contains("acme"))
            #expect(!outsiderDirectory.text.contains("buyer@test.example"))
            #expect(employeeDirectory.items.first { $0["handle"] as? String == "buyer" }?["account"] as? String == "acme")
            #expect(colleagueDirectory.items.first { $0["handle"] as? String == "buyer" }?["account"] as? String == "acme")
            #expect(outsiderAccount.status == .notFound)
            #expect(colleagueAccount.json["name"] as? String == "Acme")
        }
    }

    @Test func theDirectoryIsPagedAndFiltersByNameHandleAndExpertise() async throws {
        try await TestApp.run { app in
            // given: 104 people and a sweep who declared chimneys
            let viewer = try await app.store.makeMember("viewer")
            for number in 1...103 { _ = try await app.store.makeMember("person\(number)") }
            let sweep = try await app.store.makeMember("sweep")
            _ = try await app.store.members.updateProfile(
                of: sweep.id, ProfileUpdate(name: "Rosa Kowalski", bio: "", expertise: "chimneys flues", interests: ""))
            let browser = try await Visitor.browser(viewer, in: app.store)
            func people(_ page: Reply) -> Int { page.text.components(separatedBy: #"<li><span class="avatar small""#).count - 1 }

            // when
            let first = try await app.send(.get, "/members", as: browser)
            let second = try await app.send(.get, "/members?page=2", as: browser)
            let byExpertise = try await app.send(.get, "/members?q=chimney", as: browser)
            let byName = try await app.send(.get, "/members?q=Kowal+ros", as: browser)
            let nobody = try await app.send(.get, "/members?q=zzyzx", as: browser)
            let api = try await app.send(.get, "/api/v1/members?q=chimney&limit=1", as: try await Visitor.apiClient(viewer, in: app.store))

            // then
            #expect(people(first) == 100)
            #expect(first.text.contains(#"href="/members?page=2" rel="next""#))
            #expect(!first.text.contains(#"rel="prev""#))
            #expect(people(second) == 5)
            #expect(second.text.contains(#"href="/members" rel="prev""#))
            #expect(!second.text.contains(#"rel="next""#))
            #expect(people(byExpertise) == 1 && byExpertise.text.contains("Rosa Kowalski"))
            #expect(people(byName) == 1 && byName.text.contains(#"value="Kowal ros""#))
            #expect(people(nobody) == 0 && nobody.text.contains("Nobody whose name, handle or expertise starts with"))
            #expect(api.items.map { $0["handle"] as? String } == ["sweep"])
            #expect(api.json["next"] as? String == "/api/v1/members?q=chimney&limit=1&offset=1")
            #expect(try await app.send(.get, "/members").status == .seeOther, "the directory is for members")
        }
    }

    @Test func unknownMemberIsNotFound() async throws {
        try await TestApp.run { app in
            // when
            let page = try await app.send(.get, "/members/nobody")
            let api = try await app.send(.get, "/api/v1/members/nobody")

            // then
            #expect(page.status == .notFound)
            #expect(api.status == .notFound)
        }
    }
}
