import CommonplaceCore
import Foundation
import HTTPTypes
import Testing

/// The server answers what the OpenAPI document says: out-of-range query values are refused, and a path that exists
/// answers a method it does not take with 405 and the methods it does (issue 15, defect 18).
@Suite("The API keeps its contract")
struct APIContractTests {
    @Test func outOfRangeQueryValuesAreRefusedNotReadAsOthers() async throws {
        try await TestApp.run { app in
            // given
            let member = try await app.store.makeMember("ada")
            let api = try await Visitor.apiClient(member, in: app.store)

            // when
            var statuses: [String: HTTPResponse.Status] = [:]
            for uri in [
                "/api/v1/posts?limit=101", "/api/v1/members?offset=-1", "/api/v1/spaces?limit=0", "/api/v1/feed?limit=abc",
                "/api/v1/threads?limit=99999999999999999999", "/api/v1/accounts?offset=-5", "/api/v1/threads/1?page=-1",
            ] {
                statuses[uri] = try await app.send(.get, uri, as: api).status
            }
            let fine = try await app.send(.get, "/api/v1/posts?limit=100", as: api)

            // then
            for (uri, status) in statuses { #expect(status == .unprocessableContent, "\(uri)") }
            #expect(fine.status == .ok)
        }
    }

    @Test func aMethodAPathDoesNotTakeIs405WithTheOnesItDoes() async throws {
        try await TestApp.run { app in
            // when
            let trace = try await app.send(.init("TRACE")!, "/api/v1/threads")
            let patch = try await app.send(.patch, "/api/v1/threads/7")
            let page = try await app.send(.delete, "/threads")
            let nowhere = try await app.send(.get, "/api/v1/nothing-here")

            // then
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers[.allow] == "GET, POST")
            #expect(patch.status == .methodNotAllowed)
            #expect(patch.headers[.allow] == "GET, PUT")
            #expect(page.status == .methodNotAllowed)
            #expect(nowhere.status == .notFound)
        }
    }
}
