import CommonplaceCore
import Foundation
import Testing

/// Flags, the review queue, and moving, splitting, merging, locking, pinning and hiding threads.
@Suite("Moderation")
struct ModerationTests {
    typealias Cast = ConversationTests.Cast

    @Test func aThreadMovesOnlyToSpacesItsModeratorModerates() async throws {
        try await TestApp.run { app in
            // given: mona moderates support and ops; emil moderates a space of his own; an invite-only space of emil's
            let cast = try await Cast.make(in: app.store)
            _ = try await app.store.makeSpace("ops", by: cast.moderator)
            _ = try await app.store.makeSpace("garden", by: cast.employee)
            _ = try await app.store.makeSpace("board", by: cast.employee, policy: .invite)
            let instanceModerator = try await app.store.makeMember("ivan", role: .moderator)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Where to?", body: "Somewhere."), by: cast.employee)
            func destinations(_ member: Member) async throws -> [String] {
                let page = try await app.send(.get, "/threads/\(thread.id)", as: try await Visitor.browser(member, in: app.store))
                guard let select = page.text.range(of: #"<select name="space">"#) else { return [] }
                let options = page.text[select.upperBound...].components(separatedBy: "</select>")[0]
                return options.components(separatedBy: #"<option value=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
            }

            // when
            let bySpaceModerator = try await destinations(cast.moderator)
            let byInstanceModerator = try await destinations(instanceModerator)
            let byMember = try await destinations(cast.employee)

            // then
            #expect(bySpaceModerator == ["ops"])
            #expect(byInstanceModerator == ["garden", "ops"], "every space the moderator may know of, not invite-only ones")
            #expect(byMember.isEmpty)
        }
    }

    @Test func movingAThreadLeavesNoTraceWhereItCanNoLongerBeSeen() async throws {
        try await TestApp.run { app in
            // given: a space-only question in "support", read and followed by a member of support only
            let cast = try await Cast.make(in: app.store)
            _ = try await app.store.makeSpace("internal-ops", by: cast.moderator, visibility: .space)
            let thread = try await app.store.conversations.create(
                NewConversation(
                    space: "support", kind: .question, title: "Canary-move question", body: "Where is the VPN config?", visibility: .space),
                by: cast.employee)
            let answer = try await app.store.conversations.reply(to: thread.id, body: "Canary-move answer, @cora", by: cast.employee)
            _ = try await app.store.conversations.accept(answer.id, in: thread.id, by: cast.employee)
            _ = try await app.store.faq.promote(thread.id, by: cast.moderator)
            try await app.store.follows.follow(.item(thread.id), by: cast.customer)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let customerAPI = try await Visitor.apiClient(cast.customer, in: app.store)
            #expect(try await app.store.notifications.unreadCount(for: cast.customer) == 1)

            // when
            let moved = try await app.send(
                .post, "/threads/\(thread.id)/move", as: try await Visitor.browser(cast.moderator, in: app.store),
                form: ["space": "internal-ops", "reason": "belongs to ops"])

            // then: the customer, not in internal-ops, finds it nowhere
            #expect(moved.status == .seeOther)
            for (way, reply) in [
                ("page", try await app.send(.get, "/threads/\(thread.id)", as: customer)),
                ("API", try await app.send(.get, "/api/v1/threads/\(thread.id)", as: customerAPI)),
            ] {
                #expect(reply.status == .notFound, "\(way)")
            }
            for (way, reply) in [
                ("old space threads", try await app.send(.get, "/spaces/support/threads", as: customer)),
                ("old space FAQ", try await app.send(.get, "/spaces/support/faq", as: customer)),
                ("old space log", try await app.send(.get, "/spaces/support/log", as: customer)),
                ("home", try await app.send(.get, "/", as: customer)),
                ("notifications", try await app.send(.get, "/notifications", as: customer)),
                ("API notifications", try await app.send(.get, "/api/v1/notifications", as: customerAPI)),
                ("API threads", try await app.send(.get, "/api/v1/threads", as: customerAPI)),
                ("API similar", try await app.send(.get, "/api/v1/similar?text=canary-move+vpn", as: customerAPI)),
            ] {
                #expect(!reply.text.contains("Canary-move"), "\(way) still shows the moved thread")
            }
            #expect(try await app.store.notifications.unreadCount(for: cast.customer) == 0)
            let moderatorView = try await app.store.conversations.thread(thread.id, for: .signedIn(cast.moderator))
            #expect(moderatorView.conversation.space.slug == "internal-ops")
            let faq = try await app.send(.get, "/spaces/internal-ops/faq", as: try await Visitor.browser(cast.moderator, in: app.store))
            #expect(faq.text.contains("Canary-move question"))
            let page = try await app.send(.get, "/threads/\(thread.id)", as: try await Visitor.browser(cast.moderator, in: app.store))
            #expect(page.text.contains("Moved the thread to Internal-Ops: belongs to ops"))
        }
    }

    @Test func flagsReachTheReviewQueueAndHidingSettlesThem() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Deals", body: "Share deals."), by: cast.employee)
            let spam = try await app.store.conversations.reply(to: thread.id, body: "BUY CHEAP WATCHES", by: cast.customer)
            let fine = try await app.store.conversations.reply(to: thread.id, body: "A fair point", by: cast.customer)
            let employee = try await Visitor.browser(cast.employee, in: app.store)
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)
            _ = try await app.send(.post, "/threads/\(thread.id)/flag", as: employee, form: ["reply": "\(spam.id)", "reason": "spam"])
            _ = try await app.send(
                .post, "/threads/\(thread.id)/flag", as: employee, form: ["reply": "\(fine.id)", "reason": "other", "note": "Not sure"])

            // when
            let queue = try await app.send(.get, "/moderation", as: moderator)
            let memberQueue = try await app.send(.get, "/api/v1/flags", as: try await Visitor.apiClient(cast.employee, in: app.store))
            let hidden = try await app.send(
                .post, "/threads/\(thread.id)/replies/\(spam.id)/moderate", as: moderator, form: ["action": "hide", "reason": "spam"])
            let queued = try await app.store.flags.queue(for: cast.moderator)
            let dismissed = try await app.send(.post, "/flags/\(queued[0].id)/dismiss", as: moderator, form: [:])

            // then
            #expect(queue.text.contains("BUY CHEAP WATCHES"))
            #expect(queue.text.contains("Not sure"))
            #expect(memberQueue.items.isEmpty)
            #expect(hidden.status == .seeOther)
            #expect(queued.map(\.replyId) == [fine.id])
            #expect(dismissed.status == .seeOther)
            #expect(try await app.store.flags.queue(for: cast.moderator).isEmpty)
            let asEmployee = try await app.send(.get, "/threads/\(thread.id)", as: employee)
            #expect(!asEmployee.text.contains("BUY CHEAP WATCHES"))
            #expect(asEmployee.text.contains("This reply was hidden by a moderator."))
            #expect(asEmployee.text.contains("Hid a reply by \(cast.customer.name): spam"), "the log names whose reply, not its id")
            let asAuthor = try await app.send(.get, "/threads/\(thread.id)", as: try await Visitor.browser(cast.customer, in: app.store))
            #expect(asAuthor.text.contains("BUY CHEAP WATCHES"))
            let edits = try await app.send(
                .get, "/api/v1/threads/\(thread.id)", as: try await Visitor.apiClient(cast.employee, in: app.store))
            #expect(!edits.text.contains("BUY CHEAP WATCHES"))
        }
    }

    @Test func aNewFlagReachesTheSpacesModeratorsAndIsCountedOnTheirReviewLink() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Deals", body: "Share deals."), by: cast.employee)
            let spam = try await app.store.conversations.reply(to: thread.id, body: "BUY CHEAP WATCHES", by: cast.customer)
            let employee = try await Visitor.browser(cast.employee, in: app.store)
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)
            let before = try await app.send(.get, "/", as: moderator)

            // when
            let flagged = try await app.send(
                .post, "/threads/\(thread.id)/flag", as: employee, form: ["reply": "\(spam.id)", "reason": "spam"])
            let after = try await app.send(.get, "/", as: moderator)
            let thanked = try await app.send(.get, flagged.headers[.location] ?? "", as: employee)
            let told = try await app.store.notifications.list(for: cast.moderator).filter { $0.kind == "flag" }

            // then
            #expect(!before.text.contains(#"class="waiting""#))
            #expect(after.text.contains(#"class="waiting">Review <span class="count">1</span>"#))
            #expect(told.map(\.destination) == [.reviewQueue])
            #expect(told.first?.text == "\(cast.employee.name) flagged a reply in “Deals”: spam")
            #expect(try await app.store.notifications.list(for: cast.employee).filter { $0.kind == "flag" }.isEmpty)
            #expect(thanked.text.contains("Flagged for moderators"), "the reply says it is flagged")
            #expect(
                thanked.text.components(separatedBy: "Flag for moderators</button>").count == 2,
                "a flag is offered on the opening post only")
        }
    }

    @Test func aFlagOnWhatAModeratorMayNotReadNeitherTellsNorCountsForThem() async throws {
        try await TestApp.run { app in
            // given: a private thread the employee shares with the customer only, in a space that mona moderates
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(
                    space: "support", kind: .discussion, title: "Our contract", body: "Between us.", visibility: .private,
                    audience: Audience(members: [cast.customer.handle])), by: cast.employee)
            let moderatorReads = (try? await app.store.conversations.find(id: thread.id, for: .signedIn(cast.moderator))) != nil

            // when: the customer flags it
            _ = try await app.store.flags.flag(thread.id, reply: nil, reason: .other, note: "Wrong price", by: cast.customer)

            // then: the notification and the count follow what the moderator may read
            let told = try await app.store.notifications.list(for: cast.moderator).filter { $0.kind == "flag" }
            let badges = try await app.store.badges(for: cast.moderator)
            #expect(told.count == (moderatorReads ? 1 : 0))
            #expect(badges.flags == (moderatorReads ? 1 : 0))
            #expect(try await app.store.notifications.unreadCount(for: cast.moderator) == badges.unread)
        }
    }

    @Test func hiddenThreadsAreSeenOnlyByTheirAuthorAndModerators() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Hidden-canary", body: "Rant."), by: cast.customer)

            // when
            _ = try await app.store.conversations.moderate(thread.id, .hide, reason: "off topic", by: cast.moderator)

            // then
            #expect(
                try await app.send(.get, "/threads/\(thread.id)", as: try await Visitor.browser(cast.employee, in: app.store)).status
                    == .notFound)
            #expect(try await app.send(.get, "/threads/\(thread.id)").status == .notFound)
            #expect(!(try await app.send(.get, "/threads").text.contains("Hidden-canary")))
            #expect(
                try await app.send(.get, "/threads/\(thread.id)", as: try await Visitor.browser(cast.customer, in: app.store)).status == .ok
            )
            #expect(
                try await app.send(.get, "/threads/\(thread.id)", as: try await Visitor.browser(cast.moderator, in: app.store)).status
                    == .ok)
            let notes = try await app.store.notifications.list(for: cast.customer)
            #expect(notes.contains { $0.kind == "moderation" && $0.text.contains("off topic") })

            // when restored
            _ = try await app.store.conversations.moderate(thread.id, .restore, reason: "", by: cast.moderator)
            #expect(try await app.send(.get, "/threads/\(thread.id)").status == .ok)
        }
    }

    @Test func lockPinSplitAndMergeShowNoticesAndMoveReplies() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let main = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Onboarding", body: "How was it?"), by: cast.employee)
            let stay = try await app.store.conversations.reply(to: main.id, body: "Smooth", by: cast.customer)
            let tangent = try await app.store.conversations.reply(to: main.id, body: "Unrelated: parking?", by: cast.customer)
            let tangentReply = try await app.store.conversations.reply(to: main.id, body: "Level 2", by: cast.employee)
            let duplicate = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Onboarding feedback", body: "Feedback here"), by: cast.customer
            )
            _ = try await app.store.conversations.reply(to: duplicate.id, body: "Great mentors", by: cast.employee)
            let api = try await Visitor.apiClient(cast.moderator, in: app.store)
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)

            // when
            _ = try await app.send(.post, "/threads/\(main.id)/moderate", as: moderator, form: ["action": "pin", "reason": "popular"])
            let split = try await app.send(
                .post, "/api/v1/threads/\(main.id)/split", as: api,
                json: #"{"replies":[\#(tangent.id),\#(tangentReply.id)],"title":"Parking","reason":"off topic"}"#)
            let merged = try await app.send(
                .post, "/api/v1/threads/\(duplicate.id)/merge", as: api, json: #"{"into":\#(main.id),"reason":"same topic"}"#)
            _ = try await app.send(.post, "/threads/\(main.id)/moderate", as: moderator, form: ["action": "lock", "reason": "wrapped up"])

            // then
            #expect(split.status == .created)
            let parkingId = try #require(split.json["id"] as? Int)
            let parking = try await app.store.conversations.thread(parkingId, for: .signedIn(cast.employee))
            #expect(parking.conversation.body == "Replies split from “Onboarding” by @mona: off topic")
            #expect(parking.conversation.author.handle == "emil", "the source's author, so the same people read it")
            #expect(parking.replies.map(\.body) == ["Unrelated: parking?", "Level 2"])
            #expect(merged.status == .ok)
            let thread = try await app.store.conversations.thread(main.id, for: .signedIn(cast.employee))
            #expect(thread.replies.first?.body == "Smooth")
            #expect(Set(thread.replies.map(\.body)) == ["Smooth", "Feedback here", "Great mentors"])
            #expect(thread.replies.map(\.id).contains(stay.id))
            #expect(thread.conversation.pinned && thread.conversation.locked)
            let old = try await app.send(.get, "/threads/\(duplicate.id)", as: try await Visitor.browser(cast.customer, in: app.store))
            #expect(old.status == .seeOther)
            #expect(old.headers[.location] == "/threads/\(main.id)")
            let page = try await app.send(.get, "/threads/\(main.id)", as: try await Visitor.browser(cast.employee, in: app.store))
            for notice in [
                "Pinned the thread: popular", "Split 2 replies into “Parking”: off topic",
                "Merged “Onboarding feedback” into “Onboarding”: same topic", "Locked the thread: wrapped up",
            ] {
                #expect(page.text.contains(notice), "notice \(notice)")
            }
            #expect(page.text.contains("This thread is locked"))
            let list = try await app.send(.get, "/spaces/support/threads", as: try await Visitor.browser(cast.employee, in: app.store))
            let firstCard = try #require(list.text.range(of: "thread-card"))
            #expect(list.text[firstCard.lowerBound...].prefix(900).contains("Onboarding"))
            #expect(!list.text.contains("Onboarding feedback"))
            let log = try await app.store.actionLog.entries(.space(cast.space.id), for: .signedIn(cast.moderator))
            #expect(Set(log.map(\.action)).isSuperset(of: ["pin", "split", "merge", "lock"]))
        }
    }

    @Test func mergingThreadsThatDifferentPeopleCanReadIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let open = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Open", body: "Everyone", visibility: .public),
                by: cast.employee)
            let staff = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Staff", body: "Employees", visibility: .internal),
                by: cast.employee)

            // when
            let refused = try await app.send(
                .post, "/api/v1/threads/\(staff.id)/merge", as: try await Visitor.apiClient(cast.moderator, in: app.store),
                json: #"{"into":\#(open.id)}"#)

            // then
            #expect(refused.status == .conflict)
            #expect(try await app.store.conversations.find(id: staff.id, for: .signedIn(cast.moderator)).mergedInto == nil)
            #expect(try await app.store.count("replies") == 0)
        }
    }
}
