import CommonplaceCore
import Foundation
import Testing

/// The loop that community tools leave open: a customer's question becomes an enhancement request, and every answer
/// on the way to launch comes back to the customer and to their thread.
@Suite("Enhancement requests")
struct EnhancementRequestTests {
    typealias Cast = ConversationTests.Cast

    @Test func aCustomerQuestionBecomesARequestAndEveryAnswerReachesThem() async throws {
        try await TestApp.run { app in
            // given: a customer's question, and a product owner who is an employee
            let cast = try await Cast.make(in: app.store)
            let owner = try await app.store.makeMember("petra")
            let question = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Can the stove run on a timer?", body: "I want heat at 6am."),
                by: cast.customer)
            let employee = try await Visitor.browser(cast.employee, in: app.store)
            #expect(try await app.send(.get, "/threads/\(question.id)", as: employee).text.contains("Raise an enhancement request"))

            // when: the employee raises an enhancement request from the thread
            let raised = try await app.send(
                .post, "/threads/\(question.id)/enhancement", as: employee,
                form: ["title": "Start-up timer", "body": "Let the stove start itself at a set time.", "owner": "@petra"])

            // then: an idea linked to the thread, the customer and their account, which the customer supports
            #expect(raised.status == .seeOther)
            let ideaId = Int(raised.headers[.location]!.split(separator: "/").last!)!
            let idea = try await app.store.ideas.find(id: ideaId, for: .signedIn(cast.customer))
            #expect(idea.isEnhancementRequest && idea.sourceThreadId == question.id)
            #expect(idea.requester?.handle == "cora" && idea.owner?.handle == "petra")
            #expect(idea.supported && idea.supportCount == 1)
            let demand = try await app.store.ideas.supporters(of: ideaId, for: .signedIn(owner))
            #expect(demand.accounts.map(\.slug) == ["acme"])
            #expect(try await app.store.notifications.list(for: cast.customer).contains { $0.destination == .idea(ideaId) })

            // when: the product owner (not a moderator) takes it to launch, a note at each step
            let ownerBrowser = try await Visitor.browser(owner, in: app.store)
            let steps: [(IdeaStatus, String)] = [
                (.underReview, "Looking at the controller."), (.accepted, "It fits the next firmware."),
                (.inDevelopment, "Firmware 2.3 is in testing."), (.launched, "Firmware 2.3 is out: set the timer in the menu."),
            ]
            for (status, note) in steps {
                let answered = try await app.send(
                    .post, "/ideas/\(ideaId)/answer", as: ownerBrowser, form: ["status": status.rawValue, "note": note])
                #expect(answered.status == .seeOther, "\(status)")
            }

            // then: the customer was told at every step, and the thread shows each answer
            let told = try await app.store.notifications.list(for: cast.customer).filter {
                $0.kind == "idea-status" && $0.destination == .idea(ideaId)
            }
            for (_, note) in steps { #expect(told.contains { $0.text.contains(note) }, "the customer heard: \(note)") }
            let thread = try await app.send(.get, "/threads/\(question.id)", as: try await Visitor.browser(cast.customer, in: app.store))
            #expect(thread.text.contains("Start-up timer"))
            for (status, note) in steps {
                #expect(thread.text.contains(note) && thread.text.contains(status.label), "the thread shows \(status): \(note)")
            }
            let launched = try await app.send(.get, "/ideas/\(ideaId)", as: ownerBrowser)
            #expect(launched.text.contains("Write the article about what was launched"))
            let draft = try await app.send(.get, "/spaces/support/articles/new?idea=\(ideaId)", as: ownerBrowser)
            #expect(draft.text.contains("From the idea [“Start-up timer”](/ideas/\(ideaId))"), "the draft links back to the idea")
            #expect(draft.text.contains("Firmware 2.3 is out"), "and starts from its last answer")
        }
    }

    @Test func onlyEmployeesRaiseRequestsAndTheOwnerMustBeAnEmployee() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let question = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Bigger ash pan?", body: "Mine fills daily."), by: cast.customer)

            // when
            let byCustomer = try await app.send(
                .post, "/threads/\(question.id)/enhancement", as: try await Visitor.browser(cast.customer, in: app.store),
                form: ["title": "Bigger pan", "body": "Please", "owner": "emil"])
            let customerOwner = try await app.send(
                .post, "/threads/\(question.id)/enhancement", as: try await Visitor.browser(cast.employee, in: app.store),
                form: ["title": "Bigger pan", "body": "Please", "owner": "cora"])

            // then
            #expect(byCustomer.status == .forbidden)
            #expect(customerOwner.status == .unprocessableContent || customerOwner.status == .conflict)
            #expect(try await app.store.count("ideas") == 0)
        }
    }
}
