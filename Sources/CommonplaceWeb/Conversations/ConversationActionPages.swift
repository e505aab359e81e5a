import CommonplaceCore
import Hummingbird

/// The form posts of a thread page: reactions, accepting, flags, and the moderators' actions.
struct ConversationActionPages: Sendable {
    let site: Site

    private func back(_ id: Int, reply: Int? = nil) -> Response {
        redirect(to: .reply(reply, in: id))
    }

    func react(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(ReactionForm.self, context: context)
        guard let reaction = (form.add ?? form.remove).flatMap(Reaction.init) else {
            throw StoreError.invalid("reaction", "Choose a reaction.")
        }
        let reply = form.reply.flatMap { Int($0) }
        try await site.store.conversations.react(reaction, to: id, reply: reply, on: form.add != nil, by: context.member)
        return back(id, reply: reply)
    }

    /// Accepts a reply as the answer; an empty `reply` takes the acceptance back.
    func accept(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(AcceptForm.self, context: context)
        let reply = form.reply.flatMap { Int($0) }
        _ = try await site.store.conversations.accept(reply, in: id, by: context.member)
        return back(id, reply: reply)
    }

    func promote(_ request: Request, context: SignedInContext) async throws -> Response {
        let entry = try await site.store.faq.promote(try context.parameters.itemID(), by: context.member)
        return redirect(to: SiteURL.spaceFAQ(entry.space.slug).fragment("faq-\(entry.id)"))
    }

    func moderate(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(ModerationInput.self, context: context)
        if let replyId = context.parameters.get("reply", as: Int.self) {
            guard form.action == "hide" || form.action == "restore" else { throw StoreError.invalid("action", "Hide or restore a reply.") }
            try await site.store.conversations.moderateReply(
                replyId, in: id, hide: form.action == "hide", reason: form.reason ?? "", by: context.member)
            return Self.fromReviewQueue(request) ? redirect(to: ModerationQueuePage.done(.hidden)) : back(id, reply: replyId)
        }
        guard let action = ModerationAction(rawValue: form.action) else { throw StoreError.invalid("action", "Choose an action.") }
        _ = try await site.store.conversations.moderate(id, action, reason: form.reason ?? "", by: context.member)
        return Self.fromReviewQueue(request) ? redirect(to: ModerationQueuePage.done(.hidden)) : back(id)
    }

    /// Whether a moderation came from the review queue, whose forms say so (`?from=review`): the moderator goes back
    /// there to the next flag, not to the thread.
    private static func fromReviewQueue(_ request: Request) -> Bool {
        request.uri.queryParameters.get("from") == "review"
    }

    func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(ThreadMoveInput.self, context: context)
        let moved = try await site.store.conversations.move(
            try context.parameters.itemID(), to: form.space, reason: form.reason ?? "", by: context.member)
        return back(moved.id)
    }

    func merge(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(MergeForm.self, context: context)
        guard let into = Self.threadId(form.into) else {
            throw StoreError.invalid("into", "Give the number or address of the thread to merge into.")
        }
        let target = try await site.store.conversations.merge(
            try context.parameters.itemID(), into: into, reason: form.reason ?? "", by: context.member)
        return back(target.id)
    }

    /// "42", "/threads/42" or "https://…/threads/42?reply=3#reply-3" → 42.
    static func threadId(_ text: String) -> Int? {
        let path = text.split(whereSeparator: { $0 == "#" || $0 == "?" }).first.map(String.init) ?? ""
        return path.split(separator: "/").last.flatMap { Int($0) }
    }

    /// The split form: the replies of the page holding `?from=`, each with a checkbox, those from it on ticked.
    func splitForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let from = request.uri.queryParameters.get("from", as: Int.self)
        return try await splitPage(
            context: context, id: id, around: from, chosen: { reply in from.map { reply >= $0 } ?? false }, title: "", problems: [],
            status: .ok)
    }

    func split(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(SplitForm.self, context: context)
        let chosen = (form.replies ?? []).compactMap { Int($0) }
        do {
            let created = try await site.store.conversations.split(
                id, replies: chosen, title: form.title, reason: form.reason ?? "", by: context.member)
            return redirect(to: .thread(created.id))
        } catch StoreError.invalid(let problems) {
            return try await splitPage(
                context: context, id: id, around: chosen.min(), chosen: { chosen.contains($0) }, title: form.title,
                problems: problems, status: .unprocessableContent)
        }
    }

    /// Threads that look like this one, for its moderators to merge: a search over every visible thread,
    /// so it has its own page rather than slowing down each of the thread's views.
    func duplicates(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let thread = try await site.store.conversations.thread(id, for: context.viewer)
        guard thread.moderates else { throw StoreError.forbidden("Only moderators of this space look for duplicates.") }
        let conversation = thread.conversation
        let found = try await site.store.similar.similar(
            to: conversation.title + " " + conversation.body, excluding: id, for: context.viewer, limit: 10
        ).filter { $0.kind != .article }
        let view = DuplicatesPage(
            chrome: try await site.chrome("Possible duplicates", context.parent), id: id,
            threadTitle: conversation.title, duplicates: found.map(SimilarView.init))
        return site.renderer.page(view)
    }

    private func splitPage(
        context: SignedInContext, id: Int, around reply: Int?, chosen: (Int) -> Bool, title: String, problems: [FieldProblem],
        status: HTTPResponse.Status
    ) async throws -> Response {
        let page = try await reply.asyncMap { try await site.store.conversations.page(of: $0, in: id, for: context.viewer) } ?? 1
        let thread = try await site.store.conversations.thread(id, for: context.viewer, page: page)
        guard thread.moderates else { throw StoreError.forbidden("Only moderators of this space split threads.") }
        let view = SplitPage(
            chrome: try await site.chrome("Split a thread", context.parent), threadId: id,
            threadTitle: thread.conversation.title,
            replies: thread.replies.map {
                SplitChoice(
                    id: $0.id, author: $0.author.name, excerpt: String($0.body.prefix(200)), chosen: chosen($0.id))
            }, title: title, errors: FormErrors(problems))
        return site.renderer.page(view, status: status)
    }

    func flag(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(FlagForm.self, context: context)
        guard let reason = FlagReason(rawValue: form.reason) else { throw StoreError.invalid("reason", "Choose why you flag this.") }
        let reply = form.reply.flatMap { Int($0) }
        _ = try await site.store.flags.flag(id, reply: reply, reason: reason, note: form.note ?? "", by: context.member)
        return redirect(to: SiteURL.reply(reply, in: id).query("flagged", 1))
    }
}

/// A reaction button: `add=like` gives the reaction, `remove=like` takes it back; `reply` is empty for the opening post.
struct ReactionForm: Decodable {
    let add: String?
    let remove: String?
    let reply: String?
}

struct AcceptForm: Decodable {
    let reply: String?
}

struct MergeForm: Decodable {
    let into: String
    let reason: String?
}

struct SplitForm: Decodable {
    let replies: [String]?
    let title: String
    let reason: String?
}

struct FlagForm: Decodable {
    let reason: String
    let reply: String?
    let note: String?
}

/// Choosing replies to split off into a new thread.
struct SplitPage {
    let chrome: Chrome
    let threadId: Int
    let threadTitle: String
    let replies: [SplitChoice]
    let title: String
    let errors: FormErrors
}

struct DuplicatesPage {
    let chrome: Chrome
    let id: Int
    let threadTitle: String
    let duplicates: [SimilarView]
}

struct SplitChoice {
    let id: Int
    let author: String
    let excerpt: String
    let chosen: Bool
}
