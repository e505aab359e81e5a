import CommonplaceCore
import Hummingbird
import Testing

@testable import CommonplaceWeb

/// Links come from the route enum, and every route in it is served.
@Suite("Routes and links")
struct RouteTests {
    @Test func everyRouteOfTheEnumIsRegistered() async throws {
        try await TestDatabase.withStore { store in
            // given
            let router = try await buildRouter(AppConfiguration(port: 0, bcryptCost: 4), store: store)

            // when
            let registered = Set(router.routes.map(\.path.description))

            // then
            let missing = Route.allCases.filter { !registered.contains($0.pattern.description) }
            #expect(missing.isEmpty, "routes never registered: \(missing)")
            let missingFromTheAPI = APIRoute.allCases.filter {
                !registered.contains(RouterPath(APIRoute.prefix).appendingPath($0.pattern).description)
            }
            #expect(missingFromTheAPI.isEmpty, "API routes never registered: \(missingFromTheAPI)")
        }
    }

    @Test func linksWithAwkwardValuesStillResolveToTheirRoute() async throws {
        try await TestDatabase.withStore { store in
            // given: values with characters that mean something in a URL
            let router = try await buildRouter(AppConfiguration(port: 0, bcryptCost: 4), store: store)
            let methods = MethodTable()
            methods.learn(router)
            let awkward = "a b/c?d#e%f"
            let links: [SiteURL] = [
                .tag(awkward), .member(awkward), .space(awkward), .spaceRequestDecline(awkward, awkward), .articleRevision(1, 2),
                .replyEdit(3, 4), .thread(5).query("q", "x&y=z#w").fragment("reply-6"), .home.query("before", 7),
            ]

            // when
            let resolved = links.map { methods.methods(for: String($0.path.prefix { $0 != "?" && $0 != "#" })) }

            // then
            for (link, methods) in zip(links, resolved) { #expect(methods != nil, "\(link.path) resolves to no route") }
            #expect(SiteURL.tag(awkward).path == "/tags/a%20b%2Fc%3Fd%23e%25f")
            #expect(SiteURL.thread(5).query("q", "x&y=z#w").fragment("reply-6").path == "/threads/5?q=x%26y%3Dz%23w#reply-6")
            #expect(SiteURL.articleRevision(1, 2).path == "/articles/1/revisions/2")
            #expect(SiteURL.spaceRequestDecline("a b", "c").path == "/spaces/a%20b/requests/c/decline")
            #expect(SiteURL.home.query("before", 7).path == "/?before=7")
        }
    }

    @Test func mentionAndTagLinksThatMarkdownStoresMatchTheRoutes() {
        // given: Markdown runs in Core and its HTML is stored, so its two links are the one place outside the route enum
        let markdown = Markdown(knownHandles: ["ada-l"])

        // when
        let html = markdown.html("Ask @ada-l about #flue-gas")

        // then
        #expect(html.contains("href=\"\(SiteURL.member("ada-l").path)\""))
        #expect(html.contains("href=\"\(SiteURL.tag("flue-gas").path)\""))
    }
}
