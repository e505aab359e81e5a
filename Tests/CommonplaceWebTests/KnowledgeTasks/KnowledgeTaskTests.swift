import CommonplaceCore
import Foundation
import Testing

/// Knowledge tasks: publishing to a segment, responding until the deadline, responses through replies, suggestions and
/// ideas, and closing with thanks that reach the respondents' profiles.
@Suite("Knowledge tasks")
struct KnowledgeTaskTests {
    typealias Cast = ConversationTests.Cast

    static func freeTask(for segment: TaskSegment, dueIn seconds: Int = 86_400) -> TaskDraft {
        TaskDraft(
            space: "support", title: "Tell us how you use the Model 5", brief: "Where it stands, what you burn, what annoys you.",
            visibility: .public, responseKind: .free, segment: segment, dueAt: Clock.now() + seconds, goal: 3)
    }

    @Test func aTaskReachesItsSegmentWhoRespondUntilTheDeadline() async throws {
        try await TestApp.run { app in
            // given: a task for customers, published by the space's moderator
            let cast = try await Cast.make(in: app.store)
            let task = try await app.store.tasks.create(Self.freeTask(for: TaskSegment(relations: ["customer"])), by: cast.moderator)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let employee = try await Visitor.browser(cast.employee, in: app.store)

            // then: the customer is told and finds it on their home page; the employee, outside the segment, neither
            #expect(try await app.store.notifications.list(for: cast.customer).contains { $0.destination == .task(task.id) })
            #expect(try await !app.store.notifications.list(for: cast.employee).contains { $0.destination == .task(task.id) })
            #expect(try await app.send(.get, "/", as: customer).text.contains("Tasks for you"))
            #expect(try await !app.send(.get, "/", as: employee).text.contains("Tasks for you"))

            // when: the customer responds through the page's form
            let responded = try await app.send(
                .post, "/tasks/\(task.id)/respond", as: customer, form: ["body": "Next to the window, burning beech."])

            // then: the task shows the progress, and the response to its writer
            #expect(responded.status == .seeOther)
            let page = try await app.send(.get, "/tasks/\(task.id)", as: customer)
            #expect(page.text.contains("1 of 3 people responded") && page.text.contains("burning beech"))

            // when: someone responds after the deadline, by form and by API
            let late = try await Clock.$pinned.withValue(Clock.now() + 2 * 86_400) {
                (
                    try await app.send(.post, "/tasks/\(task.id)/respond", as: employee, form: ["body": "Too late?"]),
                    try await app.send(
                        .post, "/api/v1/tasks/\(task.id)/responses", as: try await Visitor.apiClient(cast.employee, in: app.store),
                        json: #"{"body": "Too late?"}"#)
                )
            }

            // then: both are refused with the reason, and nothing is written
            #expect(late.0.status == .conflict && late.0.text.contains("deadline has passed"))
            #expect(late.1.status == .conflict)
            #expect(try await app.store.count("task_responses") == 1)

            // when: the moderator moves the deadline a week on, through the API; the employee tries the same
            let later = Clock.now() + 2 * 86_400
            let reopened = try await Clock.$pinned.withValue(later) {
                let change =
                    #"{"title": "Tell us how you use the Model 5", "brief": "Still listening.", "dueAt": \#(later + 7 * 86_400), "goal": 5}"#
                return (
                    try await app.send(
                        .put, "/api/v1/tasks/\(task.id)", as: try await Visitor.apiClient(cast.employee, in: app.store), json: change),
                    try await app.send(
                        .put, "/api/v1/tasks/\(task.id)", as: try await Visitor.apiClient(cast.moderator, in: app.store), json: change),
                    try await app.send(.post, "/tasks/\(task.id)/respond", as: employee, form: ["body": "Not too late now."])
                )
            }

            // then: only the moderator may; the task takes responses again, toward its new goal
            #expect(reopened.0.status == .forbidden)
            #expect(reopened.1.status == .ok && reopened.1.json["goal"] as? Int == 5)
            #expect(reopened.2.status == .seeOther)
            #expect(try await app.store.count("task_responses") == 2)
        }
    }

    @Test func freeResponsesAreForTheirWriterAndEmployeesWhileEveryoneCountsThem() async throws {
        try await TestApp.run { app in
            // given: two customers of different accounts respond to a public task
            let cast = try await Cast.make(in: app.store)
            let globex = try await app.store.accounts.create(slug: "globex", name: "Globex", kind: .customer)
            let rival = try await app.store.makeMember("gina", kind: .external, relation: .customer, account: globex)
            let task = try await app.store.tasks.create(
                Self.freeTask(for: TaskSegment(relations: ["customer"], accounts: ["acme", "globex"])), by: cast.moderator)
            _ = try await app.store.tasks.respond(to: task.id, body: "Acme uses it in the showroom.", by: cast.customer)
            _ = try await app.store.tasks.respond(to: task.id, body: "Globex heats the workshop.", by: rival)

            // when
            let asRival = try await app.store.tasks.find(id: task.id, for: .signedIn(rival))
            let rivalSees = try await app.store.tasks.responses(of: task.id, for: .signedIn(rival))
            let employeeSees = try await app.store.tasks.responses(of: task.id, for: .signedIn(cast.employee))
            let page = try await app.send(.get, "/tasks/\(task.id)", as: try await Visitor.browser(rival, in: app.store))

            // then: both count for everyone; each customer reads only their own words, and only their own account in the segment
            #expect(asRival.respondents == 2 && asRival.segment.accounts == ["globex"])
            #expect(rivalSees.map(\.body) == ["Globex heats the workshop."])
            #expect(employeeSees.count == 2)
            #expect(!page.text.contains("showroom") && !page.text.contains("acme") && !page.text.contains("Cora"))
        }
    }

    @Test func repliesSuggestionsAndIdeasOnWhatATaskNamesAreItsResponses() async throws {
        try await TestApp.run { app in
            // given: a task asking for answers to one question, and one asking for ideas for a campaign
            let cast = try await Cast.make(in: app.store)
            let named = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "How high should the flue be?", body: "Ours draws badly."),
                by: cast.employee)
            let other = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Which glass cleaner?", body: "Any brand?"), by: cast.employee)
            let answers = try await app.store.tasks.create(
                TaskDraft(
                    space: "support", title: "Answer our flue questions", brief: "You know flues.", visibility: .public,
                    responseKind: .answers, targets: [named.id], dueAt: Clock.now() + 86_400, goal: 2), by: cast.moderator)
            let campaign = try await app.store.campaigns.create(
                CampaignDraft(space: "support", title: "How could we cut smoke?", brief: "Ideas welcome.", visibility: .public),
                by: cast.moderator)
            let ideas = try await app.store.tasks.create(
                TaskDraft(
                    space: "support", title: "Ideas against smoke", brief: "For the campaign.", visibility: .public, responseKind: .ideas,
                    campaignId: campaign.id, dueAt: Clock.now() + 86_400, goal: 5), by: cast.moderator)

            // when: the customer replies in both questions and submits an idea to the campaign
            _ = try await app.store.conversations.reply(to: named.id, body: "Four metres at least.", by: cast.customer)
            _ = try await app.store.conversations.reply(to: other.id, body: "Wood ash.", by: cast.customer)
            _ = try await app.store.ideas.create(
                NewIdea(campaignId: campaign.id, title: "A draught stabiliser", body: "Keeps the flue pulling."), by: cast.customer)

            // then: the reply in the named question and the idea are responses; the other reply is not
            let replies = try await app.store.tasks.responses(of: answers.id, for: .signedIn(cast.employee))
            #expect(replies.map(\.kind) == [.reply] && replies.first?.title == "How high should the flue be?")
            #expect(
                try await app.store.tasks.responses(of: ideas.id, for: .signedIn(cast.employee)).map(\.title) == ["A draught stabiliser"])
            let page = try await app.send(.get, "/tasks/\(answers.id)", as: try await Visitor.browser(cast.customer, in: app.store))
            #expect(page.text.contains("You responded"))
        }
    }

    @Test func closingThanksTheRespondentsByNameOnTheirProfiles() async throws {
        try await TestApp.run { app in
            // given: a task the customer responded to
            let cast = try await Cast.make(in: app.store)
            let task = try await app.store.tasks.create(Self.freeTask(for: TaskSegment()), by: cast.moderator)
            _ = try await app.store.tasks.respond(to: task.id, body: "In the kitchen.", by: cast.customer)
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)
            let follows = try await app.store.follows.list(for: cast.customer)
            #expect(follows.contains { $0.title == "Tell us how you use the Model 5" }, "a respondent follows the task by its title")
            let log = try await app.store.actionLog.entries(.item(task.id), for: .signedIn(cast.moderator))
            #expect(log.contains { $0.itemTitle == "Tell us how you use the Model 5" && $0.summary.hasPrefix("Published") })

            // when: an employee who is not a moderator tries to close it, then the moderator closes it without and with thanks
            await #expect(throws: StoreError.self) { try await app.store.tasks.close(task.id, thanks: "Thanks!", by: cast.employee) }
            let empty = try await app.send(.post, "/tasks/\(task.id)/close", as: moderator, form: ["thanks": " "])
            let closed = try await app.send(
                .post, "/tasks/\(task.id)/close", as: moderator, form: ["thanks": "Your answers shape the new manual."])

            // then: the respondent is thanked, and their profile says so
            #expect(empty.status == .unprocessableContent && closed.status == .seeOther)
            let thanks = try await app.store.notifications.list(for: cast.customer).first { $0.kind == "task-thanks" }
            #expect(thanks?.text.contains("Your answers shape the new manual.") == true)
            let profile = try await app.send(.get, "/members/cora", as: try await Visitor.browser(cast.employee, in: app.store))
            #expect(profile.text.contains("Thanked for") && profile.text.contains("Tell us how you use the Model 5"))

            // then: it takes no more responses, and closes once
            await #expect(throws: StoreError.self) { try await app.store.tasks.respond(to: task.id, body: "More!", by: cast.employee) }
            await #expect(throws: StoreError.self) { try await app.store.tasks.close(task.id, thanks: "Again", by: cast.moderator) }
        }
    }

    @Test func aTaskNeedsWhatItAsksAboutAndADeadlineAhead() async throws {
        try await TestApp.run { app in
            // given: an internal article the customer cannot see
            let cast = try await Cast.make(in: app.store)
            let secret = try await app.store.articles.create(
                ArticleDraft(title: "Margins", body: "Internal.", visibility: .internal), in: "support", by: cast.moderator)
            _ = try await app.store.spaces.admit(handle: "cora", to: "support", role: .moderator, by: cast.moderator)
            let api = try await Visitor.apiClient(cast.customer, in: app.store)
            func create(_ fields: String) async throws -> Reply {
                try await app.send(
                    .post, "/api/v1/tasks", as: api,
                    json: #"{"space": "support", "title": "Review", "brief": "Please.", "goal": 3, "visibility": "public", "# + fields + "}"
                )
            }

            // when / then: a deadline past, no articles named, an article it may not see, an unknown campaign, an unknown account
            let future = Clock.now() + 86_400
            let past = try await create(#""responseKind": "free", "dueAt": 1000"#)
            let noTargets = try await create(#""responseKind": "edits", "dueAt": \#(future)"#)
            let hidden = try await create(#""responseKind": "edits", "targets": [\#(secret.id)], "dueAt": \#(future)"#)
            let missing = try await create(#""responseKind": "edits", "targets": [999999], "dueAt": \#(future)"#)
            let campaign = try await create(#""responseKind": "ideas", "campaign": 999999, "dueAt": \#(future)"#)
            let account = try await create(#""responseKind": "free", "segment": {"accounts": ["nobody"]}, "dueAt": \#(future)"#)
            for reply in [past, noTargets, hidden, missing, campaign, account] { #expect(reply.status == .conflict, "\(reply.text)") }
            let detail = { (reply: Reply, id: Int) in (reply.json["detail"] as? String)?.replacingOccurrences(of: "\(id)", with: "N") }
            #expect(detail(hidden, secret.id) != nil && detail(hidden, secret.id) == detail(missing, 999999))
            #expect(try await app.store.count("knowledge_tasks") == 0)
            #expect(try await app.send(.get, "/api/v1/tasks?for=everyone", as: api).status == .unprocessableContent)
        }
    }
}
