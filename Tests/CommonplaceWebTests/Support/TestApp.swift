import CommonplaceCore
import CommonplaceWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// The real application over a fresh database, driven through its router.
struct TestApp {
    let client: any TestClientProtocol
    let store: Store

    /// Builds the application exactly as `serve` does and runs `body` against it.
    static func run<T: Sendable>(
        configuration: AppConfiguration = AppConfiguration(bcryptCost: 4), connectionWait: Duration = .seconds(30),
        _ body: @Sendable (TestApp) async throws -> T
    ) async throws -> T {
        try await TestDatabase.withStore(connectionWait: connectionWait) { store in
            try await on(store, configuration: configuration, body)
        }
    }

    /// Runs `body` against one more server over the same store: another instance on the same database.
    static func on<T: Sendable>(
        _ store: Store, configuration: AppConfiguration = AppConfiguration(bcryptCost: 4), _ body: @Sendable (TestApp) async throws -> T
    ) async throws -> T {
        let router = try await buildRouter(configuration, store: store)
        let app = Application(router: router, logger: TestDatabase.logger)
        return try await app.test(.router) { client in
            try await body(TestApp(client: client, store: store))
        }
    }

    /// Sends a request as `who` and returns what came back: a form (with `who`'s CSRF token), JSON, or a body of any type.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method, _ uri: String, as who: Visitor = .anonymous, form: [String: String]? = nil,
        json: String? = nil, raw: (body: String, contentType: String)? = nil, headers extra: HTTPFields = [:]
    ) async throws -> Reply {
        var headers = who.headers
        for field in extra { headers.append(field) }
        var body: ByteBuffer?
        if var form {
            form["_csrf"] = form["_csrf"] ?? who.csrf
            headers[.contentType] = "application/x-www-form-urlencoded"
            body = ByteBuffer(string: Self.encode(form))
        } else if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(string: json)
        } else if let raw {
            headers[.contentType] = raw.contentType
            body = ByteBuffer(string: raw.body)
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
            Reply(status: response.status, headers: response.headers, text: String(buffer: response.body))
        }
    }

    static func encode(_ form: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }
}

/// What a request came back with.
struct Reply: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let text: String

    /// The JSON body as a dictionary.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
}

/// Someone sending requests: a visitor, a browser with a session cookie, or an API client with a token.
struct Visitor: Sendable {
    let headers: HTTPFields
    let csrf: String

    static let anonymous = Visitor(headers: [.cookie: "cp_csrf=test-csrf"], csrf: "test-csrf")

    /// A signed-in browser: session cookie plus the CSRF cookie its forms echo.
    static func browser(_ member: Member, in store: Store) async throws -> Visitor {
        let token = try await store.sessions.create(for: member.id)
        return Visitor(headers: [.cookie: "cp_session=\(token); cp_csrf=test-csrf"], csrf: "test-csrf")
    }

    /// An API client with a bearer token.
    static func apiClient(_ member: Member, in store: Store) async throws -> Visitor {
        let created = try await store.tokens.create(for: member.id, name: "test")
        return Visitor(headers: [.authorization: "Bearer \(created.secret)"], csrf: "")
    }
}
