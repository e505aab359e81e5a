import CommonplaceCore
import Testing

@Suite("Spaces")
struct SpaceTests {
    @Test func memberStartsASpaceWithAPurposeAndGoalsThroughTheForm() async throws {
        try await TestApp.run { app in
            // given
            let founder = try await app.store.makeMember("founder", kind: .external, relation: .volunteer)
            let browser = try await Visitor.browser(founder, in: app.store)

            // when
            let reply = try await app.send(
                .post, "/spaces", as: browser,
                form: [
                    "name": "Stove Owners", "slug": "stove-owners", "purpose": "Help each other keep stoves clean.",
                    "membership_policy": "open", "default_visibility": "public", "goals": "Reach ten members | members | 10",
                ])
            let page = try await app.send(.get, "/spaces/stove-owners", as: browser)

            // then
            #expect(reply.status == .seeOther)
            #expect(reply.headers[.location] == "/spaces/stove-owners")
            #expect(page.text.contains("Help each other keep stoves clean."))
            #expect(page.text.contains("Reach ten members"))
            #expect(page.text.contains("1 of 10 members"))
            #expect(page.text.contains("Moderator"))
        }
    }

    @Test(arguments: [
        (["name": "X", "slug": "Bad Slug!", "purpose": "p"], "Use 2–40 lowercase letters"),
        (["name": "", "slug": "fine", "purpose": "p"], "Enter a name"),
        (["name": "X", "slug": "fine", "purpose": ""], "Say what the space is for"),
        (["name": "X", "slug": "fine", "purpose": "p", "goals": "no pipes here"], "Write each goal as"),
        (["name": "X", "slug": "fine", "purpose": "p", "default_visibility": "private"], "cannot be private"),
    ])
    func badSpaceFormIsShownAgainWithItsProblem(_ form: [String: String], _ message: String) async throws {
        try await TestApp.run { app in
            // given
            let founder = try await app.store.makeMember("founder")

            // when
            let reply = try await app.send(.post, "/spaces", as: try await Visitor.browser(founder, in: app.store), form: form)

            // then
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains(message))
            #expect(try await app.store.count("spaces") == 0)
        }
    }

    @Test func takenSlugIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let founder = try await app.store.makeMember("founder")
            _ = try await app.store.makeSpace("taken", by: founder)
            let client = try await Visitor.apiClient(founder, in: app.store)

            // when
            let reply = try await app.send(.post, "/api/v1/spaces", as: client, json: #"{"slug":"taken","name":"Again","purpose":"Twice"}"#)

            // then
            #expect(reply.status == .conflict)
            #expect(try await app.store.count("spaces") == 1)
        }
    }

    @Test func requestToJoinWaitsForAModerator() async throws {
        try await TestApp.run { app in
            // given
            let moderator = try await app.store.makeMember("moderator")
            let asker = try await app.store.makeMember("asker", kind: .external, relation: .supplier)
            _ = try await app.store.makeSpace("club", by: moderator, policy: .request)
            let askerClient = try await Visitor.apiClient(asker, in: app.store)

            // when
            let requested = try await app.send(.post, "/api/v1/spaces/club/membership", as: askerClient)
            let postEarly = try await app.send(.post, "/api/v1/posts", as: askerClient, json: #"{"space":"club","body":"hello?"}"#)
            let moderatorPage = try await app.send(.get, "/spaces/club", as: try await Visitor.browser(moderator, in: app.store))
            let publicMembers = try await app.send(.get, "/api/v1/spaces/club/members")
            let moderatorMembers = try await app.send(
                .get, "/api/v1/spaces/club/members", as: try await Visitor.apiClient(moderator, in: app.store))
            let approved = try await app.send(
                .post, "/spaces/club/members", as: try await Visitor.browser(moderator, in: app.store), form: ["handle": "asker"])
            let postLater = try await app.send(.post, "/api/v1/posts", as: askerClient, json: #"{"space":"club","body":"thanks!"}"#)

            // then
            #expect(requested.json["status"] as? String == "requested")
            #expect(postEarly.status == .forbidden)
            #expect(moderatorPage.text.contains("Asker asks to join"))
            #expect(!publicMembers.text.contains("asker"))
            #expect(moderatorMembers.text.contains("asker"))
            #expect(approved.status == .seeOther)
            #expect(postLater.status == .created)
        }
    }

    @Test func inviteOnlySpaceIsHiddenFromEveryoneButItsMembers() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            let stranger = try await app.store.makeMember("stranger")
            _ = try await app.store.makeSpace("secret-lab", by: owner, policy: .invite)

            // when
            let strangerList = try await app.send(.get, "/spaces", as: try await Visitor.browser(stranger, in: app.store))
            let strangerPage = try await app.send(.get, "/spaces/secret-lab", as: try await Visitor.browser(stranger, in: app.store))
            let strangerJoin = try await app.send(
                .post, "/api/v1/spaces/secret-lab/membership", as: try await Visitor.apiClient(stranger, in: app.store))
            let ownerList = try await app.send(.get, "/spaces", as: try await Visitor.browser(owner, in: app.store))

            // then
            #expect(!strangerList.text.contains("secret-lab"))
            #expect(strangerPage.status == .notFound)
            #expect(strangerJoin.status == .notFound)
            #expect(ownerList.text.contains("/spaces/secret-lab"))
            #expect(try await app.store.count("space_members") == 1)
        }
    }

    @Test func theLastModeratorCannotLeave() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            _ = try await app.store.makeSpace("solo", by: owner)

            // when
            let reply = try await app.send(.delete, "/api/v1/spaces/solo/membership", as: try await Visitor.apiClient(owner, in: app.store))

            // then
            #expect(reply.status == .conflict)
            #expect(try await app.store.count("space_members") == 1)
        }
    }

    @Test func onlyModeratorsAdmitMembers() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            let member = try await app.store.makeMember("member")
            _ = try await app.store.makeMember("friend")
            _ = try await app.store.makeSpace("club", by: owner, policy: .invite)
            try await app.store.spaces.admit(handle: "member", to: "club", role: .member, by: owner)

            // when
            let reply = try await app.send(
                .put, "/api/v1/spaces/club/members/friend", as: try await Visitor.apiClient(member, in: app.store), json: "{}")

            // then
            #expect(reply.status == .forbidden)
            #expect(try await app.store.count("space_members") == 2)
        }
    }

    @Test func instanceCanReserveSpaceCreationForAdmins() async throws {
        try await TestApp.run { app in
            // given
            var settings = try await app.store.settings.current()
            settings.spaceCreation = .admins
            try await app.store.settings.update(settings)
            let member = try await app.store.makeMember("member")

            // when
            let reply = try await app.send(
                .post, "/api/v1/spaces", as: try await Visitor.apiClient(member, in: app.store),
                json: #"{"slug":"mine","name":"Mine","purpose":"Mine"}"#)

            // then
            #expect(reply.status == .forbidden)
            #expect(try await app.store.count("spaces") == 0)
        }
    }
}

