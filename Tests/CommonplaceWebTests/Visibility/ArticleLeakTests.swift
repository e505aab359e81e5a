import CommonplaceCore
import Foundation
import Testing

/// What outside testing found articles giving away about articles and suggestions a reader may not see: their number
/// through positions and slugs, rejection reasons through the log, and an owner shut out of suggestions.
@Suite("Articles give nothing away")
struct ArticleLeakTests {
    @Test func positionsCountOnlyWhatTheReaderSees() async throws {
        try await TestApp.run { app in
            // given: three public articles, six internal ones, then a fourth public one
            let owner = try await app.store.makeMember("owner")
            let customer = try await app.store.makeMember("cora", kind: .external, relation: .customer)
            _ = try await app.store.makeSpace("customer-help", by: owner, visibility: .public)
            for title in ["One", "Two", "Three"] {
                _ = try await app.store.articles.create(ArticleDraft(title: title, body: "x"), in: "customer-help", by: owner)
            }
            for number in 1...6 {
                _ = try await app.store.articles.create(
                    ArticleDraft(title: "Staff \(number)", body: "x", visibility: .internal), in: "customer-help", by: owner)
            }
            let last = try await app.store.articles.create(ArticleDraft(title: "Four", body: "x"), in: "customer-help", by: owner)

            // when
            let visitorList = try await app.send(.get, "/api/v1/articles?space=customer-help")
            let customerItem = try await app.send(
                .get, "/api/v1/articles/\(last.id)", as: try await Visitor.apiClient(customer, in: app.store))
            let ownerList = try await app.send(
                .get, "/api/v1/articles?space=customer-help", as: try await Visitor.apiClient(owner, in: app.store))

            // then
            #expect(visitorList.items.compactMap { $0["position"] as? Int } == [1, 2, 3, 4])
            #expect(visitorList.items.compactMap { $0["title"] as? String } == ["One", "Two", "Three", "Four"])
            #expect(customerItem.json["position"] as? Int == 4)
            #expect(ownerList.items.compactMap { $0["position"] as? Int } == Array(1...10))
        }
    }

