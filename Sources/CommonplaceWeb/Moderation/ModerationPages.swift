import CommonplaceCore
import Hummingbird

/// The moderators' review queue of flagged content.
struct ModerationPages: Sendable {
    let site: Site

    func queue(_ request: Request, context: SignedInContext) async throws -> Response {
        let flags = try await site.store.flags.queue(for: context.member)
        let view = ModerationQueuePage(
            chrome: try await site.chrome("Review queue", context.parent), flags: flags.map(FlagView.init),
            done: request.uri.queryParameters.get("done").flatMap(ModerationQueuePage.Outcome.init))
        return site.renderer.page(view)
    }

    func dismiss(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.store.flags.dismiss(try context.parameters.itemID(), by: context.member)
        return redirect(to: ModerationQueuePage.done(.dismissed))
    }
}

struct ModerationQueuePage {
    let chrome: Chrome
    let flags: [FlagView]
    /// What the moderator just did from the queue, to confirm above it.
    let done: Outcome?

    /// What a moderator can do with a flag from the queue.
    enum Outcome: String {
        case hidden, dismissed

        var message: String {
            switch self {
            case .hidden: "Hidden. The flags on it are settled."
            case .dismissed: "Dismissed. The post stays as it is."
            }
        }
    }

    /// The queue again, confirming what was done.
    static func done(_ outcome: Outcome) -> SiteURL {
        SiteURL.moderation.query("done", outcome.rawValue)
    }
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
    let at: Timestamp

    init(_ flag: ContentFlag) {
        id = flag.id
        targetURL = .reply(flag.replyId, in: flag.conversationId)
        moderateAction = (flag.replyId.map { SiteURL.replyModerate(flag.conversationId, $0) } ?? .threadModerate(flag.conversationId))
            .query("from", "review")
        title = flag.conversationTitle
        replyId = flag.replyId
        excerpt = flag.excerpt
        reason = flag.reason.label
        note = flag.note
        flaggedBy = MemberView(flag.flaggedBy)
        at = Timestamp(flag.createdAt)
    }
}
