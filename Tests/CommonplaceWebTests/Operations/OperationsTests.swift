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
