import CommonplaceCore
import Foundation
import Testing

/// Every kind of page, rendered from the demo instance and compared with the markup committed under `Snapshots/`:
/// a change to a page shows up as a change to its snapshot, to be read in review.
///
/// The demo is written at one pinned second, so lists ordered by time come out the same in every run. What differs
/// from run to run is left out before comparing: times and dates, the masked CSRF token and the stylesheet's hash. `COMMONPLACE_RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests` writes them anew.
@Suite("Page snapshots")
struct PageSnapshotTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    private static let recording = ProcessInfo.processInfo.environment["COMMONPLACE_RECORD_SNAPSHOTS"] == "1"

    @Test func everyKindOfPageLooksAsCommitted() async throws {
        try await TestApp.run { app in
            // given: the demo company, seen by its moderator Ben and by a visitor
            try await Clock.$pinned.withValue(1_700_000_000) { try await DemoData(store: app.store).loadIfEmpty() }
            let ben = try await Visitor.browser(try #require(try await app.store.members.find(handle: "ben")), in: app.store)
            let ada = try await Visitor.browser(try #require(try await app.store.members.find(handle: "ada")), in: app.store)
            let thread = try await Self.firstLink(#"/threads/[0-9]+"#, on: "/threads", app: app, as: ben)
            let article = try await Self.firstLink(#"/articles/[0-9]+"#, on: "/spaces/customer-help/articles", app: app, as: ben)
            let post = try await Self.firstLink(#"/posts/[0-9]+"#, on: "/", app: app, as: ada)
            let idea = try await Self.firstLink(#"/ideas/[0-9]+"#, on: "/ideas?order=top", app: app, as: ben)
            let campaign = try await Self.firstLink(#"/campaigns/[0-9]+"#, on: "/campaigns", app: app, as: ben)
            let task = try await Self.firstLink(#"/tasks/[0-9]+"#, on: "/tasks", app: app, as: ben)
            let pages: [(name: String, path: String, who: Visitor)] = [
                ("sign-in", "/signin", .anonymous), ("sign-up", "/signup", .anonymous), ("not-found", "/threads/999999", .anonymous),
                ("home", "/", ben), ("spaces", "/spaces", ben), ("space", "/spaces/customer-help", ben),
                ("space-manual", "/spaces/customer-help/articles", ben), ("space-faq", "/spaces/customer-help/faq", ben),
                ("threads", "/threads", ben), ("thread", thread, ben),
                ("thread-history", thread + "/history", ben), ("ask", "/spaces/customer-help/threads/new?kind=question", ben),
                ("choose-space", "/threads/new?kind=question", ben), ("post", post, ada), ("delete-post", post + "/delete", ada),
                ("article", article, ben), ("article-edit", article + "/edit", ben), ("article-history", article + "/history", ben),
                ("article-log", article + "/log", ben), ("suggest", article + "/suggest", ben), ("suggestions", "/suggestions", ben),
                ("members", "/members", ben), ("member", "/members/ben", ben), ("tags", "/tags", ben),
                ("notifications", "/notifications", ben), ("settings", "/settings", ben), ("moderation", "/moderation", ben),
                ("experts", "/experts?q=stove", ben), ("admin", "/admin", ada), ("admin-log", "/admin/log", ada),
                ("ideas", "/ideas", ben), ("idea", idea, ben), ("idea-new", "/ideas/new", ben), ("campaigns", "/campaigns", ben),
                ("campaign", campaign, ben), ("campaign-edit", campaign + "/edit", ada), ("tasks", "/tasks", ben), ("task", task, ben),
                ("task-new", "/tasks/new", ben), ("member-thanked", "/members/gina", ben),
            ]
            var problems: [String] = []

            // when
            for page in pages {
                let reply = try await app.send(.get, page.path, as: page.who)
                if reply.status != (page.name == "not-found" ? .notFound : .ok) {
                    problems.append("\(page.name) (\(page.path)) answered \(reply.status.code)")
                }
                let markup = Self.stable(reply.text)
                let file = Self.folder.appendingPathComponent(page.name + ".html")

                // then
                guard !Self.recording, let committed = try? String(contentsOf: file, encoding: .utf8) else {
                    try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                    try markup.write(to: file, atomically: true, encoding: .utf8)
                    if !Self.recording { problems.append("\(page.name): no snapshot was committed; recorded one, commit it") }
                    continue
                }
                if committed != markup {
                    let line = Array(zip(committed.split(separator: "\n"), markup.split(separator: "\n"))).firstIndex { $0 != $1 }
                    problems.append("\(page.name) (\(page.path)) differs from Snapshots/\(page.name).html at line \((line ?? 0) + 1)")
                }
            }
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))\nIf the change is meant, record again (see the suite's doc).")
        }
    }

    /// The page without what changes on every request or build.
    static func stable(_ page: String) -> String {
        page.replacingOccurrences(of: #"<time datetime="[^"]*" title="[^"]*">[^<]*</time>"#, with: "<time/>", options: .regularExpression)
            .replacingOccurrences(of: #"name="_csrf" value="[0-9a-f]*""#, with: #"name="_csrf" value="…""#, options: .regularExpression)
            .replacingOccurrences(of: #"/static/app\.[0-9a-f]+\."#, with: "/static/app.….", options: .regularExpression)
            .replacingOccurrences(of: #"request <code>[0-9a-f]+</code>"#, with: "request <code>…</code>", options: .regularExpression)
            .replacingOccurrences(
                of: #"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:]{8}Z| [0-9]{2}:[0-9]{2} UTC)?"#, with: "…", options: .regularExpression)
    }

    private static func firstLink(_ pattern: String, on page: String, app: TestApp, as who: Visitor) async throws -> String {
        let text = try await app.send(.get, page, as: who).text
        let range = try #require(text.range(of: #"href=""# + pattern + #"""#, options: .regularExpression))
        return String(text[range].dropFirst(6).dropLast())
    }
}
