import CommonplaceCore
import Foundation
import Testing

/// Every reader × every visibility level × every way of reading a post.
///
/// Each post carries a unique canary string; a reader who may not see a post must not find its
/// canary anywhere, and item reads must answer 404 exactly as for a post that does not exist.
@Suite("Visibility matrix")
struct VisibilityMatrixTests {
    /// The people who read, as the foundation issue names them.
    enum Reader: String, CaseIterable, CustomTestStringConvertible {
        case anonymous, customerAtA, customerAtB, supplier, volunteer, employee, spaceMember, moderator, admin

        var testDescription: String { rawValue }

        /// What this reader may see of the five posts.
        var sees: Set<Visibility> {
            switch self {
            case .anonymous, .supplier, .volunteer: [.public]
            case .customerAtA: [.public, .partners]
            case .customerAtB: [.public, .private]
            case .employee: [.public, .internal, .partners]
            case .spaceMember: [.public, .space]
            case .moderator, .admin: [.public, .space, .internal, .partners]
            }
        }
    }

    /// A space with one post at each visibility level and a member for every reader.
    struct World {
        let readers: [Reader: Member]
        let posts: [Visibility: Post]
        let canaries: [Visibility: String]
        let articles: [Visibility: Article]
        /// Title, body and tag canaries of each article.
        let articleCanaries: [Visibility: [String]]
        /// An open suggested edit on each article, with a canary comment.
        let suggestions: [Visibility: (id: Int, canary: String)]

        /// The reader as a signed-in browser and as an API client; a visitor for `.anonymous`.
        func visitors(_ reader: Reader, in store: Store) async throws -> (browser: Visitor, api: Visitor) {
            guard let member = readers[reader] else { return (.anonymous, .anonymous) }
            return (try await Visitor.browser(member, in: store), try await Visitor.apiClient(member, in: store))
        }

        static func build(in store: Store) async throws -> World {
            let accountA = try await store.accounts.create(slug: "account-a", name: "Account A", kind: .customer)
            let accountB = try await store.accounts.create(slug: "account-b", name: "Account B", kind: .customer)
            let author = try await store.makeMember("author")
            var readers: [Reader: Member] = [:]
            readers[.customerAtA] = try await store.makeMember("customer-a", kind: .external, relation: .customer, account: accountA)
            readers[.customerAtB] = try await store.makeMember("customer-b", kind: .external, relation: .customer, account: accountB)
            readers[.supplier] = try await store.makeMember("supplier", kind: .external, relation: .supplier)
            readers[.volunteer] = try await store.makeMember("volunteer", kind: .external, relation: .volunteer)
            readers[.employee] = try await store.makeMember("employee")
            readers[.spaceMember] = try await store.makeMember("space-member", kind: .external, relation: .partner)
            readers[.moderator] = try await store.makeMember("moderator")
            readers[.admin] = try await store.makeMember("admin", role: .admin)
            let space = try await store.makeSpace(
                "matrix", by: author, goals: [NewGoal(description: "Posts", metric: .posts, target: 100)])
            _ = try await store.spaces.join(slug: space.slug, member: readers[.spaceMember]!)
            try await store.spaces.admit(handle: "moderator", to: space.slug, role: .moderator, by: author)
            var posts: [Visibility: Post] = [:]
            var canaries: [Visibility: String] = [:]
            for visibility in Visibility.allCases {
                let canary = "canary-\(visibility.rawValue)-\(UUID().uuidString.prefix(8))"
                let audience: Audience =
                    switch visibility {
                    case .partners: Audience(accounts: ["account-a"])
                    case .private: Audience(members: ["customer-b"])
                    default: Audience()
                    }
                canaries[visibility] = canary
                posts[visibility] = try await store.posts.create(
                    NewPost(space: space.slug, body: "\(canary) #matrix", visibility: visibility, audience: audience), by: author)
            }
            var articles: [Visibility: Article] = [:]
            var articleCanaries: [Visibility: [String]] = [:]
            for visibility in Visibility.allCases {
                let mark = UUID().uuidString.prefix(8).lowercased()
                let canaries = [
                    "title-\(visibility.rawValue)-\(mark)", "body-\(visibility.rawValue)-\(mark)", "tag-\(visibility.rawValue)-\(mark)",
                ]
                let audience: Audience =
                    switch visibility {
                    case .partners: Audience(accounts: ["account-a"])
                    case .private: Audience(members: ["customer-b"])
                    default: Audience()
                    }
                let first = try await store.articles.create(
                    ArticleDraft(
                        title: canaries[0], body: "first \(canaries[1])", tags: [canaries[2]], visibility: visibility, audience: audience),
                    in: space.slug, by: author)
                var second = ArticleStore.draft(of: first)
                second.body = "second \(canaries[1])"
                articles[visibility] = try await store.articles.update(
                    id: first.id, to: second, base: 1, summary: "summary-\(mark)", by: author)
                articleCanaries[visibility] = canaries + ["summary-\(mark)"]
            }
            var suggestions: [Visibility: (id: Int, canary: String)] = [:]
            for (visibility, article) in articles {
                let canary = "suggest-\(visibility.rawValue)-\(UUID().uuidString.prefix(8).lowercased())"
                let suggestion = try await store.suggestions.suggest(
                    Suggestion(
                        title: article.title, body: "third", tags: article.tags, status: article.status, knowledgeKind: nil, comment: canary
                    ),
                    to: article.id, by: author)
                suggestions[visibility] = (suggestion.id, canary)
            }
            return World(
                readers: readers, posts: posts, canaries: canaries, articles: articles, articleCanaries: articleCanaries,
                suggestions: suggestions)
        }
    }

