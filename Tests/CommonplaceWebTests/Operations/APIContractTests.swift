import CommonplaceCore
import Foundation
import HTTPTypes
import Testing

/// The server answers what the OpenAPI document says: out-of-range query values are refused, and a path that exists
/// answers a method it does not take with 405 and the methods it does (issue 15, defect 18).
@Suite("The API keeps its contract")
struct APIContractTests {
    @Test func outOfRangeQueryValuesAreRefusedNotReadAsOthers() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            let api = try await Visitor.apiClient(member, in: app.store)

            // when
            var statuses: [String: HTTPResponse.Status] = [:]
            for uri in [
                "/api/v1/posts?limit=101", "/api/v1/members?offset=-1", "/api/v1/spaces?limit=0", "/api/v1/feed?limit=abc",
                "/api/v1/threads?limit=99999999999999999999", "/api/v1/accounts?offset=-5", "/api/v1/threads/1?page=-1",
            ] {
                statuses[uri] = try await app.send(.get, uri, as: api).status
            }
            let fine = try await app.send(.get, "/api/v1/posts?limit=100", as: api)

            // then
            for (uri, status) in statuses { #expect(status == .unprocessableContent, "\(uri)") }
            #expect(fine.status == .ok)
        }
    }

    @Test func aMethodAPathDoesNotTakeIs405WithTheOnesItDoes() async throws {
        try await TestApp.run { app in
            // when
            let trace = try await app.send(.init("TRACE")!, "/api/v1/threads")
            let patch = try await app.send(.patch, "/api/v1/threads/7")
            let page = try await app.send(.delete, "/threads")
            let nowhere = try await app.send(.get, "/api/v1/nothing-here")

            // then
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers[.allow] == "GET, POST")
            #expect(patch.status == .methodNotAllowed)
            #expect(patch.headers[.allow] == "GET, PUT")
            #expect(page.status == .methodNotAllowed)
            #expect(nowhere.status == .notFound)
        }
    }

    @Test func aValueThatClashesWithWhatExistsIs409AndTheFormShowsItByTheField() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("ada", role: .admin)
            let api = try await Visitor.apiClient(admin, in: app.store)
            _ = try await app.store.makeSpace("support", by: admin)
            _ = try await app.store.accounts.create(slug: "acme", name: "Acme", kind: .customer)
            let spacesBefore = try await app.store.count("spaces")

            // when
            let takenSpace = try await app.send(
                .post, "/api/v1/spaces", as: api, json: #"{"slug":"support","name":"Again","purpose":"A second support space."}"#)
            let takenAccount = try await app.send(
                .post, "/api/v1/accounts", as: api, json: #"{"slug":"acme","name":"Acme","kind":"customer"}"#)
            let nobody = try await app.send(
                .post, "/api/v1/invitations", as: api, json: #"{"kind":"external","relation":"customer","account":"nope"}"#)
            let renamed = try await app.send(
                .put, "/api/v1/spaces/support", as: api, json: #"{"slug":"elsewhere","name":"Support","purpose":"Testing support."}"#)
            let malformed = try await app.send(.post, "/api/v1/accounts", as: api, json: #"{"slug":"A C","name":"Acme","kind":"customer"}"#)
            let form = try await app.send(
                .post, "/admin/accounts", as: try await Visitor.browser(admin, in: app.store),
                form: ["name": "Acme again", "slug": "acme", "kind": "customer"])

            // then
            for reply in [takenSpace, takenAccount, nobody, renamed] {
                #expect(reply.status == .conflict)
                #expect(reply.json["errors"] is [[String: Any]])
            }
            #expect((takenSpace.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "slug")
            #expect(malformed.status == .unprocessableContent)
            #expect(form.text.contains("This slug is taken."))
            #expect(try await app.store.count("spaces") == spacesBefore)
        }
    }

    @Test func aBotWithALongNameGetsItsTokenInsteadOfBeingHalfCreated() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("ada", role: .admin)
            let name = String(repeating: "n", count: 100)

            // when
            let reply = try await app.send(
                .post, "/api/v1/bots", as: try await Visitor.apiClient(admin, in: app.store),
                json: #"{"handle":"helper","name":"\#(name)"}"#)

            // then
            #expect(reply.status == .created)
            #expect(((reply.json["token"] as? [String: Any])?["secret"] as? String)?.isEmpty == false)
        }
    }

    @Test func eachDeclaredExpertiseEntryIsOneTag() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            let api = try await Visitor.apiClient(member, in: app.store)

            // when
            let split = try await app.send(.patch, "/api/v1/me", as: api, json: #"{"expertise":["stoves chimneys"]}"#)
            let punctuated = try await app.send(.patch, "/api/v1/me", as: api, json: ##"{"interests":["#ovens;"]}"##)
            let fine = try await app.send(.patch, "/api/v1/me", as: api, json: #"{"expertise":["Stoves","chimney-fans"]}"#)

            // then
            #expect(split.status == .unprocessableContent)
            #expect(punctuated.status == .unprocessableContent)
            #expect(fine.status == .ok)
            #expect(try await app.store.members.find(handle: "ada")?.expertise == "stoves chimney-fans")
        }
    }

    @Test func admittingSomeoneWhoDoesNotExistIsAMissingPageAndANullRoleMeansMember() async throws {
        try await TestApp.run { app in
            // given
            let moderator = try await app.store.makeMember("ada")
            _ = try await app.store.makeMember("ben")
            _ = try await app.store.makeSpace("support", by: moderator, policy: .invite)
            let api = try await Visitor.apiClient(moderator, in: app.store)

            // when
            let nobody = try await app.send(.put, "/api/v1/spaces/support/members/nobody", as: api, json: #"{"role":"member"}"#)
            let ben = try await app.send(.put, "/api/v1/spaces/support/members/ben", as: api, json: #"{"role":null}"#)
            let members = try await app.send(.get, "/api/v1/spaces/support/members", as: api)

            // then
            #expect(nobody.status == .notFound)
            #expect(ben.status == .noContent)
            #expect(members.items.contains { $0["handle"] as? String == "ben" && $0["role"] as? String == "member" })
        }
    }

    @Test func aRequiredQueryValueMustBeThereButMayHoldNoWord() async throws {
        try await TestApp.run { app in
            // when
            var missing: [String: HTTPResponse.Status] = [:]
            var wordless: [String: HTTPResponse.Status] = [:]
            for (path, name) in [("search", "q"), ("similar", "text"), ("experts", "topic"), ("tags/suggestions", "text")] {
                missing[path] = try await app.send(.get, "/api/v1/\(path)").status
                wordless[path] = try await app.send(.get, "/api/v1/\(path)?\(name)=%21").status
            }

            // then
            for (path, status) in missing { #expect(status == .unprocessableContent, "\(path)") }
            for (path, status) in wordless { #expect(status == .ok, "\(path)") }
        }
    }

    @Test func searchDatesAreFullDatesOfAnyYearAndAnEmptyPageIsNoPage() async throws {
        try await TestApp.run { app in
            // when
            let early = try await app.send(.get, "/api/v1/search?q=stove&from=0251-02-10&to=4629-07-11")
            let unpadded = try await app.send(.get, "/api/v1/search?q=stove&from=2026-1-5")
            let signed = try await app.send(.get, "/api/v1/search?q=stove&from=%2B2026-01-05")
            let emptyPage = try await app.send(.get, "/api/v1/search?q=stove&page=")
            let emptyDay = try await app.send(.get, "/api/v1/search?q=stove&from=")
            let emptyKind = try await app.send(.get, "/api/v1/search?q=stove&kind=")

            // then
            #expect(early.status == .ok)
            #expect(unpadded.status == .unprocessableContent)
            #expect(signed.status == .unprocessableContent)
            #expect(emptyPage.status == .unprocessableContent)
            #expect(emptyDay.status == .unprocessableContent)
            #expect(emptyKind.status == .unprocessableContent)
        }
    }

    @Test func namesNobodyHasAreTheOnlyProblemOfAPartnersAudience() async throws {
        try await TestApp.run { app in
            // given
            let author = try await app.store.makeMember("ada")
            _ = try await app.store.makeSpace("team", by: author)

            // when
            let reply = try await app.send(
                .post, "/api/v1/posts", as: try await Visitor.apiClient(author, in: app.store),
                json: #"{"space":"team","body":"For partners","visibility":"partners","audience":{"accounts":["nobody"]}}"#)

            // then
            #expect(reply.status == .conflict)
            #expect((reply.json["errors"] as? [[String: Any]])?.map { $0["field"] as? String } == ["audience.accounts"])
        }
    }

    @Test func aTagBroaderThanItselfConflictsAndAnInvitationEmailIsAnAddressOrLeftOut() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("ada", role: .admin)
            let api = try await Visitor.apiClient(admin, in: app.store)

            // when
            let loop = try await app.send(.put, "/api/v1/tags/stoves", as: api, json: #"{"label":"Stoves","broader":"stoves"}"#)
            let notAnAddress = try await app.send(.post, "/api/v1/invitations", as: api, json: #"{"kind":"employee","email":"Rio,v*Z"}"#)
            let spaced = try await app.send(.post, "/api/v1/invitations", as: api, json: #"{"kind":"employee","email":"a b@c.example"}"#)
            let blank = try await app.send(.post, "/api/v1/invitations", as: api, json: #"{"kind":"employee","email":"  "}"#)
            let open = try await app.send(.post, "/api/v1/invitations", as: api, json: #"{"kind":"employee","email":null}"#)

            // then
            #expect(loop.status == .conflict)
            #expect(notAnAddress.status == .unprocessableContent)
            #expect(spaced.status == .unprocessableContent)
            #expect(blank.status == .unprocessableContent)
            #expect(open.status == .created)
        }
    }

    @Test func anArticleEditThatLeavesOutTheVisibilityKeepsItsReaders() async throws {
        try await TestApp.run { app in
            // given: a partners article shared with one customer account
            let author = try await app.store.makeMember("ada")
            _ = try await app.store.makeSpace("manual", by: author)
            _ = try await app.store.accounts.create(slug: "acme", name: "Acme", kind: .customer)
            let article = try await app.store.articles.create(
                ArticleDraft(
                    title: "Spring line", body: "What Acme told us.", visibility: .partners, audience: Audience(accounts: ["acme"])),
                in: "manual", by: author)

            // when
            let reply = try await app.send(
                .put, "/api/v1/articles/\(article.id)", as: try await Visitor.apiClient(author, in: app.store),
                json: #"{"title":"Spring line","body":"What Acme told us, in full.","baseRevision":1}"#)

            // then
            #expect(reply.status == .ok)
            #expect(reply.json["visibility"] as? String == "partners")
            #expect((reply.json["audience"] as? [String: Any])?["accounts"] as? [String] == ["acme"])
        }
    }
}
