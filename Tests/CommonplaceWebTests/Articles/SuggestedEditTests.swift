import CommonplaceCore
import Foundation
import Testing

@Suite("Suggested edits and notifications")
struct SuggestedEditTests {
    /// A public help article owned by an employee, and a customer who reads it.
    struct Setting: Sendable {
        let owner: Member
        let customer: Member
        let article: Article

        static func make(_ store: Store) async throws -> Setting {
            let owner = try await store.makeMember("owner")
            let customer = try await store.makeMember("customer", kind: .external, relation: .customer)
            _ = try await store.makeSpace("help", by: owner, visibility: .public)
            let article = try await store.articles.create(
                ArticleDraft(title: "Lighting the stove", body: "Open the air vent.\nLight the kindling."), in: "help", by: owner)
            return Setting(owner: owner, customer: customer, article: article)
        }
    }

    @Test func externalReaderSuggestsAndTheOwnerAcceptsThroughTheForms() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let customer = try await Visitor.browser(setting.customer, in: app.store)
            let owner = try await Visitor.browser(setting.owner, in: app.store)

            // when
            let suggested = try await app.send(
                .post, "/articles/\(setting.article.id)/suggest", as: customer,
                form: [
                    "title": "Lighting the stove", "body": "Open the air vent fully.\nLight the kindling.", "tags": "",
                    "status": "published",
                    "comment": "Half open makes smoke",
                ])
            let link = suggested.headers[.location] ?? ""
            let ownerHome = try await app.send(.get, "/", as: owner)
            let review = try await app.send(.get, link, as: owner)
            let accepted = try await app.send(.post, link + "/accept", as: owner, form: [:])
            let article = try await app.send(.get, "/articles/\(setting.article.id)", as: customer)
            let history = try await app.send(.get, "/articles/\(setting.article.id)/history", as: customer)
            let customerNotifications = try await app.send(.get, "/notifications", as: customer)