    @Test(arguments: Reader.allCases)
    func readerSeesExactlyWhatTheRulesAllow(_ reader: Reader) async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            let (browser, apiClient) = try await world.visitors(reader, in: app.store)

            // when: every list a post can appear in
            let lists: [(String, Reply)] = [
                ("home feed", try await app.send(.get, "/", as: browser)),
                ("space page", try await app.send(.get, "/spaces/matrix", as: browser)),
                ("profile page", try await app.send(.get, "/members/author", as: browser)),
                ("tag page", try await app.send(.get, "/tags/matrix", as: browser)),
                ("API list", try await app.send(.get, "/api/v1/posts", as: apiClient)),
                ("API list by space", try await app.send(.get, "/api/v1/posts?space=matrix", as: apiClient)),
                ("API list by author", try await app.send(.get, "/api/v1/posts?author=author", as: apiClient)),
            ]

            // then
            for (way, reply) in lists {
                #expect(reply.status == .ok, "\(way) answered \(reply.status)")
                for visibility in Visibility.allCases {
                    let found = reply.text.contains(world.canaries[visibility]!)
                    #expect(
                        found == reader.sees.contains(visibility),
                        "\(reader) \(found ? "sees" : "misses") the \(visibility) post on the \(way)")
                }
            }
            for visibility in Visibility.allCases {
                let id = world.posts[visibility]!.id
                let allowed = reader.sees.contains(visibility)
                for (way, reply) in [
                    ("HTML page", try await app.send(.get, "/posts/\(id)", as: browser)),
                    ("API item", try await app.send(.get, "/api/v1/posts/\(id)", as: apiClient)),
                ] {
                    #expect(
                        reply.status == (allowed ? .ok : .notFound), "\(reader) got \(reply.status) for the \(visibility) post's \(way)")
                    #expect(reply.text.contains(world.canaries[visibility]!) == allowed, "\(reader): \(visibility) canary on the \(way)")
                }
            }
            let goal = try await app.send(.get, "/spaces/matrix", as: browser)
            #expect(goal.text.contains("\(reader.sees.count) of 100 posts"), "\(reader): the goal counts only visible posts")
            for visibility in Visibility.allCases where !reader.sees.contains(visibility) {
                for canary in world.articleCanaries[visibility]! {
                    #expect(!goal.text.contains(canary), "\(reader): the \(visibility) article leaks on the space page")
                }
            }
        }
    }

    @Test(arguments: Reader.allCases)
    func articleReaderSeesExactlyWhatTheRulesAllow(_ reader: Reader) async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            let (browser, apiClient) = try await world.visitors(reader, in: app.store)

            // when: every list an article can appear in
            let lists: [(String, Reply)] = [
                ("home feed", try await app.send(.get, "/", as: browser)),
                ("profile page", try await app.send(.get, "/members/author", as: browser)),
                ("space page", try await app.send(.get, "/spaces/matrix", as: browser)),
                ("manual", try await app.send(.get, "/spaces/matrix/articles", as: browser)),
                ("space log", try await app.send(.get, "/spaces/matrix/log", as: browser)),
                ("API list", try await app.send(.get, "/api/v1/articles", as: apiClient)),
                ("API manual", try await app.send(.get, "/api/v1/articles?space=matrix", as: apiClient)),
                ("API space log", try await app.send(.get, "/api/v1/spaces/matrix/log", as: apiClient)),
            ]

            // then
            for (way, reply) in lists {
                #expect(reply.status == .ok, "\(way) answered \(reply.status)")
                for visibility in Visibility.allCases {
                    let title = world.articleCanaries[visibility]![0]
                    #expect(
                        reply.text.contains(title) == reader.sees.contains(visibility), "\(reader): \(visibility) article on the \(way)")
                }
            }
            let vocabularies: [(String, Reply)] = [
                ("tag index", try await app.send(.get, "/tags", as: browser)),
                ("API tags", try await app.send(.get, "/api/v1/tags", as: apiClient)),
                ("SKOS export", try await app.send(.get, "/api/v1/tags/scheme", as: apiClient)),
            ]
            for (way, reply) in vocabularies {
                for visibility in Visibility.allCases {
                    let tag = world.articleCanaries[visibility]![2]
                    #expect(
                        reply.text.contains(tag) == reader.sees.contains(visibility),
                        "\(reader): the \(visibility) article's tag on the \(way)")
                }
            }
            for visibility in Visibility.allCases {
                let id = world.articles[visibility]!.id
                let allowed = reader.sees.contains(visibility)
                for (way, reply) in [
                    ("page", try await app.send(.get, "/articles/\(id)", as: browser)),
                    ("history", try await app.send(.get, "/articles/\(id)/history", as: browser)),
                    ("revision", try await app.send(.get, "/articles/\(id)/revisions/1", as: browser)),
                    ("diff", try await app.send(.get, "/articles/\(id)/diff?from=1&to=2", as: browser)),
                    ("log", try await app.send(.get, "/articles/\(id)/log", as: browser)),
                    ("API item", try await app.send(.get, "/api/v1/articles/\(id)", as: apiClient)),
                    ("API revisions", try await app.send(.get, "/api/v1/articles/\(id)/revisions", as: apiClient)),
                    ("API revision", try await app.send(.get, "/api/v1/articles/\(id)/revisions/2", as: apiClient)),
                    ("API diff", try await app.send(.get, "/api/v1/articles/\(id)/diff", as: apiClient)),
                    ("API log", try await app.send(.get, "/api/v1/articles/\(id)/log", as: apiClient)),
                    ("JSON-LD", try await app.send(.get, "/api/v1/articles/\(id)/jsonld", as: apiClient)),
                ] {
                    #expect(
                        reply.status == (allowed ? .ok : .notFound), "\(reader) got \(reply.status) for the \(visibility) article's \(way)")
                    if !allowed {
                        for canary in world.articleCanaries[visibility]! {
                            #expect(!reply.text.contains(canary), "\(reader): \(visibility) article leaks \(canary) on its \(way)")
                        }
                    }
                }
            }
        }
    }

    /// Suggestions are seen by their suggester and the article's editors, while they may read the article.
    @Test(arguments: Reader.allCases)
    func suggestionReaderSeesOnlyWhatTheyMayReview(_ reader: Reader) async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            let (browser, apiClient) = try await world.visitors(reader, in: app.store)
            let reviews = reader == .moderator || reader == .admin

            // when
            let queuePage = try await app.send(.get, "/suggestions", as: browser)
            let queueAPI = try await app.send(.get, "/api/v1/suggestions", as: apiClient)

            // then
            for (visibility, suggestion) in world.suggestions {
                let allowed = reviews && reader.sees.contains(visibility)
                #expect(
                    queuePage.text.contains("href=\"/suggestions/\(suggestion.id)\"") == allowed,
                    "\(reader): \(visibility) suggestion in the review queue")
                #expect(queueAPI.text.contains(suggestion.canary) == allowed, "\(reader): \(visibility) suggestion in the API queue")
                for (way, reply) in [
                    ("page", try await app.send(.get, "/suggestions/\(suggestion.id)", as: browser)),
                    ("API", try await app.send(.get, "/api/v1/suggestions/\(suggestion.id)", as: apiClient)),
                    (
                        "article API",
                        try await app.send(.get, "/api/v1/articles/\(world.articles[visibility]!.id)/suggestions", as: apiClient)
                    ),
                ] {
                    #expect(reply.text.contains(suggestion.canary) == allowed, "\(reader): \(visibility) suggestion on its \(way)")
                    if !allowed {
                        #expect(reply.status != .ok || way == "article API", "\(reader): \(visibility) suggestion \(way) answered 200")
                    }
                }
            }
        }
    }

    @Test func unknownPostAnswersLikeAnInvisibleOne() async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            let stranger = try await Visitor.apiClient(world.readers[.volunteer]!, in: app.store)

            // when
            let invisible = try await app.send(.get, "/api/v1/posts/\(world.posts[.internal]!.id)", as: stranger)
            let missing = try await app.send(.get, "/api/v1/posts/999999", as: stranger)

            // then
            #expect(invisible.status == .notFound)
            #expect(missing.status == .notFound)
            #expect(invisible.json["detail"] as? String == missing.json["detail"] as? String)
        }
    }

    @Test func anonymousSeesNothingWhenAnonymousReadingIsOff() async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            var settings = try await app.store.settings.current()
            settings.anonymousReading = false
            try await app.store.settings.update(settings)

            // when
            let feed = try await app.send(.get, "/")
            let api = try await app.send(.get, "/api/v1/posts")
            let item = try await app.send(.get, "/api/v1/posts/\(world.posts[.public]!.id)")

            // then
            #expect(feed.status == .seeOther)
            #expect(!api.text.contains(world.canaries[.public]!))
            #expect(item.status == .notFound)
        }
    }
}
