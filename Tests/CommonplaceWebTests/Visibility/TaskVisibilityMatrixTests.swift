import CommonplaceCore
import Foundation
import HTTPTypes
import Testing

/// Every reader × every visibility × every way of reading knowledge tasks: the lists, the page, the API, responses,
/// search, the home page and the thanks on profiles; and a public task whose named questions and responses have every
/// visibility, for what its page names and counts.
@Suite("Knowledge task visibility matrix")
struct TaskVisibilityMatrixTests {
    typealias Reader = VisibilityMatrixTests.Reader

    struct World {
        let base: VisibilityMatrixTests.World
        let tasks: [Visibility: KnowledgeTask]
        /// A public task asking for answers to one question of each visibility, each answered by someone who sees it.
        let mixed: KnowledgeTask
        /// Title, brief, response and thanks canaries of each task, then the canary title of the question of each visibility.
        let canaries: [Visibility: [String]]

        static func build(in store: Store) async throws -> World {
            let base = try await VisibilityMatrixTests.World.build(in: store)
            let author = try await store.members.find(handle: "author")!
            var tasks: [Visibility: KnowledgeTask] = [:]
            var canaries: [Visibility: [String]] = [:]
            var questions: [Visibility: Conversation] = [:]
            for visibility in Visibility.allCases {
                let mark = "t" + UUID().uuidString.prefix(8).lowercased()
                let words = ["task", "brief", "response", "thanks", "question"].map { "\($0)-\(visibility.rawValue)-\(mark)" }
                let audience: Audience =
                    switch visibility {
                    case .partners: Audience(accounts: ["account-a"])
                    case .private: Audience(members: ["customer-b"])
                    default: Audience()
                    }
                let task = try await store.tasks.create(
                    TaskDraft(
                        space: "matrix", title: words[0], brief: "brief \(words[1])", visibility: visibility, audience: audience,
                        responseKind: .free, dueAt: Clock.now() + 86_400, goal: 5), by: author)
                _ = try await store.tasks.respond(to: task.id, body: words[2], by: author)
                tasks[visibility] = try await store.tasks.close(task.id, thanks: words[3], by: author)
                questions[visibility] = try await store.conversations.create(
                    NewConversation(
                        space: "matrix", kind: .question, title: words[4], body: "asked", visibility: visibility, audience: audience),
                    by: author)
                canaries[visibility] = words
            }
            let mixed = try await store.tasks.create(
                TaskDraft(
                    space: "matrix", title: "mixed task", brief: "Answer these.", visibility: .public, responseKind: .answers,
                    targets: Visibility.allCases.map { questions[$0]!.id }, dueAt: Clock.now() + 86_400, goal: 5), by: author)
            let responders: [Visibility: Reader] = [
                .public: .volunteer, .space: .spaceMember, .internal: .employee, .partners: .customerAtA, .private: .customerAtB,
            ]
            for (visibility, reader) in responders {
                _ = try await store.conversations.reply(to: questions[visibility]!.id, body: "answered", by: base.readers[reader]!)
            }
            return World(base: base, tasks: tasks, mixed: mixed, canaries: canaries)
        }
    }

    @Test(arguments: Reader.allCases)
    func taskReaderSeesExactlyWhatTheRulesAllow(_ reader: Reader) async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            let (browser, apiClient) = try await world.base.visitors(reader, in: app.store)
            let employee = [.employee, .moderator, .admin].contains(reader)

            // when: every list a task can appear in
            let lists: [(String, Reply)] = [
                ("tasks", try await app.send(.get, "/tasks", as: browser)),
                ("API tasks", try await app.send(.get, "/api/v1/tasks", as: apiClient)),
                ("search", try await app.send(.get, "/search?q=brief&kind=task", as: browser)),
                ("home", try await app.send(.get, "/", as: browser)),
            ]

            // then
            for (way, reply) in lists {
                #expect(reply.status == .ok, "\(way) answered \(reply.status)")
                for visibility in Visibility.allCases {
                    let canaries = world.canaries[visibility]!
                    if !reader.sees.contains(visibility) {
                        for canary in canaries {
                            #expect(!reply.text.contains(canary), "\(reader): \(visibility) leaks \(canary) on \(way)")
                        }
                    } else if way != "home" {
                        #expect(reply.text.contains(canaries[0]), "\(reader) misses the \(visibility) task on \(way)")
                    }
                }
            }

            // then: each task answers as if it did not exist, unless the reader may see it; free responses only to employees
            for visibility in Visibility.allCases {
                let allowed = reader.sees.contains(visibility)
                let task = world.tasks[visibility]!
                let canaries = world.canaries[visibility]!
                let ways: [(String, Reply)] = [
                    ("task page", try await app.send(.get, "/tasks/\(task.id)", as: browser)),
                    ("API task", try await app.send(.get, "/api/v1/tasks/\(task.id)", as: apiClient)),
                    ("API responses", try await app.send(.get, "/api/v1/tasks/\(task.id)/responses", as: apiClient)),
                ]
                for (way, reply) in ways {
                    #expect(reply.status == (allowed ? .ok : .notFound), "\(reader) got \(reply.status) for the \(visibility) \(way)")
                    if allowed {
                        #expect(
                            reply.text.contains(canaries[2]) == (employee && way != "API task"), "\(reader): \(visibility) \(way) response")
                    } else {
                        for canary in canaries { #expect(!reply.text.contains(canary), "\(reader): \(visibility) \(way) leaks \(canary)") }
                    }
                }
                if reader != .anonymous {
                    let respond = try await app.send(
                        .post, "/api/v1/tasks/\(task.id)/responses", as: apiClient, json: #"{"body": "late"}"#)
                    #expect(respond.status == (allowed ? .conflict : .notFound), "\(reader): responding to the closed \(visibility) task")
                }
            }

            // then: the author's profile names the tasks that thanked them, as far as the reader may see their responses
            let profile = try await app.send(.get, "/members/author", as: browser)
            for visibility in Visibility.allCases {
                let shown = profile.text.contains(world.canaries[visibility]![0])
                #expect(shown == (reader.sees.contains(visibility) && employee), "\(reader): thanks for the \(visibility) task")
            }

            // then: the mixed task names and counts only the questions and answers the reader may see
            let mixed = try await app.send(.get, "/api/v1/tasks/\(world.mixed.id)", as: apiClient)
            let visible = Visibility.allCases.filter { reader.sees.contains($0) }.count
            #expect(mixed.json["respondents"] as? Int == visible, "\(reader): the mixed task counts \(mixed.json["respondents"] ?? "")")
            #expect((mixed.json["targets"] as? [Any])?.count == visible, "\(reader): the mixed task's questions")
            let responses = try await app.send(.get, "/api/v1/tasks/\(world.mixed.id)/responses", as: apiClient)
            #expect((responses.json["items"] as? [Any])?.count == visible, "\(reader): the mixed task's responses")
            let page = try await app.send(.get, "/tasks/\(world.mixed.id)", as: browser)
            for visibility in Visibility.allCases {
                #expect(
                    page.text.contains(world.canaries[visibility]![4]) == reader.sees.contains(visibility),
                    "\(reader): the mixed task names the \(visibility) question")
            }
        }
    }
}