            // then
            #expect(suggested.status == .seeOther)
            #expect(ownerHome.text.contains(#"Notifications <span class="count">1</span>"#))
            #expect(
                ownerHome.text.contains(#"class="waiting">Suggestions <span class="count">1</span>"#),
                "work waiting is counted in the header")
            #expect(review.text.contains("<ins>vent fully.</ins>"))
            #expect(review.text.contains("Half open makes smoke"))
            #expect(accepted.status == .seeOther)
            #expect(article.text.contains("Open the air vent fully."))
            #expect(history.text.contains("suggested by <a href=\"/members/customer\">Customer</a>"))
            #expect(customerNotifications.text.contains("Your suggested edit to “Lighting the stove” was accepted."))
            let notification =
                customerNotifications.text.components(separatedBy: "href=\"/notifications/").dropFirst().first?.prefix { $0.isNumber } ?? ""
            let opened = try await app.send(.get, "/notifications/\(notification)", as: customer)
            #expect(opened.headers[.location] == "/articles/\(setting.article.id)")
            #expect(try await app.store.notifications.unreadCount(for: setting.customer) == 0)
        }
    }

    @Test func rejectionNeedsAReasonAndTellsTheSuggester() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let suggestion = try await app.store.suggestions.suggest(
                Self.change(setting.article), to: setting.article.id, by: setting.customer)
            let owner = try await Visitor.apiClient(setting.owner, in: app.store)

            // when
            let withoutReason = try await app.send(.post, "/api/v1/suggestions/\(suggestion.id)/reject", as: owner, json: "{}")
            let rejected = try await app.send(
                .post, "/api/v1/suggestions/\(suggestion.id)/reject", as: owner, json: #"{"reason":"The vent is on the left"}"#)
            let again = try await app.send(.post, "/api/v1/suggestions/\(suggestion.id)/accept", as: owner, json: "{}")
            let notifications = try await app.send(
                .get, "/api/v1/notifications", as: try await Visitor.apiClient(setting.customer, in: app.store))

            // then
            #expect(withoutReason.status == .unprocessableContent)
            #expect(rejected.json["state"] as? String == "rejected")
            #expect(again.status == .conflict)
            #expect(notifications.json["unread"] as? Int == 1)
            #expect((notifications.items.first?["text"] as? String)?.contains("The vent is on the left") == true)
            #expect(try await app.store.articles.find(id: setting.article.id, for: .signedIn(setting.owner)).revision == 1)
        }
    }

    @Test func suggestionOnAnArticleOneCannotReadIsNotFound() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let secret = try await app.store.articles.create(
                ArticleDraft(title: "Margins", body: "Internal only", visibility: .internal), in: "help", by: setting.owner)

            // when
            let reply = try await app.send(
                .post, "/api/v1/articles/\(secret.id)/suggestions", as: try await Visitor.apiClient(setting.customer, in: app.store),
                json: #"{"body":"I want to see this","comment":"hi"}"#)

            // then
            #expect(reply.status == .notFound)
            #expect(try await app.store.count("suggested_edits") == 0)
            #expect(try await app.store.count("notifications") == 0)
        }
    }

    @Test func suggesterCannotAcceptTheirOwnSuggestion() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let suggestion = try await app.store.suggestions.suggest(
                Self.change(setting.article), to: setting.article.id, by: setting.customer)

            // when
            let reply = try await app.send(
                .post, "/api/v1/suggestions/\(suggestion.id)/accept", as: try await Visitor.apiClient(setting.customer, in: app.store),
                json: "{}")

            // then
            #expect(reply.status == .forbidden)
            #expect(try await app.store.suggestions.find(suggestion.id, for: .signedIn(setting.owner)).state == .open)
        }
    }

    @Test func acceptingAnOutdatedSuggestionNeedsConfirmation() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let suggestion = try await app.store.suggestions.suggest(
                Self.change(setting.article), to: setting.article.id, by: setting.customer)
            var newer = ArticleStore.draft(of: setting.article)
            newer.body += "\nClose the door."
            _ = try await app.store.articles.update(id: setting.article.id, to: newer, base: 1, summary: "", by: setting.owner)
            let owner = try await Visitor.browser(setting.owner, in: app.store)

            // when
            let unconfirmed = try await app.send(.post, "/suggestions/\(suggestion.id)/accept", as: owner, form: [:])
            let confirmed = try await app.send(.post, "/suggestions/\(suggestion.id)/accept", as: owner, form: ["confirm": "yes"])
            let article = try await app.store.articles.find(id: setting.article.id, for: .signedIn(setting.owner))

            // then
            #expect(unconfirmed.status == .conflict)
            #expect(unconfirmed.text.contains("The article is now at revision 2"))
            #expect(confirmed.status == .seeOther)
            #expect(article.revision == 3)
            #expect(article.body == Self.change(setting.article).body)
        }
    }

    @Test func notificationsNeverRevealAnArticleItsRecipientCanNoLongerSee() async throws {
        try await TestApp.run { app in
            // given: the customer was told their suggestion was accepted, then the article became internal
            let setting = try await Setting.make(app.store)
            let suggestion = try await app.store.suggestions.suggest(
                Self.change(setting.article), to: setting.article.id, by: setting.customer)
            let accepted = try await app.store.suggestions.accept(suggestion.id, by: setting.owner)
            var hidden = ArticleStore.draft(of: accepted)
            hidden.visibility = .internal
            _ = try await app.store.articles.update(id: accepted.id, to: hidden, base: accepted.revision, summary: "", by: setting.owner)
            let customer = try await Visitor.browser(setting.customer, in: app.store)

            // when
            let page = try await app.send(.get, "/notifications", as: customer)
            let api = try await app.send(.get, "/api/v1/notifications", as: try await Visitor.apiClient(setting.customer, in: app.store))
            let queue = try await app.send(.get, "/suggestions", as: customer)

            // then
            #expect(!page.text.contains("Lighting the stove"))
            #expect(!page.text.contains(#"class="count""#))
            #expect(api.json["unread"] as? Int == 0)
            #expect(api.items.isEmpty)
            #expect(!queue.text.contains("Lighting the stove"))
        }
    }

    static func change(_ article: Article) -> Suggestion {
        Suggestion(
            title: article.title, body: "Open the air vent fully.\nLight the kindling.", tags: [], status: .published, knowledgeKind: nil,
            comment: "Half open makes smoke")
    }
}

@Suite("Suggested edits through the API")
struct SuggestedEditAPITests {
    @Test func suggestReviewAndAcceptThroughTheAPI() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await SuggestedEditTests.Setting.make(app.store)
            let customer = try await Visitor.apiClient(setting.customer, in: app.store)
            let owner = try await Visitor.apiClient(setting.owner, in: app.store)

            // when
            let suggested = try await app.send(
                .post, "/api/v1/articles/\(setting.article.id)/suggestions", as: customer,
                json: #"{"body":"Open the air vent fully.\nLight the kindling.","comment":"Smoke otherwise"}"#)
            let queue = try await app.send(.get, "/api/v1/suggestions", as: owner)
            let id = suggested.json["id"] as? Int ?? 0
            let accepted = try await app.send(.post, "/api/v1/suggestions/\(id)/accept", as: owner, json: "{}")
            let revisions = try await app.send(.get, "/api/v1/articles/\(setting.article.id)/revisions", as: customer)

            // then
            #expect(suggested.status == .created)
            #expect(suggested.json["baseRevision"] as? Int == 1)
            #expect(queue.items.map { $0["id"] as? Int } == [id])
            #expect(accepted.json["revision"] as? Int == 2)
            #expect((revisions.items.first?["credited"] as? [String: Any])?["handle"] as? String == "customer")
        }
    }
}
