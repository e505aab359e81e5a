import CommonplaceCore

/// A list of threads with its filters.
struct ConversationListPage {
    let chrome: Chrome
    let heading: String
    let space: SpaceLink?
    let base: SiteURL
    let unanswered: Bool
    let questionsOnly: Bool
    let all: Bool
    let conversations: [ConversationCardView]
    let next: SiteURL?
    let canStart: Bool
}

/// A space's name and address (stored, not computed: templates see stored properties only).
struct SpaceLink {
    let slug: String
    let name: String
    let url: SiteURL

    init(slug: String, name: String) {
        self.slug = slug
        self.name = name
        self.url = .space(slug)
    }
}

/// The thread page.
struct ThreadPage {
    let chrome: Chrome
    let conversation: ConversationCardView
    let bodyHTML: String
    let sharedWith: String?
    let createdAt: Timestamp
    let edited: Bool
    let readers: Int
    let reactions: [ReactionView]
    let replies: [ReplyView]
    let notices: [NoticeView]
    let signedIn: Bool
    let canReply: Bool
    let canEdit: Bool
    let canUnaccept: Bool
    let moderates: Bool
    let canPromote: Bool
    let faqURL: SiteURL?
    let follow: FollowButton?
    let destinations: [Option]
    let hasDestinations: Bool
    let flagReasons: [Option]
    /// The reader has flagged the opening post already.
    let openingFlagged: Bool
    let replyBody: String
    /// The reply rendered, when its writer asked for a preview.
    let replyPreviewHTML: String?
    let pager: ReplyPager?
    let errors: FormErrors
    /// What the reader just did, confirmed at the top ("Thank you…" after a flag).
    let notice: String?
    /// For an idea's page: the idea itself around its discussion.
    let idea: IdeaPanel?
    /// The enhancement requests raised from this thread that the reader may see, with their answers.
    let enhancements: [EnhancementView]
    /// Whether the reader (an employee) may raise one here.
    let canRaiseEnhancement: Bool
}

/// Links between the pages of a thread's replies; none when they fit on one page.
struct ReplyPager {
    let page: Int
    let pageCount: Int
    let previousURL: SiteURL?
    let nextURL: SiteURL?

    init?(_ thread: ConversationThread) {
        guard thread.pageCount > 1 else { return nil }
        let base = SiteURL.thread(thread.conversation.id)
        func url(_ page: Int) -> SiteURL { base.query("page", page == 1 ? nil : page) }
        self.page = thread.page
        self.pageCount = thread.pageCount
        previousURL = thread.page > 1 ? url(thread.page - 1) : nil
        nextURL = thread.page < thread.pageCount ? url(thread.page + 1) : nil
    }
}

/// The form for asking a question or starting a discussion, with similar items when there are some.
struct ConversationFormPage {
    let chrome: Chrome
    let space: SpaceLink
    let form: ConversationForm
    let isQuestion: Bool
    let visibilities: [Option]
    let similar: [SimilarView]
    let hasSimilar: Bool
    /// "#billing #onboarding": tags of similar items, to consider.
    let suggestedTags: String?
    let errors: FormErrors
    /// The details rendered, when the asker asked for a preview.
    let previewHTML: String?
}

/// A similar question, discussion or article, with the words that made it similar.
struct SimilarView {
    let id: Int
    let url: SiteURL
    let title: String
    let kind: String
    let spaceName: String
    let matched: String
    let answered: Bool

    init(_ item: SimilarItem) {
        id = item.id
        url = .item(kind: item.kind.rawValue, id: item.id)
        title = item.title
        kind = item.kind.rawValue
        spaceName = item.spaceName
        matched = item.matched.joined(separator: ", ")
        answered = item.answered
    }
}

/// The fields of the new-thread form.
struct ConversationForm: Decodable {
    var kind: String
    var title: String = ""
    var body: String = ""
    var tags: String?
    var visibility: String?
    var audienceMembers: String?
    var audienceAccounts: String?
    /// "1" once the asker has seen the similar questions and posts anyway.
    var confirmed: String?
    /// "1" when the asker wants to see the text rendered before posting it.
    var preview: String?

    enum CodingKeys: String, CodingKey {
        case kind, title, body, tags, visibility, confirmed, preview
        case audienceMembers = "audience_members"
        case audienceAccounts = "audience_accounts"
    }

    init(kind: String, title: String = "") {
        self.kind = kind
        self.title = title
    }

    func newConversation(space: String) throws -> NewConversation {
        var problems: [FieldProblem] = []
        let kindValue = ConversationKind(rawValue: kind)
        if kindValue == nil { problems.append(FieldProblem(field: "kind", message: "Choose a question or a discussion.")) }
        var visibilityValue: Visibility?
        if let visibility, !visibility.isEmpty {
            visibilityValue = Visibility(rawValue: visibility)
            if visibilityValue == nil { problems.append(FieldProblem(field: "visibility", message: "Choose a visibility.")) }
        }
        guard problems.isEmpty, let kindValue else { throw StoreError.invalid(problems) }
        return NewConversation(
            space: space, kind: kindValue, title: title, body: body, tags: Tags.parseList(tags ?? ""), visibility: visibilityValue,
            audience: Audience(formMembers: audienceMembers, formAccounts: audienceAccounts))
    }
}

/// The reply form.
struct ReplyForm: Decodable {
    let body: String
    /// "1" when the Preview button sent the form.
    let preview: String?
}

/// The edit form of an opening post (title and text) or a reply (text).
struct EditForm: Decodable {
    let title: String?
    let body: String
}

/// Editing an opening post or a reply.
struct EditPage {
    let chrome: Chrome
    let threadURL: SiteURL
    let threadTitle: String
    let action: SiteURL
    let isReply: Bool
    let title: String
    let body: String
    let errors: FormErrors
}

/// One earlier version and how the next one changed it.
struct EditVersionView {
    let editor: MemberView
    let at: Timestamp
    let title: String
    let rows: [DiffRowView]
}

/// The edit history of an opening post or a reply.
struct EditHistoryPage {
    let chrome: Chrome
    let threadURL: SiteURL
    let threadTitle: String
    let isReply: Bool
    let versions: [EditVersionView]
}
