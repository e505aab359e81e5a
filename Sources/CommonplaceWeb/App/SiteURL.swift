import CommonplaceCore
import Foundation
import Hummingbird

/// Every path the pages answer on. The raw value is the router's pattern: the same case registers the route
/// (`pages.get(.thread, use: …)`) and, through ``SiteURL``, builds its links, so a link cannot point to a path that
/// nothing serves.
enum Route: String, CaseIterable, Sendable {
    case health = "/healthz"
    case ready = "/readyz"
    case metrics = "/metrics"
    case openAPI = "/api/openapi.json"
    case asset = "/static/:file"

    case home = "/"
    case posts = "/posts"
    case post = "/posts/:id"
    case postDelete = "/posts/:id/delete"
    case item = "/items/:id"

    case signIn = "/signin"
    case signOut = "/signout"
    case signUp = "/signup"
    case join = "/join/:code"

    case spaces = "/spaces"
    case spaceNew = "/spaces/new"
    case space = "/spaces/:slug"
    case spaceEdit = "/spaces/:slug/edit"
    case spaceJoin = "/spaces/:slug/join"
    case spaceLeave = "/spaces/:slug/leave"
    case spaceMembers = "/spaces/:slug/members"
    case spaceRequestDecline = "/spaces/:slug/requests/:handle/decline"
    case spaceArticles = "/spaces/:slug/articles"
    case spaceArticleNew = "/spaces/:slug/articles/new"
    case spaceLog = "/spaces/:slug/log"
    case spaceThreads = "/spaces/:slug/threads"
    case spaceThreadNew = "/spaces/:slug/threads/new"
    case spaceFAQ = "/spaces/:slug/faq"

    case articleNew = "/articles/new"
    case article = "/articles/:id"
    case articleEdit = "/articles/:id/edit"
    case articleDelete = "/articles/:id/delete"
    case articleMove = "/articles/:id/move"
    case articlePosition = "/articles/:id/position"
    case articleHistory = "/articles/:id/history"
    case articleRevision = "/articles/:id/revisions/:number"
    case articleRestore = "/articles/:id/revisions/:number/restore"
    case articleDiff = "/articles/:id/diff"
    case articleLog = "/articles/:id/log"
    case articleSuggest = "/articles/:id/suggest"
    case suggestions = "/suggestions"
    case suggestion = "/suggestions/:id"
    case suggestionAccept = "/suggestions/:id/accept"
    case suggestionReject = "/suggestions/:id/reject"

    case threads = "/threads"
    case threadNew = "/threads/new"
    case thread = "/threads/:id"
    case threadHistory = "/threads/:id/history"
    case threadReplies = "/threads/:id/replies"
    case threadEdit = "/threads/:id/edit"
    case replyEdit = "/threads/:id/replies/:reply/edit"
    case threadReact = "/threads/:id/react"
    case threadAccept = "/threads/:id/accept"
    case threadFAQ = "/threads/:id/faq"
    case threadFlag = "/threads/:id/flag"
    case threadModerate = "/threads/:id/moderate"
    case replyModerate = "/threads/:id/replies/:reply/moderate"
    case threadMove = "/threads/:id/move"
    case threadMerge = "/threads/:id/merge"
    case threadSplit = "/threads/:id/split"
    case threadDuplicates = "/threads/:id/duplicates"
    case threadEnhancement = "/threads/:id/enhancement"
    case faqRemove = "/faq/:id/remove"
    case faqMove = "/faq/:id/move"
    case moderation = "/moderation"
    case flagDismiss = "/flags/:id/dismiss"

    case ideas = "/ideas"
    case ideaNew = "/ideas/new"
    case idea = "/ideas/:id"
    case ideaSupport = "/ideas/:id/support"
    case ideaKeepSupport = "/ideas/:id/keep-support"
    case ideaAnswer = "/ideas/:id/answer"
    case ideaMerge = "/ideas/:id/merge"
    case campaigns = "/campaigns"
    case campaignNew = "/campaigns/new"
    case campaign = "/campaigns/:id"
    case campaignEdit = "/campaigns/:id/edit"
    case tasks = "/tasks"
    case taskNew = "/tasks/new"
    case task = "/tasks/:id"
    case taskRespond = "/tasks/:id/respond"
    case taskClose = "/tasks/:id/close"
    case taskEdit = "/tasks/:id/edit"

