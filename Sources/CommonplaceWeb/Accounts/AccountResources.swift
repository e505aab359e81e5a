import CommonplaceCore
import Hummingbird

/// The API form of ``Account``: what `/api/v1` sends, apart from the domain type.
struct AccountResource: ResponseEncodable, Sendable {
    let id: Int
    let slug: String
    let name: String
    let kind: AccountKind
    let createdAt: Int

    init(_ value: Account) {
        id = value.id
        slug = value.slug
        name = value.name
        kind = value.kind
        createdAt = value.createdAt
    }
}
