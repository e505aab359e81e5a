import CommonplaceCore
import Foundation
import Testing

/// Asking, answering, accepting, the FAQ, edits, reactions and read tracking, through pages and the API.
@Suite("Conversations")
struct ConversationTests {
    /// A space with an employee who moderates it, a customer and another employee as members.
    struct Cast {
        let moderator: Member
        let employee: Member
        let customer: Member
        let space: Space

        static func make(in store: Store) async throws -> Cast {
            let account = try await store.accounts.create(slug: "acme", name: "Acme", kind: .customer)
            let moderator = try await store.makeMember("mona")
            let employee = try await store.makeMember("emil")
            let customer = try await store.makeMember("cora", kind: .external, relation: .customer, account: account)
            let space = try await store.makeSpace("support", by: moderator, visibility: .public)
            _ = try await store.spaces.join(slug: "support", member: employee)
            _ = try await store.spaces.join(slug: "support", member: customer)
            return Cast(moderator: moderator, employee: employee, customer: customer, space: space)
        }
    }

    @Test func askAnswerAcceptAndPromoteToTheFAQ() async throws {
        try await TestApp.run { app in
            // given: a question that was asked before
            let cast = try await Cast.make(in: app.store)
            let earlier = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Printer jams on duplex pages", body: "It jams."),
                by: cast.employee)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let form = ["kind": "question", "title": "Why does the printer jam when printing duplex?", "body": "Every second page."]

            // when: the customer asks a similar question
            let first = try await app.send(.post, "/spaces/support/threads", as: customer, form: form)

            // then: the similar question comes first and nothing is created yet
            #expect(first.status == .ok)
            #expect(first.text.contains("href=\"/threads/\(earlier.id)\""))
            #expect(first.text.contains("matches: printer"))
            #expect(first.text.contains("Post anyway"))
            #expect(first.text.contains("Not posted yet."), "the form says why it came back")
            #expect(try await app.store.count("conversations") == 1)

            // when: they ask anyway
            var confirmed = form
            confirmed["confirmed"] = "1"
            let asked = try await app.send(.post, "/spaces/support/threads", as: customer, form: confirmed)
            let location = try #require(asked.headers[.location])
            let id = try #require(Int(location.split(separator: "/").last!))

            // and an employee answers through the API, and the customer accepts through the page
            let employeeAPI = try await Visitor.apiClient(cast.employee, in: app.store)
            let answer = try await app.send(
                .post, "/api/v1/threads/\(id)/replies", as: employeeAPI, json: #"{"body":"Clean the **duplex roller**."}"#)
            #expect(answer.status == .created)
            let replyId = try #require(answer.json["id"] as? Int)
            let accepted = try await app.send(.post, "/threads/\(id)/accept", as: customer, form: ["reply": "\(replyId)"])
            #expect(accepted.status == .seeOther)

            // and the moderator promotes it to the FAQ
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)
            let promoted = try await app.send(.post, "/threads/\(id)/faq", as: moderator, form: [:])

            // then
            #expect(promoted.status == .seeOther)
            let faq = try await app.send(.get, "/spaces/support/faq", as: .anonymous)
            #expect(faq.text.contains("Why does the printer jam when printing duplex?"))
            #expect(faq.text.contains("<strong>duplex roller</strong>"))
            #expect(faq.text.contains("href=\"/threads/\(id)\""))
            let thread = try await app.send(.get, "/api/v1/threads/\(id)", as: employeeAPI)
            #expect((thread.json["conversation"] as? [String: Any])?["acceptedReplyId"] as? Int == replyId)
            let unanswered = try await app.send(.get, "/api/v1/threads?unanswered=1", as: employeeAPI)
            #expect(unanswered.items.compactMap { $0["id"] as? Int } == [earlier.id])
            let customerNotes = try await app.store.notifications.list(for: cast.customer)
            #expect(customerNotes.contains { $0.kind == "reply" && $0.destination == .thread(id, reply: replyId) })
            let employeeNotes = try await app.store.notifications.list(for: cast.employee)
            #expect(employeeNotes.contains { $0.kind == "accepted" })
            #expect(try await app.store.notifications.unreadCount(for: cast.customer) == 1)
            _ = try await app.send(.get, "/threads/\(id)", as: customer)
            #expect(try await app.store.notifications.unreadCount(for: cast.customer) == 0, "opening the thread reads its notifications")
        }
    }

    @Test func similarQuestionsRankTitleMatchesAndAnswersFirstAndExplainWhy() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let bodyOnly = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Office hours", body: "Is the invoice portal open late?"),
                by: cast.employee)
            let titled = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Invoice portal login fails", body: "Since Monday."),
                by: cast.employee)
            _ = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Team lunch", body: "Pizza?"), by: cast.employee)
            let api = try await Visitor.apiClient(cast.customer, in: app.store)

            // when
            let similar = try await app.send(.get, "/api/v1/similar?text=invoice+portal+login&space=support", as: api)

            // then
            let ids = similar.items.compactMap { $0["id"] as? Int }
            #expect(ids == [titled.id, bodyOnly.id])
            #expect(similar.items.first?["matched"] as? [String] == ["invoice", "portal", "login"])
            #expect(similar.items.first?["url"] as? String == "/threads/\(titled.id)")
            let empty = try await app.send(.get, "/api/v1/similar?text=", as: api)
            #expect(empty.status == .ok && empty.items.isEmpty)
        }
    }

    @Test func editsKeepHistoryAndReactionsToggle() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Release notes", body: "Draft one."), by: cast.employee)
            let reply = try await app.store.conversations.reply(to: thread.id, body: "Looks good", by: cast.customer)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let employee = try await Visitor.browser(cast.employee, in: app.store)

            // when
            let edited = try await app.send(
                .post, "/threads/\(thread.id)/replies/\(reply.id)/edit", as: customer, form: ["body": "Looks great"])
            let foreign = try await app.send(
                .post, "/threads/\(thread.id)/replies/\(reply.id)/edit", as: employee, form: ["body": "Hijacked"])
            _ = try await app.send(
                .post, "/threads/\(thread.id)/react", as: employee, form: ["add": "thanks", "reply": "\(reply.id)"])
            _ = try await app.send(
                .post, "/threads/\(thread.id)/react", as: customer, form: ["add": "thanks", "reply": "\(reply.id)"])
            _ = try await app.send(
                .post, "/threads/\(thread.id)/react", as: customer, form: ["remove": "thanks", "reply": "\(reply.id)"])

            // then
            #expect(edited.status == .seeOther)
            #expect(foreign.status == .forbidden)
            let history = try await app.send(.get, "/threads/\(thread.id)/history?reply=\(reply.id)", as: employee)
            #expect(history.text.contains("good"))
            #expect(history.text.contains("great"))
            let current = try await app.store.conversations.thread(thread.id, for: .signedIn(cast.customer))
            #expect(current.replies[0].body == "Looks great")
            #expect(current.replies[0].reactions.map { "\($0.reaction.rawValue) \($0.count) \($0.mine)" } == ["thanks 1 false"])
            let page = try await app.send(.get, "/threads/\(thread.id)", as: employee)
            #expect(page.text.contains(#"name="remove" value="thanks" class="reaction mine" aria-pressed="true""#))
            #expect(page.text.contains(#"name="add" value="like" class="reaction" aria-pressed="false""#))
            let bad = try await app.send(.post, "/threads/\(thread.id)/react", as: customer, form: ["add": "shrug"])
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test func readTrackingMarksNewRepliesAndCountsReaders() async throws {
        try await TestApp.run { app in
            // given: the customer has read the thread once
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Roadmap", body: "What next?"), by: cast.moderator)
            let seen = try await app.store.conversations.reply(to: thread.id, body: "Seen reply", by: cast.employee)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            _ = try await app.send(.get, "/threads/\(thread.id)", as: customer)

            // when: two more replies arrive
            _ = try await app.store.conversations.reply(to: thread.id, body: "New one", by: cast.employee)
            let newest = try await app.store.conversations.reply(to: thread.id, body: "Newer one", by: cast.employee)
            let list = try await app.send(.get, "/spaces/support/threads", as: customer)
            let page = try await app.send(.get, "/threads/\(thread.id)", as: customer)
            let again = try await app.send(.get, "/threads/\(thread.id)", as: customer)

            // then
            #expect(list.text.contains("2 new"))
            #expect(page.text.contains("New since your last visit"))
            #expect(!page.text.contains("id=\"new-\(seen.id)\""))
            #expect(!again.text.contains("New since your last visit"))
            #expect(page.text.contains("3 readers"))
            let api = try await app.send(
                .get, "/api/v1/threads/\(thread.id)", as: try await Visitor.apiClient(cast.customer, in: app.store))
            #expect(api.json["readUpTo"] as? Int == newest.id)
        }
    }

    @Test func longThreadsArePagedAndLinksFindTheirReply() async throws {
        try await TestApp.run { app in
            // given: 205 replies, three pages of 100
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Long one", body: "Go on."), by: cast.moderator)
            var replies: [CommonplaceCore.Reply] = []
            for number in 1...205 {
                replies.append(try await app.store.conversations.reply(to: thread.id, body: "Reply number \(number)", by: cast.employee))
            }
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let target = replies[149]

            // when
            let first = try await app.send(.get, "/threads/\(thread.id)", as: customer)
            let resumed = try await app.send(.get, "/threads/\(thread.id)", as: customer)
            let linked = try await app.send(.get, "/threads/\(thread.id)?reply=\(target.id)", as: customer)
            let last = try await app.send(.get, "/threads/\(thread.id)?page=9", as: customer)
            let quoting = try await app.send(.get, "/threads/\(thread.id)?quote=\(replies[204].id)", as: customer)
            let api = try await app.send(
                .get, "/api/v1/threads/\(thread.id)?page=2", as: try await Visitor.apiClient(cast.customer, in: app.store))

            // then
            #expect(first.text.contains("Page 1 of 3"))
            #expect(first.text.contains("id=\"reply-\(replies[99].id)\"") && !first.text.contains("id=\"reply-\(replies[100].id)\""))
            #expect(first.text.contains("href=\"/threads/\(thread.id)?page=2\" rel=\"next\""))
            #expect(!first.text.contains("rel=\"prev\""))
            #expect(resumed.text.contains("Page 2 of 3"), "a returning reader opens the page of their first unread reply")
            #expect(resumed.text.contains("id=\"new-\(replies[100].id)\""))
            #expect(linked.text.contains("Page 2 of 3") && linked.text.contains("id=\"reply-\(target.id)\""))
            #expect(linked.text.contains("href=\"/threads/\(thread.id)\" rel=\"prev\""))
            #expect(last.text.contains("Page 3 of 3") && last.text.contains("Reply number 205") && !last.text.contains("rel=\"next\""))
            #expect(quoting.text.contains("&gt; @\(cast.employee.handle) wrote:"), "a reply on another page can be quoted")
            #expect((api.json["replies"] as? [[String: Any]])?.count == 100)
            #expect(api.json["page"] as? Int == 2 && api.json["pageCount"] as? Int == 3)
            let read = try await app.store.conversations.thread(thread.id, for: .signedIn(cast.customer))
            #expect(read.readUpTo == replies[204].id, "the read position never moves back when an earlier page is read")
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)
            let split = try await app.send(.get, "/threads/\(thread.id)/split?from=\(target.id)", as: moderator)
            #expect(split.text.contains(#"value="\#(target.id)" checked"#), "the split form opens at the page holding `from`")
            #expect(split.text.contains(#"value="\#(replies[148].id)">"#) && !split.text.contains(#"value="\#(replies[99].id)""#))
            let moved = try await app.send(.get, "/threads/\(thread.id)?reply=\(replies[204].id + 1_000)", as: customer)
            #expect(moved.status == .ok && moved.text.contains("Page 1 of 3"), "a link to a reply no longer here opens the thread")
        }
    }

    @Test func badInputIsRefusedAndChangesNothing() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let outsider = try await app.store.makeMember("olaf", kind: .external, relation: .supplier)
            let question = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "How to reset?", body: "Please help."), by: cast.customer)
            let answer = try await app.store.conversations.reply(to: question.id, body: "Hold the button.", by: cast.employee)
            let secret = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Staff only", body: "Internal.", visibility: .internal),
                by: cast.employee)
            let locked = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Closed topic", body: "Done."), by: cast.employee)
            _ = try await app.store.conversations.moderate(locked.id, .lock, reason: "resolved", by: cast.moderator)
            let other = try await app.store.makeSpace("elsewhere", by: outsider)
            let customerAPI = try await Visitor.apiClient(cast.customer, in: app.store)
            let employeeAPI = try await Visitor.apiClient(cast.employee, in: app.store)
            let moderatorAPI = try await Visitor.apiClient(cast.moderator, in: app.store)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let before = (
                replies: try await app.store.count("replies"), threads: try await app.store.count("conversations"),
                flags: try await app.store.count("flags")
            )

            // when / then
            let cases: [(String, Reply, Int)] = [
                (
                    "reply to a locked thread",
                    try await app.send(.post, "/api/v1/threads/\(locked.id)/replies", as: customerAPI, json: #"{"body":"x"}"#), 403
                ),
                (
                    "reply to an invisible thread",
                    try await app.send(.post, "/api/v1/threads/\(secret.id)/replies", as: customerAPI, json: #"{"body":"x"}"#), 404
                ),
                (
                    "empty reply",
                    try await app.send(.post, "/api/v1/threads/\(question.id)/replies", as: customerAPI, json: #"{"body":"  "}"#), 422
                ),
                (
                    "oversized reply",
                    try await app.send(
                        .post, "/api/v1/threads/\(question.id)/replies", as: customerAPI,
                        json: #"{"body":"\#(String(repeating: "a", count: 20_001))"}"#), 422
                ),
                ("empty reply form", try await app.send(.post, "/threads/\(question.id)/replies", as: customer, form: ["body": ""]), 422),
                (
                    "reply to a locked thread by form",
                    try await app.send(.post, "/threads/\(locked.id)/replies", as: customer, form: ["body": "x"]), 403
                ),
                (
                    "accepting on someone else's question",
                    try await app.send(.put, "/api/v1/threads/\(question.id)/accepted", as: employeeAPI, json: #"{"reply":\#(answer.id)}"#),
                    403
                ),
                (
                    "accepting a reply of another thread",
                    try await app.send(.put, "/api/v1/threads/\(question.id)/accepted", as: customerAPI, json: #"{"reply":999999}"#), 404
                ),
                (
                    "moving to a space one cannot moderate",
                    try await app.send(
                        .post, "/api/v1/threads/\(question.id)/move", as: moderatorAPI, json: #"{"space":"\#(other.slug)"}"#), 403
                ),
                (
                    "moving as a member",
                    try await app.send(.post, "/api/v1/threads/\(question.id)/move", as: customerAPI, json: #"{"space":"support"}"#), 403
                ),
                (
                    "untitled question",
                    try await app.send(
                        .post, "/api/v1/threads", as: customerAPI, json: #"{"space":"support","kind":"question","title":"","body":"b"}"#),
                    422
                ),
                (
                    "unknown kind",
                    try await app.send(
                        .post, "/api/v1/threads", as: customerAPI, json: #"{"space":"support","kind":"poll","title":"t","body":"b"}"#),
                    400
                ),
                (
                    "form with unknown kind",
                    try await app.send(.post, "/spaces/support/threads", as: customer, form: ["kind": "poll", "title": "t", "body": "b"]),
                    422
                ),
                (
                    "promoting without an accepted answer",
                    try await app.send(.post, "/api/v1/threads/\(question.id)/faq", as: moderatorAPI, json: "{}"), 409
                ),
                (
                    "merging into itself",
                    try await app.send(.post, "/api/v1/threads/\(question.id)/merge", as: moderatorAPI, json: #"{"into":\#(question.id)}"#),
                    409
                ),
            ]
            for (what, reply, status) in cases {
                #expect(reply.status.code == status, "\(what): \(reply.status)")
            }
            let firstFlag = try await app.send(
                .post, "/api/v1/threads/\(question.id)/flags", as: employeeAPI, json: #"{"reply":\#(answer.id),"reason":"spam"}"#)
            let secondFlag = try await app.send(
                .post, "/api/v1/threads/\(question.id)/flags", as: employeeAPI, json: #"{"reply":\#(answer.id),"reason":"spam"}"#)
            #expect(firstFlag.status == .created)
            #expect(secondFlag.status == .conflict)
            #expect(try await app.store.count("replies") == before.replies)
            #expect(try await app.store.count("conversations") == before.threads)
            #expect(try await app.store.count("flags") == before.flags + 1)
            #expect(try await app.store.conversations.find(id: question.id, for: .signedIn(cast.customer)).acceptedReplyId == nil)
            #expect(try await app.store.conversations.find(id: question.id, for: .signedIn(cast.customer)).space.slug == "support")
        }
    }

    @Test func faqEntriesCanBeReorderedAndRemovedByModeratorsOnly() async throws {
        try await TestApp.run { app in
            // given: two answered questions in the FAQ
            let cast = try await Cast.make(in: app.store)
            var entries: [FAQEntry] = []
            for title in ["First question", "Second question"] {
                let question = try await app.store.conversations.create(
                    NewConversation(space: "support", kind: .question, title: title, body: "?"), by: cast.customer)
                let answer = try await app.store.conversations.reply(to: question.id, body: "Answer to \(title)", by: cast.employee)
                _ = try await app.store.conversations.accept(answer.id, in: question.id, by: cast.customer)
                entries.append(try await app.store.faq.promote(question.id, by: cast.moderator))
            }
            let moderatorAPI = try await Visitor.apiClient(cast.moderator, in: app.store)
            let customerAPI = try await Visitor.apiClient(cast.customer, in: app.store)

            // when
            let refused = try await app.send(.post, "/api/v1/faq/\(entries[1].id)/move", as: customerAPI, json: #"{"direction":"up"}"#)
            let moved = try await app.send(.post, "/api/v1/faq/\(entries[1].id)/move", as: moderatorAPI, json: #"{"direction":"up"}"#)
            let badDirection = try await app.send(
                .post, "/api/v1/faq/\(entries[1].id)/move", as: moderatorAPI, json: #"{"direction":"left"}"#)
            let again = try await app.send(.post, "/api/v1/threads/\(entries[0].conversationId)/faq", as: moderatorAPI)

            // then
            #expect(refused.status == .forbidden)
            #expect(moved.status == .noContent)
            #expect(badDirection.status == .unprocessableContent)
            #expect(again.status == .conflict)
            let faq = try await app.send(.get, "/api/v1/spaces/support/faq", as: customerAPI)
            #expect(faq.items.compactMap { $0["question"] as? String } == ["Second question", "First question"])
            #expect(try await app.send(.delete, "/api/v1/faq/\(entries[0].id)", as: moderatorAPI).status == .noContent)
            let after = try await app.send(.get, "/spaces/support/faq", as: .anonymous)
            #expect(!after.text.contains("First question"))
            #expect(after.text.contains("Answer to Second question"))
        }
    }

    @Test func theAskFormShowsProblemsNextToTheFields() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let customer = try await Visitor.browser(cast.customer, in: app.store)

            // when
            let reply = try await app.send(
                .post, "/spaces/support/threads", as: customer,
                form: ["kind": "question", "title": "", "body": "Details", "confirmed": "1"])

            // then
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains("Give the thread a title."))
            #expect(reply.text.contains(">Details</textarea>"))
            #expect(try await app.store.count("conversations") == 0)
        }
    }

    @Test func aPreviewShowsTheTextRenderedAndPostsNothing() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let customer = try await Visitor.browser(cast.customer, in: app.store)

            // when
            let reply = try await app.send(
                .post, "/spaces/support/threads", as: customer,
                form: ["kind": "question", "title": "Ash pan", "body": "Is the **ash pan** safe? @\(cast.employee.handle)", "preview": "1"])

            // then: the rendered text, the form still holding what was typed, and no thread
            #expect(reply.status == .ok)
            #expect(reply.text.contains("<strong>ash pan</strong>"))
            #expect(reply.text.contains(#"href="/members/\#(cast.employee.handle)""#), "a mention of someone who exists is a link")
            #expect(reply.text.contains("Is the **ash pan** safe?"))
            #expect(try await app.store.count("conversations") == 0)
        }
    }

    @Test func aReplyTakesAKeyboardUserFewStopsAndReactingOpensFromOne() async throws {
        try await TestApp.run { app in
            // given: a reply nobody has reacted to, read by someone who did not write it
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Release notes", body: "Draft one."), by: cast.employee)
            let reply = try await app.store.conversations.reply(to: thread.id, body: "Looks good", by: cast.customer)

            // when
            let page = try await app.send(.get, "/threads/\(thread.id)", as: try await Visitor.browser(cast.employee, in: app.store))

            // then: author, permalink, React, Quote and Flag; the five reactions wait inside React
            let start = try #require(page.text.range(of: #"id="reply-\#(reply.id)""#))
            let article = page.text[start.lowerBound...].components(separatedBy: "</article>")[0]
            let closedDetailsHidden = article.replacingOccurrences(
                of: #"(?s)</summary>.*?</details>"#, with: "</summary></details>", options: .regularExpression)
            let stops =
                closedDetailsHidden.components(separatedBy: "<a href").count - 1
                + closedDetailsHidden.components(separatedBy: "<button").count - 1
                + closedDetailsHidden.components(separatedBy: "<summary").count - 1
            #expect(stops <= 5, "\(stops) tab stops in:\n\(closedDetailsHidden)")
            #expect(article.contains(#"<details class="react-picker"><summary>React</summary>"#))
            #expect(article.components(separatedBy: #"class="reaction""#).count - 1 == 5)
        }
    }

    @Test func aReplyIsPreviewedBeforeItIsPosted() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Release notes", body: "Draft one."), by: cast.employee)
            let customer = try await Visitor.browser(cast.customer, in: app.store)

            // when
            let preview = try await app.send(
                .post, "/threads/\(thread.id)/replies", as: customer, form: ["body": "Looks **good**", "preview": "1"])

            // then: rendered above the form, still in it, and nothing posted
            #expect(preview.status == .ok)
            #expect(preview.text.contains("<p>Looks <strong>good</strong></p>"))
            #expect(preview.text.contains(#"autofocus>Looks **good**</textarea>"#))
            #expect(
                preview.text.contains(#"<button type="submit" name="preview" value="1" class="secondary" formnovalidate>Preview</button>"#))
            #expect(try await app.store.conversations.thread(thread.id, for: .signedIn(cast.customer)).replies.isEmpty)
        }
    }
}
