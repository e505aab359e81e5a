import CommonplaceCore
import Hummingbird

/// The API form of ``SuggestedEdit``: what `/api/v1` sends, apart from the domain type.
struct SuggestedEditResource: ResponseEncodable, Sendable {
    let id: Int
    let articleId: Int
    let articleTitle: String
    let baseRevision: Int
    let title: String
    let body: String
    let tags: [String]
    let status: ArticleStatus
    let knowledgeKind: KnowledgeKind?
    let comment: String
    let suggester: MemberSummaryResource
    let state: SuggestionState
    let reason: String?
    let createdAt: Int
    let decidedAt: Int?

    init(_ value: SuggestedEdit) {
        id = value.id
        articleId = value.articleId
        articleTitle = value.articleTitle
        baseRevision = value.baseRevision
        title = value.title
        body = value.body
        tags = value.tags
        status = value.status
        knowledgeKind = value.knowledgeKind
        comment = value.comment
        suggester = MemberSummaryResource(value.suggester)
        state = value.state
        reason = value.reason
        createdAt = value.createdAt
        decidedAt = value.decidedAt
    }
}

/// The API form of ``Article``: what `/api/v1` sends, apart from the domain type.
struct ArticleResource: ResponseEncodable, Sendable {
    let id: Int
    let space: SpaceReferenceResource
    let slug: String
    let title: String
    let body: String
    let bodyHTML: String
    let tags: [String]
    let status: ArticleStatus
    let reviewBy: Int?
    let knowledgeKind: KnowledgeKind?
    let section: String
    /// Its place in its section, 1 first, counting only the articles the reader may see.
    let position: Int
    /// Who may see the item (PRODUCT.md §2).
    let visibility: Visibility
    let audience: AudienceResource
    let owners: [MemberSummaryResource]
    let author: MemberSummaryResource
    let revision: Int
    let createdAt: Int
    let updatedAt: Int

    init(_ value: Article) {
        id = value.id
        space = SpaceReferenceResource(value.space)
        slug = value.slug
        title = value.title
        body = value.body
        bodyHTML = value.bodyHTML
        tags = value.tags
        status = value.status
        reviewBy = value.reviewBy
        knowledgeKind = value.knowledgeKind
        section = value.section
        position = value.position
        visibility = value.visibility
        audience = AudienceResource(value.audience)
        owners = value.owners.map(MemberSummaryResource.init)
        author = MemberSummaryResource(value.author)
        revision = value.revision
        createdAt = value.createdAt
        updatedAt = value.updatedAt
    }
}

/// The API form of ``ArticleRevision``: what `/api/v1` sends, apart from the domain type.
struct ArticleRevisionResource: ResponseEncodable, Sendable {
    let number: Int
    let title: String
    let body: String
    let tags: [String]
    let status: ArticleStatus
    let reviewBy: Int?
    let knowledgeKind: KnowledgeKind?
    let section: String
    let owners: [String]
    /// Who may see the item (PRODUCT.md §2).
    let visibility: Visibility
    let author: MemberSummaryResource
    let credited: MemberSummaryResource?
    let summary: String
    let createdAt: Int

    init(_ value: ArticleRevision) {
        number = value.number
        title = value.title
        body = value.body
        tags = value.tags
        status = value.status
        reviewBy = value.reviewBy
        knowledgeKind = value.knowledgeKind
        section = value.section
        owners = value.owners
        visibility = value.visibility
        author = MemberSummaryResource(value.author)
        credited = value.credited.map(MemberSummaryResource.init)
        summary = value.summary
        createdAt = value.createdAt
    }
}