    case tags = "/tags"
    case tag = "/tags/:tag"
    case follows = "/follows"
    case followsDelete = "/follows/delete"
    case notifications = "/notifications"
    case notificationsRead = "/notifications/read"
    case notificationPreferences = "/notifications/preferences"
    case notification = "/notifications/:id"
    case search = "/search"
    case experts = "/experts"

    case members = "/members"
    case member = "/members/:handle"
    case settings = "/settings"
    case settingsProfile = "/settings/profile"
    case settingsPassword = "/settings/password"
    case settingsTokens = "/settings/tokens"
    case settingsTokensRevokeAll = "/settings/tokens/revoke-all"
    case settingsTokenRevoke = "/settings/tokens/:id/revoke"

    case admin = "/admin"
    case adminLog = "/admin/log"
    case adminSearch = "/admin/search"
    case adminSettings = "/admin/settings"
    case adminInvitations = "/admin/invitations"
    case adminAccounts = "/admin/accounts"
    case adminBots = "/admin/bots"
    case adminMember = "/admin/members/:handle"
    case adminTags = "/admin/tags"

    /// The pattern as the router takes it.
    var pattern: RouterPath { RouterPath(rawValue) }
}

/// Every path of the JSON API, below ``APIRoute/prefix``: registers the API's routes and builds its links (the next
/// page of a list), as ``Route`` does for pages.
enum APIRoute: String, CaseIterable, Sendable {
    /// Where the API lives; its version is part of every path.
    static let prefix = "/api/v1"

    case accounts = "/accounts"
    case account = "/accounts/:slug"
    case articles = "/articles"
    case article = "/articles/:id"
    case articleDiff = "/articles/:id/diff"
    case articleJSONLD = "/articles/:id/jsonld"
    case articleLog = "/articles/:id/log"
    case articleMove = "/articles/:id/move"
    case articleRevisions = "/articles/:id/revisions"
    case articleRevision = "/articles/:id/revisions/:number"
    case articleRevisionRestore = "/articles/:id/revisions/:number/restore"
    case articleSuggestions = "/articles/:id/suggestions"
    case bots = "/bots"
    case campaigns = "/campaigns"
    case campaign = "/campaigns/:id"
    case enhancementRequests = "/enhancement-requests"
    case experts = "/experts"
    case faq = "/faq/:id"
    case faqMove = "/faq/:id/move"
    case feed = "/feed"
    case flags = "/flags"
    case flagDismiss = "/flags/:id/dismiss"
    case follows = "/follows"
    case follow = "/follows/:kind/:key"
    case ideas = "/ideas"
    case idea = "/ideas/:id"
    case ideaAnswers = "/ideas/:id/answers"
    case ideaMerge = "/ideas/:id/merge"
    case ideaStatus = "/ideas/:id/status"
    case ideaSupport = "/ideas/:id/support"
    case ideaSupporters = "/ideas/:id/supporters"
    case invitations = "/invitations"
    case log = "/log"
    case me = "/me"
    case meIdeaAnswers = "/me/idea-answers"
    case members = "/members"
    case member = "/members/:handle"
    case notifications = "/notifications"
    case notificationsPreferences = "/notifications/preferences"
    case notificationsRead = "/notifications/read"
    case posts = "/posts"
    case post = "/posts/:id"
    case search = "/search"
    case searchInsights = "/search/insights"
    case settings = "/settings"
    case similar = "/similar"
    case spaces = "/spaces"
    case space = "/spaces/:slug"
    case spaceFAQ = "/spaces/:slug/faq"
    case spaceLog = "/spaces/:slug/log"
    case spaceMembers = "/spaces/:slug/members"
    case spaceMember = "/spaces/:slug/members/:handle"
    case spaceMembership = "/spaces/:slug/membership"
    case suggestions = "/suggestions"
    case suggestion = "/suggestions/:id"
    case suggestionAccept = "/suggestions/:id/accept"
    case suggestionReject = "/suggestions/:id/reject"
    case tags = "/tags"
    case tag = "/tags/:tag"
    case tagsScheme = "/tags/scheme"
    case tagsSuggestions = "/tags/suggestions"
    case tasks = "/tasks"
    case task = "/tasks/:id"
    case taskClose = "/tasks/:id/close"
    case taskResponses = "/tasks/:id/responses"
    case threads = "/threads"
    case thread = "/threads/:id"
    case threadAccepted = "/threads/:id/accepted"
    case threadEdits = "/threads/:id/edits"
    case threadFAQ = "/threads/:id/faq"
    case threadFlags = "/threads/:id/flags"
    case threadMerge = "/threads/:id/merge"
    case threadModeration = "/threads/:id/moderation"
    case threadMove = "/threads/:id/move"
    case threadReaction = "/threads/:id/reactions/:reaction"
    case threadRead = "/threads/:id/read"
    case threadReplies = "/threads/:id/replies"
    case threadReply = "/threads/:id/replies/:reply"
    case threadReplyModeration = "/threads/:id/replies/:reply/moderation"
    case threadSplit = "/threads/:id/split"
    case tokens = "/tokens"
    case token = "/tokens/:id"

