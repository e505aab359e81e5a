import CommonplaceCore

/// A post as pages show it.
struct PostView {
    let id: Int
    let url: SiteURL
    let author: MemberView
    let spaceName: String
    let spaceURL: SiteURL
    let visibility: String
    let visibilityLabel: String
    let bodyHTML: String
    let tags: [String]
    let createdAt: Timestamp
    let sharedWith: String?
    let canDelete: Bool

    /// `canDelete` is the store's answer (``PostStore/mayDelete(_:by:)``) where the page has it; lists leave it out
    /// and offer Delete to the author and instance moderators without a query per post, so a space's moderators
    /// find Delete on the post's own page.
    init(_ post: Post, viewer: Member?, canDelete: Bool? = nil) {
        self.id = post.id
        self.url = .post(post.id)
        self.author = MemberView(post.author)
        self.spaceName = post.space.name
        self.spaceURL = .space(post.space.slug)
        self.visibility = post.visibility.rawValue
        self.visibilityLabel = post.visibility.label
        self.bodyHTML = post.bodyHTML
        self.tags = post.tags
        self.createdAt = Timestamp(post.createdAt)
        let names = post.audience.members.map { "@" + $0 } + post.audience.accounts
        self.sharedWith = names.isEmpty ? nil : names.joined(separator: ", ")
        self.canDelete = canDelete ?? viewer.map { $0.id == post.author.id || $0.isInstanceModerator } ?? false
    }
}

/// The form for writing a post, with what was typed and what was wrong.
struct Composer {
    let spaces: [Option]
    let visibilities: [Option]
    let body: String
    let audienceMembers: String
    let audienceAccounts: String
    let errors: FormErrors
    let returnTo: String
    let hasSpaces: Bool

    init(spaces: [Option], form: PostForm? = nil, errors: [FieldProblem] = [], returnTo: String) {
        self.spaces = spaces
        let chosen = form?.visibility ?? ""
        self.visibilities =
            [Option(value: "", label: "Space default", selected: chosen.isEmpty)]
            + Visibility.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosen) }
        self.body = form?.body ?? ""
        self.audienceMembers = form?.audienceMembers ?? ""
        self.audienceAccounts = form?.audienceAccounts ?? ""
        self.errors = FormErrors(errors)
        self.returnTo = returnTo
        self.hasSpaces = !spaces.isEmpty
    }
}

/// The fields of the post form.
struct PostForm: Decodable {
    let space: String
    let body: String
    let visibility: String?
    let audienceMembers: String?
    let audienceAccounts: String?
    let returnTo: String?

    enum CodingKeys: String, CodingKey {
        case space, body, visibility
        case audienceMembers = "audience_members"
        case audienceAccounts = "audience_accounts"
        case returnTo = "return_to"
    }

    func newPost() throws -> NewPost {
        var visibilityValue: Visibility?
        if let visibility, !visibility.isEmpty {
            guard let parsed = Visibility(rawValue: visibility) else {
                throw StoreError.invalid([FieldProblem(field: "visibility", message: "Choose a visibility.")])
            }
            visibilityValue = parsed
        }
        return NewPost(
            space: space, body: body, visibility: visibilityValue,
            audience: Audience(formMembers: audienceMembers, formAccounts: audienceAccounts))
    }

    /// Only a path on this site; anything else goes home.
    var safeReturn: String { localPath(returnTo) }
}
