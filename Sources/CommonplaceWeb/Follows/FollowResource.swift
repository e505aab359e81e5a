import CommonplaceCore
import Hummingbird

/// The API form of ``Follow``: what `/api/v1` sends, apart from the domain type.
struct FollowResource: ResponseEncodable, Sendable {
    let kind: String
    let key: String
    /// The thread's or article's title, or the space's or person's name; absent for a tag or an item you may no longer see.
    let title: String?
    let createdAt: Int

    init(_ value: Follow) {
        kind = value.kind
        key = value.key
        title = value.title
        createdAt = value.createdAt
    }
}
