import CommonplaceCore
import Hummingbird

/// The admin page: instance settings, invitations, accounts and members' standing.
struct AdminPages: Sendable {
    let site: Site

    func show(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try context.requireAdmin()
        return try await page(context: context, status: .ok)
    }

    private func page(
        context: SignedInContext, problems: [FieldProblem] = [], invitationLink: String? = nil, botToken: String? = nil,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let store = site.store
        let settings = try await store.settings.current()
        let accounts = try await store.accounts.list(for: context.viewer)
        let accountNames = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.name) })
        let members = try await store.members.list()
        let view = AdminPage(
            chrome: try await site.chrome("Admin", context.parent), settings: settings, errors: FormErrors(problems),
            registrationOptions: RegistrationPolicy.allCases.map {
                Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == settings.registration)
            },
            spaceCreationOptions: SpaceCreationPolicy.allCases.map {
                Option(value: $0.rawValue, label: $0 == .everyone ? "Every member" : "Admins only", selected: $0 == settings.spaceCreation)
            },
            kinds: MemberKind.allCases.map { Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: false) },
            relations: Relation.allCases.map { Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: false) },
            roles: Role.allCases.map { Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == .member) },
            accountKinds: AccountKind.allCases.map { Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: false) },
            accounts: accounts.map { AccountView(slug: $0.slug, name: $0.name, kind: $0.kind.rawValue) },
            accountOptions: accounts.map { Option(value: $0.slug, label: $0.name, selected: false) },
            members: members.map { AdminMemberView($0, accounts: accounts, accountNames: accountNames) },
            invitationLink: invitationLink, botToken: botToken)
        return site.renderer.page("admin", view, status: status)
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
            return redirect(to: "/admin")
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
            return try await page(context: context, invitationLink: "/join/\(created.code)", status: .created)
        } catch StoreError.invalid(let problems) {
            return try await page(context: context, problems: problems, status: .unprocessableContent)
        }
    }

    /// Adds a bot and shows its first API token once.
    func createBot(_ request: Request, context: SignedInContext) async throws -> Response {
        let admin = try context.requireAdmin()
        let form = try await request.form(BotInput.self, context: context)
        do {
            let bot = try await site.store.members.createBot(handle: form.handle.lowercased(), name: form.name, by: admin)
            let token = try await site.store.tokens.create(for: bot.id, name: "\(bot.name) token")
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
            return redirect(to: "/admin")
        } catch StoreError.invalid(let problems) {
            return try await page(context: context, problems: problems, status: .unprocessableContent)
        }
    }

    func updateMember(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try context.requireAdmin()
        let handle = try context.parameters.require("handle")
        let form = try await request.form(StandingForm.self, context: context)
        do {
            guard let role = Role(rawValue: form.role), let kind = MemberKind(rawValue: form.kind) else {
                throw StoreError.invalid([FieldProblem(field: "role", message: "Choose a role and kind.")])
            }
            let accountId = try await form.account.flatMap { $0.isEmpty ? nil : $0 }.asyncMap {
                try await site.store.accounts.find(slug: $0, for: context.viewer).id
            }
            _ = try await site.store.members.setStanding(
                of: handle, role: role, kind: kind, relation: form.relation.flatMap(Relation.init), accountId: accountId)
            return redirect(to: "/admin")
        } catch StoreError.invalid(let problems) {
            return try await page(context: context, problems: problems, status: .unprocessableContent)
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
        let accountId = try await account.flatMap { $0.isEmpty ? nil : $0 }.asyncMap { try await accounts.find(slug: $0, for: viewer).id }
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

struct StandingForm: Decodable {
    let role: String
    let kind: String
    let relation: String?
    let account: String?
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
    let accountOptions: [Option]

    init(_ member: Member, accounts: [Account], accountNames: [Int: String]) {
        self.member = MemberView(member)
        self.email = member.email ?? ""
        self.role = member.role.rawValue
        self.kind = member.kind.rawValue
        self.relation = member.relation?.rawValue
        self.account = member.accountId.flatMap { accountNames[$0] }
        self.roleOptions = Role.allCases.map { Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == member.role) }
        self.kindOptions = MemberKind.allCases.map {
            Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == member.kind)
        }
        self.relationOptions = Relation.allCases.map {
            Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == member.relation)
        }
        self.accountOptions = accounts.map { Option(value: $0.slug, label: $0.name, selected: $0.id == member.accountId) }
    }
}

struct AdminPage {
    let chrome: Chrome
    let settings: InstanceSettings
    let errors: FormErrors
    let registrationOptions: [Option]
    let spaceCreationOptions: [Option]
    let kinds: [Option]
    let relations: [Option]
    let roles: [Option]
    let accountKinds: [Option]
    let accounts: [AccountView]
    let accountOptions: [Option]
    let members: [AdminMemberView]
    let invitationLink: String?
    let botToken: String?
}