@Suite("Space settings")
struct SpaceSettingsTests {
    @Test func moderatorChangesPurposeAndGoalsThroughTheForm() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            _ = try await app.store.makeSpace("club", by: owner, goals: [NewGoal(description: "Old goal", metric: .posts, target: 5)])
            let browser = try await Visitor.browser(owner, in: app.store)

            // when
            let form = try await app.send(.get, "/spaces/club/edit", as: browser)
            let saved = try await app.send(
                .post, "/spaces/club/edit", as: browser,
                form: [
                    "name": "Club", "purpose": "A sharper purpose.", "membership_policy": "request", "default_visibility": "internal",
                    "goals": "Forty members | members | 40",
                ])
            let page = try await app.send(.get, "/spaces/club", as: browser)

            // then
            #expect(form.text.contains("Old goal | posts | 5"))
            #expect(saved.status == .seeOther)
            #expect(page.text.contains("A sharper purpose."))
            #expect(page.text.contains("1 of 40 members"))
            #expect(!page.text.contains("Old goal"))
        }
    }

    @Test func otherMembersCannotChangeASpace() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            let member = try await app.store.makeMember("member")
            _ = try await app.store.makeSpace("club", by: owner)
            _ = try await app.store.spaces.join(slug: "club", member: member)

            // when
            let reply = try await app.send(
                .put, "/api/v1/spaces/club", as: try await Visitor.apiClient(member, in: app.store),
                json: #"{"slug":"club","name":"Mine now","purpose":"Taken over"}"#)

            // then
            #expect(reply.status == .forbidden)
            #expect(try await app.store.spaces.find(slug: "club", for: .signedIn(owner)).name == "Club")
        }
    }

    @Test func theDirectoryIsPagedFiltersByNameAndPurposeAndHidesInviteOnlySpaces() async throws {
        try await TestApp.run { app in
            // given: 61 open spaces, one about kilns, and an invite-only one the viewer is not in
            let founder = try await app.store.makeMember("founder")
            let viewer = try await app.store.makeMember("viewer")
            for number in 1...60 { _ = try await app.store.makeSpace("space-\(number)", by: founder) }
            _ = try await app.store.spaces.create(
                NewSpace(
                    slug: "ceramics", name: "Ceramics", purpose: "Firing kilns safely.", membershipPolicy: .open, defaultVisibility: .space,
                    goals: []), by: founder)
            _ = try await app.store.makeSpace("kiln-board", by: founder, policy: .invite)
            let browser = try await Visitor.browser(viewer, in: app.store)
            func spaces(_ page: Reply) -> Int { page.text.components(separatedBy: #"class="card space-tile""#).count - 1 }

            // when
            let first = try await app.send(.get, "/spaces", as: browser)
            let second = try await app.send(.get, "/spaces?page=2", as: browser)
            let kilns = try await app.send(.get, "/spaces?q=KILNS+fir", as: browser)
            let none = try await app.send(.get, "/spaces?q=zzyzx", as: browser)
            let client = try await Visitor.apiClient(viewer, in: app.store)
            let apiFirst = try await app.send(.get, "/api/v1/spaces?limit=50", as: client)
            let apiLast = try await app.send(.get, "/api/v1/spaces?limit=50&offset=50", as: client)
            let apiKilns = try await app.send(.get, "/api/v1/spaces?q=kilns&limit=1", as: client)

            // then
            #expect(spaces(first) == 60)
            #expect(first.text.contains(#"href="/spaces?page=2" rel="next""#))
            #expect(spaces(second) == 1)
            #expect(second.text.contains(#"href="/spaces" rel="prev""#) && !second.text.contains(#"rel="next""#))
            #expect(spaces(kilns) == 1 && kilns.text.contains(#"href="/spaces/ceramics""#), "the invite-only space stays hidden")
            #expect(kilns.text.contains(#"value="KILNS fir""#))
            #expect(spaces(none) == 0 && none.text.contains("No space you can see has"))
            #expect(apiFirst.items.count == 50 && apiFirst.json["next"] as? String == "/api/v1/spaces?limit=50&offset=50")
            #expect(apiLast.items.count == 11 && apiLast.json["next"] == nil)
            #expect(apiKilns.items.map { $0["slug"] as? String } == ["ceramics"])
            #expect(apiKilns.json["next"] as? String == "/api/v1/spaces?q=kilns&limit=1&offset=1")
        }
    }

    @Test func aNewcomerIsWelcomedWithTheBusiestOpenSpacesWhateverTheirNames() async throws {
        try await TestApp.run { app in
            // given: 52 open spaces, the busiest named last, one invite-only space busier still
            let founder = try await app.store.makeMember("founder")
            for number in 1...51 { _ = try await app.store.makeSpace(String(format: "quiet-%02d", number), by: founder) }
            _ = try await app.store.makeSpace("zz-busy", by: founder)
            _ = try await app.store.makeSpace("secret", by: founder, policy: .invite)
            for handle in ["ann", "bob", "cid"] {
                let regular = try await app.store.makeMember(handle)
                _ = try await app.store.spaces.join(slug: "zz-busy", member: regular)
            }
            let newcomer = try await Visitor.browser(try await app.store.makeMember("newcomer"), in: app.store)

            // when
            let home = try await app.send(.get, "/", as: newcomer)

            // then
            let start = try #require(home.text.range(of: #"<ul class="suggested-spaces">"#))
            let welcome = String(home.text[start.lowerBound...])
            let suggested = welcome.components(separatedBy: "</ul>")[0].components(separatedBy: "<li>").count - 1
            #expect(welcome.contains(#"<a href="/spaces/zz-busy">Zz-Busy</a>"#))
            #expect(suggested == 4)
            #expect(!welcome.components(separatedBy: "</ul>")[0].contains("secret"))
        }
    }
}
