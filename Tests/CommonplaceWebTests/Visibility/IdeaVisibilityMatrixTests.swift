import CommonplaceCore
import Foundation
import HTTPTypes
import Testing

/// Every reader × every visibility × every way of reading ideas and campaigns: lists, pages, the API, search, similar
/// items, supports, answers, merges, enhancement requests, and the counts campaigns show. Each item carries canaries.
@Suite("Idea visibility matrix")
struct IdeaVisibilityMatrixTests {
    typealias Reader = VisibilityMatrixTests.Reader

    struct World {
        let base: VisibilityMatrixTests.World
        let campaigns: [Visibility: Campaign]
        let ideas: [Visibility: Idea]
        let requests: [Visibility: Idea]
        /// A public campaign holding one idea of each visibility, for its counts.
        let mixed: Campaign
        /// Campaign, idea, body, tag, comment, answer, duplicate, merge reason and request canaries of each visibility.
        let canaries: [Visibility: [String]]

        static func build(in store: Store) async throws -> World {
            let base = try await VisibilityMatrixTests.World.build(in: store)
            let author = try await store.members.find(handle: "author")!
            let everyone = base.readers.values.map { $0 }
            var campaigns: [Visibility: Campaign] = [:]
            var ideas: [Visibility: Idea] = [:]
            var requests: [Visibility: Idea] = [:]
            var canaries: [Visibility: [String]] = [:]
            let mixed = try await store.campaigns.create(
                CampaignDraft(space: "matrix", title: "mixed campaign", brief: "Everyone sees this.", visibility: .public), by: author)
            for visibility in Visibility.allCases {
                let mark = "m" + UUID().uuidString.prefix(8).lowercased()
                let words = ["campaign", "idea", "body", "tag", "comment", "answer", "duplicate", "merge", "request"].map {
                    "\($0)-\(visibility.rawValue)-\(mark)"
                }
                let audience: Audience =
                    switch visibility {
                    case .partners: Audience(accounts: ["account-a"])
                    case .private: Audience(members: ["customer-b"])
                    default: Audience()
                    }
                let campaign = try await store.campaigns.create(
                    CampaignDraft(space: "matrix", title: words[0], brief: "brief", visibility: visibility, audience: audience), by: author)
                let idea = try await store.ideas.create(
                    NewIdea(campaignId: campaign.id, title: words[1], body: "text \(words[2])", tags: [words[3]]), by: author)
                _ = try await store.conversations.reply(to: idea.id, body: words[4], by: author)
                for reader in everyone { _ = try? await store.ideas.support(idea.id, by: reader) }
                _ = try await store.ideas.answer(idea.id, status: .underReview, note: words[5], by: author)
                let duplicate = try await store.ideas.create(
                    NewIdea(campaignId: campaign.id, title: words[6], body: "same"), by: author)
                _ = try await store.ideas.merge(duplicate.id, into: idea.id, reason: words[7], by: author)
                _ = try await store.ideas.create(
                    NewIdea(campaignId: mixed.id, title: "in mixed \(mark)", body: "counted", visibility: visibility, audience: audience),
                    by: author)
                let question = try await store.conversations.create(
                    NewConversation(
                        space: "matrix", kind: .question, title: "question \(mark)", body: "asked", visibility: visibility,
                        audience: audience),
                    by: author)
                requests[visibility] = try await store.ideas.raise(
                    NewEnhancementRequest(threadId: question.id, title: words[8], body: "requested", owner: "employee"), by: author)
                campaigns[visibility] = campaign
                ideas[visibility] = try await store.ideas.find(id: idea.id, for: .signedIn(author))
                canaries[visibility] = words
            }
            return World(base: base, campaigns: campaigns, ideas: ideas, requests: requests, mixed: mixed, canaries: canaries)
        }
    }

