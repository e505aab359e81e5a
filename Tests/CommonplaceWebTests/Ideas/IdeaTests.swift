import CommonplaceCore
import Foundation
import Testing

/// Ideas: submitting, supporting, answering with a note, merging duplicates with consent, and the pages that show them.
@Suite("Ideas")
struct IdeaTests {
    typealias Cast = ConversationTests.Cast

    @Test func oneSupportPerMemberWithdrawableUntilTheIdeaIsDecided() async throws {
        try await TestApp.run { app in
            // given: an idea by the employee, which they support from the start
            let cast = try await Cast.make(in: app.store)
            let idea = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Self-cleaning glass", body: "A coating that keeps the glass clear."), by: cast.employee)
            #expect(idea.supportCount == 1 && idea.supported)
            #expect(idea.status == .new && idea.customerRole == .coCreator)

            // when: the customer supports it twice, through the idea page's form and a list's (which names no page)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let fromPage = try await app.send(
                .post, "/ideas/\(idea.id)/support", as: customer, form: ["action": "support", "return_to": "/ideas/\(idea.id)"])
            let fromList = try await app.send(.post, "/ideas/\(idea.id)/support", as: customer, form: ["action": "support"])

            // then: each comes back where it was
            #expect(fromPage.status == .seeOther && fromPage.headers[.location] == "/ideas/\(idea.id)#idea-\(idea.id)")
            #expect(fromList.status == .seeOther && fromList.headers[.location] == "/ideas#idea-\(idea.id)")

            // then: one support each
            #expect(try await app.store.ideas.find(id: idea.id, for: .signedIn(cast.customer)).supportCount == 2)

            // when: they withdraw, and support again
            _ = try await app.store.ideas.withdraw(idea.id, by: cast.customer)
            #expect(try await app.store.ideas.find(id: idea.id, for: .signedIn(cast.customer)).supportCount == 1)
            _ = try await app.store.ideas.support(idea.id, by: cast.customer)

            // when: a moderator declines it
            _ = try await app.store.ideas.answer(idea.id, status: .declined, note: "Coatings wear off within a season.", by: cast.moderator)

            // then: supports are frozen both ways, and nothing changes
            await #expect(throws: StoreError.self) { try await app.store.ideas.withdraw(idea.id, by: cast.customer) }
            let frozen = try await app.send(
                .post, "/ideas/\(idea.id)/support", as: try await Visitor.browser(cast.moderator, in: app.store),
                form: ["action": "support"])
            #expect(frozen.status == .conflict)
            #expect(try await app.store.ideas.find(id: idea.id, for: .signedIn(cast.customer)).supportCount == 2)
        }
    }

    @Test func supporterNamesAndAccountsAreForEmployeesOnly() async throws {
        try await TestApp.run { app in
            // given: supporters from two customer accounts
            let cast = try await Cast.make(in: app.store)
            let other = try await app.store.accounts.create(slug: "globex", name: "Globex", kind: .customer)
            let rival = try await app.store.makeMember("gina", kind: .external, relation: .customer, account: other)
            _ = try await app.store.spaces.join(slug: "support", member: rival)
            let idea = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Remote thermostat", body: "Set the stove from a phone."), by: cast.customer)
            _ = try await app.store.ideas.support(idea.id, by: rival)

            // when
            let asCustomer = try await app.store.ideas.supporters(of: idea.id, for: .signedIn(cast.customer))
            let asEmployee = try await app.store.ideas.supporters(of: idea.id, for: .signedIn(cast.employee))
            let page = try await app.send(.get, "/ideas/\(idea.id)", as: try await Visitor.browser(cast.customer, in: app.store))
            let employeePage = try await app.send(.get, "/ideas/\(idea.id)", as: try await Visitor.browser(cast.employee, in: app.store))

            // then: the count for everyone; the names and the companies behind them only for employees
            #expect(asCustomer.count == 2 && asCustomer.mine && asCustomer.members.isEmpty && asCustomer.accounts.isEmpty)
            #expect(asEmployee.members.map(\.handle) == ["cora", "gina"])
            #expect(asEmployee.accounts.map(\.slug).sorted() == ["acme", "globex"])
            #expect(!page.text.contains("Globex") && !page.text.contains("Gina"))
            #expect(employeePage.text.contains("Globex (1)") && employeePage.text.contains("2 accounts"))
        }
    }

    @Test func trendingPutsRecentSupportFirstThenAllSupportAcrossPages() async throws {
        try await TestApp.run { app in
            // given: an idea with many old supports, one with a few recent ones, one with one recent, one with none
            let cast = try await Cast.make(in: app.store)
            let month = 30 * 86_400
            var backers: [Member] = []
            for number in 0..<4 { backers.append(try await app.store.makeMember("backer\(number)")) }
            func idea(_ title: String, by author: Member) async throws -> Idea {
                try await app.store.ideas.create(NewIdea(space: "support", title: title, body: "Details."), by: author)
            }
            let supporters = backers
            try await Clock.$pinned.withValue(Clock.now() - 2 * month) {
                let old = try await idea("Old favourite", by: cast.moderator)
                for backer in supporters { _ = try await app.store.ideas.support(old.id, by: backer) }
                _ = try await idea("Quiet one", by: cast.moderator)
            }
            let rising = try await idea("Rising", by: cast.employee)
            _ = try await app.store.ideas.support(rising.id, by: backers[0])
            _ = try await idea("Fresh", by: cast.customer)

            // when
            let viewer = Viewer.signedIn(cast.employee)
            let all = try await app.store.ideas.list(IdeaFilter(spaceId: cast.space.id, limit: 10), for: viewer).map(\.title)
            let first = try await app.store.ideas.list(IdeaFilter(spaceId: cast.space.id, limit: 2), for: viewer).map(\.title)
            let second = try await app.store.ideas.list(IdeaFilter(spaceId: cast.space.id, limit: 2, offset: 2), for: viewer).map(\.title)

            // then: recent supports first (two, then one), then by all supports (five, then one)
            #expect(all == ["Rising", "Fresh", "Old favourite", "Quiet one"], "\(all)")
            #expect(first + second == all)

            // when: past the window, on the same server, the recent supports have aged out
            let aged = try await Clock.$pinned.withValue(Clock.now() + IdeaOrder.trendingWindow + 3_600) {
                try await app.store.ideas.list(IdeaFilter(spaceId: cast.space.id, limit: 10), for: viewer).map(\.title)
            }

            // then: all supports order them
            #expect(aged == ["Old favourite", "Rising", "Fresh", "Quiet one"], "\(aged)")
        }
    }

    @Test func everyStatusChangeCarriesANoteThatReachesSupportersAndFollowers() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let idea = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Ash drawer with a handle", body: "Emptying it burns fingers."), by: cast.customer)
            _ = try await app.store.ideas.support(idea.id, by: cast.employee)
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)

            // when: a status change without a note
            let bare = try await app.send(.post, "/ideas/\(idea.id)/answer", as: moderator, form: ["status": "accepted", "note": "  "])

            // then: refused, nothing written
            #expect(bare.status == .unprocessableContent)
            #expect(try await app.store.count("idea_answers") == 0)
            #expect(try await app.store.ideas.find(id: idea.id, for: .signedIn(cast.customer)).status == .new)

            // when: with a note, and later news of progress at the same status
            _ = try await app.send(
                .post, "/ideas/\(idea.id)/answer", as: moderator, form: ["status": "accepted", "note": "Planned for the spring models."])
            _ = try await app.store.ideas.answer(idea.id, status: .accepted, note: "Prototype handles are in testing.", by: cast.moderator)

            // then: the submitter and the supporter each hear both, and the page keeps the history
            for member in [cast.customer, cast.employee] {
                let texts = try await app.store.notifications.list(for: member).filter { $0.kind == "idea-status" }.map(\.text)
                #expect(texts.count == 2, "\(member.handle): \(texts)")
                #expect(texts.contains { $0.contains("is now accepted: Planned for the spring models.") })
            }
            let page = try await app.send(.get, "/ideas/\(idea.id)", as: try await Visitor.browser(cast.customer, in: app.store))
            #expect(page.text.contains("Planned for the spring models.") && page.text.contains("Prototype handles are in testing."))

            // when: a customer, not a moderator, tries to answer
            let refused = try await app.send(
                .post, "/ideas/\(idea.id)/answer", as: try await Visitor.browser(cast.customer, in: app.store),
                form: ["status": "launched", "note": "Done!"])
            #expect(refused.status == .forbidden)
        }
    }

    @Test func aMergedDuplicateMovesItsSupportsWithConsent() async throws {
        try await TestApp.run { app in
            // given: two ideas saying the same, supported by different people
            let cast = try await Cast.make(in: app.store)
            let original = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Pellet level sensor", body: "Warn before the hopper runs empty."), by: cast.employee)
            let duplicate = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Tell me when pellets run low", body: "An alert on low pellets."), by: cast.customer)
            let reply = try await app.store.conversations.reply(to: duplicate.id, body: "Yes please", by: cast.employee)

            // when: a moderator merges the duplicate
            let merged = try await app.store.ideas.merge(duplicate.id, into: original.id, reason: "Same sensor.", by: cast.moderator)

            // then: the supports moved, the duplicate points at the original, and its discussion stays readable
            #expect(merged.supportCount == 2)
            let old = try await app.store.ideas.find(id: duplicate.id, for: .signedIn(cast.customer))
            #expect(old.status == .duplicate && old.duplicateOf == original.id)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let oldPage = try await app.send(.get, "/ideas/\(duplicate.id)", as: customer)
            #expect(oldPage.text.contains("Yes please") && oldPage.text.contains("reply-\(reply.id)"))
            let told = try await app.store.notifications.list(for: cast.customer).first { $0.kind == "idea-merged" }
            #expect(told?.destination == .idea(original.id))

            // when: the customer opens the original from the notification and withdraws in one step
            let page = try await app.send(.get, "/ideas/\(original.id)", as: customer)
            #expect(page.text.contains("Your support moved here from"))
            _ = try await app.send(.post, "/ideas/\(original.id)/support", as: customer, form: ["action": "withdraw"])

            // then
            #expect(try await app.store.ideas.find(id: original.id, for: .signedIn(cast.customer)).supportCount == 1)
            #expect(try await app.store.ideas.movedSupport(on: original.id, of: cast.customer) == nil)
        }
    }

    /// Found by the model-based test: the merge notice was tied to the duplicate, which its submitter always reads, while
    /// it named the idea it went into, which they may no longer read.
    @Test func theMergeNoticeIsReadUnderTheRuleOfTheIdeaItNames() async throws {
        try await TestApp.run { app in
            // given: an employee's internal idea merged into another internal idea
            let cast = try await Cast.make(in: app.store)
            let ivy = try await app.store.makeMember("ivy")
            _ = try await app.store.makeMember("root", role: .admin)
            _ = try await app.store.spaces.join(slug: "support", member: ivy)
            let mine = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Cheaper castings", body: "Two foundries.", visibility: .internal), by: ivy)
            let theirs = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Secret foundry deal", body: "One supplier.", visibility: .internal), by: cast.moderator)
            _ = try await app.store.ideas.merge(mine.id, into: theirs.id, reason: "Same cost question.", by: cast.moderator)
            #expect(try await app.store.notifications.list(for: ivy).contains { $0.kind == "idea-merged" })

            // when: the employee leaves the company's staff and becomes a customer
            _ = try await app.store.members.setStanding(of: "ivy", role: .member, kind: .external, relation: .customer, accountId: nil)
            let former = try await app.store.members.find(handle: "ivy")!

            // then: they still read their own idea, but nothing names the one they may no longer read
            _ = try await app.store.ideas.find(id: mine.id, for: .signedIn(former))
            let texts = try await app.store.notifications.list(for: former).map(\.text)
            #expect(!texts.contains { $0.contains("Secret foundry deal") }, "\(texts)")
        }
    }

    @Test func mergesAcrossVisibilitiesAreRefused() async throws {
        try await TestApp.run { app in
            // given: an internal idea and a public one
            let cast = try await Cast.make(in: app.store)
            let internalIdea = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Cheaper castings", body: "Source from two foundries.", visibility: .internal),
                by: cast.employee)
            let publicIdea = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Cheaper stoves", body: "Lower prices."), by: cast.customer)
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)

            // when
            let refused = try await app.send(
                .post, "/ideas/\(internalIdea.id)/merge", as: moderator, form: ["into": "\(publicIdea.id)", "reason": "Both about cost."])

            // then: nothing moved
            #expect(refused.status == .unprocessableContent || refused.status == .conflict)
            #expect(try await app.store.ideas.find(id: internalIdea.id, for: .signedIn(cast.employee)).status == .new)
            #expect(try await app.store.ideas.find(id: publicIdea.id, for: .signedIn(cast.employee)).supportCount == 1)
        }
    }

    @Test func campaignsAreRunByModeratorsAndTakeIdeasOnlyWhileOpen() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let draft = CampaignDraft(
                space: "support", title: "How could we make lighting a stove easier?", brief: "Tell us what gets in the way.",
                visibility: .partners, audience: Audience(accounts: ["acme"]),
                goals: [CampaignDraft.GoalDraft(description: "Ten ideas", metric: .ideas, target: 10)])

            // when: an employee who does not moderate tries, then the moderator
            await #expect(throws: StoreError.self) { try await app.store.campaigns.create(draft, by: cast.employee) }
            let campaign = try await app.store.campaigns.create(draft, by: cast.moderator)

            // then: an idea to it takes the campaign's visibility and audience, and counts toward its goal
            let idea = try await app.store.ideas.create(
                NewIdea(campaignId: campaign.id, title: "A fire starter drawer", body: "Keep fire starters at hand."), by: cast.customer)
            #expect(idea.visibility == .partners && idea.audience.accounts == ["acme"])
            #expect(idea.campaign?.id == campaign.id && idea.customerRole == .user)
            #expect(try await app.store.campaigns.goals(of: campaign.id, for: .signedIn(cast.moderator)).first?.current == 1)

            // when: the moderator renames it through the API, leaving the visibility and audience out
            let renamed = try await app.send(
                .put, "/api/v1/campaigns/\(campaign.id)", as: try await Visitor.apiClient(cast.moderator, in: app.store),
                json: #"{"title": "How could lighting be easier?", "brief": "Tell us what gets in the way."}"#)

            // then: they stay as they were
            #expect(renamed.status == .ok && renamed.json["visibility"] as? String == "partners")
            #expect((renamed.json["audience"] as? [String: Any])?["accounts"] as? [String] == ["acme"])

            // when: the campaign stops taking ideas, and someone names a campaign that does not exist
            var closed = draft
            closed.accepting = false
            _ = try await app.store.campaigns.update(campaign.id, closed, by: cast.moderator)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            let late = try await app.send(
                .post, "/ideas", as: customer, form: ["campaign": "\(campaign.id)", "title": "Late", "body": "Too late", "confirmed": "1"])
            let unknown = try await app.send(
                .post, "/ideas", as: customer, form: ["campaign": "999999", "title": "Lost", "body": "Nowhere", "confirmed": "1"])

            // then: both refused, nothing written
            #expect(late.status == .conflict)
            #expect(unknown.status == .unprocessableContent && unknown.text.contains("No campaign has the number 999999"))
            #expect(try await app.store.count("ideas") == 1)
        }
    }

    @Test func theThreadAddressOfAnIdeaLeadsToTheIdeaAndThreadListsLeaveIdeasOut() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let idea = try await app.store.ideas.create(
                NewIdea(space: "support", title: "Glass door latch", body: "One-handed latch."), by: cast.employee)
            let reply = try await app.store.conversations.reply(to: idea.id, body: "Good one", by: cast.customer)
            let customer = try await Visitor.browser(cast.customer, in: app.store)

            // when
            let viaThread = try await app.send(.get, "/threads/\(idea.id)?reply=\(reply.id)", as: customer)
            let threads = try await app.send(.get, "/threads", as: customer)
            let ideas = try await app.send(.get, "/ideas?order=newest", as: customer)

            // then
            #expect(viaThread.status == .seeOther && viaThread.headers[.location] == "/ideas/\(idea.id)?reply=\(reply.id)")
            #expect(!threads.text.contains("Glass door latch"))
            #expect(ideas.text.contains("href=\"/ideas/\(idea.id)\""))
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Latch sticks", body: "Why?"), by: cast.customer)
            #expect(try await app.send(.get, "/ideas/\(thread.id)", as: customer).status == .notFound, "a thread is no idea")
        }
    }

    @Test func answersReachTheHomePagesOfThoseWhoBackTheIdeaForAMonth() async throws {
        try await TestApp.run { app in
            // given: an idea by the customer, supported by the employee, followed by a member of the space
            let cast = try await Cast.make(in: app.store)
            let follower = try await app.store.makeMember("fred")
            let bystander = try await app.store.makeMember("bea")
            let idea = try await app.store.ideas.create(
                NewIdea(space: "support", title: "A thermometer on the flue", body: "To know when to add wood."), by: cast.customer)
            _ = try await app.store.ideas.support(idea.id, by: cast.employee)
            try await app.store.follows.follow(.item(idea.id), by: follower)

            // when: a moderator answers it
            let answeredAt = Clock.now()
            _ = try await app.store.ideas.answer(idea.id, status: .accepted, note: "Coming with the spring models.", by: cast.moderator)

            // then: the submitter, the supporter and the follower read the answer on their home page; the moderator who
            // gave it and a bystander do not
            for member in [cast.customer, cast.employee, follower] {
                let home = try await app.send(.get, "/", as: try await Visitor.browser(member, in: app.store))
                #expect(home.text.contains("Answers on ideas you back"), "\(member.handle)")
                #expect(home.text.contains("Coming with the spring models.") && home.text.contains("href=\"/ideas/\(idea.id)#answer\""))
            }
            for member in [cast.moderator, bystander] {
                let home = try await app.send(.get, "/", as: try await Visitor.browser(member, in: app.store))
                #expect(!home.text.contains("Coming with the spring models."), "\(member.handle)")
            }

            // then: the API gives the follower the same news
            let api = try await app.send(.get, "/api/v1/me/idea-answers", as: try await Visitor.apiClient(follower, in: app.store))
            let items = try #require(api.json["items"] as? [[String: Any]])
            #expect(api.status == .ok && items.count == 1)
            #expect((items.first?["idea"] as? [String: Any])?["id"] as? Int == idea.id)
            #expect((items.first?["answer"] as? [String: Any])?["note"] as? String == "Coming with the spring models.")

            // when: a month has passed
            let later = try await Clock.$pinned.withValue(answeredAt + IdeaAnswer.recentWindow + 60) {
                try await app.store.ideas.recentAnswers(for: cast.customer)
            }

            // then: it is no longer news
            #expect(try await app.store.ideas.recentAnswers(for: cast.customer).map(\.answer.note) == ["Coming with the spring models."])
            #expect(later.isEmpty)
        }
    }

    @Test func anIdeaPageDescribesItselfAsJSONLDWithoutNamingItsSupporters() async throws {
        try await TestApp.run { app in
            // given: an idea with a tag, a comment and a second supporter
            let cast = try await Cast.make(in: app.store)
            let idea = try await app.store.ideas.create(
                NewIdea(space: "support", title: "A <quiet> fan", body: "The fan hums at night.", tags: ["noise"]), by: cast.customer)
            _ = try await app.store.ideas.support(idea.id, by: cast.employee)
            _ = try await app.store.conversations.reply(to: idea.id, body: "Mine too.", by: cast.employee)

            // when
            let page = try await app.send(.get, "/ideas/\(idea.id)", as: try await Visitor.browser(cast.customer, in: app.store))

            // then: a DiscussionForumPosting with its counts, in a script no text can close early
            let start = try #require(page.text.range(of: "<script type=\"application/ld+json\">"))
            let end = try #require(page.text.range(of: "</script>", range: start.upperBound..<page.text.endIndex))
            let script = String(page.text[start.upperBound..<end.lowerBound])
            #expect(!script.contains("<"))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
            #expect(json["@type"] as? String == "DiscussionForumPosting")
            #expect(json["headline"] as? String == "A <quiet> fan" && json["keywords"] as? [String] == ["noise"])
            #expect((json["url"] as? String)?.hasSuffix("/ideas/\(idea.id)") == true)
            #expect(json["creativeWorkStatus"] as? String == "New" && json["commentCount"] as? Int == 1)
            let counters = try #require(json["interactionStatistic"] as? [[String: Any]])
            #expect(
                counters.first { ($0["interactionType"] as? String)?.hasSuffix("LikeAction") == true }?["userInteractionCount"] as? Int == 2
            )
            #expect((json["isPartOf"] as? [String: Any])?["name"] as? String == cast.space.name)
            #expect(!script.contains(cast.employee.name), "the supporter's name")
        }
    }

    @Test func theIdeaListOffersTheOpenCampaignsAndTheOneChosen() async throws {
        try await TestApp.run { app in
            // given: a campaign taking ideas and one that has stopped
            let cast = try await Cast.make(in: app.store)
            let open = try await app.store.campaigns.create(
                CampaignDraft(space: "support", title: "How could stoves be quieter?", brief: "Noise."), by: cast.moderator)
            let closed = try await app.store.campaigns.create(
                CampaignDraft(space: "support", title: "How could ash be cleaner?", brief: "Ash.", accepting: false), by: cast.moderator)
            let customer = try await Visitor.browser(cast.customer, in: app.store)

            // when
            let all = try await app.send(.get, "/ideas", as: customer)
            let chosen = try await app.send(.get, "/ideas?campaign=\(closed.id)", as: customer)

            // then: the filter offers the open one; the closed one only once chosen (its page links there)
            #expect(all.text.contains("<option value=\"\(open.id)\">How could stoves be quieter?</option>"))
            #expect(!all.text.contains("How could ash be cleaner?"))
            #expect(chosen.text.contains("<option value=\"\(closed.id)\" selected>How could ash be cleaner?</option>"))
            #expect(chosen.text.contains("<option value=\"\(open.id)\">"))
        }
    }
}
