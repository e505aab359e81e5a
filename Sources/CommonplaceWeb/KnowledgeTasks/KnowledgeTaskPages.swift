import CommonplaceCore
import Hummingbird

/// The pages of knowledge tasks: the list, one task with its responses, publishing, responding and closing.
struct KnowledgeTaskPages: Sendable {
    let site: Site

    func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let now = Clock.now()
        let forYou = try await context.member.asyncMap { try await site.store.tasks.open(for: $0, limit: 20) } ?? []
        let tasks = try await site.store.tasks.list(for: context.viewer)
        let canPublish = try await context.member.asyncMap { try await !site.store.spaces.moderated(by: $0).isEmpty } ?? false
        let view = TaskListPage(
            chrome: try await site.chrome("Knowledge tasks", context), forYou: forYou.map { TaskCardView($0, now: now) },
            tasks: tasks.map { TaskCardView($0, now: now) }, canPublish: canPublish)
        return site.renderer.page(view)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await taskPage(try context.parameters.itemID(), context: context, responseBody: "", problems: [], status: .ok)
    }

    /// A free response; after the deadline or once closed, the page comes back with why.
    func respond(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(TaskTextForm.self, context: context)
        do {
            _ = try await site.store.tasks.respond(to: id, body: form.body ?? "", by: context.member)
            return redirect(to: SiteURL.task(id).fragment("responses"))
        } catch StoreError.invalid(let problems) {
            return try await taskPage(
                id, context: context.parent, responseBody: form.body ?? "", problems: problems, status: .unprocessableContent)
        } catch StoreError.conflict(let message) {
            return try await taskPage(
                id, context: context.parent, responseBody: form.body ?? "", problems: [FieldProblem(field: "body", message: message)],
                status: .conflict)
        }
    }

    /// Changes the words, deadline or goal; a problem comes back as the page's message.
    func change(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(TaskTextForm.self, context: context)
        do {
            guard let day = (form.due?.trimmed).flatMap(DateText.parseDay) else {
                throw StoreError.invalid("dueAt", "Give the deadline as YYYY-MM-DD.")
            }
            guard let goal = Int(form.goal?.trimmed ?? "") else { throw StoreError.invalid("goal", "Give the goal as a number.") }
            _ = try await site.store.tasks.change(
                id, title: form.title ?? "", brief: form.brief ?? "", dueAt: day + 86_399, goal: goal, by: context.member)
            return redirect(to: .task(id))
        } catch StoreError.invalid(let problems) {
            return try await taskPage(id, context: context.parent, responseBody: "", problems: problems, status: .unprocessableContent)
        }
    }

    func close(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(TaskTextForm.self, context: context)
        do {
            _ = try await site.store.tasks.close(id, thanks: form.thanks ?? "", by: context.member)
            return redirect(to: .task(id))
        } catch StoreError.invalid(let problems) {
            return try await taskPage(id, context: context.parent, responseBody: "", problems: problems, status: .unprocessableContent)
        }
    }

    private func taskPage(
        _ id: Int, context: AppRequestContext, responseBody: String, problems: [FieldProblem], status: HTTPResponse.Status
    ) async throws -> Response {
        let task = try await site.store.tasks.find(id: id, for: context.viewer)
        let responses = try await site.store.tasks.responses(of: id, for: context.viewer)
        // A public task can sit in a space its reader may not list: they do not manage it.
        let space = try? await site.store.spaces.find(slug: task.space.slug, for: context.viewer)
        let manages = try await space.asyncMap { try await site.store.spaces.canModerate($0, context.member) } ?? false
        let following = try await site.store.follows.isFollowing(.item(id), member: context.member)
        let now = Clock.now()
        let segment = task.segment
        let view = TaskPage(
            chrome: try await site.chrome(task.title, context), id: id, card: TaskCardView(task, now: now),
            author: MemberView(task.author), briefHTML: task.briefHTML, responseKind: task.responseKind,
            targets: task.targets.map { target in
                target.kind == "article"
                    ? (SiteURL.article(target.id), SiteURL.articleSuggest(target.id), target.title)
                    : (SiteURL.thread(target.id), SiteURL.thread(target.id).fragment("reply-form"), target.title)
            },
            campaign: task.campaign.map { ($0.title, SiteURL.ideaNew.query("campaign", $0.id)) },
            segment: segment.relations.map { $0 == "employee" ? "employees" : $0 + "s" } + segment.accounts.map { "people of \($0)" }
                + segment.tags.map { "followers of #\($0)" } + segment.expertise.map { "people who know \($0)" },
            thanks: task.thanks, closedAt: task.closedAt.map(Timestamp.init), responses: responses.map(TaskResponseView.init),
            canRespond: context.member != nil && task.isOpen(at: now), canClose: manages && task.closedAt == nil,
            edit: manages && task.closedAt == nil ? (task.title, task.brief, DateText.day(task.dueAt), String(task.goal)) : nil,
            follow: context.member.map { _ in FollowButton(.item(id), following: following, returnTo: SiteURL.task(id).path) },
            responseBody: responseBody, errors: FormErrors(problems))
        return site.renderer.page(view, status: status)
    }

    func newForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try await formPage(TaskForm(space: request.uri.queryParameters.get("space")), problems: [], context: context, status: .ok)
    }

    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(TaskForm.self, context: context)
        do {
            let task = try await site.store.tasks.create(try form.draft(), by: context.member)
            return redirect(to: .task(task.id))
        } catch StoreError.invalid(let problems) {
            return try await formPage(form, problems: problems, context: context, status: .unprocessableContent)
        }
    }

    private func formPage(
        _ form: TaskForm, problems: [FieldProblem], context: SignedInContext, status: HTTPResponse.Status
    ) async throws -> Response {
        let spaces = try await site.store.spaces.moderated(by: context.member)
        let campaigns = try await site.store.campaigns.titles(for: context.viewer)
        let chosen = form.visibility ?? ""
        let relations = Set(form.relations ?? [])
        let view = TaskFormPage(
            chrome: try await site.chrome("Publish a knowledge task", context.parent), form: form,
            spaces: spaces.map { Option(value: $0.slug, label: $0.name, selected: $0.slug == form.space) },
            kinds: TaskResponseKind.allCases.map {
                Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.responseKind)
            },
            campaigns: campaigns.map { Option(value: String($0.id), label: $0.title, selected: String($0.id) == form.campaign) },
            relations: TaskSegment.relationNames.map {
                ($0, $0 == "employee" ? "Employees" : $0.capitalized + "s", relations.contains($0))
            },
            visibilities: [Option(value: "", label: "The space's default", selected: chosen.isEmpty)]
                + Visibility.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosen) },
            errors: FormErrors(problems))
        return site.renderer.page(view, status: status)
    }
}
