import CommonplaceCore
import Hummingbird

/// The API form of ``ActionLogEntry``: what `/api/v1` sends, apart from the domain type.
struct ActionLogEntryResource: ResponseEncodable, Sendable {
    let id: Int
    let actor: MemberSummaryResource?
    let action: String
    /// Empty when the entry is about an item you may not see.
    let summary: String
    let itemId: Int?
    let itemTitle: String?
    let createdAt: Int

    init(_ value: ActionLogEntry) {
        id = value.id
        actor = value.actor.map(MemberSummaryResource.init)
        action = value.action
        summary = value.summary
        itemId = value.itemId
        itemTitle = value.itemTitle
        createdAt = value.createdAt
    }
}

/// The API form of ``MemberSummary``: what `/api/v1` sends, apart from the domain type.
struct MemberSummaryResource: ResponseEncodable, Sendable {
    let id: Int
    let handle: String
    let name: String
    let kind: MemberKind
    let relation: Relation?

    init(_ value: MemberSummary) {
        id = value.id
        handle = value.handle
        name = value.name
        kind = value.kind
        relation = value.relation
    }
}

/// The API form of ``SpaceReference``: what `/api/v1` sends, apart from the domain type.
struct SpaceReferenceResource: ResponseEncodable, Sendable {
    let slug: String
    let name: String

    init(_ value: SpaceReference) {
        slug = value.slug
        name = value.name
    }
}

/// The API form of ``Audience``: what `/api/v1` sends, apart from the domain type.
struct AudienceResource: ResponseEncodable, Sendable {
    let members: [String]
    let accounts: [String]

    init(_ value: Audience) {
        members = value.members
        accounts = value.accounts
    }
}
