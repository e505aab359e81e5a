/// Whether a member works for the company, comes from outside, or is a bot.
public enum MemberKind: String, Sendable, Codable, CaseIterable {
    case employee
    case external
    case machine
}

/// How an external member relates to the company.
public enum Relation: String, Sendable, Codable, CaseIterable {
    case customer
    case supplier
    case partner
    case volunteer
}

/// A member's instance-wide role.
public enum Role: String, Sendable, Codable, CaseIterable {
    case admin
    case moderator
    case member
}

/// A person or bot with a sign-in; the subject of every visibility decision.
public struct Member: Sendable, Codable, Equatable {
    public let id: Int
    public var handle: String
    public var email: String?
    public var name: String
    public var kind: MemberKind
    public var relation: Relation?
    public var accountId: Int?
    public var role: Role
    public var bio: String
    public var expertise: String
    public var interests: String
    public var createdAt: Int

    public var isEmployee: Bool { kind == .employee }
    public var isAdmin: Bool { role == .admin }
    /// Admins and instance moderators may moderate every space.
    public var isInstanceModerator: Bool { role == .admin || role == .moderator }

    /// Declared expertise as a list of tags.
    public var expertiseTags: [String] { Tags.parseList(expertise) }
    /// Interests (tags followed) as a list.
    public var interestTags: [String] { Tags.parseList(interests) }
}
