import CommonplaceCore
import Testing

/// The model-based test's operations on campaigns, ideas, supports, answers, merges and enhancement requests, and
/// what it compares of them.
extension ModelRun {
    func items(_ kind: VisibilityModel.Item.Kind, where condition: (VisibilityModel.Item) -> Bool = { _ in true }) -> [VisibilityModel.Item]
    {
        model.items.values.filter { $0.kind == kind && condition($0) }.sorted { $0.id < $1.id }
    }

    mutating func startCampaign() async throws {
        let moderator = pick(["ada", "mia"])
        let space = pick(spaces.keys.sorted())
        let (visibility, audience, members, accountIds) = chooseVisibility(for: id(of: moderator))
        counter += 1
        note("\(moderator) starts campaign \(counter) in \(spaces[space]!) as \(visibility) \(audience)")
        do {
            let campaign = try await store.campaigns.create(
                CampaignDraft(
                    space: spaces[space]!, title: "Campaign \(counter)", brief: "canary campaign\(counter)", visibility: visibility,
                    audience: audience), by: try await member(named: moderator))
            model.items[campaign.id] = .init(
                id: campaign.id, kind: .campaign, space: space, author: id(of: moderator), visibility: visibility,
                audienceMembers: members, audienceAccounts: accountIds)
        } catch StoreError.invalid {
            note("  refused as invalid")
        } catch StoreError.forbidden {
            expect(!model.moderates(id(of: moderator), space: space), "a moderator was refused a campaign")
        } catch StoreError.notFound {
            let person = model.people[id(of: moderator)]!
            expect(
                spaces[space] == "board" && person.role != .admin && model.memberships[space]![id(of: moderator)] == nil,
                "a space the moderator may list answered not found to a campaign")
        }
    }

    mutating func submitIdea() async throws {
        let author = pick(model.people.keys.sorted())
        let campaigns = items(.campaign)
        let inCampaign = !campaigns.isEmpty && chance(70)
        counter += 1
        let text = "canary idea\(counter)"
        if inCampaign {
            let campaign = pick(campaigns)
            let own = chance(30)
            let (visibility, audience, members, accountIds) =
                own ? chooseVisibility(for: author) : (campaign.visibility, Audience(), campaign.audienceMembers, campaign.audienceAccounts)
            note("\(handles[author]!) submits idea \(counter) to campaign \(campaign.id)\(own ? " as \(visibility) \(audience)" : "")")
            do {
                let idea = try await store.ideas.create(
                    NewIdea(
                        campaignId: campaign.id, title: "Idea \(counter)", body: text, visibility: own ? visibility : nil,
                        audience: own ? audience : Audience()), by: try await member(author))
                expect(model.canSee(author, campaign), "an idea went to a campaign its author may not see")
                words[-idea.id] = "idea\(counter)"
                model.items[idea.id] = .init(
                    id: idea.id, kind: .idea, space: campaign.space, author: author, visibility: visibility, audienceMembers: members,
                    audienceAccounts: accountIds, campaign: campaign.id, supporters: [author])
                for task in openTasks(asking: .ideas, by: author) where task.campaign == campaign.id {
                    model.items[task.id]!.responses.append(.init(member: author, kind: .idea, id: idea.id))
                }
            } catch StoreError.invalid(let problems) where problems.contains(where: { $0.field == "campaign" }) {
                expect(!model.canSee(author, campaign), "a visible campaign was called unknown")
            } catch StoreError.invalid {
                note("  refused as invalid")
            }
            return
        }
        let spacesOfAuthor = model.memberships.keys.sorted().filter { model.memberships[$0]![author] != nil }
        guard !spacesOfAuthor.isEmpty else { return }
        let space = pick(spacesOfAuthor)
        let (visibility, audience, members, accountIds) = chooseVisibility(for: author)
        note("\(handles[author]!) submits idea \(counter) in \(spaces[space]!) as \(visibility) \(audience)")
        do {
            let idea = try await store.ideas.create(
                NewIdea(space: spaces[space]!, title: "Idea \(counter)", body: text, visibility: visibility, audience: audience),
                by: try await member(author))
            words[-idea.id] = "idea\(counter)"
            model.items[idea.id] = .init(
                id: idea.id, kind: .idea, space: space, author: author, visibility: visibility, audienceMembers: members,
                audienceAccounts: accountIds, supporters: [author])
        } catch StoreError.invalid {
            note("  refused as invalid")
        }
    }

    mutating func support() async throws {
        let ideas = items(.idea)
        guard !ideas.isEmpty else { return }
        let idea = pick(ideas)
        let person = pick(model.people.keys.sorted())
        let withdraw = idea.supporters.contains(person) && chance(40)
        note("\(handles[person]!) \(withdraw ? "withdraws from" : "supports") idea \(idea.id)")
        do {
            if withdraw {
                _ = try await store.ideas.withdraw(idea.id, by: try await member(person))
                model.items[idea.id]!.supporters.remove(person)
            } else {
                _ = try await store.ideas.support(idea.id, by: try await member(person))
                model.items[idea.id]!.supporters.insert(person)
            }
            expect(model.canSee(person, idea) && !idea.decided, "a support changed on an idea the model says is unreadable or decided")
        } catch StoreError.notFound {
            expect(!model.canSee(person, idea), "a readable idea answered not found to a support")
        } catch StoreError.conflict {
            expect(idea.decided, "an open idea refused a support")
        }
    }

