import HTTPTypes

/// One method on one API route, as the OpenAPI document describes it.
///
/// Every operation also answers 401 (a token that is not valid is refused even where no sign-in is needed),
/// 409 when it ``clashes`` with what exists, and 422 when it takes an integer query value; ``APIDocument`` adds
/// those, so a definition lists only what is its own.
struct APIOperation: Sendable {
    let method: HTTPRequest.Method
    let route: APIRoute
    let id: String
    let summary: String
    let tag: APITag
    let parameters: [APIParameter]
    /// The JSON body it takes, if any.
    var body: Schema?
    /// What it answers when it succeeds, and anything unusual.
    let responses: [APIResponse]
    /// The problem documents it may answer besides the ones every operation may.
    let errors: [Int]
    /// Whether it answers without a sign-in.
    let isPublic: Bool
    /// Whether a well-formed value may clash with what exists (a taken slug, a name nobody has): a 409.
    let clashes: Bool

    init(
        _ method: HTTPRequest.Method, _ route: APIRoute, id: String, summary: String, tag: APITag,
        parameters: [APIParameter] = [], body: Schema? = nil, responses: [APIResponse], errors: [Int] = [],
        isPublic: Bool = false, clashes: Bool = false
    ) {
        self.method = method
        self.route = route
        self.id = id
        self.summary = summary
        self.tag = tag
        self.parameters = parameters
        self.body = body
        self.responses = responses
        self.errors = errors
        self.isPublic = isPublic
        self.clashes = clashes
    }

    /// The path as OpenAPI writes it: `/api/v1/threads/{id}`.
    var path: String {
        APIRoute.prefix
            + route.rawValue.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
    }
}

/// A path or query value an operation reads.
struct APIParameter: Sendable {
    enum Location: String, Sendable {
        case path, query
    }

    let name: String
    let location: Location
    let schema: Schema
    let description: String?
    let required: Bool

    static func path(_ name: String, _ schema: Schema = .string) -> APIParameter {
        APIParameter(name: name, location: .path, schema: schema, description: nil, required: true)
    }

    static func query(_ name: String, _ schema: Schema = .string, _ description: String? = nil, required: Bool = false) -> APIParameter {
        APIParameter(name: name, location: .query, schema: schema, description: description, required: required)
    }

    static let id = path("id", .integer)
    static let slug = path("slug")
    static let handle = path("handle")
    static let reply = path("reply", .integer)
}

/// One status an operation answers with, and what its body holds.
struct APIResponse: Sendable {
    let status: Int
    let description: String
    /// Media type and schema of each body it may send.
    let content: [String: Schema]

    init(_ status: Int, _ description: String, content: [String: Schema] = [:]) {
        self.status = status
        self.description = description
        self.content = content
    }

    static func json(_ status: Int, _ description: String, _ schema: Schema) -> APIResponse {
        APIResponse(status, description, content: ["application/json": schema])
    }

    /// A success without a body.
    static func empty(_ status: Int, _ description: String) -> APIResponse {
        APIResponse(status, description)
    }

    /// A JSON-LD document.
    static func linkedData(_ description: String) -> APIResponse {
        APIResponse(200, description, content: ["application/ld+json": .anyObject])
    }

    /// An RFC 9457 problem document.
    static func problem(_ status: Int) -> APIResponse {
        APIResponse(status, problemTitles[status] ?? "Error", content: ["application/problem+json": .ref("Problem")])
    }

    private static let problemTitles = [
        400: "Bad request", 401: "Sign-in or token required", 403: "Not allowed", 404: "Not found or not visible",
        409: "Conflict", 415: "Body must be JSON", 422: "Invalid input; nothing changed", 429: "Too many sign-in attempts",
    ]
}

/// The groups the document sorts operations into, in the order it lists them.
enum APITag: String, CaseIterable, Sendable {
    case search = "Search"
    case posts = "Posts"
    case conversations = "Conversations"
    case moderation = "Moderation"
    case faq = "FAQ"
    case follows = "Follows"
    case articles = "Articles"
    case suggestions = "Suggestions"
    case ideas = "Ideas"
    case tasks = "Knowledge tasks"
    case notifications = "Notifications"
    case tags = "Tags"
    case spaces = "Spaces"
    case members = "Members"
    case accounts = "Accounts"
    case tokens = "Tokens"
    case admin = "Admin"
}