    /// The pattern as the router takes it, inside the API's group.
    var pattern: RouterPath { RouterPath(rawValue) }
}

/// A link to one of our pages: a ``Route`` with its parameters filled in, a query and a fragment.
///
/// Built only through the static functions below (one per route that is linked to), so each link names its route and
/// the parameters it needs: `SiteURL.thread(42).query("page", 2).fragment("reply-7")` is `/threads/42?page=2#reply-7`.
struct SiteURL: Sendable, Hashable, CustomStringConvertible, Encodable {
    /// The router's pattern, whose parameters ``first`` and ``second`` fill.
    private let pattern: String
    private let first: String?
    private let second: String?
    private var queryItems: [QueryItem] = []
    private var fragmentText: String?

    private struct QueryItem: Sendable, Hashable {
        let name: String
        let value: String
    }

    private init(_ route: Route, _ first: String? = nil, _ second: String? = nil) {
        self.pattern = route.rawValue
        self.first = first
        self.second = second
    }

    private init(api route: APIRoute) {
        self.pattern = APIRoute.prefix + route.rawValue
        self.first = nil
        self.second = nil
    }

    /// This link with `name=value` added to its query; a nil value adds nothing.
    func query(_ name: String, _ value: String?) -> SiteURL {
        guard let value else { return self }
        var url = self
        url.queryItems.append(QueryItem(name: name, value: value))
        return url
    }

    /// This link with the query parameters of a request added, but for those named in `dropping`, in their order.
    func query(keeping parameters: Parameters, dropping: Set<String>) -> SiteURL {
        parameters.filter { !dropping.contains(String($0.key)) }.reduce(self) { $0.query(String($1.key), String($1.value)) }
    }

    /// This link with `name=number` added to its query; nil adds nothing.
    func query(_ name: String, _ number: Int?) -> SiteURL {
        query(name, number.map(String.init))
    }

    /// This link pointing at an element of the page.
    func fragment(_ id: String) -> SiteURL {
        var url = self
        url.fragmentText = id
        return url
    }

    /// The path with its query and fragment, percent-encoded.
    ///
    /// Every page writes dozens of links, so the pattern is walked once by its bytes: the text between parameters is
    /// copied as it is and each `:name` segment becomes the next parameter.
    var path: String {
        var path = ""
        path.reserveCapacity(pattern.utf8.count + 24)
        var parameters = [first, second].compactMap { $0 }.makeIterator()
        var rest = Substring(pattern)
        while let colon = rest.utf8.firstIndex(of: UInt8(ascii: ":")) {
            path += rest[..<colon]
            path += Self.encoded(parameters.next() ?? "", allowing: .urlPathAllowed)
            rest = rest[(rest.utf8[colon...].firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex)...]
        }
        path += rest
        for (index, item) in queryItems.enumerated() {
            path += index == 0 ? "?" : "&"
            path +=
                Self.encoded(item.name, allowing: Self.queryValueAllowed) + "=" + Self.encoded(item.value, allowing: Self.queryValueAllowed)
        }
        if let fragmentText { path += "#" + Self.encoded(fragmentText, allowing: .urlFragmentAllowed) }
        return path
    }

    var description: String { path }

