import CommonplaceCore
import Hummingbird

/// The admin page: instance settings, invitations, accounts and members' standing.
struct AdminPages: Sendable {
    let site: Site

    func show(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try context.requireAdmin()
        let query = formQuery(request)
        return try await page(context: context, listing: AdminMemberListing(query: query["q"], page: query["page"]), status: .ok)
    }

    private func page(
        context: SignedInContext, listing: AdminMemberListing = AdminMemberListing(), problems: [FieldProblem] = [],
        invitationLink: String? = nil, botToken: String? = nil, invitation: InvitationForm? = nil, status: HTTPResponse.Status
    ) async throws -> Response {
        let store = site.store
        let settings = try await store.settings.current()
        let accounts = try await store.accounts.list(for: context.viewer)
        let accountsById = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0) })
        let perPage = AdminMemberListing.perPage
        let members = try await store.members.list(
            matching: listing.query, limit: perPage + 1, offset: (listing.page - 1) * perPage)
        let pager = DirectoryPager(
            "Pages of members", base: .admin, query: listing.query, page: listing.page, hasMore: members.count > perPage)
        let view = AdminPage(
            chrome: try await site.chrome("Admin", context.parent), settings: settings, errors: FormErrors(problems),
            registrationOptions: RegistrationPolicy.allCases.map {
                Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == settings.registration)
            },
            spaceCreationOptions: SpaceCreationPolicy.allCases.map {
                Option(value: $0.rawValue, label: $0 == .everyone ? "Every member" : "Admins only", selected: $0 == settings.spaceCreation)
            },
            kinds: MemberKind.allCases.map {
                Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0.rawValue == invitation?.kind)
            },
            relations: Relation.allCases.map {
                Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0.rawValue == invitation?.relation)
            },
            roles: Role.allCases.map {
                Option(
                    value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0.rawValue == (invitation?.role ?? Role.member.rawValue))
            },
            accountKinds: AccountKind.allCases.map { Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: false) },
            accountCount: accounts.count,
            newestAccounts: accounts.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }.prefix(AdminPage.newestAccountsShown).map {
                AccountView(slug: $0.slug, name: $0.name, kind: $0.kind.rawValue)
            },
            accountOptions: accounts.map { Option(value: $0.slug, label: $0.name, selected: false) },
            listing: listing, members: members.prefix(perPage).map { AdminMemberView($0, accountsById: accountsById) },
            pager: pager, invitationLink: invitationLink, botToken: botToken, invitation: invitation)
        return site.renderer.page(view, status: status)
    }

    func updateSettings(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try context.requireAdmin()
        let form = try await request.form(SettingsForm.self, context: context)
        do {
            guard let registration = RegistrationPolicy(rawValue: form.registration),
                let creation = SpaceCreationPolicy(rawValue: form.spaceCreation)
            else { throw StoreError.invalid([FieldProblem(field: "settings", message: "Choose from the options offered.")]) }
            try await site.store.settings.update(
                InstanceSettings(
                    name: form.name, registration: registration, anonymousReading: form.anonymousReading == "on", spaceCreation: creation))
            return redirect(to: .admin)
        } catch StoreError.invalid(let problems) {
            return try await page(context: context, problems: problems, status: .unprocessableContent)
        }
    }

    func invite(_ request: Request, context: SignedInContext) async throws -> Response {
        let admin = try context.requireAdmin()
        let form = try await request.form(InvitationForm.self, context: context)
        do {
            let created = try await site.store.invitations.create(
                try await form.newInvitation(accounts: site.store.accounts, viewer: context.viewer), by: admin)
            return try await page(
                context: context, invitationLink: site.baseURL(request) + SiteURL.join(created.code).path, status: .created)
        } catch StoreError.invalid(let problems) {
            // The form comes back as it was sent, with the problem: nothing to type again.
            return try await page(context: context, problems: problems, invitation: form, status: .unprocessableContent)
        }
    }

    /// Adds a bot and shows its first API token once.
    func createBot(_ request: Request, context: SignedInContext) async throws -> Response {
        let admin = try context.requireAdmin()
        let form = try await request.form(BotInput.self, context: context)
        do {
            let bot = try await site.store.members.createBot(handle: form.handle.lowercased(), name: form.name, by: admin)
            let token = try await site.store.tokens.create(for: bot.id, name: "First token")
            return try await page(context: context, botToken: token.secret, status: .created)
        } catch StoreError.invalid(let problems) {
            return try await page(context: context, problems: problems, status: .unprocessableContent)
        }
    }

    func createAccount(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try context.requireAdmin()
        let form = try await request.form(AccountForm.self, context: context)
        do {
            guard let kind = AccountKind(rawValue: form.kind) else {
                throw StoreError.invalid([FieldProblem(field: "kind", message: "Choose a kind.")])
            }
            _ = try await site.store.accounts.create(slug: form.slug.lowercased(), name: form.name, kind: kind)
            return redirect(to: .admin)
        } catch StoreError.invalid(let problems) {
            return try await page(context: context, problems: problems, status: .unprocessableContent)
        }
    }

    func updateMember(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try context.requireAdmin()
        let handle = try context.parameters.require("handle")
        let form = try await request.form(StandingForm.self, context: context)
        let listing = AdminMemberListing(query: form.q, page: form.page)
        do {
            guard let role = Role(rawValue: form.role), let kind = MemberKind(rawValue: form.kind) else {
                throw StoreError.invalid([FieldProblem(field: "role", message: "Choose a role and kind.")])
            }
            let accountId = try await site.store.accounts.id(ofSlug: form.account, for: context.viewer)
            _ = try await site.store.members.setStanding(
                of: handle, role: role, kind: kind, relation: form.relation.flatMap(Relation.init), accountId: accountId)
            return redirect(to: listing.link + "#member-\(handle)")
        } catch StoreError.invalid(let problems) {
            return try await page(context: context, listing: listing, problems: problems, status: .unprocessableContent)
        }
    }
}

