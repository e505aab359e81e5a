import CommonplaceCore
import Foundation

/// An article as pages show it.
struct ArticleView {
    let id: Int
    let url: SiteURL
    let title: String
    let bodyHTML: String
    let status: String
    let statusLabel: String
    let reviewBy: String?
    /// The review date has passed.
    let reviewOverdue: Bool
    let knowledgeKind: String?
    let section: String?
    let tags: [String]
    let owners: [MemberView]
    let author: MemberView
    let spaceName: String
    let spaceSlug: String
    let spaceURL: SiteURL
    let visibility: String
    let visibilityLabel: String
    let sharedWith: String?
    let revision: Int
    let position: Int
    let updatedAt: Timestamp

    init(_ article: Article) {
        id = article.id
        url = .article(article.id)
        title = article.title
        bodyHTML = article.bodyHTML
        status = article.status.rawValue
        statusLabel = article.status.label
        reviewBy = article.reviewBy.map(DateText.day)
        reviewOverdue = article.reviewBy.map { $0 < Clock.now() } ?? false
        knowledgeKind = article.knowledgeKind?.label
        section = article.section.nonEmpty
        tags = article.tags
        owners = article.owners.map(MemberView.init)
        author = MemberView(article.author)
        spaceName = article.space.name
        spaceSlug = article.space.slug
        spaceURL = .space(article.space.slug)
        visibility = article.visibility.rawValue
        visibilityLabel = article.visibility.label
        let names = article.audience.members.map { "@" + $0 } + article.audience.accounts
        sharedWith = names.isEmpty ? nil : names.joined(separator: ", ")
        revision = article.revision
        position = article.position
        updatedAt = Timestamp(article.updatedAt)
    }
}

/// A section of a space's manual with its articles in order.
struct ManualSection {
    let title: String?
    let articles: [ManualEntry]

    static func group(_ articles: [Article]) -> [ManualSection] {
        var sections: [ManualSection] = []
        for article in articles {
            let entry = ManualEntry(
                url: .article(article.id), title: article.title, status: article.status.rawValue,
                statusLabel: article.status.label)
            if let last = sections.last, last.title == article.section.nonEmpty {
                sections[sections.count - 1] = ManualSection(title: last.title, articles: last.articles + [entry])
            } else {
                sections.append(ManualSection(title: article.section.nonEmpty, articles: [entry]))
            }
        }
        return sections
    }
}

/// One line of a space's manual.
struct ManualEntry {
    let url: SiteURL
    let title: String
    let status: String
    let statusLabel: String
}

/// The fields of the article form, as typed.
struct ArticleForm: Decodable {
    var title: String?
    var body: String?
    var tags: String?
    var status: String?
    var reviewBy: String?
    var knowledgeKind: String?
    var section: String?
    var owners: String?
    var visibility: String?
    var audienceMembers: String?
    var audienceAccounts: String?
    var summary: String?
    var baseRevision: Int?
    /// "1" when the writer asked to see the text rendered before saving it.
    var preview: String?

    enum CodingKeys: String, CodingKey {
        case title, body, tags, status, section, owners, visibility, summary, preview
        case reviewBy = "review_by"
        case knowledgeKind = "knowledge_kind"
        case audienceMembers = "audience_members"
        case audienceAccounts = "audience_accounts"
        case baseRevision = "base_revision"
    }

    init() {}

    /// A first draft of the article that documents a launched idea: its title, tags and visibility, a link back to it,
    /// and its last answer to start from.
    init(documenting idea: Idea, answer: IdeaAnswer?, at path: String) {
        title = idea.title
        body = "From the idea [“\(idea.title)”](\(path)).\n\n" + (answer.map { $0.note + "\n\n" } ?? "")
        tags = idea.tags.joined(separator: " ")
        visibility = idea.visibility.rawValue
        audienceMembers = idea.audience.members.joined(separator: " ")
        audienceAccounts = idea.audience.accounts.joined(separator: " ")
    }

