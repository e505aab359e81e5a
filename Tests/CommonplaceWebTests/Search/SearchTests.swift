import CommonplaceCore
import CommonplaceWeb
import HummingbirdTesting
import Foundation
import Testing

/// Full-text search on both databases: ranking, syntax, facets, the index's upkeep, and the log.
@Suite("Search")
struct SearchTests {
    typealias Cast = ConversationTests.Cast

    func titles(_ reply: Reply) -> [String] {
        (reply.json["hits"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
    }

    @Test func titleHitsOutrankBodyHitsAndAcceptedAnswersOutrankUnaccepted() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            _ = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Weekly notes", body: "We talked about the chimney sweep."),
                by: cast.employee)
            _ = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Chimney sweep schedule", body: "Every autumn."),
                by: cast.employee)
            let plain = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Flue draught problem", body: "Weak draught."), by: cast.customer)
            let answered = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Flue draught problem again", body: "Weak draught."),
                by: cast.customer)
            let answer = try await app.store.conversations.reply(to: answered.id, body: "Warm the flue first.", by: cast.employee)
            _ = try await app.store.conversations.accept(answer.id, in: answered.id, by: cast.customer)
            _ = plain

            // when
            let chimney = try await app.send(.get, "/api/v1/search?q=chimney+sweep")
            let draught = try await app.send(.get, "/api/v1/search?q=draught")

            // then
            #expect(titles(chimney) == ["Chimney sweep schedule", "Weekly notes"])
            #expect(titles(draught) == ["Flue draught problem again", "Flue draught problem"])
            let first = try #require((draught.json["hits"] as? [[String: Any]])?.first)
            #expect(first["status"] as? String == "answered")
            #expect((first["snippetHTML"] as? String)?.contains("<mark>") == true)
            #expect(first["url"] as? String == "/threads/\(answered.id)")
        }
    }

    @Test func snippetsAreEscapedWithTheMatchesMarked() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            _ = try await app.store.posts.create(
                NewPost(space: "support", body: "Sweep the <b>flue</b> & check the **damper** before \"winter\" — it's `cold`."),
                by: cast.employee)

            // when
            let found = try await app.send(.get, "/api/v1/search?q=damper")

            // then
            let snippet = try #require((found.json["hits"] as? [[String: Any]])?.first?["snippetHTML"] as? String)
            #expect(snippet.contains("&amp; check the <mark>damper</mark> before &quot;winter&quot; — it&#39;s cold"))
            #expect(!snippet.contains("<b>") && !snippet.contains("**") && !snippet.contains("`"))
        }
    }

    @Test func theSyntaxWorksTheSameOnBothDatabases() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            for (title, body) in [
                ("Thermostat wiring", "Connect the red wire."), ("Thermometer calibration", "Use ice water."),
                ("Pellet storage", "Keep pellets dry."), ("Wood storage", "Stack the wood under a roof."),
                ("Air vent settings", "Open the air vent fully."), ("Vent cleaning", "Clean the air intake; the vent stays open."),
            ] {
                _ = try await app.store.articles.create(
                    ArticleDraft(title: title, body: body, tags: [], visibility: .public), in: "support", by: cast.moderator)
            }
            func search(_ query: String) async throws -> [String] {
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                return titles(try await app.send(.get, "/api/v1/search?q=\(encoded)")).sorted()
            }

            // then
            #expect(try await search("therm*") == ["Thermometer calibration", "Thermostat wiring"])
            #expect(try await search("pellets OR wood") == ["Pellet storage", "Wood storage"])
            #expect(try await search("storage -pellets") == ["Wood storage"])
            #expect(try await search("storage NOT wood") == ["Pellet storage"])
            #expect(try await search("\"air vent\"") == ["Air vent settings"])
            #expect(try await search("air vent") == ["Air vent settings", "Vent cleaning"])
            #expect(try await search("\"vent fully\"") == ["Air vent settings"])
            #expect(try await search("\"open the air") == ["Air vent settings"])
            #expect(try await search("calibrating") == ["Thermometer calibration"])
            #expect(try await search("wiring AND red") == ["Thermostat wiring"])
            for wordless in ["-pellets", "OR", "\"\"", "***", "   ", ""] {
                let encoded = wordless.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let reply = try await app.send(.get, "/api/v1/search?q=\(encoded)")
                #expect(reply.status == .ok && reply.json["total"] as? Int == 0, "\(wordless)")
            }
            let page = try await app.send(.get, "/search?q=-pellets")
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("Search for at least one word"))
        }
    }

    @Test func facetsCountWithTheOtherFilters() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            _ = try await app.store.makeSpace("sales", by: cast.moderator, visibility: .public)
            _ = try await app.store.posts.create(NewPost(space: "support", body: "Boiler question #heating"), by: cast.moderator)
            _ = try await app.store.posts.create(NewPost(space: "sales", body: "Boiler offer #heating #offer"), by: cast.moderator)
            _ = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Boiler noise", body: "Clicks.", tags: ["heating"]),
                by: cast.customer)

            // when
            let all = try await app.send(.get, "/api/v1/search?q=boiler")
            let posts = try await app.send(.get, "/api/v1/search?q=boiler&kind=post")
            let page = try await app.send(.get, "/search?q=boiler&kind=post")

            // then
            #expect(all.json["total"] as? Int == 3)
            let facets = try #require(all.json["facets"] as? [String: [[String: Any]]])
            func counts(_ name: String, in facets: [String: [[String: Any]]]) -> [String: Int] {
                Dictionary(uniqueKeysWithValues: (facets[name] ?? []).map { ($0["value"] as! String, $0["count"] as! Int) })
            }
            #expect(counts("kinds", in: facets) == ["post": 2, "question": 1])
            #expect(counts("spaces", in: facets) == ["support": 2, "sales": 1])
            #expect(counts("tags", in: facets) == ["heating": 3, "offer": 1])
            #expect(counts("statuses", in: facets) == ["unanswered": 1])
            #expect(posts.json["total"] as? Int == 2)
            let narrowed = try #require(posts.json["facets"] as? [String: [[String: Any]]])
            #expect(counts("kinds", in: narrowed) == ["post": 2, "question": 1], "the kind facet ignores its own filter")
            #expect(counts("spaces", in: narrowed) == ["support": 1, "sales": 1])
            #expect(page.text.contains("2 results"))
            #expect(page.text.contains("kind: post ×"))
            let bad = try await app.send(.get, "/api/v1/search?q=boiler&kind=planet&from=yesterday")
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test func theIndexChangesWithTheContentAndReindexRebuildsIt() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Gasket sizes", body: "Which gasket?"), by: cast.customer)
            let spam = try await app.store.conversations.reply(to: thread.id, body: "Buy zyxwatches now", by: cast.customer)
            let post = try await app.store.posts.create(NewPost(space: "support", body: "Quokka sighting"), by: cast.employee)
            func total(_ query: String) async throws -> Int {
                try await app.send(.get, "/api/v1/search?q=\(query)").json["total"] as? Int ?? -1
            }
            #expect(try await total("zyxwatches") == 1, "a reply is searchable as soon as it is written")

            // when
            try await app.store.conversations.moderateReply(spam.id, in: thread.id, hide: true, reason: "spam", by: cast.moderator)
            try await app.store.posts.delete(id: post.id, by: cast.employee)
            _ = try await app.store.conversations.edit(thread.id, title: "Door gasket sizes", body: "Which rope gasket?", by: cast.customer)

            // then
            #expect(try await total("zyxwatches") == 0, "a hidden reply leaves the index")
            #expect(try await total("quokka") == 0, "a deleted post leaves the index")
            #expect(try await total("rope") == 1)

            // when the index is lost and rebuilt
            try await app.store.database.write { sql in
                try await sql.raw("DELETE FROM search_documents").run()
            }
            #expect(try await total("rope") == 0)
            #expect(try await app.store.search.needsReindex())
            let indexed = try await app.store.search.reindex()

            // then
            #expect(indexed == 1)
            #expect(try await total("rope") == 1)
            #expect(try await total("zyxwatches") == 0)
        }
    }

    @Test func writesQueueTheirDocumentsAndASearchCatchesUpFirst() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let thread = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .discussion, title: "Pump noise", body: "It hums."), by: cast.customer)
            try await app.store.search.catchUp()

            // when
            for word in ["wobbling", "rattling", "knocking"] {
                _ = try await app.store.conversations.reply(to: thread.id, body: "Mine is \(word).", by: cast.employee)
            }

            // then
            #expect(try await app.store.count("search_queue") == 1, "three replies queue their thread once")
            let found = try await app.send(.get, "/api/v1/search?q=knocking+OR+wobbling")
            #expect(titles(found) == ["Pump noise"], "a search sees every reply written before it")
            #expect(try await app.store.count("search_queue") == 0)
            #expect(try await app.store.search.catchUp() == 0)
        }
    }

    @Test func theRunningServerCatchesUpWithoutASearch() async throws {
        try await TestDatabase.withStore { store in
            // given
            let cast = try await Cast.make(in: store)
            let app = try await buildApplication(AppConfiguration(port: 0, bcryptCost: 4), store: store, logger: TestDatabase.logger)

            try await app.test(.live) { _ in
                // when
                _ = try await store.posts.create(NewPost(space: "support", body: "Heat pump defrost cycle"), by: cast.employee)
                var queued = try await store.count("search_queue")
                for _ in 0..<100 where queued > 0 {
                    try await Task.sleep(for: .milliseconds(50))
                    queued = try await store.count("search_queue")
                }

                // then
                #expect(queued == 0, "the server's indexer emptied the queue")
                #expect(try await store.count("search_documents") == 1)
            }
        }
    }

    @Test func theSearchLogShowsAdminsZeroResultAndRisingQueriesWithoutNames() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let admin = try await app.store.makeMember("root", role: .admin)
            _ = try await app.store.posts.create(NewPost(space: "support", body: "Chimney fire drill"), by: cast.employee)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            for query in ["unicorn+stove", "unicorn+stove", "chimney", "chimney", "chimney"] {
                _ = try await app.send(.get, "/search?q=\(query)", as: customer)
            }
            try await app.store.database.write { sql in
                try await sql.raw(
                    "INSERT INTO search_log (query, results, created_at) VALUES ('chimney', 1, \(bind: Clock.now() - 10 * 24 * 3600))"
                ).run()
            }

            // when
            let insights = try await app.send(.get, "/api/v1/search/insights", as: try await Visitor.apiClient(admin, in: app.store))
            let page = try await app.send(.get, "/admin/search", as: try await Visitor.browser(admin, in: app.store))
            let refused = try await app.send(.get, "/api/v1/search/insights", as: try await Visitor.apiClient(cast.customer, in: app.store))

            // then
            let zero = insights.json["zeroResults"] as? [[String: Any]] ?? []
            #expect(zero.first?["query"] as? String == "unicorn stove")
            #expect(zero.first?["count"] as? Int == 2)
            let rising = insights.json["rising"] as? [[String: Any]] ?? []
            #expect(rising.first?["query"] as? String == "chimney")
            #expect(rising.first?["count"] as? Int == 3)
            #expect(rising.first?["before"] as? Int == 1)
            #expect(!insights.text.contains("cora"))
            #expect(page.text.contains("unicorn stove"))
            #expect(refused.status == .notFound)
        }
    }

    /// Thousands of generated queries — operators, quotes, FTS5 and tsquery specials, unicode, very long — never give a 500.
    @Test func generatedQueriesNeverFailTheServer() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            _ = try await app.store.posts.create(
                NewPost(space: "support", body: "Stove glass cleaning, café, 日本, naïve \"quotes\""), by: cast.employee)
            var generator = SystemRandomNumberGenerator()
            let pieces = [
                "stove", "glass", "OR", "AND", "NOT", "-", "\"", "*", "(", ")", ":", "^", "'", "\\", "&", "|", "!", "<->", ":*", "NEAR",
                "café",
                "日本", "naïve", "ß", "🔥", "%", "_", "--", "''", "\"\"", "-\"", "OR OR", "a*", "*a", "{", "}", "[", "]", "+", ";", "\u{0}",
                "\u{E000}",
            ]
            var statuses: [Int: Int] = [:]

            // when
            for index in 0..<3000 {
                var query = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined(separator: Bool.random(using: &generator) ? " " : "")
                if index % 250 == 0 { query = String(repeating: "stove OR \"glass ", count: 700) }
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let reply = try await app.send(.get, "/api/v1/search?q=\(encoded)")
                statuses[Int(reply.status.code), default: 0] += 1
                #expect(reply.status == .ok || reply.status == .unprocessableContent, "\(query.debugDescription) → \(reply.status)")
            }

            // then
            #expect(statuses[200, default: 0] > 100)
        }
    }
}

