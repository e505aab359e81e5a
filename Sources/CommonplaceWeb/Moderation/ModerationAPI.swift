import CommonplaceCore
import Hummingbird

/// Moderation, flags, the FAQ and similar items in the API.
struct ModerationAPI: Sendable {
    let store: Store

    func moderate(_ request: Request, context: SignedInContext) async throws -> ConversationResource {
        let input = try await request.json(ModerationInput.self, context: context)
        guard let action = ModerationAction(rawValue: input.action) else {
            throw StoreError.invalid("action", "Use one of: \(ModerationAction.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return ConversationResource(
            try await store.conversations.moderate(
                try context.parameters.itemID(), action, reason: input.reason ?? "", by: context.member))
    }

    func moderateReply(_ request: Request, context: SignedInContext) async throws -> Response {
        let input = try await request.json(ModerationInput.self, context: context)
        guard input.action == "hide" || input.action == "restore" else { throw StoreError.invalid("action", "Use hide or restore.") }
        try await store.conversations.moderateReply(
            try context.parameters.require("reply", as: Int.self), in: try context.parameters.itemID(), hide: input.action == "hide",
            reason: input.reason ?? "", by: context.member)
        return noContent()
    }

    func move(_ request: Request, context: SignedInContext) async throws -> ConversationResource {
        let input = try await request.json(ThreadMoveInput.self, context: context)
        return ConversationResource(
            try await store.conversations.move(
                try context.parameters.itemID(), to: input.space, reason: input.reason ?? "", by: context.member))
    }

    func split(_ request: Request, context: SignedInContext) async throws -> EditedResponse<ConversationResource> {
        let input = try await request.json(SplitInput.self, context: context)
        return created(
            ConversationResource(
                try await store.conversations.split(
                    try context.parameters.itemID(), replies: input.replies, title: input.title, reason: input.reason ?? "",
                    by: context.member)
            ))
    }

    func merge(_ request: Request, context: SignedInContext) async throws -> ConversationResource {
        let input = try await request.json(MergeInput.self, context: context)
        return ConversationResource(
            try await store.conversations.merge(
                try context.parameters.itemID(), into: input.into, reason: input.reason ?? "", by: context.member))
    }

    func flag(_ request: Request, context: SignedInContext) async throws -> EditedResponse<ContentFlagResource> {
        let input = try await request.json(FlagInput.self, context: context)
        return created(
            ContentFlagResource(
                try await store.flags.flag(
                    try context.parameters.itemID(), reply: input.reply, reason: input.reason, note: input.note ?? "", by: context.member)))
    }

    func queue(_ request: Request, context: SignedInContext) async throws -> ListPage<ContentFlagResource> {
        ListPage(items: try await store.flags.queue(for: context.member).map(ContentFlagResource.init), next: nil)
    }

    func dismiss(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.flags.dismiss(try context.parameters.itemID(), by: context.member)
        return noContent()
    }

    func promote(_ request: Request, context: SignedInContext) async throws -> EditedResponse<FAQEntryResource> {
        created(FAQEntryResource(try await store.faq.promote(try context.parameters.itemID(), by: context.member)))
    }

    func faq(_ request: Request, context: AppRequestContext) async throws -> ListPage<FAQEntryResource> {
        let space = try await store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        return ListPage(items: try await store.faq.entries(of: space, for: context.viewer).map(FAQEntryResource.init), next: nil)
    }

    func removeFAQ(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.faq.remove(try context.parameters.itemID(), by: context.member)
        return noContent()
    }

    func moveFAQ(_ request: Request, context: SignedInContext) async throws -> Response {
        let input = try await request.json(FAQMoveInput.self, context: context)
        guard input.direction == "up" || input.direction == "down" else { throw StoreError.invalid("direction", "Use up or down.") }
        try await store.faq.move(try context.parameters.itemID(), up: input.direction == "up", by: context.member)
        return noContent()
    }

    /// `?text=` (a title or draft) and optionally `space=`: visible questions, discussions and articles that look alike.
    /// A text without a word finds nothing, as a title being typed may still be.
    func similar(_ request: Request, context: AppRequestContext) async throws -> ListPage<SimilarItemResource> {
        let query = request.uri.queryParameters
        guard let text = query.get("text") else { throw StoreError.invalid("text", "Give the text to compare, e.g. a question's title.") }
        let spaceId = try await query.get("space").asyncMap { try await store.spaces.find(slug: $0, for: context.viewer).id }
        let similar = try await store.similar.similar(to: text, spaceId: spaceId, for: context.viewer)
        return ListPage(items: similar.map { SimilarItemResource($0, url: .item(kind: $0.kind.rawValue, id: $0.id)) }, next: nil)
    }

    func follows(_ request: Request, context: SignedInContext) async throws -> ListPage<FollowResource> {
        ListPage(items: try await store.follows.list(for: context.member).map(FollowResource.init), next: nil)
    }

    func follow(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.follows.follow(try followTarget(context), by: context.member)
        return noContent()
    }

    func unfollow(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.follows.unfollow(try followTarget(context), by: context.member)
        return noContent()
    }

    private func followTarget(_ context: SignedInContext) throws -> FollowTarget {
        guard let target = FollowTarget(kind: try context.parameters.require("kind"), key: try context.parameters.require("key")) else {
            throw StoreError.notFound
        }
        return target
    }
}

/// A moderation action with its reason, from a form or a JSON body.
struct ModerationInput: Decodable {
    let action: String
    let reason: String?
}

/// Where to move a thread and why, from a form or a JSON body.
struct ThreadMoveInput: Decodable {
    let space: String
    let reason: String?
}

struct SplitInput: Decodable {
    let replies: [Int]
    let title: String
    let reason: String?
}

struct MergeInput: Decodable {
    let into: Int
    let reason: String?
}

struct FlagInput: Decodable {
    let reply: Int?
    let reason: FlagReason
    let note: String?
}

struct FAQMoveInput: Decodable {
    let direction: String
}