struct SettingsForm: Decodable {
    let name: String
    let registration: String
    let spaceCreation: String
    let anonymousReading: String?

    enum CodingKeys: String, CodingKey {
        case name, registration
        case spaceCreation = "space_creation"
        case anonymousReading = "anonymous_reading"
    }
}

struct InvitationForm: Decodable {
    let email: String?
    let kind: String
    let relation: String?
    let account: String?
    let role: String?

    func newInvitation(accounts: AccountStore, viewer: Viewer) async throws -> NewInvitation {
        guard let kind = MemberKind(rawValue: kind) else {
            throw StoreError.invalid([FieldProblem(field: "kind", message: "Choose a kind.")])
        }
        let accountId = try await accounts.id(ofSlug: account, for: viewer)
        return NewInvitation(
            email: email.flatMap { $0.isEmpty ? nil : $0 }, kind: kind, relation: relation.flatMap(Relation.init),
            accountId: accountId, role: role.flatMap(Role.init) ?? .member)
    }
}

struct AccountForm: Decodable {
    let slug: String
    let name: String
    let kind: String
}

/// A member's new standing, with the admin table's filter and page to return to.
struct StandingForm: Decodable {
    let role: String
    let kind: String
    let relation: String?
    let account: String?
    let q: String?
    let page: String?
}

/// Which members the admin page's table shows: those matching `q` (words of name, handle or
/// expertise), fifty to a page.
struct AdminMemberListing {
    static let perPage = 50
    let query: String?
    let page: Int

    init(query: String? = nil, page: String? = nil) {
        self.query = query?.trimmed.nonEmpty
        self.page = max(1, min(page.flatMap { Int($0) } ?? 1, 10_000))
    }

    /// The admin page showing this listing.
    var link: String { DirectoryPager.link(.admin, query: query, page: page).path }
}

struct AccountView {
    let slug: String
    let name: String
    let kind: String
}

/// A row of the admin member table, with its change form preset to the member's standing.
struct AdminMemberView {
    let member: MemberView
    let email: String
    let role: String
    let kind: String
    let relation: String?
    let account: String?
    let roleOptions: [Option]
    let kindOptions: [Option]
    let relationOptions: [Option]
    /// The slug of the member's account, for the account field (a list of suggestions shared by every row).
    let accountSlug: String

    init(_ member: Member, accountsById: [Int: Account]) {
        let account = member.accountId.flatMap { accountsById[$0] }
        self.member = MemberView(member)
        self.email = member.email ?? ""
        self.role = member.role.rawValue
        self.kind = member.kind.rawValue
        self.relation = member.relation?.rawValue
        self.account = account?.name
        self.roleOptions = Role.allCases.map { Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == member.role) }
        self.kindOptions = MemberKind.allCases.map {
            Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == member.kind)
        }
        self.relationOptions = Relation.allCases.map {
            Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == member.relation)
        }
        self.accountSlug = account?.slug ?? ""
    }
}

struct AdminPage {
    static let newestAccountsShown = 10
    let chrome: Chrome
    let settings: InstanceSettings
    let errors: FormErrors
    let registrationOptions: [Option]
    let spaceCreationOptions: [Option]
    let kinds: [Option]
    let relations: [Option]
    let roles: [Option]
    let accountKinds: [Option]
    let accountCount: Int
    let newestAccounts: [AccountView]
    /// Every account the admin may name, once per page: the suggestions of each account field.
    let accountOptions: [Option]
    let listing: AdminMemberListing
    let members: [AdminMemberView]
    let pager: DirectoryPager?
    let invitationLink: String?
    let botToken: String?
    /// A refused invitation, to fill its form again.
    let invitation: InvitationForm?
}
