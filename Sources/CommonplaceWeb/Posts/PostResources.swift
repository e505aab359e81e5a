import CommonplaceCore
import Hummingbird

/// The API form of ``Post``: what `/api/v1` sends, apart from the domain type.
struct PostResource: ResponseEncodable, Sendable {
    let id: Int
    let space: SpaceReferenceResource
    let author: MemberSummaryResource
    /// Who may see the item (PRODUCT.md §2).
    let visibility: Visibility
    /// Markdown as written.
    let body: String
    /// Sanitised HTML.
    let bodyHTML: String
    let tags: [String]
    let audience: AudienceResource
    let createdAt: Int

    init(_ value: Post) {
        id = value.id
        space = SpaceReferenceResource(value.space)
        author = MemberSummaryResource(value.author)
        visibility = value.visibility
        body = value.body
        bodyHTML = value.bodyHTML
        tags = value.tags
        audience = AudienceResource(value.audience)
        createdAt = value.createdAt
    }
}
