import CommonplaceCore
import CommonplaceWeb
import Foundation
import Testing

@Suite("Operations")
struct OperationsTests {
    @Test func healthReadinessAndMetricsAnswer() async throws {
        try await TestApp.run { app in
            // when
            let health = try await app.send(.get, "/healthz")
            let ready = try await app.send(.get, "/readyz")
            _ = try await app.send(.get, "/spaces")
            let metrics = try await app.send(.get, "/metrics")

            // then
            #expect(health.status == .ok)
            #expect(ready.text == "ready\n")
            #expect(metrics.text.contains("hb_requests"))
        }
    }

    @Test func unknownPageShowsAFriendlyErrorWithTheRequestId() async throws {
        try await TestApp.run { app in
            // when
            let page = try await app.send(.get, "/no/such/page")
            let api = try await app.send(.get, "/api/v1/nothing")

            // then
            let requestId = page.headers[.init("X-Request-Id")!] ?? "missing"
            #expect(page.status == .notFound)
            #expect(page.text.contains(requestId))
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func openAPIDocumentDescribesExactlyTheAPIRoutes() async throws {
        try await TestDatabase.withStore { store in
            // given
            let router = try await buildRouter(AppConfiguration(), store: store)
            let served = router.routes
                .filter { $0.path.description.hasPrefix("/api/v1") }
                .map { route in
                    let path = route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                    return "\(route.method.rawValue.lowercased()) /" + path.joined(separator: "/")
                }

            // when
            let app = Application(router: router, logger: TestDatabase.logger)
            let documented = try await app.test(.router) { client in
                try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                    let document = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as! [String: Any]
                    let paths = document["paths"] as! [String: [String: Any]]
                    return paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } }
                }
            }

            // then
            #expect(Set(served) == Set(documented))
            #expect(!served.isEmpty)
        }
    }
}

import Hummingbird
import HummingbirdTesting

@Suite("Failures")
struct FailureTests {
    @Test func internalErrorShowsTheRequestIdButNoInternalDetail() async throws {
        try await TestApp.run { app in
            // given: the database goes away under the running application
            await app.store.database.close()

            // when
            let page = try await app.send(.get, "/spaces")
            let api = try await app.send(.get, "/api/v1/spaces")
            let ready = try await app.send(.get, "/readyz")

            // then
            #expect(page.status == .internalServerError)
            #expect(page.text.contains("Something went wrong"))
            #expect(page.text.contains(page.headers[.init("X-Request-Id")!] ?? "missing"))
            #expect(!page.text.lowercased().contains("pool"))
            #expect(!page.text.contains("Error"))
            #expect(api.json["status"] as? Int == 500)
            #expect(!(api.json["detail"] as? String ?? "").lowercased().contains("pool"))
            #expect(ready.status == .serviceUnavailable)
        }
    }

    @Test func oversizedRequestBodyIsRefused() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            _ = try await app.store.makeSpace("team", by: member)
            let huge = "{\"space\":\"team\",\"body\":\"" + String(repeating: "a", count: 2 << 20) + "\"}"

            // when
            let reply = try await app.send(.post, "/api/v1/posts", as: try await Visitor.apiClient(member, in: app.store), json: huge)

            // then
            #expect(reply.status == .contentTooLarge)
            #expect(try await app.store.count("items") == 0)
        }
    }
}