    @Test func anEditorPlacesAnArticleAmongTheOnesTheySee() async throws {
        try await TestApp.run { app in
            // given: the manual [two private articles of someone else], One, Two, Three
            let owner = try await app.store.makeMember("owner")
            let other = try await app.store.makeMember("other")
            let space = try await app.store.makeSpace("help", by: owner, visibility: .public)
            _ = try await app.store.spaces.join(slug: "help", member: other)
            for title in ["Hidden A", "Hidden B"] {
                _ = try await app.store.articles.create(ArticleDraft(title: title, body: "x", visibility: .private), in: "help", by: other)
            }
            for title in ["One", "Two"] {
                _ = try await app.store.articles.create(ArticleDraft(title: title, body: "x"), in: "help", by: owner)
            }
            let three = try await app.store.articles.create(ArticleDraft(title: "Three", body: "x"), in: "help", by: owner)

            // when: the owner puts Three first
            let reply = try await app.send(
                .post, "/articles/\(three.id)/position", as: try await Visitor.browser(owner, in: app.store), form: ["position": "1"])

            // then: it stands first for the owner, and just before One (not among the hidden ones) for the other author
            #expect(reply.status == .seeOther)
            #expect(try await app.store.articles.index(of: space.id, for: .signedIn(owner)).map(\.title) == ["Three", "One", "Two"])
            #expect(
                try await app.store.articles.index(of: space.id, for: .signedIn(other)).map(\.title)
                    == ["Hidden A", "Hidden B", "Three", "One", "Two"])
            #expect(try await app.store.articles.find(id: three.id, for: .signedIn(owner)).position == 1)
        }
    }

    @Test func slugsDoNotTellThatAnInvisibleArticleHasTheSameTitle() async throws {
        try await TestApp.run { app in
            // given: someone's private article
            let owner = try await app.store.makeMember("owner")
            let other = try await app.store.makeMember("other")
            _ = try await app.store.makeSpace("help", by: owner, visibility: .public)
            _ = try await app.store.spaces.join(slug: "help", member: other)
            _ = try await app.store.articles.create(
                ArticleDraft(title: "Cleaning the glass", body: "x", visibility: .private), in: "help", by: owner)

            // when
            let mine = try await app.store.articles.create(ArticleDraft(title: "Cleaning the glass", body: "y"), in: "help", by: other)
            let bySlug = try await app.send(.get, "/articles/\(mine.slug)")
            let byId = try await app.send(.get, "/articles/\(mine.id)")

            // then
            #expect(mine.slug == "\(mine.id)-cleaning-the-glass")
            #expect(bySlug.status == .ok && bySlug.text.contains("Cleaning the glass"))
            #expect(byId.status == .ok)
        }
    }

    @Test func rejectionReasonsReachOnlyTheSuggesterAndTheEditors() async throws {
        try await TestApp.run { app in
            // given: a customer's suggestion on a public article, rejected with a reason
            let setting = try await SuggestedEditTests.Setting.make(app.store)
            let reader = try await app.store.makeMember("rita")
            let suggestion = try await app.store.suggestions.suggest(
                Suggestion(
                    title: setting.article.title, body: "Different", tags: [], status: setting.article.status, knowledgeKind: nil,
                    comment: ""), to: setting.article.id, by: setting.customer)
            _ = try await app.store.suggestions.reject(suggestion.id, reason: "Zanzibar reason", by: setting.owner)

            // when: another reader, a visitor, the suggester and the owner read the logs
            func logs(_ who: Visitor) async throws -> [Reply] {
                [
                    try await app.send(.get, "/articles/\(setting.article.id)/log", as: who),
                    try await app.send(.get, "/spaces/help/log", as: who),
                    try await app.send(.get, "/api/v1/articles/\(setting.article.id)/log", as: who),
                    try await app.send(.get, "/api/v1/spaces/help/log", as: who),
                ]
            }
            let byReader = try await logs(try await Visitor.browser(reader, in: app.store))
            let byVisitor = try await logs(.anonymous)
            let bySuggester = try await logs(try await Visitor.browser(setting.customer, in: app.store))
            let byOwner = try await logs(try await Visitor.browser(setting.owner, in: app.store))

            // then
            for reply in byReader + byVisitor {
                #expect(reply.status == .ok)
                #expect(!reply.text.contains("Zanzibar"))
                #expect(!reply.text.contains("Suggested an edit"))
            }
            for reply in bySuggester + byOwner {
                #expect(reply.text.contains("Zanzibar reason"))
            }
        }
    }

    @Test func anOwnerKeepsSeeingSuggestionsWhenTheArticleBecomesPrivate() async throws {
        try await TestApp.run { app in
            // given: an article written by its author and owned also by a colleague, with a suggestion from a third member
            let author = try await app.store.makeMember("author")
            let owner = try await app.store.makeMember("owner")
            let suggester = try await app.store.makeMember("sam")
            _ = try await app.store.makeSpace("help", by: author, visibility: .public)
            let article = try await app.store.articles.create(
                ArticleDraft(title: "Setup", body: "Plug it in.", owners: ["author", "owner"]), in: "help", by: author)
            let suggestion = try await app.store.suggestions.suggest(
                Suggestion(title: "Setup", body: "Plug it in firmly.", tags: [], status: article.status, knowledgeKind: nil, comment: ""),
                to: article.id, by: suggester)

            // when: the author makes it private, shared with the suggester only
            var draft = ArticleStore.draft(of: article)
            draft.visibility = .private
            draft.audience = Audience(members: ["sam"])
            _ = try await app.store.articles.update(id: article.id, to: draft, base: article.revision, summary: "", by: author)

            // then: the owner still reads the article and decides on the suggestion
            let api = try await Visitor.apiClient(owner, in: app.store)
            #expect(try await app.send(.get, "/api/v1/articles/\(article.id)", as: api).status == .ok)
            #expect(try await app.send(.get, "/api/v1/suggestions/\(suggestion.id)", as: api).status == .ok)
            #expect(try await app.store.suggestions.queue(for: owner).map(\.id) == [suggestion.id])
        }
    }

    @Test func acceptingASuggestionKeepsWhatItDidNotChange() async throws {
        try await TestApp.run { app in
            // given: an article with a customer-knowledge kind, and a suggestion through the form, which has no such field
            let setting = try await SuggestedEditTests.Setting.make(app.store)
            var draft = ArticleStore.draft(of: setting.article)
            draft.knowledgeKind = .for
            let article = try await app.store.articles.update(
                id: setting.article.id, to: draft, base: setting.article.revision, summary: "", by: setting.owner)
            let suggested = try await app.send(
                .post, "/articles/\(article.id)/suggest", as: try await Visitor.browser(setting.customer, in: app.store),
                form: ["title": article.title, "body": "Open the air vent fully.", "tags": "", "status": article.status.rawValue])
            let link = try #require(suggested.headers[.location])

            // when
            let accepted = try await app.send(
                .post, link + "/accept", as: try await Visitor.browser(setting.owner, in: app.store), form: [:])

            // then
            #expect(accepted.status == .seeOther)
            let now = try await app.store.articles.find(id: article.id, for: .signedIn(setting.owner))
            #expect(now.body == "Open the air vent fully.")
            #expect(now.knowledgeKind == .for)
        }
    }
}
