import CommonplaceCore
import Hummingbird

/// Profiles, the member directory, and a member's own settings (profile, password, API tokens).
struct MemberPages: Sendable {
    let site: Site

    /// Everyone, by name, a hundred to a page; `?q=` narrows it to people with words starting so.
    func directory(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = formQuery(request)["q"]?.trimmed.nonEmpty
        let page = DirectoryPager.page(of: request)
        let perPage = 100
        let found = try await site.store.members.list(matching: query, limit: perPage + 1, offset: (page - 1) * perPage)
        let pager = DirectoryPager("Pages of people", base: .members, query: query, page: page, hasMore: found.count > perPage)
        let view = DirectoryPage(
            chrome: try await site.chrome("People", context.parent), query: query ?? "", searched: query != nil,
            members: found.prefix(perPage).map(MemberView.init), pager: pager)
        return site.renderer.page(view)
    }

    /// A profile with the member's posts that the viewer may see.
    func profile(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let handle = try context.parameters.require("handle")
        guard let member = try await site.store.members.find(handle: handle) else { throw StoreError.notFound }
        let posts = try await site.store.posts.list(
            PostFilter(authorId: member.id, before: request.uri.queryParameters.get("before", as: Int.self)), for: context.viewer)
        let account = try await site.store.accounts.account(of: member, for: context.viewer)
        let articles = try await site.store.articles.recent(authorId: member.id, limit: 20, for: context.viewer)
        let threads = try await site.store.conversations.list(ConversationFilter(authorId: member.id, limit: 10), for: context.viewer)
        let ideas = try await site.store.ideas.list(IdeaFilter(authorId: member.id, order: .newest, limit: 10), for: context.viewer)
        let thanked = try await site.store.tasks.thanks(to: member.id, for: context.viewer)
        let following = try await site.store.follows.isFollowing(.member(member.handle), member: context.member)
        let chrome = try await site.chrome(member.name, context)
        let view = ProfilePage(
            chrome: chrome, member: MemberView(member), bio: member.bio.nonEmpty,
            expertise: member.expertiseTags, interests: member.interestTags, accountName: account?.name,
            isSelf: context.member?.id == member.id, articles: articles.map(RecentArticleView.init),
            threads: threads.map { ConversationCardView($0, signedIn: context.member != nil) },
            ideas: ideas.map { IdeaCardView($0, signedIn: context.member != nil, csrf: chrome.csrf) },
            thanked: thanked.map { ($0.title, SiteURL.task($0.taskId), Timestamp($0.closedAt)) },
            follow: context.member.flatMap { $0.id == member.id ? nil : $0 }.map { _ in
                FollowButton(.member(member.handle), following: following, returnTo: SiteURL.member(member.handle).path)
            },
            posts: posts.map { PostView($0, viewer: context.member) },
            next: posts.count == 30 ? posts.last.map { SiteURL.member(member.handle).query("before", $0.id) } : nil)
        return site.renderer.page(view)
    }

    func settings(_ request: Request, context: SignedInContext) async throws -> Response {
        try await settingsPage(context: context, notice: request.uri.queryParameters.get("notice"), status: .ok)
    }

    private func settingsPage(
        context: SignedInContext, profile: ProfileUpdate? = nil, problems: [FieldProblem] = [], newToken: String? = nil,
        notice: String? = nil, status: HTTPResponse.Status
    ) async throws -> Response {
        let member = context.member
        let tokens = try await site.store.tokens.list(for: member.id)
        let view = SettingsPage(
            chrome: try await site.chrome("Settings", context.parent), member: MemberView(member),
            profile: profile ?? ProfileUpdate(name: member.name, bio: member.bio, expertise: member.expertise, interests: member.interests),
            errors: FormErrors(problems),
            tokens: tokens.map {
                TokenView(id: $0.id, name: $0.name, createdAt: Timestamp($0.createdAt), lastUsedAt: $0.lastUsedAt.map(Timestamp.init))
            },
            tokenCount: tokens.isEmpty ? nil : tokens.count, newToken: newToken,
            notice: notice.flatMap(SettingsPage.notices.index(forKey:)).map { SettingsPage.notices[$0].value })
        return site.renderer.page(view, status: status)
    }

    func updateProfile(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(ProfileUpdate.self, context: context)
        do {
            _ = try await site.store.members.updateProfile(of: context.member.id, form)
            return redirect(to: SiteURL.settings.query("notice", "profile"))
        } catch StoreError.invalid(let problems) {
            return try await settingsPage(context: context, profile: form, problems: problems, status: .unprocessableContent)
        }
    }

    func changePassword(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(PasswordForm.self, context: context)
        do {
            try await site.store.members.changePassword(
                of: context.member.id, current: form.current, new: form.new, keepingSession: context.parent.sessionToken.map(Secret.hash),
                revokingTokens: form.revokeTokens != nil)
            return redirect(to: SiteURL.settings.query("notice", form.revokeTokens != nil ? "password-and-tokens" : "password"))
        } catch StoreError.invalid(let problems) {
            return try await settingsPage(context: context, problems: problems, status: .unprocessableContent)
        }
    }

    func createToken(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(TokenForm.self, context: context)
        do {
            let created = try await site.store.tokens.create(for: context.member.id, name: form.name)
            return try await settingsPage(context: context, newToken: created.secret, status: .created)
        } catch StoreError.invalid(let problems) {
            return try await settingsPage(context: context, problems: problems, status: .unprocessableContent)
        }
    }

    func revokeToken(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.store.tokens.revoke(try context.parameters.itemID(), of: context.member.id)
        return redirect(to: SiteURL.settings.query("notice", "revoked"))
    }

    func revokeAllTokens(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.store.tokens.revokeAll(of: context.member.id)
        return redirect(to: SiteURL.settings.query("notice", "revoked-all"))
    }
}

struct PasswordForm: Decodable {
    let current: String
    let new: String
    /// Present when the "also revoke my API tokens" box is ticked.
    let revokeTokens: String?

    enum CodingKeys: String, CodingKey {
        case current, new
        case revokeTokens = "revoke_tokens"
    }
}

struct TokenForm: Decodable {
    let name: String
}

struct TokenView {
    let id: Int
    let name: String
    let createdAt: Timestamp
    let lastUsedAt: Timestamp?
}

struct DirectoryPage {
    let chrome: Chrome
    let query: String
    let searched: Bool
    let members: [MemberView]
    let pager: DirectoryPager?
}

struct ProfilePage {
    let chrome: Chrome
    let member: MemberView
    let bio: String?
    let expertise: [String]
    let interests: [String]
    let accountName: String?
    let isSelf: Bool
    let articles: [RecentArticleView]
    let threads: [ConversationCardView]
    let ideas: [IdeaCardView]
    /// Closed knowledge tasks that thanked them, as far as the reader may see their responses.
    let thanked: [(title: String, url: SiteURL, at: Timestamp)]
    let follow: FollowButton?
    let posts: [PostView]
    let next: SiteURL?
}

struct SettingsPage {
    static let notices = [
        "profile": "Your profile is saved.", "password": "Your password is changed; other sessions were signed out.",
        "password-and-tokens": "Your password is changed; other sessions were signed out and your API tokens revoked.",
        "revoked": "The token is revoked.", "revoked-all": "Every API token of yours is revoked.",
    ]
    let chrome: Chrome
    let member: MemberView
    let profile: ProfileUpdate
    let errors: FormErrors
    let tokens: [TokenView]
    /// How many tokens there are; nil when none, so the page offers no "revoke every token".
    let tokenCount: Int?
    let newToken: String?
    let notice: String?
}
