import CommonplaceCore
import Foundation
import HTTPTypes
import Testing

/// Pages go out gzipped to clients that take it; so that the compressed size tells nothing about the CSRF token
/// (BREACH), every page carries the token masked afresh.
@Suite("Compressed pages")
struct CompressionTests {
    typealias Cast = ConversationTests.Cast

    @Test func pagesAreGzippedForClientsThatTakeIt() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let browser = try await Visitor.browser(cast.employee, in: app.store)

            // when
            let plain = try await app.send(.get, "/settings", as: browser)
            let compressed = try await app.send(.get, "/settings", as: browser, headers: [.acceptEncoding: "gzip, deflate, br"])

            // then
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(compressed.headers[.contentEncoding] == "gzip")
            #expect(compressed.headers[.vary] == "Accept-Encoding")
            #expect(compressed.text.utf8.count < plain.text.utf8.count)
        }
    }

    @Test func everyPageMasksTheTokenAfreshAndFormsSendingAnyOfThemPass() async throws {
        try await TestApp.run { app in
            // given: two loads of one page
            let cast = try await Cast.make(in: app.store)
            let browser = try await Visitor.browser(cast.employee, in: app.store)
            func token() async throws -> String {
                let page = try await app.send(.get, "/settings", as: browser)
                return String(try #require(page.text.firstMatch(of: /name="_csrf" value="([0-9a-f]+)"/)?.1))
            }
            let first = try await token()
            let second = try await token()
            let forged = String(first.reversed())

            // when
            func save(with token: String) async throws -> Reply {
                try await app.send(
                    .post, "/settings/profile", as: browser,
                    form: ["_csrf": token, "name": "Employee", "bio": "", "expertise": "", "interests": ""])
            }
            let savedWithFirst = try await save(with: first)
            let savedWithSecond = try await save(with: second)
            let savedWithForgery = try await save(with: forged)

            // then
            #expect(first != second)
            #expect(!first.contains(browser.csrf) && !second.contains(browser.csrf))
            #expect(savedWithFirst.status == .seeOther)
            #expect(savedWithSecond.status == .seeOther)
            #expect(savedWithForgery.status == .forbidden)
        }
    }
}
