import CommonplaceCore
import Foundation
import Testing

/// Splitting and merging threads never changes who reads a text: the new or merged thread is read by exactly the
/// people who read the source (docs/architecture.md, "Split, merge and move").
@Suite("Split and merge keep the readers")
struct SplitAndMergeTests {
    typealias Cast = ConversationTests.Cast

    /// Every way a reader can come across a thread's text, with what each answered.
    static func everyWay(to id: Int, as member: Member, in app: TestApp, searching word: String) async throws -> [(String, Reply)] {
        let browser = try await Visitor.browser(member, in: app.store)
        let api = try await Visitor.apiClient(member, in: app.store)
        return [
            ("home", try await app.send(.get, "/", as: browser)),
            ("threads", try await app.send(.get, "/threads", as: browser)),
            ("thread page", try await app.send(.get, "/threads/\(id)", as: browser)),
            ("API item", try await app.send(.get, "/api/v1/threads/\(id)", as: api)),
            ("API list", try await app.send(.get, "/api/v1/threads", as: api)),
            ("API feed", try await app.send(.get, "/api/v1/feed", as: api)),
            ("search", try await app.send(.get, "/search?q=\(word)", as: browser)),
            ("API search", try await app.send(.get, "/api/v1/search?q=\(word)", as: api)),
            ("API similar", try await app.send(.get, "/api/v1/similar?text=\(word)", as: api)),
            ("profile", try await app.send(.get, "/members/\(member.handle)", as: browser)),
        ]
    }

    @Test func aHiddenReplyStaysHiddenWhenItIsSplitOff() async throws {
        try await TestApp.run { app in
            // given: a public question; a moderator hid the customer's reply A, then splits A and B off
            let cast = try await Cast.make(in: app.store)
            let reader = try await app.store.makeMember("rita")
            let question = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Stove smokes", body: "Why?", visibility: .public),
                by: cast.employee)
            let hidden = try await app.store.conversations.reply(to: question.id, body: "Zorblax insult", by: cast.customer)
            let kept = try await app.store.conversations.reply(to: question.id, body: "Check the flue", by: cast.employee)
            try await app.store.conversations.moderateReply(hidden.id, in: question.id, hide: true, reason: "rude", by: cast.moderator)

            // when
            let split = try await app.send(
                .post, "/api/v1/threads/\(question.id)/split", as: try await Visitor.apiClient(cast.moderator, in: app.store),
                json: #"{"replies":[\#(hidden.id),\#(kept.id)],"title":"Flue talk","reason":"tangent"}"#)

            // then: the reader finds the hidden text nowhere, but sees the rest of the new thread
            #expect(split.status == .created)
            let newId = try #require(split.json["id"] as? Int)
            for (way, reply) in try await Self.everyWay(to: newId, as: reader, in: app, searching: "zorblax") {
                #expect(!reply.text.contains("Zorblax"), "\(way) shows the hidden reply")
            }
            let page = try await app.send(.get, "/threads/\(newId)", as: try await Visitor.browser(reader, in: app.store))
            #expect(page.text.contains("Check the flue"))
            let thread = try await app.store.conversations.thread(newId, for: .signedIn(cast.moderator))
            #expect(thread.replies.map(\.id) == [hidden.id, kept.id])
            #expect(thread.replies.map(\.hidden) == [true, false])
            let byAuthor = try await app.store.conversations.thread(newId, for: .signedIn(cast.customer))
            #expect(byAuthor.replies.first?.body == "Zorblax insult", "the author of a hidden reply still sees it")
        }
    }

