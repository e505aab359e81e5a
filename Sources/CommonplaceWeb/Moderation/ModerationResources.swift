import CommonplaceCore
import Hummingbird

/// The API form of ``ContentFlag``: what `/api/v1` sends, apart from the domain type.
struct ContentFlagResource: ResponseEncodable, Sendable {
    let id: Int
    let conversationId: Int
    let conversationTitle: String
    let replyId: Int?
    let excerpt: String
    let reason: FlagReason
    let note: String
    let flaggedBy: MemberSummaryResource
    let createdAt: Int

    init(_ value: ContentFlag) {
        id = value.id
        conversationId = value.conversationId
        conversationTitle = value.conversationTitle
        replyId = value.replyId
        excerpt = value.excerpt
        reason = value.reason
        note = value.note
        flaggedBy = MemberSummaryResource(value.flaggedBy)
        createdAt = value.createdAt
    }
}

/// The API form of ``SimilarItem``: what `/api/v1` sends, apart from the domain type.
struct SimilarItemResource: ResponseEncodable, Sendable {
    let kind: SimilarItem.Kind
    let id: Int
    let title: String
    let spaceName: String
    let matched: [String]
    let answered: Bool
    /// The search ranking (titles above text; answered and verified boosted), a little higher in the same space.
    let score: Double
    /// The path of the item's page.
    let url: String

    init(_ value: SimilarItem, url: SiteURL) {
        kind = value.kind
        id = value.id
        title = value.title
        spaceName = value.spaceName
        matched = value.matched
        answered = value.answered
        score = value.score
        self.url = url.path
    }
}
