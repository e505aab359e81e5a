/// What it takes to create a member.
public struct NewMember: Sendable {
    public var handle: String
    public var email: String
    public var name: String
    public var password: String
    public var kind: MemberKind
    public var relation: Relation?
    public var accountId: Int?
    public var role: Role

    public init(
        handle: String, email: String, name: String, password: String, kind: MemberKind,
        relation: Relation? = nil, accountId: Int? = nil, role: Role = .member
    ) {
        self.handle = handle
        self.email = email
        self.name = name
        self.password = password
        self.kind = kind
        self.relation = relation
        self.accountId = accountId
        self.role = role
    }

    func validate() throws {
        var validator = Validator()
        validator.require(handle.isSlug, "handle", "Use 2–40 lowercase letters, digits or dashes.")
        validator.require(
            email.isEmailAddress,
            "email", "Enter a valid e-mail address.")
        validator.require(!name.trimmed.isEmpty && name.count <= 100, "name", "Enter a name of at most 100 characters.")
        validator.require(PasswordHasher.isAcceptable(password), "password", PasswordHasher.lengthMessage)
        validator.require(kind != .external || relation != nil, "relation", "Choose how this person relates to the company.")
        validator.require(kind == .external || accountId == nil, "account", "Only external members belong to an account.")
        try validator.check()
    }
}

/// The parts of a profile a member edits themselves.
public struct ProfileUpdate: Sendable, Codable {
    public var name: String
    public var bio: String
    public var expertise: String
    public var interests: String

    public init(name: String, bio: String, expertise: String, interests: String) {
        self.name = name
        self.bio = bio
        self.expertise = expertise
        self.interests = interests
    }
}
