import CommonplaceCore
import Foundation
import Testing

@Suite("Posts")
struct PostTests {
    /// A space with an employee author in it and an employee outside it.
    struct Setting {
        let author: Member
        let outsider: Member
        let space: Space

        static func make(_ store: Store) async throws -> Setting {
            let author = try await store.makeMember("writer")
            let outsider = try await store.makeMember("outsider")
            return Setting(author: author, outsider: outsider, space: try await store.makeSpace("team", by: author))
        }
    }

    @Test func memberPostsThroughTheFormAndFindsItOnItsPage() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let browser = try await Visitor.browser(setting.author, in: app.store)

            // when
            let reply = try await app.send(.post, "/posts", as: browser, form: ["space": "team", "body": "Hello **team** #launch"])
            let location = reply.headers[.location] ?? ""
            let page = try await app.send(.get, location, as: browser)

            // then
            #expect(reply.status == .seeOther)
            #expect(location.hasPrefix("/posts/"))
            #expect(page.text.contains("Hello <strong>team</strong>"))
            #expect(page.text.contains("href=\"/tags/launch\""))
        }
    }

    @Test func emptyPostIsRefusedWithTheFormShownAgainAndNothingWritten() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let browser = try await Visitor.browser(setting.author, in: app.store)

            // when
            let reply = try await app.send(.post, "/posts", as: browser, form: ["space": "team", "body": "   "])

            // then
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains("Write something first."))
            #expect(try await app.store.count("items") == 0)
        }
    }

    @Test(arguments: [
        ("{\"space\":\"team\",\"body\":\"\(String(repeating: "x", count: 5001))\"}", 422, "body"),
        ("{\"space\":\"team\",\"body\":\"hi\",\"visibility\":\"partners\"}", 422, "audience"),
        (
            "{\"space\":\"team\",\"body\":\"hi\",\"visibility\":\"private\",\"audience\":{\"members\":[\"nobody-here\"]}}", 409,
            "audience.members"
        ),
        ("{\"space\":\"team\",\"body\":\"hi\",\"visibility\":\"everyone\"}", 400, ""),
        ("{\"space\":\"no-such-space\",\"body\":\"hi\"}", 404, ""),
        ("{\"body\":\"hi\"}", 400, ""),
        ("not json", 400, ""),
    ])
    func badPostInputIsRefusedAndChangesNothing(_ json: String, _ status: Int, _ field: String) async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let client = try await Visitor.apiClient(setting.author, in: app.store)

            // when
            let reply = try await app.send(.post, "/api/v1/posts", as: client, json: json)

            // then
            #expect(Int(reply.status.code) == status)
            #expect(reply.headers[.contentType] == "application/problem+json")
            #expect(reply.json["status"] as? Int == status)
            if !field.isEmpty {
                let fields = (reply.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
                #expect(fields.contains(field))
            }
            #expect(try await app.store.count("items") == 0)
        }
    }

    @Test func postingInASpaceOneHasNotJoinedIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let client = try await Visitor.apiClient(setting.outsider, in: app.store)

            // when
            let reply = try await app.send(.post, "/api/v1/posts", as: client, json: #"{"space":"team","body":"let me in"}"#)

            // then
            #expect(reply.status == .forbidden)
            #expect(try await app.store.count("items") == 0)
        }
    }

    @Test func externalMemberCannotPostInternally() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let customer = try await app.store.makeMember("customer", kind: .external)
            _ = try await app.store.spaces.join(slug: setting.space.slug, member: customer)
            let client = try await Visitor.apiClient(customer, in: app.store)

            // when
            let reply = try await app.send(
                .post, "/api/v1/posts", as: client, json: #"{"space":"team","body":"psst","visibility":"internal"}"#)

            // then
            #expect(reply.status == .unprocessableContent)
            #expect(try await app.store.count("items") == 0)
        }
    }

    @Test func mentioningSomeoneInAPrivatePostSharesItWithThemOnly() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let guest = try await app.store.makeMember("guest", kind: .external)
            let writer = try await Visitor.apiClient(setting.author, in: app.store)

            // when
            let created = try await app.send(
                .post, "/api/v1/posts", as: writer, json: #"{"space":"team","body":"@guest your order shipped","visibility":"private"}"#)
            let id = created.json["id"] as? Int ?? 0
            let asGuest = try await app.send(.get, "/api/v1/posts/\(id)", as: try await Visitor.apiClient(guest, in: app.store))
            let asOutsider = try await app.send(
                .get, "/api/v1/posts/\(id)", as: try await Visitor.apiClient(setting.outsider, in: app.store))

            // then
            #expect(created.status == .created)
            #expect((created.json["audience"] as? [String: Any])?["members"] as? [String] == ["guest"])
            #expect(asGuest.status == .ok)
            #expect(asOutsider.status == .notFound)
        }
    }

    @Test func userMarkupIsEscapedAndLinksAreLimitedToSafeSchemes() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let body =
                #"<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)> [ok](https://example.com/a?b=1&c=2)"#

            // when
            let post = try await app.store.posts.create(NewPost(space: "team", body: body), by: setting.author)
            let page = try await app.send(.get, "/posts/\(post.id)", as: try await Visitor.browser(setting.author, in: app.store))

            // then
            #expect(!page.text.contains("<script>alert"))
            #expect(!page.text.contains("<img src=x"))
            #expect(!page.text.contains("href=\"javascript:"))
            #expect(page.text.contains("&lt;script&gt;"))
            #expect(page.text.contains(#"<a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc">ok</a>"#))
        }
    }

    @Test func authorDeletesTheirPostAndOthersCannot() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let post = try await app.store.posts.create(
                NewPost(space: "team", body: "temporary", visibility: .internal), by: setting.author)

            // when
            let byOutsider = try await app.send(
                .delete, "/api/v1/posts/\(post.id)", as: try await Visitor.apiClient(setting.outsider, in: app.store))
            let byAuthor = try await app.send(
                .delete, "/api/v1/posts/\(post.id)", as: try await Visitor.apiClient(setting.author, in: app.store))
            let after = try await app.send(.get, "/api/v1/posts/\(post.id)", as: try await Visitor.apiClient(setting.author, in: app.store))

            // then
            #expect(byOutsider.status == .forbidden)
            #expect(byAuthor.status == .noContent)
            #expect(after.status == .notFound)
        }
    }

    @Test func deletingThroughThePagesAsksFirstWithoutJavaScript() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let post = try await app.store.posts.create(
                NewPost(space: "team", body: "temporary", visibility: .internal), by: setting.author)
            let author = try await Visitor.browser(setting.author, in: app.store)

            // when: the Delete link, then the page's button
            let postPage = try await app.send(.get, "/posts/\(post.id)", as: author)
            let asked = try await app.send(.get, "/posts/\(post.id)/delete", as: author)
            let byOutsider = try await app.send(
                .get, "/posts/\(post.id)/delete", as: try await Visitor.browser(setting.outsider, in: app.store))
            let stillThere = try await app.store.count("posts")
            let deleted = try await app.send(.post, "/posts/\(post.id)/delete", as: author, form: [:])

            // then
            #expect(postPage.text.contains(#"<a href="/posts/\#(post.id)/delete" class="link danger">Delete</a>"#))
            #expect(asked.status == .ok)
            #expect(asked.text.contains("Delete this post?"))
            #expect(asked.text.contains(#"<form method="post" action="/posts/\#(post.id)/delete""#))
            #expect(byOutsider.status == .forbidden)
            #expect(stillThere == 1, "asking deletes nothing")
            #expect(deleted.status == .seeOther)
            #expect(try await app.store.count("posts") == 0)
        }
    }

    @Test func aModeratorOfTheSpaceIsOfferedDeleteAndAskedLikeTheAuthor() async throws {
        try await TestApp.run { app in
            // given: a moderator of the space who moderates nothing else
            let setting = try await Setting.make(app.store)
            let moderator = try await app.store.makeMember("keeper")
            _ = try await app.store.spaces.join(slug: "team", member: moderator)
            try await app.store.spaces.admit(handle: "keeper", to: "team", role: .moderator, by: setting.author)
            let post = try await app.store.posts.create(
                NewPost(space: "team", body: "off topic", visibility: .internal), by: setting.author)
            let browser = try await Visitor.browser(moderator, in: app.store)

            // when
            let postPage = try await app.send(.get, "/posts/\(post.id)", as: browser)
            let asked = try await app.send(.get, "/posts/\(post.id)/delete", as: browser)
            let deleted = try await app.send(.post, "/posts/\(post.id)/delete", as: browser, form: [:])

            // then: the page, the question and the store follow one rule
            #expect(postPage.text.contains(#"<a href="/posts/\#(post.id)/delete" class="link danger">Delete</a>"#))
            #expect(asked.status == .ok)
            #expect(deleted.status == .seeOther)
            #expect(try await app.store.count("posts") == 0)
        }
    }

    @Test func writingWithoutSigningInIsRefused() async throws {
        try await TestApp.run { app in
            // given
            _ = try await Setting.make(app.store)

            // when
            let api = try await app.send(.post, "/api/v1/posts", json: #"{"space":"team","body":"hi"}"#)
            let form = try await app.send(.post, "/posts", form: ["space": "team", "body": "hi"])

            // then
            #expect(api.status == .unauthorized)
            #expect(form.status == .seeOther)
            #expect(form.headers[.location]?.hasPrefix("/signin?next=") == true)
            #expect(try await app.store.count("items") == 0)
        }
    }

    @Test func feedPagesWithAKeysetCursor() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            for number in 1...35 {
                _ = try await app.store.posts.create(NewPost(space: "team", body: "post \(number)"), by: setting.author)
            }
            let client = try await Visitor.apiClient(setting.author, in: app.store)

            // when
            let first = try await app.send(.get, "/api/v1/posts?limit=30", as: client)
            let next = first.json["next"] as? String ?? ""
            let second = try await app.send(.get, next, as: client)

            // then
            #expect(first.items.count == 30)
            #expect(first.items.first?["body"] as? String == "post 35")
            #expect(second.items.count == 5)
            #expect(second.items.last?["body"] as? String == "post 1")
            #expect(second.json["next"] == nil)
        }
    }
}
