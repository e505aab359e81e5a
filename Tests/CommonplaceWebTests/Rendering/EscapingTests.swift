import CommonplaceCore
import Testing

/// Every `{{value}}` in every template, partials included, is escaped for HTML.
@Suite("Escaping in templates")
struct EscapingTests {
    typealias Cast = ConversationTests.Cast

    @Test func userTextIsEscapedInPagesAndPartials() async throws {
        try await TestApp.run { app in
            // given: a title with all five special characters, and a "<" that a combining mark follows
            let cast = try await Cast.make(in: app.store)
            let title = "Tom's <b>\"bold\"</b> & <\u{301}i>"
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: title, body: "Plain."), by: cast.employee)
            let browser = try await Visitor.browser(cast.employee, in: app.store)

            // when: the thread's own page, and the space's thread list, which shows it through the thread-card partial
            let page = try await app.send(.get, "/threads/\(thread.id)", as: browser)
            let list = try await app.send(.get, "/spaces/support/threads", as: browser)

            // then
            let escaped = "Tom&#39;s &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; &lt;\u{301}i&gt;"
            for response in [page, list] {
                #expect(response.status == .ok)
                #expect(response.text.contains(escaped))
                #expect(!response.text.contains("<b>\"bold\""))
                #expect(!response.text.contains("<\u{301}i>"))
            }
        }
    }
}
