import Foundation
import HTTPTypes
import Testing

/// The stylesheet and script come from inside the binary, under names that change with their content.
@Suite("Embedded assets")
struct AssetTests {
    @Test func pagesLinkTheStylesheetByItsHashAndBrowsersMayKeepItForever() async throws {
        try await TestApp.run { app in
            // given
            let page = try await app.send(.get, "/signin")
            let link = try #require(page.text.firstMatch(of: /href="(\/static\/app\.[0-9a-f]{12}\.css)"/)?.1)

            // when
            let stylesheet = try await app.send(.get, String(link))
            let compressed = try await app.send(.get, String(link), headers: [.acceptEncoding: "br, gzip;q=0.8"])
            let refused = try await app.send(.get, String(link), headers: [.acceptEncoding: "gzip;q=0"])
            let unhashed = try await app.send(.get, "/static/app.css")

            // then
            #expect(stylesheet.status == .ok)
            #expect(stylesheet.headers[.contentType] == "text/css; charset=utf-8")
            #expect(stylesheet.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(stylesheet.headers[.contentEncoding] == nil)
            #expect(stylesheet.text.contains("{"))
            #expect(compressed.headers[.contentEncoding] == "gzip")
            #expect(compressed.text.utf8.count < stylesheet.text.utf8.count)
            #expect(refused.headers[.contentEncoding] == nil)
            #expect(unhashed.status == .notFound)
        }
    }
}
