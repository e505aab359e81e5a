import CommonplaceCore
import Foundation
import Testing

/// The model-based visibility test (issue 15): seeded random sequences of operations on the real store, and after each
/// step, for every reader, what the store returns compared with ``VisibilityModel``.
///
/// `COMMONPLACE_MODEL_SEED` and `COMMONPLACE_MODEL_STEPS` run it longer or from another seed; a failure names its seed
/// and step, and the operations before it, so the run can be repeated exactly.
@Suite("Visibility model")
struct VisibilityModelTests {
    static let seed = ProcessInfo.processInfo.environment["COMMONPLACE_MODEL_SEED"].flatMap(UInt64.init) ?? 15
    static let steps = ProcessInfo.processInfo.environment["COMMONPLACE_MODEL_STEPS"].flatMap(Int.init) ?? 100

    @Test func whatEveryReaderGetsMatchesTheModel() async throws {
        try await TestDatabase.withStore { store in
            var run = try await ModelRun(store: store, seed: Self.seed)
            for step in 1...Self.steps {
                do {
                    try await run.step(step)
                    try await run.compare(thorough: step % 10 == 0 || step == Self.steps)
                } catch {
                    run.expect(false, "the step threw \(error)")
                }
                if run.failed { break }
            }
        }
    }
}

/// One run: the store, the model, the cast and the random choices.
struct ModelRun {
    let store: Store
    let seed: UInt64
    var model = VisibilityModel()
    var random: SeededRandom
    var handles: [Int: String] = [:]
    var accounts: [Int: String] = [:]
    var spaces: [Int: String] = [:]
    var log: [String] = []
    var failed = false
    var counter = 0
    var currentStep = 0
    /// The one word only this text holds, to search for it: by reply id, and by minus the item id for opening posts.
    var words: [Int: String] = [:]

    init(store: Store, seed: UInt64) async throws {
        self.store = store
        self.seed = seed
        random = SeededRandom(seed: seed)
        let acme = try await store.accounts.create(slug: "acme", name: "Acme", kind: .customer)
        let bolt = try await store.accounts.create(slug: "bolt", name: "Bolt", kind: .supplier)
        accounts = [acme.id: "acme", bolt.id: "bolt"]
        let cast: [(String, MemberKind, Role, Account?)] = [
            ("ada", .employee, .admin, nil), ("mia", .employee, .moderator, nil), ("emil", .employee, .member, nil),
            ("erin", .employee, .member, nil), ("cora", .external, .member, acme), ("finn", .external, .member, bolt),
            ("gina", .external, .member, nil),
        ]
        for (handle, kind, role, account) in cast {
            let member = try await store.makeMember(handle, kind: kind, account: account, role: role)
            handles[member.id] = handle
            model.people[member.id] = .init(kind: kind, role: role, account: account?.id)
        }
        for (slug, creator, policy, visibility) in [
            ("open", "emil", MembershipPolicy.open, Visibility.public), ("team", "erin", .open, .space), ("board", "ada", .invite, .space),
        ] {
            let space = try await store.makeSpace(slug, by: try await member(named: creator), policy: policy, visibility: visibility)
            spaces[space.id] = slug
            model.memberships[space.id] = [id(of: creator): true]
        }
    }

    func id(of handle: String) -> Int { handles.first { $0.value == handle }!.key }

    func member(named handle: String) async throws -> Member { try await member(id(of: handle)) }

    func member(_ id: Int) async throws -> Member { try await store.members.find(id: id)! }

