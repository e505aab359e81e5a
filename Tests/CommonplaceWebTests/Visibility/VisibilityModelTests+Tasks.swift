import CommonplaceCore
import Testing

/// The model-based test's operations on knowledge tasks — publishing, responding, closing, and the replies and ideas
/// that answer them — and what it compares of them.
extension ModelRun {
    /// The open tasks asking for `kind` that `member` may see: a reply or an idea of theirs answers them.
    func openTasks(asking kind: TaskResponseKind, by member: Int) -> [VisibilityModel.Item] {
        items(.task) { $0.taskKind == kind && !$0.closed && model.canSee(member, $0) }
    }

    mutating func publishTask() async throws {
        let moderator = pick(["ada", "mia"])
        let space = pick(spaces.keys.sorted())
        let (visibility, audience, members, accountIds) = chooseVisibility(for: id(of: moderator))
        let kind = pick([TaskResponseKind.free, .answers, .ideas])
        let questions = threads { $0.question && $0.mergedInto == nil }
        let targets = kind == .answers && !questions.isEmpty ? [pick(questions).id] : []
        let campaign = kind == .ideas ? items(.campaign).first.map(\.id) : nil
        counter += 1
        note(
            "\(moderator) publishes a \(kind) task \(counter) in \(spaces[space]!) as \(visibility) \(audience) on \(targets) \(campaign ?? 0)"
        )
        do {
            let task = try await store.tasks.create(
                TaskDraft(
                    space: spaces[space]!, title: "Task \(counter)", brief: "canary task\(counter)", visibility: visibility,
                    audience: audience, responseKind: kind, targets: targets, campaignId: campaign, dueAt: Clock.now() + 86_400, goal: 5),
                by: try await member(named: moderator))
            words[-task.id] = "task\(counter)"
            model.items[task.id] = .init(
                id: task.id, kind: .task, space: space, author: id(of: moderator), visibility: visibility, audienceMembers: members,
                audienceAccounts: accountIds, campaign: campaign, taskKind: kind, targets: targets)
            for target in targets {
                expect(model.canSee(id(of: moderator), model.items[target]!), "a task names a question its author may not see")
            }
        } catch StoreError.invalid(let problems) where problems.contains(where: { ["targets", "campaign"].contains($0.field) }) {
            let hidden =
                targets.contains { !model.canSee(id(of: moderator), model.items[$0]!) }
                || campaign.map { !model.canSee(id(of: moderator), model.items[$0]!) } ?? (kind == .ideas)
                || (kind == .answers && targets.isEmpty)
            expect(hidden, "a task naming what its author may see was refused: \(problems)")
        } catch StoreError.invalid {
            note("  refused as invalid")
        } catch StoreError.forbidden {
            expect(!model.moderates(id(of: moderator), space: space), "a moderator was refused a task")
        } catch StoreError.notFound {
            note("  the space is not listed to \(moderator)")
        }
    }

    mutating func respondToTask() async throws {
        let tasks = items(.task)
        guard !tasks.isEmpty else { return }
        let task = pick(tasks)
        let person = pick(model.people.keys.sorted())
        counter += 1
        note("\(handles[person]!) responds to task \(task.id)")
        do {
            let response = try await store.tasks.respond(to: task.id, body: "canary response\(counter)", by: try await member(person))
            expect(
                model.canSee(person, task) && task.taskKind == .free && !task.closed, "a response was taken that the model refuses")
            model.items[task.id]!.responses.append(.init(member: person, kind: .free, id: response.id))
        } catch StoreError.notFound {
            expect(!model.canSee(person, task), "a readable task answered not found to a response")
        } catch StoreError.conflict {
            expect(task.taskKind != .free || task.closed, "an open free task refused a response")
        }
    }

    mutating func closeTask() async throws {
        let tasks = items(.task) { !$0.closed }
        guard !tasks.isEmpty else { return }
        let task = pick(tasks)
        let moderator = pick(["ada", "mia"])
        note("\(moderator) closes task \(task.id)")
        do {
            _ = try await store.tasks.close(task.id, thanks: "Thank you", by: try await member(named: moderator))
            model.items[task.id]!.closed = true
        } catch StoreError.notFound {
            expect(!model.canSee(id(of: moderator), task), "a readable task answered not found to closing it")
        } catch StoreError.forbidden {
            expect(!model.moderates(id(of: moderator), space: task.space), "a moderator of the space was refused closing a task")
        }
    }

    /// Where a reply is now (splits and merges move replies), and whether it is hidden.
    private func thread(holding reply: Int) -> (VisibilityModel.Item, hidden: Bool)? {
        for item in model.items.values where item.kind == .thread {
            if let found = item.replies.first(where: { $0.id == reply }) { return (item, found.hidden) }
        }
        return nil
    }

    /// Whether the reader may see a reply or idea response.
    private func showsLinked(_ response: VisibilityModel.ModelTaskResponse, to reader: Int?) -> Bool {
        switch response.kind {
        case .free: return false
        case .idea: return model.items[response.id].map { model.canSee(reader, $0) } ?? false
        case .reply:
            guard let (thread, hidden) = thread(holding: response.id) else { return false }
            return !hidden && model.canSee(reader, thread)
        }
    }

    /// Tasks as the reader gets them: the list holds what the model allows; progress counts free responses and the
    /// replies and ideas the reader may see; responses are listed by the same rule, free ones only to their writer and
    /// employees.
    mutating func compareTasks(for reader: Member?, viewer: Viewer, visible: Set<Int>) async throws {
        let who = reader?.handle ?? "a visitor"
        let listed = Set(try await store.tasks.list(for: viewer, limit: 200).map(\.id))
        let expected = Set(items(.task) { visible.contains($0.id) }.map(\.id))
        expect(listed == expected, "\(who)'s task list is \(listed.sorted()), not \(expected.sorted())")
        for task in items(.task) where visible.contains(task.id) {
            let found = try await store.tasks.find(id: task.id, for: viewer)
            let counted = Set(task.responses.filter { $0.kind == .free || showsLinked($0, to: reader?.id) }.map(\.member))
            expect(found.respondents == counted.count, "\(who) counts \(found.respondents) respondents to \(task.id), not \(counted.count)")
            let shown = try await store.tasks.responses(of: task.id, for: viewer)
            let allowed = task.responses.filter { response in
                response.kind == .free
                    ? reader.map { $0.isEmployee || $0.id == response.member } ?? false : showsLinked(response, to: reader?.id)
            }
            expect(shown.count == allowed.count, "\(who) reads \(shown.count) responses to \(task.id), not \(allowed.count)")
            let targets = task.targets.filter { model.items[$0].map { model.canSee(reader?.id, $0) } ?? false }
            expect(found.targets.map(\.id) == targets, "\(who) sees the questions \(found.targets.map(\.id)) of \(task.id)")
        }
    }
}