/// The expertise finder, tag suggestions, duplicate hints, and spaces and people in results.
@Suite("Machine assistance")
struct AssistanceTests {
    typealias Cast = ConversationTests.Cast

    @Test func expertsAreRankedByAcceptedAnswersEditsArticlesAndDeclaredExpertise() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            _ = try await app.store.members.updateProfile(
                of: cast.customer.id, ProfileUpdate(name: cast.customer.name, bio: "", expertise: "chimneys", interests: ""))
            for title in ["Chimney draught", "Chimney liner"] {
                let question = try await app.store.conversations.create(
                    NewConversation(space: "support", kind: .question, title: title, body: "?", tags: ["chimneys"]), by: cast.customer)
                let answer = try await app.store.conversations.reply(to: question.id, body: "Here is how.", by: cast.employee)
                _ = try await app.store.conversations.accept(answer.id, in: question.id, by: cast.customer)
            }
            _ = try await app.store.articles.create(
                ArticleDraft(title: "Chimney care", body: "Sweep yearly.", tags: ["chimneys"], visibility: .public), in: "support",
                by: cast.moderator)
            let secret = try await app.store.conversations.create(
                NewConversation(
                    space: "support", kind: .question, title: "Chimney fire", body: "?", tags: ["chimneys"], visibility: .internal),
                by: cast.moderator)
            let hidden = try await app.store.conversations.reply(to: secret.id, body: "Call the brigade.", by: cast.moderator)
            _ = try await app.store.conversations.accept(hidden.id, in: secret.id, by: cast.moderator)

