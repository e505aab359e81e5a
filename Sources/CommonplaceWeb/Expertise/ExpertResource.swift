import CommonplaceCore
import Hummingbird

/// The API form of ``Expert``: what `/api/v1` sends, apart from the domain type.
struct ExpertResource: ResponseEncodable, Sendable {
    let member: MemberSummaryResource
    /// 5 per accepted answer, 3 per accepted edit and owned article about the topic (visible to you), 4 for declared expertise.
    let score: Int
    let acceptedAnswers: Int
    let acceptedEdits: Int
    let ownedArticles: Int
    let declared: Bool

    init(_ value: Expert) {
        member = MemberSummaryResource(value.member)
        score = value.score
        acceptedAnswers = value.acceptedAnswers
        acceptedEdits = value.acceptedEdits
        ownedArticles = value.ownedArticles
        declared = value.declared
    }
}
