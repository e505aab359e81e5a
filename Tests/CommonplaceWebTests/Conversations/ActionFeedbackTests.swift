import CommonplaceCore
import Testing

/// After an action, the page says it was done, and a moderator working through the queue stays in the queue.
@Suite("Feedback after actions")
struct ActionFeedbackTests {
    typealias Cast = ConversationTests.Cast

    @Test func flaggingThanksTheReaderAndHidingFromTheQueueReturnsToIt() async throws {
        try await TestApp.run { app in
            // given: a reply the customer flags
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Warranty", body: "How long?"), by: cast.employee)
            let reply = try await app.store.conversations.reply(to: thread.id, body: "Buy cheap pills", by: cast.employee)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)

            // when: the customer flags it, and the moderator hides it from the queue
            let flagged = try await app.send(
                .post, "/threads/\(thread.id)/flag", as: customer, form: ["reply": "\(reply.id)", "reason": "spam"])
            let thanked = try await app.send(.get, flagged.headers[.location] ?? "", as: customer)
            let queue = try await app.send(.get, "/moderation", as: moderator)
            let action = try #require(queue.text.firstMatch(of: /action="([^"]*from=review[^"]*)"/)?.1)
            let hidden = try await app.send(
                .post, String(action).replacingOccurrences(of: "&amp;", with: "&"), as: moderator,
                form: ["action": "hide", "reason": "spam"])
            let back = try await app.send(.get, hidden.headers[.location] ?? "", as: moderator)

            // then
            #expect(flagged.headers[.location]?.contains("flagged=1") == true)
            #expect(thanked.text.contains("Thank you. Moderators will look at what you flagged."))
            #expect(hidden.headers[.location] == "/moderation?done=hidden")
            #expect(back.text.contains("Hidden. The flags on it are settled."))
            #expect(back.text.contains("Nothing to review."))
        }
    }

    @Test func aRefusedInvitationComesBackFilledIn() async throws {
        try await TestApp.run { app in
            // given
            let admin = try await app.store.makeMember("root", role: .admin)
            let browser = try await Visitor.browser(admin, in: app.store)

            // when: an address with a space in it
            let refused = try await app.send(
                .post, "/admin/invitations", as: browser,
                form: ["email": "dana smith@acme.example", "kind": "external", "relation": "supplier", "account": "", "role": "member"])

            // then: the problem, and every field as it was sent
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"name="email" value="dana smith@acme.example""#))
            #expect(refused.text.contains(#"<option value="external" selected>"#))
            #expect(refused.text.contains(#"<option value="supplier" selected>"#))
        }
    }
}
