import CommonplaceCore
import Hummingbird

/// One page of a list, with the link to the next page when there is one.
struct ListPage<Item: Encodable & Sendable>: ResponseEncodable, Sendable {
    let items: [Item]
    let next: SiteURL?
}

/// A member as the API shows them; the e-mail only to the member themselves.
struct MemberResource: ResponseEncodable, Sendable {
    let id: Int
    let handle: String
    let name: String
    let kind: MemberKind
    let relation: Relation?
    let account: String?
    let role: Role
    let bio: String
    let expertise: [String]
    let interests: [String]
    let email: String?
    let createdAt: Int

    init(_ member: Member, accountSlug: String?, includeEmail: Bool) {
        self.id = member.id
        self.handle = member.handle
        self.name = member.name
        self.kind = member.kind
        self.relation = member.relation
        self.account = accountSlug
        self.role = member.role
        self.bio = member.bio
        self.expertise = member.expertiseTags
        self.interests = member.interestTags
        self.email = includeEmail ? member.email : nil
        self.createdAt = member.createdAt
    }
}

/// A space as the API shows it.
struct SpaceResource: ResponseEncodable, Sendable {
    let slug: String
    let name: String
    let purpose: String
    let membershipPolicy: MembershipPolicy
    let defaultVisibility: Visibility
    let official: Bool
    let memberCount: Int?
    let membership: SpaceMembershipResource?
    let goals: [GoalResource]?
    let createdAt: Int

    init(_ space: Space, memberCount: Int?, membership: SpaceMembership?, goals: [SpaceGoal]?) {
        self.slug = space.slug
        self.name = space.name
        self.purpose = space.purpose
        self.membershipPolicy = space.membershipPolicy
        self.defaultVisibility = space.defaultVisibility
        self.official = space.official
        self.memberCount = memberCount
        self.membership = membership.map(SpaceMembershipResource.init)
        self.goals = goals?.map(GoalResource.init)
        self.createdAt = space.createdAt
    }
}

/// An API token; `secret` appears only in the response that created it.
struct TokenResource: ResponseEncodable, Sendable {
    let id: Int
    let name: String
    let createdAt: Int
    let lastUsedAt: Int?
    let secret: String?

    init(_ token: APIToken, secret: String? = nil) {
        self.id = token.id
        self.name = token.name
        self.createdAt = token.createdAt
        self.lastUsedAt = token.lastUsedAt
        self.secret = secret
    }
}

/// A created invitation with the path of its one-time link.
struct InvitationResource: ResponseEncodable, Sendable {
    let id: Int
    let email: String?
    let kind: MemberKind
    let relation: Relation?
    let role: Role
    let expiresAt: Int
    let link: String
}

/// A member's standing in a space, as listed by the API.
struct SpaceMemberResource: ResponseEncodable, Sendable {
    let handle: String
    let name: String
    let kind: MemberKind
    let role: SpaceMembership.Role
    let status: SpaceMembership.Status
}

/// The status code of a created resource.
func created<T: ResponseEncodable>(_ resource: T) -> EditedResponse<T> {
    EditedResponse(status: .created, response: resource)
}

/// An empty 204 answer.
func noContent() -> Response {
    Response(status: .noContent)
}
