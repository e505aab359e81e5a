import CommonplaceCore
import Hummingbird

/// The API form of ``FAQEntry``: what `/api/v1` sends, apart from the domain type.
struct FAQEntryResource: ResponseEncodable, Sendable {
    let id: Int
    let conversationId: Int
    let space: SpaceReferenceResource
    let question: String
    let answer: String
    let answerHTML: String
    let position: Int
    let createdAt: Int

    init(_ value: FAQEntry) {
        id = value.id
        conversationId = value.conversationId
        space = SpaceReferenceResource(value.space)
        question = value.question
        answer = value.answer
        answerHTML = value.answerHTML
        position = value.position
        createdAt = value.createdAt
    }
}
