import CommonplaceCore
import Foundation
import SQLKit
import Testing

/// The benchmark's data generator makes a valid, usable instance on both databases.
@Suite("Data generator")
struct DataGeneratorTests {
    @Test func theSmallScaleIsAUsableInstance() async throws {
        try await TestApp.run { app in
            // given
            let indexes = try await Self.indexes(of: app.store.database)

            // when
            let report = try await DataGenerator(store: app.store, scale: .small, seed: 7).run()

            // then: the indexes dropped for the load are back, the counts are there and hold together
            #expect(indexes.count > 20)
            #expect(try await Self.indexes(of: app.store.database) == indexes)
            #expect(try await app.store.count("members") == 1_000)
            #expect(try await app.store.count("conversations") == 2_000 + 200, "threads, and the ideas' discussions")
            #expect(try await app.store.count("campaigns") == 2)
            #expect(try await app.store.count("knowledge_tasks") == 1)
            #expect(try await app.store.count("task_responses") == report.counts.first { $0.0 == "task responses" }?.1)
            #expect(try await app.store.count("idea_supports") == report.counts.first { $0.0 == "supports" }?.1)
            #expect(try await app.store.count("article_revisions") == 1_500)
            #expect(try await app.store.count("search_documents") == 4_500 + 200 + 2 + 1)
            #expect(try await app.store.count("replies") == report.counts.first { $0.0 == "replies" }?.1)
            let employee = Visitor(headers: [.authorization: "Bearer \(report.employeeToken)"], csrf: "")
            let customer = Visitor(headers: [.authorization: "Bearer \(report.customerToken)"], csrf: "")
            let thread = try await app.send(.get, "/api/v1/threads/\(report.busyThread)", as: customer)
            #expect((thread.json["replies"] as? [[String: Any]])?.count == 50)
            #expect(try await app.send(.get, "/articles/\(report.article)", as: customer).status == .ok)
            let common = try await app.send(.get, "/api/v1/search?q=\(report.commonWord)", as: employee)
            #expect(common.json["total"] as? Int ?? 0 > 100)
            let rare = report.rareWords.split(separator: " ").map(String.init)
            let similar = try await app.send(.get, "/api/v1/similar?text=\(report.commonWord)+\(rare.joined(separator: "+"))", as: employee)
            #expect(!similar.items.isEmpty)
            if app.store.database.kind == .sqlite {
                #expect(
                    similar.items.allSatisfy { !($0["matched"] as? [String] ?? [report.commonWord]).contains(report.commonWord) },
                    "a word in most documents is left out of likeness")
            }
            let phrase = report.phrase.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            #expect(try await app.send(.get, "/api/v1/search?q=\(phrase)", as: employee).status == .ok)
            let ideas = try await app.send(.get, "/api/v1/ideas?order=top&limit=5", as: employee)
            let counts = ideas.items.compactMap { $0["supportCount"] as? Int }
            #expect(counts.count == 5 && counts == counts.sorted(by: >) && counts[0] > 1, "the most supported first: \(counts)")
            let top = try #require(ideas.items.first?["id"] as? Int)
            let supporters = try await app.send(.get, "/api/v1/ideas/\(top)/supporters", as: employee)
            #expect(supporters.json["count"] as? Int == counts[0])
            #expect(try await app.send(.get, "/ideas", as: customer).status == .ok)
            #expect(try await app.send(.get, "/api/v1/tasks", as: customer).status == .ok)
            let employeeFeed = try await app.send(.get, "/api/v1/feed", as: employee)
            let customerFeed = try await app.send(.get, "/api/v1/feed", as: customer)
            #expect(employeeFeed.items.count == 30)
            #expect(customerFeed.items.count == 30)
            let internalItems = customerFeed.items.filter {
                (($0["post"] ?? $0["conversation"] ?? $0["idea"]) as? [String: Any])?["visibility"] as? String == "internal"
            }
            #expect(internalItems.isEmpty, "a customer's feed has no internal items")
            let reply = try await app.send(
                .post, "/api/v1/threads/\(report.busyThread)/replies", as: employee, json: #"{"body":"A new reply"}"#)
            #expect(reply.status == .created, "ids continue after the generated rows")
        }
    }

    @Test func theSameSeedGivesTheSameInstanceInEveryRun() async throws {
        try await TestApp.run { app in
            // when
            _ = try await DataGenerator(store: app.store, scale: .small, seed: 7).run()

            // then: what this seed made in an earlier process (memberships decide every later author; tags and
            // audiences were once drawn through a `Set`, whose order each process seeds anew)
            let (authors, tags, audience) = try await app.store.database.read { sql in
                (
                    try await sql.raw("SELECT author_id FROM replies ORDER BY id LIMIT 12").all().map {
                        try $0.decode(column: "author_id", as: Int.self)
                    },
                    try await sql.raw("SELECT tags FROM search_documents WHERE tags LIKE '% %' ORDER BY item_id LIMIT 3").all().map {
                        try $0.decode(column: "tags", as: String.self)
                    },
                    try await sql.raw(
                        "SELECT member_id FROM item_audience WHERE member_id IS NOT NULL ORDER BY item_id, member_id LIMIT 4"
                    ).all().map { try $0.decode(column: "member_id", as: Int.self) }
                )
            }
            #expect(authors == [761, 733, 435, 447, 887, 303, 284, 957, 808, 965, 336, 78])
            #expect(tags == ["wenmozalko lezepogri", "yuveyu migu guda", "wenfla mile"])
            #expect(audience == [45, 585, 637, 914])
        }
    }

    /// Every index's name and table, sorted.
    static func indexes(of database: Database) async throws -> [String] {
        try await database.read { sql in
            let query: SQLQueryString =
                switch database.kind {
                case .sqlite: "SELECT name || ' on ' || tbl_name AS name FROM sqlite_master WHERE type = 'index' ORDER BY 1"
                case .postgres:
                    "SELECT indexname || ' on ' || tablename AS name FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1"
                }
            return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
        }
    }

    @Test func aVeryCommonWordIsAnsweredFromTheNewestThousandMatches() async throws {
        try await TestApp.run { app in
            // given: a word in nearly every generated item
            let report = try await DataGenerator(store: app.store, scale: .small, seed: 7).run()
            let employee = Visitor(headers: [.authorization: "Bearer \(report.employeeToken)"], csrf: "")

            // when
            let common = try await app.send(.get, "/api/v1/search?q=\(report.commonWord)", as: employee)
            let articles = try await app.send(.get, "/api/v1/search?q=\(report.commonWord)&kind=article", as: employee)
            let rare = try await app.send(
                .get, "/api/v1/search?q=\(report.rareWords.replacingOccurrences(of: " ", with: "+"))", as: employee)

            // then: the total says "at least", titles with the word come first, facets count what was weighed
            #expect(common.json["total"] as? Int == 1_000)
            #expect(common.json["totalIsExact"] as? Bool == false)
            let hits = common.json["hits"] as? [[String: Any]] ?? []
            #expect(hits.count == 20)
            #expect((hits.first?["title"] as? String)?.lowercased().contains(report.commonWord) == true)
            let kinds = (common.json["facets"] as? [String: Any])?["kinds"] as? [[String: Any]] ?? []
            #expect(kinds.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 1_000)
            let articleHits = articles.json["hits"] as? [[String: Any]] ?? []
            #expect(!articleHits.isEmpty && articleHits.allSatisfy { $0["kind"] as? String == "article" })
            #expect(rare.json["totalIsExact"] as? Bool == true)
        }
    }
}
