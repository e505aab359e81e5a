import CommonplaceCore
import Foundation
import Testing

/// Limits refuse, everywhere: nothing past a limit is kept in part (README, "Limits").
@Suite("Limits refuse rather than cut")
struct LimitTests {
    @Test func aThreadWithMoreTagsThanAThreadKeepsIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            _ = try await app.store.makeSpace("team", by: member)
            let tags = (1...31).map { "\"tag\($0)\"" }.joined(separator: ",")

            // when
            let reply = try await app.send(
                .post, "/api/v1/threads", as: try await Visitor.apiClient(member, in: app.store),
                json: #"{"space":"team","kind":"discussion","title":"Tagged","body":"Text","tags":[\#(tags)]}"#)

            // then
            #expect(reply.status == .unprocessableContent)
            #expect(try await app.store.count("conversations") == 0)
        }
    }

    @Test func aPostWithTooManyHashtagsOrMentionsIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            _ = try await app.store.makeSpace("team", by: member)
            let api = try await Visitor.apiClient(member, in: app.store)

            // when
            let hashtags = try await app.send(
                .post, "/api/v1/posts", as: api,
                json: #"{"space":"team","body":"\#((1...31).map { "#t\($0)" }.joined(separator: " "))"}"#)
            let mentions = try await app.send(
                .post, "/api/v1/posts", as: api,
                json: #"{"space":"team","body":"\#((1...51).map { "@p\($0)" }.joined(separator: " "))"}"#)

            // then
            #expect(hashtags.status == .unprocessableContent)
            #expect(mentions.status == .unprocessableContent)
            #expect(try await app.store.count("posts") == 0)
        }
    }

    @Test func anEditSummaryLongerThanTheFormAllowsIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            _ = try await app.store.makeSpace("help", by: owner)
            let article = try await app.store.articles.create(ArticleDraft(title: "Setup", body: "Plug it in."), in: "help", by: owner)

            // when
            let reply = try await app.send(
                .put, "/api/v1/articles/\(article.id)", as: try await Visitor.apiClient(owner, in: app.store),
                json: #"{"title":"Setup","body":"Plug it in firmly.","baseRevision":1,"summary":"\#(String(repeating: "s", count: 201))"}"#
            )

            // then
            #expect(reply.status == .unprocessableContent)
            #expect(try await app.store.articles.find(id: article.id, for: .signedIn(owner)).revision == 1)
        }
    }
}
