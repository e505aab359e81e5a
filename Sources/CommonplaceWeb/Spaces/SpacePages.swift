import CommonplaceCore
import Hummingbird

/// The space directory, a space's page, and joining, leaving and admitting members.
struct SpacePages: Sendable {
    let site: Site

    /// The spaces the viewer may know of, sixty to a page; `?q=` narrows them to names or purposes with its words.
    func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let query = formQuery(request)["q"]?.trimmed.nonEmpty
        let page = DirectoryPager.page(of: request)
        let perPage = 60
        let found = try await site.store.spaces.list(for: context.viewer, matching: query, limit: perPage + 1, offset: (page - 1) * perPage)
        let pager = DirectoryPager("Pages of spaces", base: .spaces, query: query, page: page, hasMore: found.count > perPage)
        let view = SpaceListPage(
            chrome: try await site.chrome("Spaces", context), query: query ?? "", searched: query != nil,
            spaces: found.prefix(perPage).map { SpaceView($0.space, memberCount: $0.memberCount, membership: $0.membership) },
            pager: pager, canCreate: context.member != nil)
        return site.renderer.page(view)
    }

    func newForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try await formPage(context: context, form: SpaceForm(), editing: nil, problems: [], status: .ok)
    }

    private func formPage(
        context: SignedInContext, form: SpaceForm, editing: String?, problems: [FieldProblem], status: HTTPResponse.Status
    ) async throws -> Response {
        let view = SpaceFormPage(
            chrome: try await site.chrome(editing == nil ? "New space" : "Edit space", context.parent), form: form,
            action: editing.map { SiteURL.spaceEdit($0) } ?? .spaces, editing: editing != nil, errors: FormErrors(problems),
            policies: MembershipPolicy.allCases.map {
                Option(value: $0.rawValue, label: SpaceView.policyLabel($0), selected: $0.rawValue == (form.membershipPolicy ?? "open"))
            },
            visibilities: Visibility.allCases.filter { $0 != .private }.map {
                Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == (form.defaultVisibility ?? "space"))
            },
            canMakeOfficial: context.member.isAdmin)
        return site.renderer.page(view, status: status)
    }

    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(SpaceForm.self, context: context)
        do {
            let space = try await site.store.spaces.create(try form.newSpace(), by: context.member)
            return redirect(to: .space(space.slug))
        } catch StoreError.invalid(let problems) {
            return try await formPage(context: context, form: form, editing: nil, problems: problems, status: .unprocessableContent)
        }
    }

    /// The space's settings form, filled in, for its moderators.
    func editForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        guard try await site.store.spaces.canModerate(space, context.member) else {
            throw StoreError.forbidden("Only moderators of this space change it.")
        }
        let goals = try await site.store.spaces.goals(of: space, for: context.viewer)
        return try await formPage(context: context, form: SpaceForm(space, goals: goals), editing: space.slug, problems: [], status: .ok)
    }

    func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        var form = try await request.form(SpaceForm.self, context: context)
        form.slug = slug
        do {
            _ = try await site.store.spaces.update(slug: slug, to: try form.newSpace(), by: context.member)
            return redirect(to: .space(slug))
        } catch StoreError.invalid(let problems) {
            return try await formPage(context: context, form: form, editing: slug, problems: problems, status: .unprocessableContent)
        }
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let slug = try context.parameters.require("slug")
        let store = site.store
        let space = try await store.spaces.find(slug: slug, for: context.viewer)
        let membership = try await store.spaces.membership(in: space.id, of: context.member?.id)
        let canModerate = try await store.spaces.canModerate(space, context.member)
        let before = request.uri.queryParameters.get("before", as: Int.self)
        let posts = try await store.posts.list(PostFilter(spaceId: space.id, before: before), for: context.viewer)
        let entries = try await store.spaces.members(of: space, for: context.viewer)
        let isActive = membership?.status == .active
        var composerView: Composer?
        if let member = context.member, isActive || member.isAdmin {
            composerView = Composer(
                spaces: [Option(value: space.slug, label: space.name, selected: true)], returnTo: SiteURL.space(space.slug).path)
        }
        let view = SpacePage(
            chrome: try await site.chrome(space.name, context),
            space: SpaceView(space, memberCount: entries.filter { $0.status == .active }.count, membership: membership),
            goals: try await store.spaces.goals(of: space, for: context.viewer).map(GoalView.init),
            articles: try await store.articles.index(of: space.id, for: context.viewer).prefix(10).map {
                ManualEntry(url: .article($0.id), title: $0.title, status: $0.status.rawValue, statusLabel: $0.status.label)
            },
            isMember: membership != nil, canJoin: context.member != nil && membership == nil && space.membershipPolicy == .open,
            canRequest: context.member != nil && membership == nil && space.membershipPolicy == .request,
            canModerate: canModerate, composer: composerView,
            posts: posts.map { PostView($0, viewer: context.member) },
            members: entries.filter { $0.status == .active }.map {
                SpaceMemberView(member: MemberView($0.member), isModerator: $0.role == .moderator)
            },
            requests: entries.filter { $0.status == .requested }.map { MemberView($0.member) },
            threads: try await store.conversations.list(ConversationFilter(spaceId: space.id, limit: 5), for: context.viewer).map {
                ConversationCardView($0, signedIn: context.member != nil)
            },
            follow: try await context.member.asyncMap { member in
                FollowButton(
                    .space(space.slug), following: try await store.follows.isFollowing(.space(space.slug), member: member),
                    returnTo: SiteURL.space(space.slug).path)
            },
            next: posts.count == 30 ? posts.last.map { SiteURL.space(space.slug).query("before", $0.id) } : nil)
        return site.renderer.page(view)
    }

    func join(_ request: Request, context: SignedInContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        _ = try await site.store.spaces.join(slug: slug, member: context.member)
        return redirect(to: .space(slug))
    }

    func leave(_ request: Request, context: SignedInContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        try await site.store.spaces.leave(slug: slug, member: context.member)
        return redirect(to: .space(slug))
    }

    /// Adds a member by handle, approves a request, or makes someone a moderator.
    func admit(_ request: Request, context: SignedInContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let form = try await request.form(AdmitForm.self, context: context)
        let role: SpaceMembership.Role = form.role == "moderator" ? .moderator : .member
        try await site.store.spaces.admit(handle: form.handle.trimmingCharacters(in: ["@", " "]), to: slug, role: role, by: context.member)
        return redirect(to: .space(slug))
    }

    func decline(_ request: Request, context: SignedInContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let handle = try context.parameters.require("handle")
        try await site.store.spaces.decline(handle: handle, in: slug, by: context.member)
        return redirect(to: .space(slug))
    }
}

