import CommonplaceCore
import Foundation
import Testing

@Suite("Tags and semantic metadata")
struct TagTests {
    @Test func articlePageEmbedsSchemaOrgJSONLD() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            _ = try await app.store.makeSpace("help", by: owner, visibility: .public)
            let article = try await app.store.articles.create(
                ArticleDraft(title: "Flue </script> sizes", body: "15 cm", tags: ["flue"]), in: "help", by: owner)

            // when
            let page = try await app.send(.get, "/articles/\(article.id)", headers: [.init("Host")!: "kb.example"])
            let script =
                page.text.components(separatedBy: #"<script type="application/ld+json">"#).last?.components(separatedBy: "</script>").first
                ?? ""
            let json = try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any] ?? [:]

            // then
            #expect(json["@type"] as? String == "Article")
            #expect(json["headline"] as? String == "Flue </script> sizes")
            #expect(json["keywords"] as? [String] == ["flue"])
            #expect((json["author"] as? [String: Any])?["name"] as? String == "Owner")
            #expect((json["isPartOf"] as? [String: Any])?["name"] as? String == "Help")
            #expect(!script.contains("</script>"))
        }
    }

    @Test func adminBuildsAHierarchyExportedAsSKOS() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("admin", role: .admin)
            let client = try await Visitor.apiClient(admin, in: app.store)
            _ = try await app.send(.put, "/api/v1/tags/heating", as: client, json: #"{"label":"Heating"}"#)
            _ = try await app.send(
                .put, "/api/v1/tags/stoves", as: client,
                json: #"{"label":"Stoves","definition":"Wood and pellet stoves","broader":"heating"}"#)

            // when
            let cycle = try await app.send(.put, "/api/v1/tags/heating", as: client, json: #"{"label":"Heating","broader":"stoves"}"#)
            let scheme = try await app.send(.get, "/api/v1/tags/scheme")
            let graph = scheme.json["@graph"] as? [[String: Any]] ?? []
            let stoves = graph.first { $0["notation"] as? String == "stoves" }
            let heatingPage = try await app.send(.get, "/tags/heating", as: try await Visitor.browser(admin, in: app.store))
            let stovesPage = try await app.send(.get, "/tags/stoves", as: try await Visitor.browser(admin, in: app.store))

            // then
            #expect(cycle.status == .conflict)
            #expect(scheme.headers[.contentType] == "application/ld+json")
            #expect((stoves?["broader"] as? String)?.hasSuffix("/tags/heating") == true)
            #expect(stoves?["definition"] as? String == "Wood and pellet stoves")
            #expect(graph.contains { ($0["narrower"] as? [String])?.contains { $0.hasSuffix("/tags/stoves") } == true })
            #expect(heatingPage.text.contains(#"href="/tags/stoves""#), "the tag page names its narrower tags")
            #expect(stovesPage.text.contains("Wood and pellet stoves"))
            #expect(stovesPage.text.contains(#"Broader: <a class="tag" href="/tags/heating">"#))
        }
    }

    @Test func onlyAdminsDefineTags() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("member")

            // when
            let reply = try await app.send(
                .put, "/api/v1/tags/secret-project", as: try await Visitor.apiClient(member, in: app.store), json: #"{"label":"Secret"}"#)

            // then
            #expect(reply.status == .forbidden)
            #expect(try await app.store.count("tag_concepts") == 0)
        }
    }

    @Test func tagPageShowsArticlesAndPostsWithTheTag() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            _ = try await app.store.makeSpace("help", by: owner, visibility: .public)
            _ = try await app.store.articles.create(
                ArticleDraft(title: "Chimney care", body: "Sweep yearly", tags: ["chimney"]), in: "help", by: owner)
            _ = try await app.store.posts.create(NewPost(space: "help", body: "Swept mine today #chimney"), by: owner)

            // when
            let page = try await app.send(.get, "/tags/chimney")

            // then
            #expect(page.text.contains("Chimney care"))
            #expect(page.text.contains("Swept mine today"))
        }
    }
}