    /// In JSON, a link is its path.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(path)
    }

    /// Characters a query name or value keeps as they are: `&`, `=`, `+` and `#` are encoded.
    private static let queryValueAllowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#"))

    private static func encoded(_ text: String, allowing allowed: CharacterSet) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && isPlain($0) }) { return text }
        return text.addingPercentEncoding(withAllowedCharacters: allowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? text
    }

    /// Letters, digits, `-`, `_`, `.` and `~`: never encoded anywhere in a URL.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"): true
        default: false
        }
    }
}

extension SiteURL {
    static let openAPI = SiteURL(.openAPI)
    static func asset(_ file: String) -> SiteURL { SiteURL(.asset, file) }

    static let home = SiteURL(.home)
    static let posts = SiteURL(.posts)
    static func post(_ id: Int) -> SiteURL { SiteURL(.post, String(id)) }
    static func postDelete(_ id: Int) -> SiteURL { SiteURL(.postDelete, String(id)) }
    static func item(_ id: Int) -> SiteURL { SiteURL(.item, String(id)) }

    static let signIn = SiteURL(.signIn)
    static let signOut = SiteURL(.signOut)
    static let signUp = SiteURL(.signUp)
    static func join(_ code: String) -> SiteURL { SiteURL(.join, code) }

    static let spaces = SiteURL(.spaces)
    static let spaceNew = SiteURL(.spaceNew)
    static func space(_ slug: String) -> SiteURL { SiteURL(.space, slug) }
    static func spaceEdit(_ slug: String) -> SiteURL { SiteURL(.spaceEdit, slug) }
    static func spaceJoin(_ slug: String) -> SiteURL { SiteURL(.spaceJoin, slug) }
    static func spaceLeave(_ slug: String) -> SiteURL { SiteURL(.spaceLeave, slug) }
    static func spaceMembers(_ slug: String) -> SiteURL { SiteURL(.spaceMembers, slug) }
    static func spaceRequestDecline(_ slug: String, _ handle: String) -> SiteURL { SiteURL(.spaceRequestDecline, slug, handle) }
    static func spaceArticles(_ slug: String) -> SiteURL { SiteURL(.spaceArticles, slug) }
    static func spaceArticleNew(_ slug: String) -> SiteURL { SiteURL(.spaceArticleNew, slug) }
    static func spaceLog(_ slug: String) -> SiteURL { SiteURL(.spaceLog, slug) }
    static func spaceThreads(_ slug: String) -> SiteURL { SiteURL(.spaceThreads, slug) }
    static func spaceThreadNew(_ slug: String) -> SiteURL { SiteURL(.spaceThreadNew, slug) }
    static func spaceFAQ(_ slug: String) -> SiteURL { SiteURL(.spaceFAQ, slug) }

    static func article(_ id: Int) -> SiteURL { SiteURL(.article, String(id)) }
    static func articleEdit(_ id: Int) -> SiteURL { SiteURL(.articleEdit, String(id)) }
    static func articleDelete(_ id: Int) -> SiteURL { SiteURL(.articleDelete, String(id)) }
    static func articleMove(_ id: Int) -> SiteURL { SiteURL(.articleMove, String(id)) }
    static func articlePosition(_ id: Int) -> SiteURL { SiteURL(.articlePosition, String(id)) }
    static func articleHistory(_ id: Int) -> SiteURL { SiteURL(.articleHistory, String(id)) }
    static func articleRevision(_ id: Int, _ number: Int) -> SiteURL { SiteURL(.articleRevision, String(id), String(number)) }
    static func articleRestore(_ id: Int, _ number: Int) -> SiteURL { SiteURL(.articleRestore, String(id), String(number)) }
    static func articleDiff(_ id: Int) -> SiteURL { SiteURL(.articleDiff, String(id)) }
    static func articleLog(_ id: Int) -> SiteURL { SiteURL(.articleLog, String(id)) }
    static func articleSuggest(_ id: Int) -> SiteURL { SiteURL(.articleSuggest, String(id)) }
    static let suggestions = SiteURL(.suggestions)
    static func suggestion(_ id: Int) -> SiteURL { SiteURL(.suggestion, String(id)) }
    static func suggestionAccept(_ id: Int) -> SiteURL { SiteURL(.suggestionAccept, String(id)) }
    static func suggestionReject(_ id: Int) -> SiteURL { SiteURL(.suggestionReject, String(id)) }