    @Test func aSplitGivesNothingBackToSomeoneWhoLostAccess() async throws {
        try await TestApp.run { app in
            // given: the customer replied in support; an admin moved the thread into an invite-only space; a board member replied
            let cast = try await Cast.make(in: app.store)
            let admin = try await app.store.makeMember("ada", role: .admin)
            let boardMember = try await app.store.makeMember("bert")
            _ = try await app.store.makeSpace("board", by: boardMember, policy: .invite)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Pricing", body: "Prices?", visibility: .space),
                by: cast.employee)
            let byCustomer = try await app.store.conversations.reply(to: thread.id, body: "Quuxly cheaper please", by: cast.customer)
            _ = try await app.store.conversations.move(thread.id, to: "board", reason: "", by: admin)
            let byBoard = try await app.store.conversations.reply(to: thread.id, body: "Quuxly no", by: boardMember)

            // when
            let split = try await app.store.conversations.split(
                thread.id, replies: [byCustomer.id, byBoard.id], title: "Discounts", reason: "", by: admin)

            // then: the new thread is the source author's, in the board, and the customer finds it nowhere
            #expect(split.author.handle == "emil")
            #expect(split.space.slug == "board")
            for (way, reply) in try await Self.everyWay(to: split.id, as: cast.customer, in: app, searching: "quuxly") {
                #expect(!reply.text.contains("Discounts") && !reply.text.contains("Quuxly no"), "\(way) shows the split thread")
            }
            let customer = try await Visitor.apiClient(cast.customer, in: app.store)
            #expect(
                try await app.send(.get, "/items/\(split.id)", as: try await Visitor.browser(cast.customer, in: app.store)).status
                    == .notFound)
            #expect(
                try await app.send(.post, "/api/v1/threads/\(split.id)/replies", as: customer, json: #"{"body":"hi"}"#).status == .notFound)
            #expect(try await app.send(.put, "/api/v1/threads/\(split.id)/reactions/like", as: customer).status == .notFound)
            #expect(try await app.send(.put, "/api/v1/follows/item/\(split.id)", as: customer).status == .notFound)
            #expect(try await app.send(.post, "/api/v1/threads/\(split.id)/read", as: customer).status == .notFound)
            let facets = try await app.send(.get, "/search?q=quuxly", as: try await Visitor.browser(cast.customer, in: app.store))
            #expect(!facets.text.contains("Board"), "no facet counts the hidden space")
        }
    }

    @Test func aSplitKeepsEveryReaderOfTheSource() async throws {
        try await TestApp.run { app in
            // given: the moderator's private discussion with one colleague, and a customer's thread moved away from her space
            let cast = try await Cast.make(in: app.store)
            let admin = try await app.store.makeMember("ada", role: .admin)
            let outsider = try await app.store.makeMember("otto")
            let boardMember = try await app.store.makeMember("bert")
            _ = try await app.store.makeSpace("board", by: boardMember, policy: .invite)
            let privateTalk = try await app.store.conversations.create(
                NewConversation(
                    space: "support", kind: .discussion, title: "Between us", body: "Plans", visibility: .private,
                    audience: Audience(members: ["emil"])), by: cast.moderator)
            let privateReply = try await app.store.conversations.reply(to: privateTalk.id, body: "Agreed", by: cast.employee)
            let customerThread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "My stove", body: "It hums", visibility: .space),
                by: cast.customer)
            _ = try await app.store.conversations.move(customerThread.id, to: "board", reason: "", by: admin)
            let boardReply = try await app.store.conversations.reply(to: customerThread.id, body: "We know why", by: boardMember)

            // when
            let privateSplit = try await app.store.conversations.split(
                privateTalk.id, replies: [privateReply.id], title: "Side", reason: "", by: cast.moderator)
            let movedSplit = try await app.store.conversations.split(
                customerThread.id, replies: [boardReply.id], title: "Hum cause", reason: "", by: admin)

            // then: the moderator and the colleague keep the private split, the outsider never had it
            #expect(try await app.store.conversations.thread(privateSplit.id, for: .signedIn(cast.moderator)).replies.count == 1)
            #expect(try await app.store.conversations.thread(privateSplit.id, for: .signedIn(cast.employee)).replies.count == 1)
            await #expect(throws: StoreError.notFound) {
                _ = try await app.store.conversations.find(id: privateSplit.id, for: .signedIn(outsider))
            }
            // and the customer still reads the replies that were split out of her own thread
            let hers = try await app.send(.get, "/threads/\(movedSplit.id)", as: try await Visitor.browser(cast.customer, in: app.store))
            #expect(hers.status == .ok)
            #expect(hers.text.contains("We know why"))
        }
    }

    @Test func mergingIsRefusedWhenEitherAuthorCouldNotReadTheOtherThread() async throws {
        try await TestApp.run { app in
            // given: two private threads shared with the same two people, by different authors
            let cast = try await Cast.make(in: app.store)
            let other = try await app.store.makeMember("olga")
            _ = try await app.store.spaces.join(slug: "support", member: other)
            let mine = try await app.store.conversations.create(
                NewConversation(
                    space: "support", kind: .discussion, title: "Mine", body: "Secret of mona", visibility: .private,
                    audience: Audience(members: ["emil", "mona"])), by: cast.moderator)
            let theirs = try await app.store.conversations.create(
                NewConversation(
                    space: "support", kind: .discussion, title: "Theirs", body: "Secret of olga", visibility: .private,
                    audience: Audience(members: ["emil", "mona"])), by: other)

            // when
            let refused = try await app.send(
                .post, "/api/v1/threads/\(mine.id)/merge", as: try await Visitor.apiClient(cast.moderator, in: app.store),
                json: #"{"into":\#(theirs.id)}"#)

            // then: olga would have read mona's text, so nothing moved
            #expect(refused.status == .conflict)
            #expect(try await app.store.count("replies") == 0)
        }
    }

    @Test func mergingAHiddenThreadIntoAVisibleOneIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let hidden = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Spam", body: "Buy now", visibility: .public), by: cast.customer
            )
            let open = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Open", body: "Hello", visibility: .public), by: cast.employee)
            _ = try await app.store.conversations.moderate(hidden.id, .hide, reason: "spam", by: cast.moderator)

            // when
            let refused = try await app.send(
                .post, "/api/v1/threads/\(hidden.id)/merge", as: try await Visitor.apiClient(cast.moderator, in: app.store),
                json: #"{"into":\#(open.id)}"#)

            // then
            #expect(refused.status == .conflict)
            #expect(try await app.store.count("replies") == 0)
        }
    }
}
