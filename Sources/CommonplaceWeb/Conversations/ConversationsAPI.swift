import CommonplaceCore
import Foundation
import Hummingbird

/// `/api/v1/threads` and `/api/v1/feed`: threads, replies, reactions, answers, reads, edits.
struct ConversationsAPI: Sendable {
    let store: Store

    func feed(_ request: Request, context: AppRequestContext) async throws -> ListPage<FeedItemResource> {
        let limit = try request.integer("limit", in: 1...100) ?? 30
        let before = try request.integer("before", in: 1...Int.max)
        let entries = try await store.feed.entries(before: before, limit: limit, for: context.viewer)
        let next = entries.count == limit ? entries.last.map { SiteURL.api(.feed).query("limit", limit).query("before", $0.id) } : nil
        return ListPage(items: entries.map(FeedItemResource.init), next: next)
    }

    func list(_ request: Request, context: AppRequestContext) async throws -> ListPage<ConversationResource> {
        let query = request.uri.queryParameters
        let unanswered = query.get("unanswered")
        guard unanswered.map({ ["true", "1", "false", "0"].contains($0) }) ?? true else {
            throw StoreError.invalid("unanswered", "Use true or false.")
        }
        var filter = ConversationFilter(
            unanswered: unanswered == "true" || unanswered == "1", tag: query.get("tag")?.lowercased(),
            limit: try request.integer("limit", in: 1...100) ?? 30)
        if let kind = query.get("kind") {
            guard let parsed = ConversationKind(rawValue: kind), parsed != .idea else {
                throw StoreError.invalid("kind", "Use question or discussion.")
            }
            if !filter.unanswered { filter.kind = parsed }
        }
        if let after = query.get("after") {
            guard let cursor = ConversationCursor(after) else {
                throw StoreError.invalid("after", "Use the next link of the previous page.")
            }
            filter.after = cursor
        }
        if let slug = query.get("space") { filter.spaceId = try await store.spaces.find(slug: slug, for: context.viewer).id }
        if let handle = query.get("author") {
            guard let author = try await store.members.find(handle: handle) else { throw StoreError.notFound }
            filter.authorId = author.id
        }
        let conversations = try await store.conversations.list(filter, for: context.viewer)
        var next: SiteURL?
        if conversations.count == filter.limit, let last = conversations.last {
            next = SiteURL.api(.threads).query(keeping: query, dropping: ["after"]).query("after", ConversationCursor(last).text)
        }
        return ListPage(items: conversations.map(ConversationResource.init), next: next)
    }

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<ConversationResource> {
        let input = try await request.json(ConversationInput.self, context: context)
        let conversation = try await store.conversations.create(
            NewConversation(
                space: input.space, kind: input.kind, title: input.title, body: input.body, tags: input.tags ?? [],
                visibility: input.visibility,
                audience: Audience(input.audience)),
            by: context.member)
        return created(ConversationResource(conversation))
    }

    /// The thread with a page of its replies (`?page=`, from 1; past the last page, the last).
    func show(_ request: Request, context: AppRequestContext) async throws -> ConversationThreadResource {
        let page = try request.integer("page", in: 1...Int.max) ?? 1
        return ConversationThreadResource(
            try await store.conversations.thread(try context.parameters.itemID(), for: context.viewer, page: page))
    }

    func update(_ request: Request, context: SignedInContext) async throws -> ConversationResource {
        let input = try await request.json(EditInput.self, context: context)
        let id = try context.parameters.itemID()
        let current = try await store.conversations.find(id: id, for: context.viewer)
        return ConversationResource(
            try await store.conversations.edit(id, title: input.title ?? current.title, body: input.body, by: context.member))
    }

    func edits(_ request: Request, context: AppRequestContext) async throws -> ListPage<ConversationEditResource> {
        let reply = try request.integer("reply", in: 1...Int.max)
        return ListPage(
            items: try await store.conversations.edits(of: try context.parameters.itemID(), reply: reply, for: context.viewer)
                .map(ConversationEditResource.init),
            next: nil)
    }

    func reply(_ request: Request, context: SignedInContext) async throws -> EditedResponse<ReplyResource> {
        let input = try await request.json(EditInput.self, context: context)
        return created(
            ReplyResource(try await store.conversations.reply(to: try context.parameters.itemID(), body: input.body, by: context.member)))
    }

    func updateReply(_ request: Request, context: SignedInContext) async throws -> ReplyResource {
        let input = try await request.json(EditInput.self, context: context)
        return ReplyResource(
            try await store.conversations.editReply(
                try context.parameters.require("reply", as: Int.self), in: try context.parameters.itemID(), body: input.body,
                by: context.member))
    }

    func react(_ request: Request, context: SignedInContext) async throws -> Response {
        try await reaction(request, context: context, on: true)
    }

    func unreact(_ request: Request, context: SignedInContext) async throws -> Response {
        try await reaction(request, context: context, on: false)
    }

    private func reaction(_ request: Request, context: SignedInContext, on: Bool) async throws -> Response {
        guard let reaction = Reaction(rawValue: try context.parameters.require("reaction")) else { throw StoreError.notFound }
        try await store.conversations.react(
            reaction, to: try context.parameters.itemID(), reply: try request.integer("reply", in: 1...Int.max), on: on,
            by: context.member)
        return noContent()
    }

    func accept(_ request: Request, context: SignedInContext) async throws -> ConversationResource {
        let input = try await request.json(AcceptInput.self, context: context)
        return ConversationResource(
            try await store.conversations.accept(input.reply, in: try context.parameters.itemID(), by: context.member))
    }

    func unaccept(_ request: Request, context: SignedInContext) async throws -> ConversationResource {
        ConversationResource(try await store.conversations.accept(nil, in: try context.parameters.itemID(), by: context.member))
    }

    /// Marks the thread read up to its newest reply.
    func read(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await store.conversations.thread(try context.parameters.itemID(), for: context.viewer, markRead: true, page: .max)
        return noContent()
    }
}

/// One feed entry: `type` says which of `post` and `conversation` is set.
struct FeedItemResource: Encodable, Sendable {
    let type: String
    let post: PostResource?
    let conversation: ConversationResource?
    let idea: IdeaResource?

    init(_ entry: FeedEntry) {
        switch entry {
        case .post(let post): (type, self.post, conversation, idea) = ("post", PostResource(post), nil, nil)
        case .conversation(let conversation):
            (type, post, self.conversation, idea) = ("conversation", nil, ConversationResource(conversation), nil)
        case .idea(let idea): (type, post, conversation, self.idea) = ("idea", nil, nil, IdeaResource(idea))
        }
    }
}

struct ConversationInput: Decodable {
    let space: String
    let kind: ConversationKind
    let title: String
    let body: String
    let tags: [String]?
    let visibility: Visibility?
    let audience: PostInput.AudienceInput?
}

struct EditInput: Decodable {
    let title: String?
    let body: String
}

struct AcceptInput: Decodable {
    let reply: Int
}