    static let threads = SiteURL(.threads)
    /// Asking (`kind` question) or starting a discussion from outside a space: the space chooser.
    static func threadNew(_ kind: ConversationKind) -> SiteURL { SiteURL(.threadNew).query("kind", kind.rawValue) }
    /// Writing an article from outside a space: the space chooser.
    static let articleNew = SiteURL(.articleNew)
    static func thread(_ id: Int) -> SiteURL { SiteURL(.thread, String(id)) }
    /// A reply on whichever page of its thread holds it, scrolled to; the thread itself for nil.
    static func reply(_ reply: Int?, in thread: Int) -> SiteURL {
        reply.map { SiteURL.thread(thread).query("reply", $0).fragment("reply-\($0)") } ?? .thread(thread)
    }
    static func threadHistory(_ id: Int) -> SiteURL { SiteURL(.threadHistory, String(id)) }
    static func threadEnhancement(_ id: Int) -> SiteURL { SiteURL(.threadEnhancement, String(id)) }

    static let ideas = SiteURL(.ideas)
    static let ideaNew = SiteURL(.ideaNew)
    static func idea(_ id: Int) -> SiteURL { SiteURL(.idea, String(id)) }
    static func ideaSupport(_ id: Int) -> SiteURL { SiteURL(.ideaSupport, String(id)) }
    static func ideaKeepSupport(_ id: Int) -> SiteURL { SiteURL(.ideaKeepSupport, String(id)) }
    static func ideaAnswer(_ id: Int) -> SiteURL { SiteURL(.ideaAnswer, String(id)) }
    static func ideaMerge(_ id: Int) -> SiteURL { SiteURL(.ideaMerge, String(id)) }
    static let campaigns = SiteURL(.campaigns)
    static let campaignNew = SiteURL(.campaignNew)
    static func campaign(_ id: Int) -> SiteURL { SiteURL(.campaign, String(id)) }
    static func campaignEdit(_ id: Int) -> SiteURL { SiteURL(.campaignEdit, String(id)) }
    static let tasks = SiteURL(.tasks)
    static let taskNew = SiteURL(.taskNew)
    static func task(_ id: Int) -> SiteURL { SiteURL(.task, String(id)) }
    static func taskRespond(_ id: Int) -> SiteURL { SiteURL(.taskRespond, String(id)) }
    static func taskClose(_ id: Int) -> SiteURL { SiteURL(.taskClose, String(id)) }
    static func taskEdit(_ id: Int) -> SiteURL { SiteURL(.taskEdit, String(id)) }
    static func threadReplies(_ id: Int) -> SiteURL { SiteURL(.threadReplies, String(id)) }
    static func threadEdit(_ id: Int) -> SiteURL { SiteURL(.threadEdit, String(id)) }
    static func replyEdit(_ id: Int, _ reply: Int) -> SiteURL { SiteURL(.replyEdit, String(id), String(reply)) }
    static func threadReact(_ id: Int) -> SiteURL { SiteURL(.threadReact, String(id)) }
    static func threadAccept(_ id: Int) -> SiteURL { SiteURL(.threadAccept, String(id)) }
    static func threadFAQ(_ id: Int) -> SiteURL { SiteURL(.threadFAQ, String(id)) }
    static func threadFlag(_ id: Int) -> SiteURL { SiteURL(.threadFlag, String(id)) }
    static func threadModerate(_ id: Int) -> SiteURL { SiteURL(.threadModerate, String(id)) }
    static func replyModerate(_ id: Int, _ reply: Int) -> SiteURL { SiteURL(.replyModerate, String(id), String(reply)) }
    static func threadMove(_ id: Int) -> SiteURL { SiteURL(.threadMove, String(id)) }
    static func threadMerge(_ id: Int) -> SiteURL { SiteURL(.threadMerge, String(id)) }
    static func threadSplit(_ id: Int) -> SiteURL { SiteURL(.threadSplit, String(id)) }
    static func threadDuplicates(_ id: Int) -> SiteURL { SiteURL(.threadDuplicates, String(id)) }
    static func faqRemove(_ id: Int) -> SiteURL { SiteURL(.faqRemove, String(id)) }
    static func faqMove(_ id: Int) -> SiteURL { SiteURL(.faqMove, String(id)) }
    static let moderation = SiteURL(.moderation)
    static func flagDismiss(_ id: Int) -> SiteURL { SiteURL(.flagDismiss, String(id)) }

