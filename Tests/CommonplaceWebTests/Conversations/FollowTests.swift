import CommonplaceCore
import Foundation
import Testing

/// Follows of spaces, tags, people and articles, and the preferences that mute kinds of notification.
@Suite("Follows and notification preferences")
struct FollowTests {
    typealias Cast = ConversationTests.Cast

    @Test func followersHearOfNewThreadsUnlessTheyMuteThem() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let moderatorAPI = try await Visitor.apiClient(cast.moderator, in: app.store)
            _ = try await app.send(
                .post, "/follows", as: customer, form: ["kind": "space", "key": "support", "return_to": "/spaces/support"])
            #expect(try await app.send(.put, "/api/v1/follows/tag/billing", as: moderatorAPI).status == .noContent)
            #expect(try await app.send(.put, "/api/v1/follows/member/emil", as: moderatorAPI).status == .noContent)

            // when
            _ = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Invoice totals", body: "Why? #billing"), by: cast.employee)

            // then: the space follower and the tag/person follower each hear once
            #expect(try await app.store.notifications.list(for: cast.customer).map(\.kind) == ["new-conversation"])
            #expect(try await app.store.notifications.list(for: cast.moderator).map(\.kind) == ["new-conversation"])
            let page = try await app.send(.get, "/notifications", as: customer)
            #expect(page.text.contains("Emil started “Invoice totals” in Support."))
            #expect(page.text.contains(#"<a href="/spaces/support">Support</a>"#), "a followed space by its name, not its slug")

            // when the customer turns off new-thread notifications
            _ = try await app.send(.post, "/notifications/preferences", as: customer, form: ["on[]": "reply"])
            _ = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Second", body: "Again"), by: cast.employee)

            // then
            #expect(try await app.store.notifications.list(for: cast.customer).count == 1)
            let preferences = try await app.send(
                .get, "/api/v1/notifications/preferences", as: try await Visitor.apiClient(cast.customer, in: app.store))
            #expect((preferences.json["muted"] as? [String])?.contains("new-conversation") == true)
            #expect(!((preferences.json["muted"] as? [String])?.contains("reply") ?? true))
            let bad = try await app.send(
                .put, "/api/v1/notifications/preferences", as: moderatorAPI, json: #"{"muted":["everything"]}"#)
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test func articleFollowersHearOfUpdatesAndUnfollowStopsThem() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let article = try await app.store.articles.create(
                ArticleDraft(title: "Returns policy", body: "30 days.", tags: [], visibility: .public), in: "support", by: cast.moderator)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let followed = try await app.send(
                .post, "/follows", as: customer, form: ["kind": "item", "key": "\(article.id)", "return_to": "/articles/\(article.id)"])
            #expect(followed.headers[.location] == "/articles/\(article.id)")
            #expect(try await app.send(.get, "/articles/\(article.id)", as: customer).text.contains("Unfollow"))

            // when
            var draft = ArticleStore.draft(of: article)
            draft.body = "60 days."
            _ = try await app.store.articles.update(id: article.id, to: draft, base: 1, summary: "Longer window", by: cast.moderator)
            _ = try await app.send(.post, "/follows/delete", as: customer, form: ["kind": "item", "key": "\(article.id)"])
            draft.body = "90 days."
            _ = try await app.store.articles.update(id: article.id, to: draft, base: 2, summary: "Even longer", by: cast.moderator)

            // then
            let notes = try await app.store.notifications.list(for: cast.customer)
            #expect(notes.map(\.text) == ["“Returns policy” was updated: Longer window"])
            let pointer = try await app.send(.get, "/items/\(article.id)", as: customer)
            #expect(pointer.headers[.location] == "/articles/\(article.id)")
            let unknown = try await app.send(.post, "/follows", as: customer, form: ["kind": "planet", "key": "mars"])
            #expect(unknown.status == .unprocessableContent)
            let invisible = try await app.send(.post, "/follows", as: customer, form: ["kind": "space", "key": "nowhere"])
            #expect(invisible.status == .notFound)
        }
    }
}