    mutating func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }

    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    mutating func note(_ text: String) { log.append(text) }

    // MARK: Operations

    mutating func step(_ number: Int) async throws {
        currentStep = number
        note("— step \(number)")
        counter += 1
        let operations: [(Int, String)] = [
            (3, "post"), (3, "article"), (4, "thread"), (12, "reply"), (4, "hide reply"), (2, "hide thread"), (2, "move"), (5, "split"),
            (3, "merge"), (2, "article visibility"), (3, "join"), (1, "leave"), (1, "admit"), (2, "standing"), (3, "suggest"),
            (2, "decide"), (2, "campaign"), (4, "idea"), (5, "support"), (2, "answer"), (2, "merge ideas"), (2, "enhancement"),
            (2, "task"), (3, "respond"), (1, "close task"),
        ]
        var roll = Int(random.next() % UInt64(operations.map(\.0).reduce(0, +)))
        var chosen = operations[0].1
        for (weight, name) in operations {
            if roll < weight {
                chosen = name
                break
            }
            roll -= weight
        }
        switch chosen {
        case "post", "article", "thread": try await create(chosen)
        case "reply": try await reply()
        case "hide reply": try await hideReply()
        case "hide thread": try await hideThread()
        case "move": try await move()
        case "split": try await split()
        case "merge": try await merge()
        case "article visibility": try await changeArticleVisibility()
        case "join": try await join()
        case "leave": try await leave()
        case "admit": try await admit()
        case "standing": try await changeStanding()
        case "suggest": try await suggest()
        case "campaign": try await startCampaign()
        case "idea": try await submitIdea()
        case "support": try await support()
        case "answer": try await answerIdea()
        case "merge ideas": try await mergeIdeas()
        case "enhancement": try await raiseEnhancement()
        case "task": try await publishTask()
        case "respond": try await respondToTask()
        case "close task": try await closeTask()
        default: try await decide()
        }
    }

    mutating func chooseVisibility(for author: Int) -> (Visibility, Audience, Set<Int>, Set<Int>) {
        var choices: [Visibility] = [.public, .space, .partners, .private]
        if model.people[author]!.isEmployee { choices.append(.internal) }
        let visibility = pick(choices)
        guard visibility == .private || visibility == .partners else { return (visibility, Audience(), [], []) }
        let others = model.people.keys.filter { $0 != author }.sorted()
        var members = Set<Int>()
        for _ in 0..<Int(random.next() % 3) { members.insert(pick(others)) }
        var accountIds = Set<Int>()
        if visibility == .partners && (members.isEmpty || chance(50)) { accountIds.insert(pick(accounts.keys.sorted())) }
        let audience = Audience(members: members.map { handles[$0]! }.sorted(), accounts: accountIds.map { accounts[$0]! }.sorted())
        return (visibility, audience, members, accountIds)
    }

    mutating func create(_ kind: String) async throws {
        let writers = model.people.keys.sorted().filter { person in model.memberships.values.contains { $0[person] != nil } }
        guard !writers.isEmpty else { return }
        let author = pick(writers)
        let space = pick(model.memberships.keys.sorted().filter { model.memberships[$0]![author] != nil })
        let (visibility, audience, members, accountIds) = chooseVisibility(for: author)
        counter += 1
        let question = kind == "thread" && chance(50)
        let text = "canary item\(counter)"
        let person = try await member(author)
        note("\(handles[author]!) writes a \(kind) in \(spaces[space]!) as \(visibility) \(audience)")
        let id: Int
        do {
            switch kind {
            case "post":
                id = try await store.posts.create(
                    NewPost(space: spaces[space]!, body: text, visibility: visibility, audience: audience), by: person
                ).id
            case "article":
                id = try await store.articles.create(
                    ArticleDraft(title: "Article \(counter)", body: text, visibility: visibility, audience: audience), in: spaces[space]!,
                    by: person
                ).id
            default:
                id = try await store.conversations.create(
                    NewConversation(
                        space: spaces[space]!, kind: question ? .question : .discussion, title: "Thread \(counter)", body: text,
                        visibility: visibility, audience: audience), by: person
                ).id
            }
        } catch StoreError.invalid {
            note("  refused as invalid")
            return
        }
        words[-id] = "item\(counter)"
        model.items[id] = .init(
            id: id, kind: kind == "post" ? .post : kind == "article" ? .article : .thread, space: space, author: author,
            visibility: visibility,
            audienceMembers: members.union(kind == "article" && [.private, .partners].contains(visibility) ? [author] : []),
            audienceAccounts: accountIds, question: question)
    }

    func threads(where condition: (VisibilityModel.Item) -> Bool = { _ in true }) -> [VisibilityModel.Item] {
        model.items.values.filter { $0.kind == .thread && condition($0) }.sorted { $0.id < $1.id }
    }

    mutating func reply() async throws {
        let candidates = threads { $0.replies.count < 10 }
        guard !candidates.isEmpty else { return }
        let thread = pick(candidates)
        let author = pick(model.people.keys.sorted())
        counter += 1
        note("\(handles[author]!) replies to \(thread.id)")
        do {
            let reply = try await store.conversations.reply(to: thread.id, body: "canary reply\(counter)", by: try await member(author))
            words[reply.id] = "reply\(counter)"
            expect(model.canSee(author, thread) && thread.mergedInto == nil, "a reply was written to a thread the model says is unreadable")
            model.items[thread.id]!.replies.append(.init(id: reply.id, author: author, hidden: false))
            for task in openTasks(asking: .answers, by: author) where task.targets.contains(thread.id) {
                model.items[task.id]!.responses.append(.init(member: author, kind: .reply, id: reply.id))
            }
        } catch StoreError.notFound {
            expect(!model.canSee(author, thread), "a readable thread answered not found to a reply")
        } catch StoreError.forbidden, StoreError.conflict {
            note("  refused")
        }
    }

    mutating func hideReply() async throws {
        let candidates = threads { !$0.replies.isEmpty && $0.mergedInto == nil }
        guard !candidates.isEmpty else { return }
        let thread = pick(candidates)
        let index = Int(random.next() % UInt64(thread.replies.count))
        let hide = !thread.replies[index].hidden
        let moderator = pick(["ada", "mia"])
        note("\(moderator) \(hide ? "hides" : "restores") reply \(thread.replies[index].id) in \(thread.id)")
        do {
            try await store.conversations.moderateReply(
                thread.replies[index].id, in: thread.id, hide: hide, reason: "", by: try await member(named: moderator))
            model.items[thread.id]!.replies[index].hidden = hide
        } catch StoreError.notFound {
            expect(!model.canSee(id(of: moderator), thread), "a moderator who reads the thread could not moderate it")
        } catch StoreError.forbidden {
            expect(!model.moderates(id(of: moderator), space: thread.space), "a moderator of the space was refused")
        }
    }

    mutating func hideThread() async throws {
        let candidates = threads { $0.mergedInto == nil }
        guard !candidates.isEmpty else { return }
        let thread = pick(candidates)
        let moderator = pick(["ada", "mia"])
        note("\(moderator) \(thread.hidden ? "restores" : "hides") thread \(thread.id)")
        do {
            _ = try await store.conversations.moderate(
                thread.id, thread.hidden ? .restore : .hide, reason: "", by: try await member(named: moderator))
            model.items[thread.id]!.hidden.toggle()
        } catch StoreError.notFound {
            expect(!model.canSee(id(of: moderator), thread), "a moderator who reads the thread could not hide it")
        } catch StoreError.forbidden {
            expect(!model.moderates(id(of: moderator), space: thread.space), "a moderator of the space was refused")
        }
    }

    mutating func move() async throws {
        let candidates = threads { $0.mergedInto == nil }
        guard !candidates.isEmpty else { return }
        let thread = pick(candidates)
        let target = pick(spaces.keys.sorted().filter { $0 != thread.space })
        note("ada moves \(thread.id) to \(spaces[target]!)")
        do {
            _ = try await store.conversations.move(thread.id, to: spaces[target]!, reason: "", by: try await member(named: "ada"))
            model.items[thread.id]!.space = target
        } catch StoreError.notFound {
            expect(!model.canSee(id(of: "ada"), thread), "the admin could not move a thread she reads")
        }
    }

    mutating func split() async throws {
        let candidates = threads { !$0.replies.isEmpty && $0.mergedInto == nil }
        guard !candidates.isEmpty else { return }
        let thread = pick(candidates)
        let chosen = thread.replies.filter { _ in chance(60) }
        guard !chosen.isEmpty else { return }
        note("ada splits \(chosen.map(\.id)) off \(thread.id)")
        do {
            let new = try await store.conversations.split(
                thread.id, replies: chosen.map(\.id), title: "Split", reason: "", by: try await member(named: "ada"))
            var item = thread
            item = .init(
                id: new.id, kind: .thread, space: thread.space, author: thread.author, visibility: thread.visibility,
                audienceMembers: thread.audienceMembers, audienceAccounts: thread.audienceAccounts, hidden: thread.hidden,
                replies: chosen)
            model.items[new.id] = item
            let moved = Set(chosen.map(\.id))
            model.items[thread.id]!.replies.removeAll { moved.contains($0.id) }
            expect(model.readers(of: item) == model.readers(of: thread), "a split thread has other readers than its source")
        } catch StoreError.notFound {
            expect(!model.canSee(id(of: "ada"), thread), "the admin could not split a thread she reads")
        }
    }

    mutating func merge() async throws {
        let candidates = threads { $0.mergedInto == nil }
        guard candidates.count >= 2 else { return }
        let source = pick(candidates)
        let target = pick(candidates.filter { $0.id != source.id })
        note("ada merges \(source.id) into \(target.id)")
        let admin = try await member(named: "ada")
        guard model.canSee(admin.id, source), model.canSee(admin.id, target) else { return }
        let before = Set(try await store.conversations.thread(target.id, for: .signedIn(admin)).replies.map(\.id))
        do {
            _ = try await store.conversations.merge(source.id, into: target.id, reason: "", by: admin)
        } catch StoreError.invalid {
            return
        }
        expect(model.readers(of: source) == model.readers(of: target), "threads with different readers were merged")
        let after = try await store.conversations.thread(target.id, for: .signedIn(try await member(named: "ada"))).replies
        let movedIds = Set(source.replies.map(\.id))
        model.items[target.id]!.replies.append(contentsOf: source.replies)
        for reply in after where !before.contains(reply.id) && !movedIds.contains(reply.id) {
            model.items[target.id]!.replies.append(.init(id: reply.id, author: source.author, hidden: false))
            words[reply.id] = words[-source.id]
        }
        model.items[source.id]!.replies = []
        model.items[source.id]!.mergedInto = target.id
    }

    mutating func changeArticleVisibility() async throws {
        let articles = model.items.values.filter { $0.kind == .article }.sorted { $0.id < $1.id }
        guard !articles.isEmpty else { return }
        let item = pick(articles)
        let author = try await member(item.author)
        let article = try await store.articles.find(id: item.id, for: .signedIn(author))
        let (visibility, audience, members, accountIds) = chooseVisibility(for: item.author)
        var draft = ArticleStore.draft(of: article)
        draft.visibility = visibility
        draft.audience = audience
        note("\(handles[item.author]!) makes article \(item.id) \(visibility) \(audience)")
        do {
            _ = try await store.articles.update(id: item.id, to: draft, base: article.revision, summary: "", by: author)
            model.items[item.id]!.visibility = visibility
            model.items[item.id]!.audienceMembers = [.private, .partners].contains(visibility) ? members.union([item.author]) : []
            model.items[item.id]!.audienceAccounts = accountIds
        } catch StoreError.invalid {
            note("  refused as invalid")
        }
    }

    mutating func join() async throws {
        let person = pick(model.people.keys.sorted())
        let space = pick(spaces.keys.sorted().filter { spaces[$0] != "board" })
        note("\(handles[person]!) joins \(spaces[space]!)")
        _ = try await store.spaces.join(slug: spaces[space]!, member: try await member(person))
        if model.memberships[space]![person] == nil { model.memberships[space]![person] = false }
    }

    mutating func leave() async throws {
        let memberships = model.memberships.flatMap { space, members in members.keys.map { (space, $0) } }.sorted {
            ($0.0, $0.1) < ($1.0, $1.1)
        }
        guard !memberships.isEmpty else { return }
        let (space, person) = pick(memberships)
        note("\(handles[person]!) leaves \(spaces[space]!)")
        do {
            try await store.spaces.leave(slug: spaces[space]!, member: try await member(person))
            model.memberships[space]![person] = nil
        } catch StoreError.conflict {
            note("  refused: the last moderator")
        }
    }

    mutating func admit() async throws {
        let person = pick(model.people.keys.sorted())
        let board = spaces.first { $0.value == "board" }!.key
        let moderates = chance(30)
        note("ada admits \(handles[person]!) to board\(moderates ? " as moderator" : "")")
        try await store.spaces.admit(
            handle: handles[person]!, to: "board", role: moderates ? .moderator : .member, by: try await member(named: "ada"))
        model.memberships[board]![person] = moderates
    }

    mutating func changeStanding() async throws {
        let person = pick(model.people.keys.sorted().filter { handles[$0] != "ada" })
        let kind: MemberKind = chance(50) ? .employee : .external
        let account = kind == .external && chance(70) ? pick(accounts.keys.sorted()) : nil
        let role: Role = chance(20) ? .moderator : .member
        note("\(handles[person]!) becomes \(kind) \(role) of account \(account.map { accounts[$0]! } ?? "none")")
        _ = try await store.members.setStanding(
            of: handles[person]!, role: role, kind: kind, relation: kind == .external ? .customer : nil, accountId: account)
        model.people[person] = .init(kind: kind, role: role, account: account)
    }

    mutating func suggest() async throws {
        let articles = model.items.values.filter { $0.kind == .article }.sorted { $0.id < $1.id }
        guard !articles.isEmpty else { return }
        let item = pick(articles)
        let suggester = pick(model.people.keys.sorted())
        counter += 1
        note("\(handles[suggester]!) suggests an edit to \(item.id)")
        do {
            let suggestion = try await store.suggestions.suggest(
                Suggestion(title: "Article", body: "suggested \(counter)", tags: [], status: .published, knowledgeKind: nil, comment: ""),
                to: item.id, by: try await member(suggester))
            expect(model.canSee(suggester, item), "a suggestion was made to an article the model says is unreadable")
            model.suggestions[suggestion.id] = .init(id: suggestion.id, article: item.id, suggester: suggester)
        } catch StoreError.notFound {
            expect(!model.canSee(suggester, item), "a readable article answered not found to a suggestion")
        }
    }

    mutating func decide() async throws {
        let open = model.suggestions.values.filter(\.open).sorted { $0.id < $1.id }
        guard !open.isEmpty else { return }
        let suggestion = pick(open)
        let author = try await member(model.items[suggestion.article]!.author)
        let accept = chance(40)
        note("\(author.handle) \(accept ? "accepts" : "rejects") suggestion \(suggestion.id)")
        if accept {
            _ = try await store.suggestions.accept(suggestion.id, by: author, confirmOutdated: true)
        } else {
            _ = try await store.suggestions.reject(suggestion.id, reason: "secret reason \(suggestion.id)", by: author)
        }
        model.suggestions[suggestion.id]!.open = false
    }

    // MARK: Comparison

    mutating func expect(_ condition: Bool, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard !condition else { return }
        failed = true
        let recent = log.suffix(25).joined(separator: "\n")
        Issue.record(
            Comment(rawValue: "\(what) — seed \(seed), step \(currentStep), after:\n\(recent)\nrepeat with COMMONPLACE_MODEL_SEED=\(seed)"),
            sourceLocation: sourceLocation)
    }

    mutating func compare(thorough: Bool) async throws {
        var readers: [Member?] = [nil]
        for id in model.people.keys.sorted() { readers.append(try await member(id)) }
        for reader in readers {
            let viewer = reader.map(Viewer.signedIn) ?? Viewer(member: nil, anonymousReading: true)
            let who = reader?.handle ?? "a visitor"
            let visible = Set(model.items.values.filter { model.canSee(reader?.id, $0) }.map(\.id))
            for item in model.items.values.sorted(by: { $0.id < $1.id }) {
                let found: Bool
                do {
                    switch item.kind {
                    case .post: _ = try await store.posts.find(id: item.id, for: viewer)
                    case .article: _ = try await store.articles.find(id: item.id, for: viewer)
                    case .thread: _ = try await store.conversations.find(id: item.id, for: viewer)
                    case .campaign: _ = try await store.campaigns.find(id: item.id, for: viewer)
                    case .idea: _ = try await store.ideas.find(id: item.id, for: viewer)
                    case .task: _ = try await store.tasks.find(id: item.id, for: viewer)
                    }
                    found = true
                } catch StoreError.notFound {
                    found = false
                }
                expect(found == visible.contains(item.id), "\(who) \(found ? "reads" : "cannot read") \(item.kind.rawValue) \(item.id)")
                if found, item.kind == .thread, item.mergedInto == nil {
                    let replies = try await store.conversations.thread(item.id, for: viewer).replies
                    expect(Set(replies.map(\.id)) == Set(item.replies.map(\.id)), "\(who) gets other replies of \(item.id)")
                    for reply in item.replies {
                        let shown = !(replies.first { $0.id == reply.id }?.body.isEmpty ?? true)
                        expect(
                            shown == model.showsText(of: reply, in: item, to: reader?.id),
                            "\(who) \(shown ? "reads" : "misses") reply \(reply.id)")
                    }
                }
            }
            try await compareIdeas(for: reader, viewer: viewer, visible: visible)
            try await compareTasks(for: reader, viewer: viewer, visible: visible)
            let feed = Set(try await store.feed.entries(limit: 100, for: viewer).map(\.id))
            expect(feed.isSubset(of: visible), "\(who)'s feed holds \(feed.subtracting(visible).sorted())")
            let listed = Set(try await store.conversations.list(ConversationFilter(limit: 100), for: viewer).map(\.id))
            expect(listed.isSubset(of: visible), "\(who)'s thread list holds \(listed.subtracting(visible).sorted())")
            for (spaceId, slug) in spaces.sorted(by: { $0.key < $1.key }) {
                guard let space = try? await store.spaces.find(slug: slug, for: viewer) else { continue }
                let manual = Set(try await store.articles.index(of: space.id, for: viewer).map(\.id))
                let expected = Set(
                    model.items.values.filter { $0.kind == .article && $0.space == spaceId && visible.contains($0.id) }.map(\.id))
                expect(manual == expected, "\(who)'s manual of \(slug) is \(manual.sorted()), not \(expected.sorted())")
            }
            guard thorough else { continue }
            var found = Set<Int>()
            for page in 1...5 {
                let hits = try await store.search.search(SearchRequest(text: "canary", page: page), for: viewer).hits
                found.formUnion(hits.map(\.id))
                if hits.count < SearchRequest.pageSize { break }
            }
            expect(found.isSubset(of: visible), "\(who)'s search finds \(found.subtracting(visible).sorted())")
            for item in model.items.values.sorted(by: { $0.id < $1.id }) where item.kind == .thread {
                for reply in item.replies where !model.showsText(of: reply, in: item, to: reader?.id) {
                    guard let word = words[reply.id] else { continue }
                    let hits = try await store.search.search(SearchRequest(text: word), for: viewer).hits
                    expect(hits.isEmpty, "\(who) finds hidden reply \(reply.id) of \(item.id) by searching \(word)")
                }
            }
            for item in model.items.values.sorted(by: { $0.id < $1.id }) {
                let entries = (try? await store.actionLog.entries(.item(item.id), for: viewer)) ?? []
                expect(entries.isEmpty || visible.contains(item.id), "\(who) reads the log of \(item.id)")
                for entry in entries where entry.action == "suggest" || entry.action == "reject" {
                    let readable = model.suggestions.values.contains { suggestion in
                        suggestion.article == item.id && reader.map { model.canSee($0.id, suggestion) } == true
                    }
                    expect(readable, "\(who) reads a log entry about a suggestion on \(item.id)")
                }
            }
            guard let reader else { continue }
            for suggestion in model.suggestions.values.sorted(by: { $0.id < $1.id }) {
                let found = (try? await store.suggestions.find(suggestion.id, for: viewer)) != nil
                expect(
                    found == model.canSee(reader.id, suggestion), "\(who) \(found ? "reads" : "cannot read") suggestion \(suggestion.id)")
            }
            for notification in try await store.notifications.list(for: reader, limit: 200) {
                let itemId: Int
                switch notification.destination {
                case .thread(let id, _), .article(let id), .idea(let id), .campaign(let id), .task(let id): itemId = id
                case .suggestion, .reviewQueue: continue
                }
                guard let item = model.items[itemId] else { continue }
                expect(model.canSee(reader.id, item), "\(who) is notified about \(itemId): \(notification.text)")
            }
        }
    }
}