struct AdmitForm: Decodable {
    let handle: String
    let role: String?
}

extension SpaceView {
    static func policyLabel(_ policy: MembershipPolicy) -> String {
        switch policy {
        case .open: "Open — anyone may join"
        case .request: "By request — moderators approve"
        case .invite: "Invite only — hidden from non-members"
        }
    }
}

struct SpaceListPage {
    let chrome: Chrome
    let query: String
    let searched: Bool
    let spaces: [SpaceView]
    let pager: DirectoryPager?
    let canCreate: Bool
}

struct SpaceFormPage {
    let chrome: Chrome
    let form: SpaceForm
    let action: SiteURL
    let editing: Bool
    let errors: FormErrors
    let policies: [Option]
    let visibilities: [Option]
    let canMakeOfficial: Bool
}

struct SpacePage {
    let chrome: Chrome
    let space: SpaceView
    let goals: [GoalView]
    let articles: [ManualEntry]
    let isMember: Bool
    let canJoin: Bool
    let canRequest: Bool
    let canModerate: Bool
    let composer: Composer?
    let posts: [PostView]
    let members: [SpaceMemberView]
    let requests: [MemberView]
    /// The most recently active threads.
    let threads: [ConversationCardView]
    let follow: FollowButton?
    let next: SiteURL?
}
