/// How people come to be members of a space.
public enum MembershipPolicy: String, Sendable, Codable, CaseIterable {
    /// Anyone signed in may join.
    case open
    /// Anyone may ask; a moderator approves.
    case request
    /// Only moderators add members; the space is hidden from everyone else.
    case invite
}

/// A community with a purpose (PRODUCT.md §3).
public struct Space: Sendable, Codable, Equatable {
    public let id: Int
    public var slug: String
    public var name: String
    public var purpose: String
    public var membershipPolicy: MembershipPolicy
    public var defaultVisibility: Visibility
    public var official: Bool
    public var createdBy: Int?
    public var createdAt: Int
}

/// A measurable aim of a space and how far it has come.
public struct SpaceGoal: Sendable, Codable, Equatable {
    /// What a goal counts.
    public enum Metric: String, Sendable, Codable, CaseIterable {
        case members
        case posts
    }

    public let id: Int
    public var description: String
    public var metric: Metric
    public var target: Int
    public var current: Int

    public var percent: Int { target <= 0 ? 100 : min(100, current * 100 / target) }
}

/// A member's standing in a space.
public struct SpaceMembership: Sendable, Codable, Equatable {
    /// What the member may do in the space.
    public enum Role: String, Sendable, Codable {
        case member
        case moderator
    }

    /// Whether the membership is in force or waiting for approval.
    public enum Status: String, Sendable, Codable {
        case active
        case requested
    }

    public var role: Role
    public var status: Status

    public init(role: Role, status: Status) {
        self.role = role
        self.status = status
    }
}

/// A member listed on a space page.
public struct SpaceMemberEntry: Sendable, Codable, Equatable {
    public let member: MemberSummary
    public let role: SpaceMembership.Role
    public let status: SpaceMembership.Status
}

/// The short form of a member shown next to content.
public struct MemberSummary: Sendable, Codable, Equatable {
    public let id: Int
    public let handle: String
    public let name: String
    public let kind: MemberKind
    public let relation: Relation?
}