    /// The form filled in with an article as it is.
    init(_ article: Article) {
        title = article.title
        body = article.body
        tags = article.tags.joined(separator: " ")
        status = article.status.rawValue
        reviewBy = article.reviewBy.map(DateText.day)
        knowledgeKind = article.knowledgeKind?.rawValue
        section = article.section
        owners = article.owners.map(\.handle).joined(separator: " ")
        visibility = article.visibility.rawValue
        audienceMembers = article.audience.members.joined(separator: " ")
        audienceAccounts = article.audience.accounts.joined(separator: " ")
        baseRevision = article.revision
    }

    func draft() throws -> ArticleDraft {
        var problems: [FieldProblem] = []
        let status = ArticleStatus(rawValue: self.status ?? "published")
        if status == nil { problems.append(FieldProblem(field: "status", message: "Choose a status.")) }
        var visibilityValue: Visibility?
        if let visibility, !visibility.isEmpty {
            visibilityValue = Visibility(rawValue: visibility)
            if visibilityValue == nil { problems.append(FieldProblem(field: "visibility", message: "Choose a visibility.")) }
        }
        var kind: KnowledgeKind?
        if let knowledgeKind, !knowledgeKind.isEmpty {
            kind = KnowledgeKind(rawValue: knowledgeKind)
            if kind == nil { problems.append(FieldProblem(field: "knowledge_kind", message: "Choose a kind of customer knowledge.")) }
        }
        var review: Int?
        if let reviewBy, !reviewBy.isEmpty {
            review = DateText.parseDay(reviewBy)
            if review == nil { problems.append(FieldProblem(field: "review_by", message: "Enter the review date as YYYY-MM-DD.")) }
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return ArticleDraft(
            title: title ?? "", body: body ?? "", tags: Tags.parseList(tags ?? ""), status: status!, reviewBy: review, knowledgeKind: kind,
            section: section ?? "", owners: Tags.parseList(owners ?? "").map { $0.trimmingCharacters(in: ["@"]) },
            visibility: visibilityValue,
            audience: Audience(formMembers: audienceMembers, formAccounts: audienceAccounts))
    }
}

/// The menus of the article form, with the current choices selected.
struct ArticleFormChoices {
    let statuses: [Option]
    let kinds: [Option]
    let visibilities: [Option]

    init(_ form: ArticleForm) {
        statuses = ArticleStatus.allCases.map {
            Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == (form.status ?? "published"))
        }
        kinds =
            [Option(value: "", label: "No, general knowledge", selected: (form.knowledgeKind ?? "").isEmpty)]
            + KnowledgeKind.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.knowledgeKind) }
        visibilities =
            [Option(value: "", label: "Space default", selected: (form.visibility ?? "").isEmpty)]
            + Visibility.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.visibility) }
    }
}

/// A revision in the history list.
struct RevisionView {
    let number: Int
    let url: SiteURL
    let diffURL: SiteURL?
    let author: MemberView
    let credited: MemberView?
    let summary: String?
    let createdAt: Timestamp

    init(_ revision: ArticleRevision, articleId: Int) {
        number = revision.number
        url = .articleRevision(articleId, revision.number)
        diffURL =
            revision.number > 1 ? SiteURL.articleDiff(articleId).query("from", revision.number - 1).query("to", revision.number) : nil
        author = MemberView(revision.author)
        credited = revision.credited.map(MemberView.init)
        summary = revision.summary.nonEmpty
        createdAt = Timestamp(revision.createdAt)
    }
}

/// An action log entry as pages show it.
struct LogEntryView {
    let actor: MemberView?
    let action: String
    let summary: String
    let itemURL: SiteURL?
    let itemTitle: String?
    let createdAt: Timestamp

    init(_ entry: ActionLogEntry) {
        actor = entry.actor.map(MemberView.init)
        action = entry.action
        summary = entry.summary.isEmpty ? "on an item you cannot see" : entry.summary
        // Through /items/:id, which opens a thread or an article alike; a post has no title and gets no link.
        itemURL = entry.itemTitle == nil ? nil : entry.itemId.map { SiteURL.item($0) }
        itemTitle = entry.itemTitle
        createdAt = Timestamp(entry.createdAt)
    }
}
