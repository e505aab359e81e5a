import SQLKit

/// An invitation to join: it fixes who the newcomer will be (kind, relation, account, role).
public struct Invitation: Sendable, Codable, Equatable {
    public let id: Int
    public let email: String?
    public let kind: MemberKind
    public let relation: Relation?
    public let accountId: Int?
    public let role: Role
    public let expiresAt: Int
}

/// What an admin fills in to invite someone.
public struct NewInvitation: Sendable {
    public var email: String?
    public var kind: MemberKind
    public var relation: Relation?
    public var accountId: Int?
    public var role: Role

    public init(email: String?, kind: MemberKind, relation: Relation?, accountId: Int?, role: Role) {
        self.email = email
        self.kind = kind
        self.relation = relation
        self.accountId = accountId
        self.role = role
    }
}

/// Invitations, stored by the hash of their code and usable once.
public struct InvitationStore: Sendable {
    let database: Database
    let hasher: PasswordHasher
    public static let lifetime = 14 * 24 * 3600

    /// Creates an invitation and returns it with the code for the link.
    public func create(_ new: NewInvitation, by inviter: Member) async throws -> (invitation: Invitation, code: String) {
        guard inviter.isAdmin else { throw StoreError.forbidden("Only admins invite people.") }
        var new = new
        if new.email?.trimmed.isEmpty == true { new.email = nil }
        var validator = Validator()
        validator.require(new.kind != .external || new.relation != nil, "relation", "Choose how this person relates to the company.")
        validator.require(new.kind == .external || new.accountId == nil, "account", "Only external members belong to an account.")
        validator.require(new.email.map(\.isEmailAddress) ?? true, "email", "Enter a valid e-mail address or leave it empty.")
        try validator.check()
        let code = Secret.make(prefix: "")
        let invitation = try await database.write { sql in
            if let accountId = new.accountId, try await sql.raw("SELECT id FROM accounts WHERE id = \(bind: accountId)").first() == nil {
                throw StoreError.conflict("account", "Unknown account.")
            }
            return try await sql.raw(
                """
                INSERT INTO invitations (code_hash, email, kind, relation, account_id, role, invited_by, created_at, expires_at)
                VALUES (\(bind: Secret.hash(code)), \(bind: new.email?.trimmed.lowercased()), \(bind: new.kind.rawValue),
                    \(bind: new.kind == .external ? new.relation?.rawValue : nil), \(bind: new.accountId), \(bind: new.role.rawValue),
                    \(bind: inviter.id), \(bind: Clock.now()), \(bind: Clock.now() + Self.lifetime))
                RETURNING id, email, kind, relation, account_id, role, expires_at
                """
            ).first()!.model(Invitation.self)
        }
        return (invitation, code)
    }

    /// The open invitation with this code; used or expired ones are not found.
    public func find(code: String) async throws -> Invitation {
        try await database.read { try await Self.find(code: code, on: $0) }
    }

    private static func find(code: String, on sql: any SQLDatabase) async throws -> Invitation {
        let row = try await sql.raw(
            """
            SELECT id, email, kind, relation, account_id, role, expires_at FROM invitations
            WHERE code_hash = \(bind: Secret.hash(code)) AND used_by IS NULL AND expires_at > \(bind: Clock.now())
            """
        ).first()
        guard let invitation = try row?.model(Invitation.self) else { throw StoreError.notFound }
        return invitation
    }

    /// Creates the member the invitation describes and marks it used, in one transaction.
    public func accept(code: String, handle: String, email: String, name: String, password: String) async throws -> Member {
        let invitation = try await find(code: code)
        let new = NewMember(
            handle: handle, email: invitation.email ?? email, name: name, password: password, kind: invitation.kind,
            relation: invitation.relation, accountId: invitation.accountId, role: invitation.role)
        try new.validate()
        let hash = try await hasher.hash(password)
        return try await database.write { sql in
            let current = try await Self.find(code: code, on: sql)
            let member = try await MemberStore.insert(new, passwordHash: hash, on: sql)
            try await sql.raw("UPDATE invitations SET used_by = \(bind: member.id) WHERE id = \(bind: current.id)").run()
            return member
        }
    }
}
