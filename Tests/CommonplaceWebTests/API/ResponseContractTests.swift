import CommonplaceCore
import Foundation
import HTTPTypes
import Testing

@testable import CommonplaceWeb

/// Every kind of response the API sends validates against the OpenAPI document it serves: the document is built
/// from Swift (``APIDocument``), and this test holds the server's JSON to it, member by member.
@Suite("Every API response matches the document")
struct ResponseContractTests {
    @Test func everyResponseSchemaIsSentAndValidatesAgainstTheDocument() async throws {
        try await TestApp.run { app in
            // given: the demo company; Ada is an admin, Ben moderates Customer Help, Chloe is an employee
            try await DemoData(store: app.store).loadIfEmpty()
            var api = ContractCheck(app: app)
            let ada = try await api.client("ada")
            let ben = try await api.client("ben")
            let chloe = try await api.client("chloe")

            // when: each operation is called as a client would, for each kind of response
            try await api.call(.get, "/api/v1/me", as: ben)
            try await api.call(.patch, "/api/v1/me", as: ben, json: #"{"bio":"Support lead."}"#)
            try await api.call(.get, "/api/v1/members?limit=3", as: ben)
            try await api.call(.get, "/api/v1/members/dan", as: ben)
            let posts = try await api.call(.get, "/api/v1/posts", as: ben)
            try await api.call(.get, "/api/v1/posts/\(posts.first("items", "id"))", as: ben)
            let post = try await api.call(.post, "/api/v1/posts", as: ben, json: #"{"space":"customer-help","body":"Hello"}"#, expect: 201)
            try await api.call(.delete, "/api/v1/posts/\(post.int("id"))", as: ben, expect: 204)
            try await api.call(.get, "/api/v1/feed?limit=5", as: ben)

            try await api.call(.get, "/api/v1/spaces", as: ben)
            try await api.call(.get, "/api/v1/spaces/customer-help", as: ben)
            try await api.call(.get, "/api/v1/spaces/customer-help/members", as: ben)
            try await api.call(.get, "/api/v1/spaces/customer-help/log", as: ben)
            try await api.call(.get, "/api/v1/spaces/customer-help/faq", as: ben)
            let space =
                #"{"slug":"stoves","name":"Stoves","purpose":"Stove talk","goals":[{"description":"Grow","metric":"members","target":5}]}"#
            try await api.call(.post, "/api/v1/spaces", as: ada, json: space, expect: 201)
            try await api.call(.put, "/api/v1/spaces/stoves", as: ada, json: space)
            try await api.call(.post, "/api/v1/spaces/stoves/membership", as: ben)

            let articles = try await api.call(.get, "/api/v1/articles?space=customer-help", as: ben)
            try await api.call(.get, "/api/v1/articles/\(articles.first("items", "id"))/jsonld", as: ben)
            let article = try await api.call(
                .post, "/api/v1/articles", as: ben, json: #"{"space":"customer-help","title":"Lighting","body":"Open the damper."}"#,
                expect: 201)
            let articleId = article.int("id")
            let edit = #"{"title":"Lighting","body":"Open the damper first.","baseRevision":1,"summary":"Order"}"#
            try await api.call(.put, "/api/v1/articles/\(articleId)", as: ben, json: edit)
            let late = #"{"title":"Lighting","body":"Close the door.","baseRevision":1}"#
            try await api.call(.put, "/api/v1/articles/\(articleId)", as: ben, json: late, expect: 409)
            try await api.call(.get, "/api/v1/articles/\(articleId)/revisions", as: ben)
            try await api.call(.get, "/api/v1/articles/\(articleId)/revisions/1", as: ben)
            try await api.call(.get, "/api/v1/articles/\(articleId)/diff?from=1&to=2", as: ben)
            try await api.call(.get, "/api/v1/articles/\(articleId)/log", as: ben)
            let rejected = try await api.call(
                .post, "/api/v1/articles/\(articleId)/suggestions", as: chloe, json: #"{"body":"Open it wide.","comment":"Clearer"}"#,
                expect: 201)
            try await api.call(.get, "/api/v1/articles/\(articleId)/suggestions", as: ben)
            try await api.call(.get, "/api/v1/suggestions", as: ben)
            try await api.call(.get, "/api/v1/suggestions/\(rejected.int("id"))", as: chloe)
            try await api.call(.post, "/api/v1/suggestions/\(rejected.int("id"))/reject", as: ben, json: #"{"reason":"Too vague"}"#)
            let accepted = try await api.call(
                .post, "/api/v1/articles/\(articleId)/suggestions", as: chloe, json: #"{"title":"Lighting a stove"}"#, expect: 201)
            try await api.call(.post, "/api/v1/suggestions/\(accepted.int("id"))/accept", as: ben, json: "{}")

            let question = try await api.call(
                .post, "/api/v1/threads", as: ben,
                json: #"{"space":"customer-help","kind":"question","title":"Which flue size?","body":"For a small stove."}"#, expect: 201)
            let threadId = question.int("id")
            let answer = try await api.call(
                .post, "/api/v1/threads/\(threadId)/replies", as: chloe, json: #"{"body":"Six inches."}"#, expect: 201)
            let aside = try await api.call(
                .post, "/api/v1/threads/\(threadId)/replies", as: chloe, json: #"{"body":"An aside."}"#, expect: 201)
            try await api.call(.put, "/api/v1/threads/\(threadId)/replies/\(answer.int("id"))", as: chloe, json: #"{"body":"Six inch."}"#)
            try await api.call(.put, "/api/v1/threads/\(threadId)", as: ben, json: #"{"title":"Which flue size?","body":"Small stove."}"#)
            try await api.call(.get, "/api/v1/threads/\(threadId)/edits", as: ben)
            try await api.call(.put, "/api/v1/threads/\(threadId)/accepted", as: ben, json: #"{"reply":\#(answer.int("id"))}"#)
            try await api.call(.post, "/api/v1/threads/\(threadId)/faq", as: ben, expect: 201)
            try await api.call(.get, "/api/v1/threads/\(threadId)", as: chloe)
            try await api.call(.get, "/api/v1/threads?space=customer-help", as: ben)
            try await api.call(.post, "/api/v1/threads/\(threadId)/flags", as: chloe, json: #"{"reason":"spam"}"#, expect: 201)
            try await api.call(.get, "/api/v1/flags", as: ben)
            try await api.call(.post, "/api/v1/threads/\(threadId)/moderation", as: ben, json: #"{"action":"pin"}"#)
            try await api.call(
                .post, "/api/v1/threads/\(threadId)/split", as: ben, json: #"{"replies":[\#(aside.int("id"))],"title":"An aside"}"#,
                expect: 201)
            let other = try await api.call(
                .post, "/api/v1/threads", as: ben,
                json: #"{"space":"customer-help","kind":"discussion","title":"Flue sizes","body":"Same topic."}"#, expect: 201)
            try await api.call(.post, "/api/v1/threads/\(other.int("id"))/merge", as: ben, json: #"{"into":\#(threadId)}"#)
            try await api.call(.post, "/api/v1/threads/\(threadId)/move", as: ada, json: #"{"space":"engineering"}"#)

            let campaigns = try await api.call(.get, "/api/v1/campaigns", as: ben)
            try await api.call(.get, "/api/v1/campaigns/\(campaigns.first("items", "id"))", as: ben)
            let campaignInput =
                #"{"space":"product-ideas","title":"How could we?","brief":"Tell us.","visibility":"public","goals":[{"description":"Ten","metric":"ideas","target":10}]}"#
            let campaign = try await api.call(.post, "/api/v1/campaigns", as: chloe, json: campaignInput, expect: 201)
            try await api.call(.put, "/api/v1/campaigns/\(campaign.int("id"))", as: chloe, json: campaignInput)
            let ideas = try await api.call(.get, "/api/v1/ideas?order=top", as: ben)
            try await api.call(.get, "/api/v1/ideas/\(ideas.first("items", "id"))", as: ben)
            let idea = try await api.call(
                .post, "/api/v1/ideas", as: ben, json: #"{"campaign":\#(campaign.int("id")),"title":"A dial","body":"Green band."}"#,
                expect: 201)
            let ideaId = idea.int("id")
            try await api.call(.put, "/api/v1/ideas/\(ideaId)/support", as: chloe)
            try await api.call(.delete, "/api/v1/ideas/\(ideaId)/support", as: chloe)
            try await api.call(.get, "/api/v1/ideas/\(ideaId)/supporters", as: chloe)
            try await api.call(.post, "/api/v1/ideas/\(ideaId)/status", as: chloe, json: #"{"status":"accepted","note":"Yes."}"#)
            try await api.call(.get, "/api/v1/ideas/\(ideaId)/answers", as: ben)
            try await api.call(.get, "/api/v1/me/idea-answers", as: ben)
            let twin = try await api.call(
                .post, "/api/v1/ideas", as: ben, json: #"{"campaign":\#(campaign.int("id")),"title":"A gauge","body":"Same."}"#, expect: 201
            )
            try await api.call(
                .post, "/api/v1/ideas/\(twin.int("id"))/merge", as: chloe, json: #"{"into":\#(ideaId),"reason":"Same dial."}"#)
            try await api.call(.get, "/api/v1/enhancement-requests", as: ben)
            try await api.call(
                .post, "/api/v1/enhancement-requests", as: ben,
                json: #"{"thread":\#(threadId),"title":"Flue chart","body":"Print a flue chart.","owner":"chloe"}"#, expect: 201)

            let tasks = try await api.call(.get, "/api/v1/tasks", as: ben)
            try await api.call(.get, "/api/v1/tasks?for=me", as: ben)
            try await api.call(.get, "/api/v1/tasks/\(tasks.first("items", "id"))", as: ben)
            let taskInput =
                #"{"space":"customer-help","title":"Tell us","brief":"How?","responseKind":"free","dueAt":\#(Clock.now() + 86_400),"goal":3}"#
            let task = try await api.call(.post, "/api/v1/tasks", as: ben, json: taskInput, expect: 201)
            try await api.call(.post, "/api/v1/tasks/\(task.int("id"))/responses", as: chloe, json: #"{"body":"Like this."}"#, expect: 201)
            try await api.call(.get, "/api/v1/tasks/\(task.int("id"))/responses", as: ben)
            let taskChange = #"{"title":"Tell us more","brief":"How?","dueAt":\#(Clock.now() + 86_400),"goal":4}"#
            try await api.call(.put, "/api/v1/tasks/\(task.int("id"))", as: ben, json: taskChange)
            try await api.call(.post, "/api/v1/tasks/\(task.int("id"))/close", as: ben, json: #"{"thanks":"Thank you."}"#)
            try await api.call(.get, "/api/v1/similar?text=flue+size", as: ben)
            try await api.call(.put, "/api/v1/follows/space/customer-help", as: ben, expect: 204)
            try await api.call(.get, "/api/v1/follows", as: ben)
            try await api.call(.get, "/api/v1/notifications", as: ben)
            try await api.call(.get, "/api/v1/notifications/preferences", as: ben)
            try await api.call(.put, "/api/v1/notifications/preferences", as: ben, json: #"{"muted":["update"]}"#)
            try await api.call(.get, "/api/v1/search?q=stove", as: ben)
            try await api.call(.get, "/api/v1/experts?topic=installation", as: ben)
            try await api.call(.get, "/api/v1/search/insights", as: ada)
            try await api.call(.get, "/api/v1/tags", as: ben)
            try await api.call(.get, "/api/v1/tags/scheme", as: ben)
            try await api.call(.get, "/api/v1/tags/suggestions?text=stove+flue", as: ben)
            try await api.call(.put, "/api/v1/tags/flue", as: ada, json: #"{"label":"Flue","definition":"The chimney pipe."}"#)

            try await api.call(.get, "/api/v1/accounts", as: ada)
            try await api.call(.get, "/api/v1/accounts/acme", as: ada)
            try await api.call(
                .post, "/api/v1/accounts", as: ada, json: #"{"slug":"hearthco","name":"HearthCo","kind":"partner"}"#, expect: 201)
            try await api.call(.get, "/api/v1/tokens", as: ben)
            try await api.call(.post, "/api/v1/tokens", as: ben, json: #"{"name":"script"}"#, expect: 201)
            try await api.call(.post, "/api/v1/bots", as: ada, json: #"{"handle":"importer","name":"Importer"}"#, expect: 201)
            try await api.call(
                .post, "/api/v1/invitations", as: ada, json: #"{"kind":"employee","email":"new@hearth.example"}"#, expect: 201)
            let settings = try await api.call(.get, "/api/v1/settings", as: ada)
            try await api.call(.put, "/api/v1/settings", as: ada, json: String(decoding: settings.encoded(), as: UTF8.self))
            try await api.call(.get, "/api/v1/log", as: ada)

            try await api.call(.get, "/api/v1/threads/999999", as: ben, expect: 404)
            try await api.call(.post, "/api/v1/posts", as: ben, json: #"{"space":"customer-help","body":""}"#, expect: 422)

            // then
            #expect(api.problems.isEmpty, "\(api.problems.joined(separator: "\n"))")
            #expect(api.unsent.isEmpty, "response schemas no request above produced: \(api.unsent.sorted())")
        }
    }
}

/// Sends API requests and checks each answer against the document: its status is one the operation declares, and
/// its body validates against the schema declared for that status.
private struct ContractCheck {
    let app: TestApp
    let validator = SchemaValidator(document: APIDocument.document)
    private(set) var problems: [String] = []
    private var sent: Set<String> = []

    init(app: TestApp) {
        self.app = app
    }

    /// The response schemas of the document that no checked response used.
    var unsent: Set<String> {
        Set(APIDocument.operations.flatMap { $0.responses.flatMap { $0.content.values.compactMap(\.referenced) } } + ["Problem"])
            .subtracting(sent)
    }

    func client(_ handle: String) async throws -> Visitor {
        try await Visitor.apiClient(try #require(try await app.store.members.find(handle: handle)), in: app.store)
    }

    /// Sends the request and checks the answer; returns its body.
    @discardableResult
    mutating func call(
        _ method: HTTPRequest.Method, _ uri: String, as who: Visitor, json: String? = nil, expect status: Int = 200
    ) async throws -> JSONValue {
        let reply = try await app.send(method, uri, as: who, json: json)
        let what = "\(method) \(uri)"
        guard reply.status.code == status else {
            problems.append("\(what): \(reply.status.code), expected \(status): \(reply.text.prefix(300))")
            return .null
        }
        guard let operation = Self.operation(method, uri) else {
            problems.append("\(what): no operation in the document")
            return .null
        }
        let declared = APIDocument.document.members["paths"]?.members[operation.path]?.members[method.rawValue.lowercased()]?
            .members["responses"]?.members[String(status)]
        guard let declared else {
            problems.append("\(what): \(status) is not a status \(operation.id) declares")
            return .null
        }
        let content = declared.members["content"]?.members ?? [:]
        guard !content.isEmpty else {
            if !reply.text.isEmpty { problems.append("\(what): a body where the document declares none") }
            return .null
        }
        let type = String(reply.headers[.contentType]?.split(separator: ";").first ?? "")
        guard let schema = content[type]?.members["schema"] else {
            problems.append("\(what): \(type) is not a type the document declares for \(status)")
            return .null
        }
        let body = try JSONDecoder().decode(JSONValue.self, from: Data(reply.text.utf8))
        if let name = Schema(schema.members).referenced { sent.insert(name) }
        problems += validator.problems(body, against: schema).map { "\(what): \($0)" }
        return body
    }

    /// The operation a request goes to: its method, and its path matched segment by segment.
    private static func operation(_ method: HTTPRequest.Method, _ uri: String) -> APIOperation? {
        let segments = (uri.split(separator: "?").first ?? "").split(separator: "/")
        return APIDocument.operations.first { operation in
            let pattern = operation.path.split(separator: "/")
            return operation.method == method && pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }
}

extension JSONValue {
    /// An integer member of an object; 0 when there is none.
    fileprivate func int(_ name: String) -> Int {
        if case .int(let value)? = members[name] { return value }
        return 0
    }

    /// An integer member of the first element of an array member: `first("items", "id")`.
    fileprivate func first(_ list: String, _ name: String) -> Int {
        members[list]?.elements.first?.int(name) ?? 0
    }
}