    static let tags = SiteURL(.tags)
    static func tag(_ tag: String) -> SiteURL { SiteURL(.tag, tag) }
    static let follows = SiteURL(.follows)
    static let followsDelete = SiteURL(.followsDelete)
    static let notifications = SiteURL(.notifications)
    static let notificationsRead = SiteURL(.notificationsRead)
    static let notificationPreferences = SiteURL(.notificationPreferences)
    static func notification(_ id: Int) -> SiteURL { SiteURL(.notification, String(id)) }
    static let search = SiteURL(.search)
    static let experts = SiteURL(.experts)

    static let members = SiteURL(.members)
    static func member(_ handle: String) -> SiteURL { SiteURL(.member, handle) }
    static let settings = SiteURL(.settings)
    static let settingsProfile = SiteURL(.settingsProfile)
    static let settingsPassword = SiteURL(.settingsPassword)
    static let settingsTokens = SiteURL(.settingsTokens)
    static let settingsTokensRevokeAll = SiteURL(.settingsTokensRevokeAll)
    static func settingsTokenRevoke(_ id: Int) -> SiteURL { SiteURL(.settingsTokenRevoke, String(id)) }

    static let admin = SiteURL(.admin)
    static let adminLog = SiteURL(.adminLog)
    static let adminSearch = SiteURL(.adminSearch)
    static let adminSettings = SiteURL(.adminSettings)
    static let adminInvitations = SiteURL(.adminInvitations)
    static let adminAccounts = SiteURL(.adminAccounts)
    static let adminBots = SiteURL(.adminBots)
    static func adminMember(_ handle: String) -> SiteURL { SiteURL(.adminMember, handle) }
    static let adminTags = SiteURL(.adminTags)
}

extension SiteURL {
    /// The API's lists, for their links to the next page.
    static func api(_ route: APIRoute) -> SiteURL { SiteURL(api: route) }

    /// An item's page by its kind: a post, an article, or (any other kind) a thread.
    static func item(kind: String, id: Int) -> SiteURL {
        switch kind {
        case "post": .post(id)
        case "article": .article(id)
        case "idea": .idea(id)
        case "campaign": .campaign(id)
        case "task": .task(id)
        default: .thread(id)
        }
    }

    /// The page a notification opens.
    init(_ destination: Destination) {
        switch destination {
        case .thread(let id, let reply): self = .reply(reply, in: id)
        case .article(let id): self = .article(id)
        case .suggestion(let id): self = .suggestion(id)
        case .idea(let id): self = .idea(id)
        case .campaign(let id): self = .campaign(id)
        case .task(let id): self = .task(id)
        case .reviewQueue: self = .moderation
        }
    }
}

extension RouterMethods {
    /// Registers a GET handler for one of the API's routes.
    @discardableResult
    func get(api route: APIRoute, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator) -> Self {
        get(route.pattern, use: handler)
    }

    /// Registers a POST handler for one of the API's routes.
    @discardableResult
    func post(api route: APIRoute, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator) -> Self {
        post(route.pattern, use: handler)
    }

    /// Registers a PUT handler for one of the API's routes.
    @discardableResult
    func put(api route: APIRoute, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator) -> Self {
        put(route.pattern, use: handler)
    }

    /// Registers a PATCH handler for one of the API's routes.
    @discardableResult
    func patch(api route: APIRoute, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator) -> Self {
        patch(route.pattern, use: handler)
    }

    /// Registers a DELETE handler for one of the API's routes.
    @discardableResult
    func delete(api route: APIRoute, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator) -> Self {
        delete(route.pattern, use: handler)
    }

    /// Registers a GET handler for one of the pages' routes.
    @discardableResult
    func get(_ route: Route, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator) -> Self {
        get(route.pattern, use: handler)
    }

    /// Registers a POST handler for one of the pages' routes.
    @discardableResult
    func post(_ route: Route, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator) -> Self {
        post(route.pattern, use: handler)
    }
}