            // when
            let asCustomer = try await app.send(
                .get, "/api/v1/experts?topic=chimneys", as: try await Visitor.apiClient(cast.customer, in: app.store))
            let asEmployee = try await app.send(
                .get, "/api/v1/experts?topic=chimneys", as: try await Visitor.apiClient(cast.employee, in: app.store))
            let tagPage = try await app.send(.get, "/tags/chimneys")
            let page = try await app.send(.get, "/experts?topic=chimney")

            // then: the internal answer counts only for those who can see it
            let customerView = asCustomer.items.map { ($0["member"] as? [String: Any])?["handle"] as? String ?? "" }
            #expect(customerView == ["emil", "cora", "mona"])
            #expect(asCustomer.items.first?["acceptedAnswers"] as? Int == 2)
            let employeeView = asEmployee.items.map { ($0["member"] as? [String: Any])?["handle"] as? String ?? "" }
            #expect(employeeView == ["emil", "mona", "cora"])
            #expect(tagPage.text.contains("2 accepted answers"))
            #expect(page.text.contains("declared expertise"))
            let wordless = try await app.send(.get, "/api/v1/experts?topic=%21%21")
            #expect(wordless.status == .ok && wordless.items.isEmpty)
            #expect(try await app.send(.get, "/experts?topic=%21%21").text.contains("Name a topic or a tag in words."))
        }
    }

    @Test func tagSuggestionsComeFromSimilarItemsAndKnownTags() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            _ = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Invoice address change", body: "How?", tags: ["billing"]),
                by: cast.customer)
            _ = try await app.store.posts.create(NewPost(space: "support", body: "New #warranty terms"), by: cast.employee)

            // when
            let reply = try await app.send(.get, "/api/v1/tags/suggestions?text=Change+the+invoice+address+under+warranty")

            // then
            let tags = reply.json["tags"] as? [String] ?? []
            #expect(tags.contains("billing"))
            #expect(tags.contains("warranty"))
            let wordless = try await app.send(.get, "/api/v1/tags/suggestions?text=")
            #expect(wordless.status == .ok && (wordless.json["tags"] as? [String]) == [])
        }
    }

    @Test func moderatorsSeePossibleDuplicatesAndSearchFindsSpacesAndPeople() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let first = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Ash pan overflowing", body: "Too much ash."), by: cast.customer)
            let second = try await app.store.conversations.create(
                NewConversation(space: "support", kind: .question, title: "Ash pan full every day", body: "Ash everywhere."),
                by: cast.employee)

            // when
            let moderator = try await Visitor.browser(cast.moderator, in: app.store)
            let moderatorThread = try await app.send(.get, "/threads/\(second.id)", as: moderator)
            let moderatorPage = try await app.send(.get, "/threads/\(second.id)/duplicates", as: moderator)
            let memberThread = try await app.send(
                .get, "/threads/\(second.id)", as: try await Visitor.browser(cast.customer, in: app.store))
            let memberPage = try await app.send(
                .get, "/threads/\(second.id)/duplicates", as: try await Visitor.browser(cast.customer, in: app.store))
            let search = try await app.send(
                .get, "/api/v1/search?q=support+mona", as: try await Visitor.apiClient(cast.customer, in: app.store))
            let anonymous = try await app.send(.get, "/api/v1/search?q=support+mona")

            // then
            #expect(moderatorThread.text.contains("href=\"/threads/\(second.id)/duplicates\""))
            #expect(moderatorPage.text.contains("Possible duplicates"))
            #expect(moderatorPage.text.contains("href=\"/threads/\(first.id)\""))
            #expect(moderatorPage.text.contains("matches: ash, pan"))
            #expect(!memberThread.text.contains("/duplicates"))
            #expect(memberPage.status == .forbidden)
            #expect((search.json["spaces"] as? [[String: Any]])?.first?["slug"] as? String == "support")
            #expect((search.json["people"] as? [[String: Any]])?.first?["handle"] as? String == "mona")
            #expect((anonymous.json["people"] as? [[String: Any]])?.isEmpty == true, "visitors do not search people")
        }
    }
}
