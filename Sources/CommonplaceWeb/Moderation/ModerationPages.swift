import CommonplaceCore
import Hummingbird

/// The moderators' review queue of flagged content.
struct ModerationPages: Sendable {
    let site: Site

    func queue(_ request: Request, context: SignedInContext) async throws -> Response {
        let flags = try await site.store.flags.queue(for: context.member)
        let view = ModerationQueuePage(chrome: try await site.chrome("Review queue", context.parent), flags: flags.map(FlagView.init))
        return site.renderer.page(view)
    }

    func dismiss(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.store.flags.dismiss(try context.parameters.itemID(), by: context.member)
        return redirect(to: .moderation)
    }
}

struct ModerationQueuePage {
    let chrome: Chrome
    let flags: [FlagView]
}

struct FlagView {
    let id: Int
    let targetURL: SiteURL
    let moderateAction: SiteURL
    let title: String
    let replyId: Int?
    let excerpt: String
    let reason: String
    let note: String
    let flaggedBy: MemberView
    let at: String

    init(_ flag: ContentFlag) {
        id = flag.id
        targetURL = .reply(flag.replyId, in: flag.conversationId)
        moderateAction = flag.replyId.map { SiteURL.replyModerate(flag.conversationId, $0) } ?? .threadModerate(flag.conversationId)
        title = flag.conversationTitle
        replyId = flag.replyId
        excerpt = flag.excerpt
        reason = flag.reason.label
        note = flag.note
        flaggedBy = MemberView(flag.flaggedBy)
        at = DateText.of(flag.createdAt)
    }
}
