import CommonplaceCore
import Hummingbird

/// The pages of threads: lists, asking (with similar questions first), the thread itself, replying and editing.
struct ConversationPages: Sendable {
    let site: Site

    /// `/threads`: every visible thread, or only questions, or only unanswered ones.
    func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        return try await listPage(request, context: context, space: nil)
    }

    /// `/spaces/:slug/threads`: the space's threads, pinned ones first.
    func spaceList(_ request: Request, context: AppRequestContext) async throws -> Response {
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        return try await listPage(request, context: context, space: space)
    }

    private func listPage(_ request: Request, context: AppRequestContext, space: Space?) async throws -> Response {
        let query = request.uri.queryParameters
        let unanswered = query.get("unanswered") == "1"
        let kind = query.get("kind").flatMap(ConversationKind.init(rawValue:))
        let after = query.get("after").flatMap(ConversationCursor.init)
        var filter = ConversationFilter(
            spaceId: space?.id, kind: kind, unanswered: unanswered, tag: query.get("tag")?.lowercased(), after: after)
        var pinned: [Conversation] = []
        if space != nil, after == nil {
            var pinnedFilter = filter
            pinnedFilter.pinned = true
            pinned = try await site.store.conversations.list(pinnedFilter, for: context.viewer)
            filter.pinned = false
        }
        let conversations = try await site.store.conversations.list(filter, for: context.viewer)
        let base = space.map { SiteURL.spaceThreads($0.slug) } ?? .threads
        let filtered = unanswered ? base.query("unanswered", 1) : base.query("kind", kind?.rawValue)
        let next =
            conversations.count == filter.limit ? conversations.last.map { filtered.query("after", ConversationCursor($0).text) } : nil
        let signedIn = context.member != nil
        let heading = unanswered ? "Unanswered questions" : kind == .question ? "Questions" : "Discussions and questions"
        let view = ConversationListPage(
            chrome: try await site.chrome(space.map { "\(heading) · \($0.name)" } ?? heading, context), heading: heading,
            space: space.map { SpaceLink(slug: $0.slug, name: $0.name) }, base: base, unanswered: unanswered,
            questionsOnly: kind == .question && !unanswered, all: kind == nil && !unanswered,
            conversations: (pinned + conversations).map { ConversationCardView($0, signedIn: signedIn) }, next: next,
            canStart: signedIn)
        return site.renderer.page(view)
    }

    func newForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        let query = request.uri.queryParameters
        let kind = query.get("kind") == "discussion" ? "discussion" : "question"
        return try await formPage(
            context: context, space: space, form: ConversationForm(kind: kind, title: query.get("title") ?? ""), similar: [], problems: [],
            status: .ok)
    }

    /// `/threads/new`: asking from outside a space (home, thread list, an empty search) starts by choosing one.
    /// `?title=` carries the words searched for into the form.
    func chooseSpace(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = request.uri.queryParameters
        let kind = query.get("kind") == "discussion" ? "discussion" : "question"
        let title = query.get("title").flatMap { String($0.prefix(200)).nonEmpty }
        return try await site.chooseSpace(kind == "discussion" ? "Start a discussion" : "Ask a question", context: context) {
            SiteURL.spaceThreadNew($0.slug).query("kind", kind).query("title", title)
        }
    }

    /// Starts a thread. A question that looks like existing ones is shown again with them first, until the asker
    /// confirms it is new.
    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        let form = try await request.form(ConversationForm.self, context: context)
        if form.preview == "1" {
            return try await formPage(
                context: context, space: space, form: form, similar: [], problems: [], preview: try await site.store.preview(form.body),
                status: .ok)
        }
        do {
            let new = try form.newConversation(space: space.slug)
            if new.kind == .question, form.confirmed != "1" {
                let similar = try await site.store.similar.similar(
                    to: new.title + " " + new.body, spaceId: space.id, for: context.viewer)
                if !similar.isEmpty {
                    let tags = try await site.store.expertise.suggestTags(for: new.title + " " + new.body, for: context.viewer)
                        .filter { !new.tags.contains($0) }
                    return try await formPage(
                        context: context, space: space, form: form, similar: similar, suggestedTags: tags, problems: [], status: .ok)
                }
            }
            let conversation = try await site.store.conversations.create(new, by: context.member)
            return redirect(to: .thread(conversation.id))
        } catch StoreError.invalid(let problems) {
            return try await formPage(
                context: context, space: space, form: form, similar: [], problems: problems, status: .unprocessableContent)
        }
    }

    private func formPage(
        context: SignedInContext, space: Space, form: ConversationForm, similar: [SimilarItem], suggestedTags: [String] = [],
        problems: [FieldProblem], preview: String? = nil, status: HTTPResponse.Status
    ) async throws -> Response {
        let chosen = form.visibility ?? ""
        let view = ConversationFormPage(
            chrome: try await site.chrome(form.kind == "discussion" ? "Start a discussion" : "Ask a question", context.parent),
            space: SpaceLink(slug: space.slug, name: space.name), form: form, isQuestion: form.kind != "discussion",
            visibilities: [Option(value: "", label: "Space default (\(space.defaultVisibility.label))", selected: chosen.isEmpty)]
                + Visibility.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosen) },
            similar: similar.map(SimilarView.init), hasSimilar: !similar.isEmpty,
            suggestedTags: suggestedTags.map { "#" + $0 }.joined(separator: " ").nonEmpty, errors: FormErrors(problems),
            previewHTML: preview)
        return site.renderer.page(view, status: status)
    }

    /// The thread, a page of replies at a time: `?page=`, the page holding `?reply=`, or where the reader left
    /// off. Opening it records the visit: replies after the previous visit are marked new.
    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let query = request.uri.queryParameters
        let quote = query.get("quote", as: Int.self)
        var page = query.get("page", as: Int.self)
        if let reply = query.get("reply", as: Int.self) {
            do {
                page = try await site.store.conversations.page(of: reply, in: id, for: context.viewer)
            } catch StoreError.notFound {
                page = 1  // a reply since moved or merged away: the thread itself still answers
            }
        }
        let notice = query.get("flagged") == "1" ? "Thank you. Moderators will look at what you flagged." : nil
        return try await threadPage(
            context: context, id: id, page: page, replyBody: nil, quote: quote, problems: [], notice: notice, status: .ok,
            ideaPage: SiteURL.idea(id).query(keeping: query, dropping: []))
    }

    /// The page of a thread, or of an idea around its discussion. An idea asked for at its thread address goes to
    /// `ideaPage` (links from replies, notifications and pagers name the thread); `onlyIdeas` answers "not found" for
    /// a thread asked for at an idea's address. With the instance's address `base`, an idea carries its JSON-LD.
    func threadPage(
        context: AppRequestContext, id: Int, page: Int?, replyBody: String?, quote: Int?, problems: [FieldProblem],
        notice: String? = nil, replyPreview: String? = nil, status: HTTPResponse.Status, ideaPage: SiteURL? = nil, onlyIdeas: Bool = false,
        base: String? = nil
    ) async throws -> Response {
        let thread = try await site.store.conversations.thread(id, for: context.viewer, markRead: status == .ok, page: page)
        let conversation = thread.conversation
        if conversation.kind == .idea, let ideaPage { return redirect(to: ideaPage) }
        if onlyIdeas, conversation.kind != .idea { throw StoreError.notFound }
        if let target = conversation.mergedInto { return redirect(to: .thread(target)) }
        let member = context.member
        let notices = try await site.store.actionLog.entries(.item(id), for: context.viewer, limit: 50)
            .filter { NoticeView.actions.contains($0.action) }.reversed().map(NoticeView.init)
        let following = try await site.store.follows.isFollowing(.item(id), member: member)
        let faq = try await site.store.faq.entry(for: id, viewer: context.viewer)
        let destinations = thread.moderates ? try await moderatedSpaces(for: member, except: conversation.space.slug) : []
        let quotedText = try await quote.asyncMap { try await quoted($0, in: thread, for: context.viewer) }
        let chrome = try await site.chrome(conversation.title, context)
        let flagReasons = FlagReason.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: false) }
        let flagged = try await site.store.flags.flagged(in: id, by: member)
        let view = ThreadPage(
            chrome: chrome,
            conversation: ConversationCardView(conversation, signedIn: member != nil),
            bodyHTML: conversation.bodyHTML, sharedWith: Self.sharedWith(conversation.audience),
            createdAt: Timestamp(conversation.createdAt), edited: conversation.editedAt != nil, readers: conversation.readers,
            reactions: ReactionView.all(thread.reactions),
            replies: thread.replies.map {
                ReplyView($0, in: thread, viewer: member, csrf: chrome.csrf, flagReasons: flagReasons, flagged: flagged)
            },
            notices: Array(notices),
            signedIn: member != nil,
            canReply: member != nil && (!conversation.locked || thread.moderates),
            canEdit: member.map { $0.id == conversation.author.id || thread.moderates } ?? false,
            canUnaccept: conversation.isAnswered && member.map { $0.id == conversation.author.id || thread.moderates } ?? false,
            moderates: thread.moderates, canPromote: thread.moderates && conversation.isAnswered && faq == nil,
            faqURL: faq.map { SiteURL.spaceFAQ($0.space.slug).fragment("faq-\($0.id)") },
            follow: member.map { _ in
                FollowButton(.item(id), following: following, returnTo: (conversation.kind == .idea ? SiteURL.idea(id) : .thread(id)).path)
            },
            destinations: destinations, hasDestinations: !destinations.isEmpty,
            flagReasons: flagReasons, openingFlagged: flagged.contains(0),
            replyBody: replyBody ?? quotedText ?? "", replyPreviewHTML: replyPreview,
            pager: ReplyPager(thread), errors: FormErrors(problems), notice: notice,
            idea: conversation.kind == .idea
                ? try await IdeaPages(site: site).panel(id, moderates: thread.moderates, context: context, base: base) : nil,
            enhancements: try await enhancements(from: conversation, context: context, csrf: chrome.csrf),
            canRaiseEnhancement: member?.isEmployee == true && conversation.kind != .idea && conversation.author.kind == .external)
        return site.renderer.page(view, status: status)
    }

    /// The enhancement requests raised from a thread that the reader may see, each with its answers.
    private func enhancements(from conversation: Conversation, context: AppRequestContext, csrf: String) async throws -> [EnhancementView] {
        guard conversation.kind != .idea else { return [] }
        var views: [EnhancementView] = []
        for idea in try await site.store.ideas.enhancementRequests(from: conversation.id, for: context.viewer) {
            views.append(
                EnhancementView(
                    card: IdeaCardView(idea, signedIn: context.member != nil, csrf: csrf),
                    answers: try await site.store.ideas.answers(of: idea.id, for: context.viewer).map(IdeaAnswerView.init)))
        }
        return views
    }

    private func moderatedSpaces(for member: Member?, except slug: String) async throws -> [Option] {
        guard let member else { return [] }
        return try await site.store.spaces.moderated(by: member)
            .filter { $0.slug != slug }.map { Option(value: $0.slug, label: $0.name, selected: false) }
    }

    static func sharedWith(_ audience: Audience) -> String? {
        let names = audience.members.map { "@" + $0 } + audience.accounts
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// The text of a reply (0: the opening post) as a Markdown quote to start a reply with; empty when there is
    /// no such reply or its text is hidden from the reader.
    private func quoted(_ replyId: Int, in thread: ConversationThread, for viewer: Viewer) async throws -> String {
        let source: (String, String)?
        if replyId == 0 {
            source = (thread.conversation.author.handle, thread.conversation.body)
        } else {
            do {
                let reply = try await site.store.conversations.reply(replyId, in: thread.conversation.id, for: viewer)
                source = reply.body.isEmpty ? nil : (reply.author.handle, reply.body)
            } catch StoreError.notFound {
                source = nil
            }
        }
        guard let (handle, body) = source else { return "" }
        return "> @\(handle) wrote:\n"
            + body.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
            .joined(separator: "\n") + "\n\n"
    }

    func reply(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let form = try await request.form(ReplyForm.self, context: context)
        if form.preview == "1" {
            return try await threadPage(
                context: context.parent, id: id, page: .max, replyBody: form.body, quote: nil, problems: [],
                replyPreview: try await site.store.preview(form.body), status: .ok)
        }
        do {
            let reply = try await site.store.conversations.reply(to: id, body: form.body, by: context.member)
            return redirect(to: .reply(reply.id, in: id))
        } catch StoreError.invalid(let problems) {
            return try await threadPage(
                context: context.parent, id: id, page: .max, replyBody: form.body, quote: nil, problems: problems,
                status: .unprocessableContent)
        }
    }

    func editForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let replyId = context.parameters.get("reply", as: Int.self)
        let thread = try await site.store.conversations.thread(id, for: context.viewer)
        let body: String
        let authorId: Int
        if let replyId {
            let reply = try await site.store.conversations.reply(replyId, in: id, for: context.viewer)
            (body, authorId) = (reply.body, reply.author.id)
        } else {
            (body, authorId) = (thread.conversation.body, thread.conversation.author.id)
        }
        guard authorId == context.member.id || thread.moderates else {
            throw StoreError.forbidden("Only the author or a moderator edits this.")
        }
        return editPage(
            try await site.chrome("Edit", context.parent), thread: thread, replyId: replyId, title: thread.conversation.title, body: body,
            problems: [], status: .ok)
    }

    func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let replyId = context.parameters.get("reply", as: Int.self)
        let form = try await request.form(EditForm.self, context: context)
        do {
            if let replyId {
                _ = try await site.store.conversations.editReply(replyId, in: id, body: form.body, by: context.member)
                return redirect(to: .reply(replyId, in: id))
            }
            _ = try await site.store.conversations.edit(id, title: form.title ?? "", body: form.body, by: context.member)
            return redirect(to: .thread(id))
        } catch StoreError.invalid(let problems) {
            let thread = try await site.store.conversations.thread(id, for: context.viewer)
            return editPage(
                try await site.chrome("Edit", context.parent), thread: thread, replyId: replyId, title: form.title ?? "", body: form.body,
                problems: problems, status: .unprocessableContent)
        }
    }

    private func editPage(
        _ chrome: Chrome, thread: ConversationThread, replyId: Int?, title: String, body: String, problems: [FieldProblem],
        status: HTTPResponse.Status
    ) -> Response {
        let id = thread.conversation.id
        let view = EditPage(
            chrome: chrome, threadURL: .thread(id), threadTitle: thread.conversation.title,
            action: replyId.map { SiteURL.replyEdit(id, $0) } ?? .threadEdit(id), isReply: replyId != nil, title: title, body: body,
            errors: FormErrors(problems))
        return site.renderer.page(view, status: status)
    }

    /// Earlier versions of the opening post, or of one reply (`?reply=`), each with what changed next.
    func history(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        let replyId = request.uri.queryParameters.get("reply", as: Int.self)
        let thread = try await site.store.conversations.thread(id, for: context.viewer)
        let edits = try await site.store.conversations.edits(of: id, reply: replyId, for: context.viewer)
        let current: String
        if let replyId {
            current = try await site.store.conversations.reply(replyId, in: id, for: context.viewer).body
        } else {
            current = thread.conversation.body
        }
        var newer = current
        var versions: [EditVersionView] = []
        for edit in edits {
            versions.append(
                EditVersionView(
                    editor: MemberView(edit.editor), at: Timestamp(edit.createdAt), title: edit.title,
                    rows: Diff.rows(from: edit.body, to: newer).map(DiffRowView.init)))
            newer = edit.body
        }
        let view = EditHistoryPage(
            chrome: try await site.chrome("Edit history", context), threadURL: .thread(id), threadTitle: thread.conversation.title,
            isReply: replyId != nil, versions: versions)
        return site.renderer.page(view)
    }
}
