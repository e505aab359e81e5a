import Foundation
import CommonplaceCore
import Testing

/// What every page offers around its content, and what it offers to whom.
@Suite("Page chrome")
struct PageChromeTests {
    typealias Cast = ConversationTests.Cast

    @Test func customersAreNotOfferedWhatOnlyStaffCanUse() async throws {
        try await TestApp.run { app in
            // given: an article a customer and an employee can both read
            let cast = try await Cast.make(in: app.store)
            let article = try await app.store.articles.create(
                ArticleDraft(title: "Cleaning the filter", body: "Rinse it.", visibility: .public), in: "support", by: cast.moderator)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let employee = try await Visitor.browser(cast.employee, in: app.store)

            // when
            let customerArticle = try await app.send(.get, "/articles/\(article.id)", as: customer)
            let employeeArticle = try await app.send(.get, "/articles/\(article.id)", as: employee)
            let customerSuggestion = try await app.send(.get, "/articles/\(article.id)/suggest", as: customer)
            let employeeSuggestion = try await app.send(.get, "/articles/\(article.id)/suggest", as: employee)

            // then: no review queue, no action log, no status to propose
            #expect(!customerArticle.text.contains(">Review</a>"))
            #expect(!customerArticle.text.contains("Action log"))
            #expect(!customerSuggestion.text.contains("<select name=\"status\">"))
            #expect(customerSuggestion.text.contains("name=\"status\" value=\"published\""))
            #expect(employeeArticle.text.contains(">Review</a>"))
            #expect(employeeArticle.text.contains("Action log"))
            #expect(employeeSuggestion.text.contains("<select name=\"status\">"))
        }
    }

    @Test func pagesOfferASkipLinkCountInWordsAndKeepRequestIdsForErrors() async throws {
        try await TestApp.run { app in
            // given: a thread one member has read
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Filter rattles", body: "Why?"), by: cast.employee)
            let employee = try await Visitor.browser(cast.employee, in: app.store)
            _ = try await app.send(.get, "/threads/\(thread.id)", as: employee)

            // when
            let page = try await app.send(.get, "/threads/\(thread.id)", as: employee)

            // then
            #expect(page.text.contains("<a class=\"skip-link\" href=\"#main\">"))
            #expect(page.text.contains("id=\"main\""))
            #expect(page.text.contains("· 1 reader"))
            #expect(!page.text.contains("1 readers"))
            #expect(!page.text.contains("request <code>"))
        }
    }

    @Test func aLinkThatIsNotPublicOffersSignInToAVisitorAndTellsNothingMore() async throws {
        try await TestApp.run { app in
            // given: a thread only its space sees, and an id that exists nowhere
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Members only", body: "Why?", visibility: .space),
                by: cast.employee)

            // when
            let shared = try await app.send(.get, "/threads/\(thread.id)", as: .anonymous)
            let missing = try await app.send(.get, "/threads/999999", as: .anonymous)

            // then
            #expect(shared.status == .notFound)
            #expect(shared.text.contains(#"href="/signin?next=%2Fthreads%2F\#(thread.id)">sign in</a>"#))
            #expect(missing.status == .notFound)
            func withoutPathAndRequestId(_ text: String) -> String {
                text.replacingOccurrences(of: #"next=%2Fthreads%2F[0-9]+|<code>[^<]*</code>"#, with: "", options: .regularExpression)
            }
            #expect(withoutPathAndRequestId(shared.text) == withoutPathAndRequestId(missing.text), "the same page for both")
        }
    }
}
