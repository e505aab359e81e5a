import CommonplaceCore
import Foundation
import Testing

/// Every reader × every visibility over search: results, totals, facets and snippets reflect only what
/// the reader may see — posts, articles and threads alike.
@Suite("Search visibility matrix")
struct SearchVisibilityMatrixTests {
    typealias Reader = VisibilityMatrixTests.Reader

    @Test(arguments: Reader.allCases)
    func searchShowsAndCountsOnlyWhatTheReaderMaySee(_ reader: Reader) async throws {
        try await TestApp.run { app in
            // given: five posts ("canary-…"), five articles ("title-…") and five threads ("question-…"), one per visibility
            let world = try await ConversationVisibilityMatrixTests.World.build(in: app.store)
            let (browser, apiClient) = try await world.base.visitors(reader, in: app.store)
            let expected = reader.sees.count

            // when / then: the totals and kind facets count exactly the visible items
            for (word, kind) in [("canary", "post"), ("title", "article"), ("question", "question")] {
                let reply = try await app.send(.get, "/api/v1/search?q=\(word)", as: apiClient)
                #expect(reply.status == .ok)
                #expect(reply.json["total"] as? Int == expected, "\(reader): total for \(word)")
                #expect((reply.json["hits"] as? [[String: Any]])?.count == expected, "\(reader): hits for \(word)")
                let kinds = (reply.json["facets"] as? [String: [[String: Any]]])?["kinds"] ?? []
                #expect(kinds.first { $0["value"] as? String == kind }?["count"] as? Int ?? 0 == expected, "\(reader): \(kind) facet")
                let spaces = (reply.json["facets"] as? [String: [[String: Any]]])?["spaces"] ?? []
                #expect(spaces.first?["count"] as? Int ?? 0 == expected, "\(reader): space facet for \(word)")
                let page = try await app.send(.get, "/search?q=\(word)", as: browser)
                #expect(page.text.contains(expected == 1 ? ">1 result" : ">\(expected) results"), "\(reader): the page's count for \(word)")
                for visibility in Visibility.allCases where !reader.sees.contains(visibility) {
                    for canary in [world.base.canaries[visibility]!] + world.base.articleCanaries[visibility]! + world.canaries[visibility]!
                    {
                        #expect(!reply.text.contains(canary), "\(reader): \(canary) leaks into results, snippets or facets")
                        #expect(!page.text.contains(canary), "\(reader): \(canary) leaks into the search page")
                    }
                }
            }
            for visibility in Visibility.allCases {
                let reply = try await app.send(.get, "/api/v1/search?q=\(world.marks[visibility]!)", as: apiClient)
                #expect(
                    (reply.json["total"] as? Int ?? 0 > 0) == reader.sees.contains(visibility),
                    "\(reader): searching the \(visibility) thread's own word")
            }
        }
    }
}