    @Test(arguments: Reader.allCases)
    func ideaReaderSeesExactlyWhatTheRulesAllow(_ reader: Reader) async throws {
        try await TestApp.run { app in
            // given
            let world = try await World.build(in: app.store)
            let (browser, apiClient) = try await world.base.visitors(reader, in: app.store)
            let marks = Visibility.allCases.map { world.canaries[$0]![1] }.joined(separator: "+")

            // when: every list an idea, a campaign or a request can appear in
            let lists: [(String, Reply)] = [
                ("ideas", try await app.send(.get, "/ideas", as: browser)),
                ("newest ideas", try await app.send(.get, "/ideas?order=newest", as: browser)),
                ("campaigns", try await app.send(.get, "/campaigns", as: browser)),
                ("home feed", try await app.send(.get, "/", as: browser)),
                ("profile", try await app.send(.get, "/members/author", as: browser)),
                ("API feed", try await app.send(.get, "/api/v1/feed?limit=100", as: apiClient)),
                ("search", try await app.send(.get, "/search?q=text", as: browser)),
                ("API ideas", try await app.send(.get, "/api/v1/ideas?order=newest&limit=100", as: apiClient)),
                ("API campaigns", try await app.send(.get, "/api/v1/campaigns", as: apiClient)),
                ("API requests", try await app.send(.get, "/api/v1/enhancement-requests", as: apiClient)),
                ("API similar", try await app.send(.get, "/api/v1/similar?text=\(marks)", as: apiClient)),
            ]

            // then
            for (way, reply) in lists {
                #expect(reply.status == .ok, "\(way) answered \(reply.status)")
                for visibility in Visibility.allCases {
                    let shown = [0, 1, 8].contains { reply.text.contains(world.canaries[visibility]![$0]) }
                    if !reader.sees.contains(visibility) {
                        #expect(!shown, "\(reader) sees the \(visibility) idea, campaign or request on \(way)")
                        for canary in world.canaries[visibility]! {
                            #expect(!reply.text.contains(canary), "\(reader): \(visibility) leaks \(canary) on \(way)")
                        }
                    } else if !["API similar", "home feed", "profile", "API feed"].contains(way) {
                        #expect(shown, "\(reader) misses the \(visibility) items on \(way)")
                    }
                }
            }

            // then: the news of answers, on the home page and in the API, names every idea the reader backs and may
            // see, and no other
            if reader != .anonymous {
                let home = try await app.send(.get, "/", as: browser)
                let api = try await app.send(.get, "/api/v1/me/idea-answers", as: apiClient)
                for visibility in Visibility.allCases {
                    let allowed = reader.sees.contains(visibility)
                    let answer = world.canaries[visibility]![5]
                    #expect(home.text.contains(answer) == allowed, "\(reader): the \(visibility) answer at home")
                    #expect(api.text.contains(answer) == allowed, "\(reader): the \(visibility) answer in the API")
                    for canary in world.canaries[visibility]! where !allowed {
                        #expect(!api.text.contains(canary), "\(reader): \(visibility) leaks \(canary) in the API's answers")
                    }
                }
            }

            // then: each idea is on its tag's page exactly for those who may see it
            for visibility in Visibility.allCases {
                let tagPage = try await app.send(.get, "/tags/\(world.canaries[visibility]![3])", as: browser)
                #expect(
                    tagPage.text.contains(world.canaries[visibility]![1]) == reader.sees.contains(visibility),
                    "\(reader): the \(visibility) idea on its tag page")
            }

            // then: each item answers as if it did not exist, unless the reader may see it
            for visibility in Visibility.allCases {
                let allowed = reader.sees.contains(visibility)
                let (idea, campaign, request) = (world.ideas[visibility]!, world.campaigns[visibility]!, world.requests[visibility]!)
                let ways: [(String, Reply, String?)] = [
                    ("idea page", try await app.send(.get, "/ideas/\(idea.id)", as: browser), world.canaries[visibility]![4]),
                    ("campaign page", try await app.send(.get, "/campaigns/\(campaign.id)", as: browser), world.canaries[visibility]![1]),
                    ("request page", try await app.send(.get, "/ideas/\(request.id)", as: browser), world.canaries[visibility]![8]),
                    ("API idea", try await app.send(.get, "/api/v1/ideas/\(idea.id)", as: apiClient), world.canaries[visibility]![2]),
                    (
                        "API answers", try await app.send(.get, "/api/v1/ideas/\(idea.id)/answers", as: apiClient),
                        world.canaries[visibility]![5]
                    ),
                    ("API supporters", try await app.send(.get, "/api/v1/ideas/\(idea.id)/supporters", as: apiClient), nil),
                    (
                        "API campaign", try await app.send(.get, "/api/v1/campaigns/\(campaign.id)", as: apiClient),
                        world.canaries[visibility]![0]
                    ),
                    ("thread address", try await app.send(.get, "/threads/\(idea.id)", as: browser), nil),
                ]
                for (way, reply, canary) in ways {
                    let expected: HTTPResponse.Status = allowed ? (way == "thread address" ? .seeOther : .ok) : .notFound
                    #expect(reply.status == expected, "\(reader) got \(reply.status) for the \(visibility) \(way)")
                    if let canary { #expect(reply.text.contains(canary) == allowed, "\(reader): \(visibility) \(way) shows \(canary)") }
                    if !allowed {
                        for canary in world.canaries[visibility]! {
                            #expect(!reply.text.contains(canary), "\(reader): \(visibility) \(way) leaks \(canary)")
                        }
                    }
                }
                if reader != .anonymous {
                    let support = try await app.send(.put, "/api/v1/ideas/\(idea.id)/support", as: apiClient)
                    #expect(support.status == (allowed ? .ok : .notFound), "\(reader): supporting the \(visibility) idea")
                }
            }

            // then: counts over what the reader may see — the mixed campaign's ideas, and supporters by name only for employees
            let visible = Visibility.allCases.filter { reader.sees.contains($0) }.count
            let mixed = try await app.send(.get, "/api/v1/campaigns/\(world.mixed.id)", as: apiClient)
            #expect(mixed.json["ideaCount"] as? Int == visible, "\(reader): the mixed campaign counts \(mixed.json["ideaCount"] ?? "")")
            #expect((mixed.json["funnel"] as? [String: Int])?["new"] == visible, "\(reader): the mixed campaign's funnel")
            let publicIdea = world.ideas[.public]!
            let supporters = try await app.send(.get, "/api/v1/ideas/\(publicIdea.id)/supporters", as: apiClient)
            let names = (supporters.json["members"] as? [[String: Any]]) ?? []
            let employee = [.employee, .moderator, .admin].contains(reader)
            #expect(names.isEmpty != employee, "\(reader): supporter names")
            #expect(((supporters.json["accounts"] as? [Any]) ?? []).isEmpty != employee, "\(reader): demand by account")
        }
    }
}
