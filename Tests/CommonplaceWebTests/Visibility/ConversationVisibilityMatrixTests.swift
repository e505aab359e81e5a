import CommonplaceCore
import Foundation
import Testing

/// Every reader × every visibility × every way of reading a thread, its replies, its FAQ entry and the
/// notifications about it. Each thread carries canaries in its title, text, tag, reply and earlier version.
@Suite("Conversation visibility matrix")
struct ConversationVisibilityMatrixTests {
    typealias Reader = VisibilityMatrixTests.Reader

    struct World {
        let base: VisibilityMatrixTests.World
        let threads: [Visibility: Conversation]
        /// Title, body, tag, reply and first-version canaries of each thread.
        let canaries: [Visibility: [String]]
        let marks: [Visibility: String]

        static func build(in store: Store) async throws -> World {
            let base = try await VisibilityMatrixTests.World.build(in: store)
            let author = try await store.members.find(handle: "author")!
            let mentions = ["customer-a", "customer-b", "supplier", "volunteer", "employee", "space-member", "moderator", "admin"]
                .map { "@" + $0 }.joined(separator: " ")
            var threads: [Visibility: Conversation] = [:]
            var canaries: [Visibility: [String]] = [:]
            var marks: [Visibility: String] = [:]
            for visibility in Visibility.allCases {
                let mark = "m" + UUID().uuidString.prefix(8).lowercased()
                let words = ["question", "body", "tag", "reply", "first"].map { "\($0)-\(visibility.rawValue)-\(mark)" }
                let audience: Audience =
                    switch visibility {
                    case .partners: Audience(accounts: ["account-a"])
                    case .private: Audience(members: ["customer-b"])
                    default: Audience()
                    }
                let thread = try await store.conversations.create(
                    NewConversation(
                        space: "matrix", kind: .question, title: "\(words[0]) \(mark)", body: "first \(words[4])", tags: [words[2]],
                        visibility: visibility, audience: audience), by: author)
                _ = try await store.conversations.edit(thread.id, title: thread.title, body: "now \(words[1])", by: author)
                let reply = try await store.conversations.reply(to: thread.id, body: "\(words[3]) \(mentions)", by: author)
                _ = try await store.conversations.accept(reply.id, in: thread.id, by: author)
                _ = try await store.faq.promote(thread.id, by: author)
                threads[visibility] = thread
                canaries[visibility] = words
                marks[visibility] = mark
            }
            return World(base: base, threads: threads, canaries: canaries, marks: marks)
        }
    }

    @Test(arguments: Reader.allCases)
    func threadReaderSeesExactlyWhatTheRulesAllow(_ reader: Reader) async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            let (browser, apiClient) = try await world.base.visitors(reader, in: app.store)
            let allMarks = Visibility.allCases.map { world.marks[$0]! }.joined(separator: " ")

            // when: every list a thread, its reply or its FAQ entry can appear in
            let lists: [(String, Reply)] = [
                ("home feed", try await app.send(.get, "/", as: browser)),
                ("threads", try await app.send(.get, "/threads", as: browser)),
                ("questions", try await app.send(.get, "/threads?kind=question", as: browser)),
                ("space threads", try await app.send(.get, "/spaces/matrix/threads", as: browser)),
                ("space page", try await app.send(.get, "/spaces/matrix", as: browser)),
                ("profile", try await app.send(.get, "/members/author", as: browser)),
                ("FAQ page", try await app.send(.get, "/spaces/matrix/faq", as: browser)),
                ("API threads", try await app.send(.get, "/api/v1/threads", as: apiClient)),
                ("API space threads", try await app.send(.get, "/api/v1/threads?space=matrix&kind=question", as: apiClient)),
                ("API feed", try await app.send(.get, "/api/v1/feed", as: apiClient)),
                ("API FAQ", try await app.send(.get, "/api/v1/spaces/matrix/faq", as: apiClient)),
                (
                    "API similar",
                    try await app.send(.get, "/api/v1/similar?text=\(allMarks.replacingOccurrences(of: " ", with: "+"))", as: apiClient)
                ),
            ]
            // then
            for (way, reply) in lists {
                #expect(reply.status == .ok, "\(way) answered \(reply.status)")
                for visibility in Visibility.allCases {
                    let found = reply.text.contains(world.canaries[visibility]![0])
                    #expect(
                        found == reader.sees.contains(visibility),
                        "\(reader) \(found ? "sees" : "misses") the \(visibility) thread on the \(way)")
                    if !reader.sees.contains(visibility) {
                        for canary in world.canaries[visibility]! {
                            #expect(!reply.text.contains(canary), "\(reader): the \(visibility) thread leaks \(canary) on the \(way)")
                        }
                    }
                }
            }
            for visibility in Visibility.allCases {
                let tagPage = try await app.send(.get, "/tags/\(world.canaries[visibility]![2])", as: browser)
                #expect(
                    tagPage.text.contains(world.canaries[visibility]![0]) == reader.sees.contains(visibility),
                    "\(reader): the \(visibility) thread on its tag page")
            }
            for visibility in Visibility.allCases {
                let id = world.threads[visibility]!.id
                let allowed = reader.sees.contains(visibility)
                let (reply, firstVersion) = (world.canaries[visibility]![3], world.canaries[visibility]![4])
                for (way, answer, canary) in [
                    ("page", try await app.send(.get, "/threads/\(id)", as: browser), reply),
                    ("history", try await app.send(.get, "/threads/\(id)/history", as: browser), firstVersion),
                    ("API item", try await app.send(.get, "/api/v1/threads/\(id)", as: apiClient), reply),
                    ("API edits", try await app.send(.get, "/api/v1/threads/\(id)/edits", as: apiClient), firstVersion),
                ] {
                    let reply = answer
                    #expect(
                        reply.status == (allowed ? .ok : .notFound), "\(reader) got \(reply.status) for the \(visibility) thread's \(way)")
                    #expect(reply.text.contains(canary) == allowed, "\(reader): \(visibility) thread's \(way) shows \(canary)")
                    if !allowed {
                        for canary in world.canaries[visibility]! {
                            #expect(!reply.text.contains(canary), "\(reader): the \(visibility) thread leaks \(canary) on its \(way)")
                        }
                    }
                }
                let pointer = try await app.send(.get, "/items/\(id)", as: browser)
                #expect(pointer.status == (allowed ? .seeOther : .notFound), "\(reader): /items for the \(visibility) thread")
            }
        }
    }

    /// Every reader was @mentioned in every thread; only the mentions in threads they may see reach them.
    @Test(arguments: Reader.allCases.filter { $0 != .anonymous })
    func notificationsAndUnreadCountsFollowVisibility(_ reader: Reader) async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            let (browser, apiClient) = try await world.base.visitors(reader, in: app.store)

            // when
            let page = try await app.send(.get, "/notifications", as: browser)
            let api = try await app.send(.get, "/api/v1/notifications", as: apiClient)

            // then
            let visibleThreads = Visibility.allCases.filter { reader.sees.contains($0) }.count
            #expect(api.json["unread"] as? Int == visibleThreads, "\(reader): unread count")
            #expect(page.text.contains("class=\"count\">\(visibleThreads)<"), "\(reader): the bell shows \(visibleThreads)")
            for visibility in Visibility.allCases {
                let title = world.canaries[visibility]![0]
                #expect(page.text.contains(title) == reader.sees.contains(visibility), "\(reader): \(visibility) notification on the page")
                #expect(api.text.contains(title) == reader.sees.contains(visibility), "\(reader): \(visibility) notification in the API")
            }
        }
    }
}