    mutating func answerIdea() async throws {
        let ideas = items(.idea) { $0.mergedInto == nil }
        guard !ideas.isEmpty else { return }
        let idea = pick(ideas)
        let status = pick(IdeaStatus.answerable)
        counter += 1
        note("ada answers idea \(idea.id): \(status.rawValue)")
        do {
            _ = try await store.ideas.answer(idea.id, status: status, note: "canary answer\(counter)", by: try await member(named: "ada"))
            words[-idea.id - 1_000_000] = "answer\(counter)"
            model.items[idea.id]!.decided = status.isFinal
        } catch StoreError.notFound {
            expect(!model.canSee(id(of: "ada"), idea), "the admin could not answer an idea she reads")
        }
    }

    mutating func mergeIdeas() async throws {
        let candidates = items(.idea) { $0.mergedInto == nil && !$0.decided }
        guard candidates.count >= 2 else { return }
        let source = pick(candidates)
        let target = pick(candidates.filter { $0.id != source.id })
        let admin = try await member(named: "ada")
        guard model.canSee(admin.id, source), model.canSee(admin.id, target) else { return }
        note("ada merges idea \(source.id) into \(target.id)")
        do {
            _ = try await store.ideas.merge(source.id, into: target.id, reason: "same", by: admin)
        } catch StoreError.invalid {
            note("  refused")
            return
        }
        expect(model.readers(of: source) == model.readers(of: target), "ideas with different readers were merged")
        model.items[target.id]!.supporters.formUnion(source.supporters)
        model.items[source.id]!.mergedInto = target.id
        model.items[source.id]!.decided = true
    }

    mutating func raiseEnhancement() async throws {
        let candidates = threads { $0.mergedInto == nil }
        guard !candidates.isEmpty else { return }
        let thread = pick(candidates)
        let raiser = pick(["ada", "emil", "cora"])
        counter += 1
        note("\(raiser) raises a request from thread \(thread.id), owned by erin")
        do {
            let idea = try await store.ideas.raise(
                NewEnhancementRequest(threadId: thread.id, title: "Request \(counter)", body: "canary request\(counter)", owner: "erin"),
                by: try await member(named: raiser))
            expect(
                model.people[id(of: raiser)]!.isEmployee && model.canSee(id(of: raiser), thread),
                "a request was raised by someone who may not")
            words[-idea.id] = "request\(counter)"
            let named = [.private, .partners].contains(thread.visibility) ? Set([thread.author]) : []
            model.items[idea.id] = .init(
                id: idea.id, kind: .idea, space: thread.space, author: id(of: raiser), visibility: thread.visibility,
                audienceMembers: thread.audienceMembers.union(named), audienceAccounts: thread.audienceAccounts, hidden: thread.hidden,
                supporters: [thread.author])
            expect(model.canSee(thread.author, model.items[idea.id]!), "the asker cannot read the request raised from their thread")
        } catch StoreError.forbidden {
            expect(!model.people[id(of: raiser)]!.isEmployee, "an employee was refused raising a request")
        } catch StoreError.notFound {
            expect(!model.canSee(id(of: raiser), thread), "a readable thread answered not found to a request")
        } catch StoreError.invalid {
            note("  refused: the owner is not an employee, or the asker could not read it")
        }
    }

    /// Ideas and campaigns as the reader gets them: the lists hold exactly what the model allows, counts count only that,
    /// and supporters are named only to employees.
    mutating func compareIdeas(for reader: Member?, viewer: Viewer, visible: Set<Int>) async throws {
        let who = reader?.handle ?? "a visitor"
        let listed = Set(try await store.ideas.list(IdeaFilter(order: .newest, limit: 100), for: viewer).map(\.id))
        let expected = Set(items(.idea) { visible.contains($0.id) && $0.mergedInto == nil }.map(\.id))
        expect(listed == expected, "\(who)'s idea list is \(listed.sorted()), not \(expected.sorted())")
        let campaigns = try await store.campaigns.list(for: viewer, limit: 100)
        expect(
            Set(campaigns.map(\.id)) == Set(items(.campaign) { visible.contains($0.id) }.map(\.id)),
            "\(who)'s campaign list is \(campaigns.map(\.id).sorted())")
        for campaign in campaigns {
            let count = items(.idea) { $0.campaign == campaign.id && visible.contains($0.id) && $0.mergedInto == nil }.count
            expect(campaign.ideaCount == count, "\(who) counts \(campaign.ideaCount) ideas in campaign \(campaign.id), not \(count)")
        }
        for idea in items(.idea) where visible.contains(idea.id) {
            let supporters = try await store.ideas.supporters(of: idea.id, for: viewer)
            expect(supporters.count == idea.supporters.count, "\(who) counts \(supporters.count) supporters of \(idea.id)")
            expect(
                supporters.members.isEmpty == (reader?.isEmployee != true || idea.supporters.isEmpty),
                "\(who) \(supporters.members.isEmpty ? "misses" : "reads") the names of \(idea.id)'s supporters")
            let answers = try await store.ideas.answers(of: idea.id, for: viewer)
            expect(answers.allSatisfy { !$0.note.isEmpty }, "an answer without a note")
        }
        for idea in items(.idea) where !visible.contains(idea.id) {
            let answers = try? await store.ideas.answers(of: idea.id, for: viewer)
            expect(answers == nil, "\(who) reads the answers of \(idea.id)")
        }
        if let reader {
            let news = try await store.ideas.recentAnswers(for: reader, limit: 100).map(\.idea.id)
            let unseen = news.filter { !visible.contains($0) }
            expect(unseen.isEmpty, "\(who) hears of answers on \(unseen), which they may not read")
        }
    }
}
