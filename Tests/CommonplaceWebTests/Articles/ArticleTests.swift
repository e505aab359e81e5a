import CommonplaceCore
import Foundation
import Testing

@Suite("Articles")
struct ArticleTests {
    /// A space with an employee owner in it, an employee outside it, and one article.
    struct Setting {
        let owner: Member
        let reader: Member
        let article: Article

        static func make(_ store: Store) async throws -> Setting {
            let owner = try await store.makeMember("owner")
            let reader = try await store.makeMember("reader")
            _ = try await store.makeSpace("manual", by: owner, visibility: .internal)
            let article = try await store.articles.create(
                ArticleDraft(
                    title: "Installing the Model 5", body: "Use a 15 cm flue.\nCheck the draft.", tags: ["installation"],
                    section: "Installation"),
                in: "manual", by: owner)
            return Setting(owner: owner, reader: reader, article: article)
        }
    }

    @Test func ownerWritesAnArticleThroughTheFormAndReadsItRendered() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            _ = try await app.store.makeSpace("manual", by: owner)
            let browser = try await Visitor.browser(owner, in: app.store)

            // when
            let created = try await app.send(
                .post, "/spaces/manual/articles", as: browser,
                form: [
                    "title": "Cleaning the glass", "body": "## Steps\n\n| Tool | Use |\n|---|---|\n| Cloth | wipe |",
                    "tags": "cleaning glass",
                    "status": "verified", "section": "Care", "review_by": "2027-01-31",
                ])
            let page = try await app.send(.get, created.headers[.location] ?? "", as: browser)
            let manual = try await app.send(.get, "/spaces/manual/articles", as: browser)

            // then
            #expect(created.status == .seeOther)
            #expect(page.text.contains(#"<h2 id="h-steps">Steps</h2>"#))
            #expect(page.text.contains("<td>Cloth</td>"))
            #expect(page.text.contains("Verified"))
            #expect(page.text.contains("review by 2027-01-31"))
            #expect(manual.text.contains("Care"))
            #expect(manual.text.contains("Cleaning the glass"))
        }
    }

    @Test func everySaveIsARevisionWithHistoryAndDiff() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let browser = try await Visitor.browser(setting.owner, in: app.store)
            var form = Self.form(of: setting.article)
            form["body"] = "Use a 12 cm flue.\nCheck the draft."
            form["summary"] = "Smaller flue"

            // when
            let saved = try await app.send(.post, "/articles/\(setting.article.id)/edit", as: browser, form: form)
            let history = try await app.send(.get, "/articles/\(setting.article.id)/history", as: browser)
            let diff = try await app.send(.get, "/articles/\(setting.article.id)/diff?from=1&to=2", as: browser)

            // then
            #expect(saved.status == .seeOther)
            #expect(history.text.contains("Revision 2"))
            #expect(history.text.contains("Smaller flue"))
            #expect(diff.text.contains("<del>15</del>"))
            #expect(diff.text.contains("<ins>12</ins>"))
        }
    }

    @Test func metadataChangesAreRevisionsToo() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            var draft = ArticleStore.draft(of: setting.article)
            draft.status = .needsReview
            draft.tags = ["installation", "safety"]

            // when
            let article = try await app.store.articles.update(id: setting.article.id, to: draft, base: 1, summary: "", by: setting.owner)
            let diff = try await app.send(
                .get, "/articles/\(article.id)/diff?from=1&to=2", as: try await Visitor.browser(setting.owner, in: app.store))

            // then
            #expect(article.revision == 2)
            #expect(
                try await app.store.articles.history(of: article.id, for: .signedIn(setting.owner)).first?.summary
                    == "Changed the status and tags")
            #expect(diff.text.contains("<th>Status</th><td><del>Published</del></td><td><ins>Needs review</ins></td>"))
            #expect(diff.text.contains("<th>Tags</th>"))
        }
    }

    @Test func theSameTagsInAnotherOrderAreNoChangeInTheDiff() async throws {
        try await TestApp.run { app in
            // given: tags in one order, then the same tags in another and a new body
            let setting = try await Setting.make(app.store)
            var draft = ArticleStore.draft(of: setting.article)
            draft.tags = ["installation", "safety"]
            _ = try await app.store.articles.update(id: setting.article.id, to: draft, base: 1, summary: "", by: setting.owner)
            draft.tags = ["safety", "installation"]
            draft.body += "\nCheck the seal."

            // when
            let article = try await app.store.articles.update(id: setting.article.id, to: draft, base: 2, summary: "", by: setting.owner)
            let diff = try await app.send(
                .get, "/articles/\(article.id)/diff?from=2&to=3", as: try await Visitor.browser(setting.owner, in: app.store))

            // then
            #expect(diff.text.contains("Check the seal."))
            #expect(!diff.text.contains("<th>Tags</th>"))
        }
    }

    @Test func editBasedOnAStaleRevisionIsRefusedWithTheDifference() async throws {
        try await TestApp.run { app in
            // given: someone saves revision 2 while the owner still edits revision 1
            let setting = try await Setting.make(app.store)
            var other = ArticleStore.draft(of: setting.article)
            other.body = "Use a 15 cm flue.\nCheck the draft twice."
            _ = try await app.store.articles.update(id: setting.article.id, to: other, base: 1, summary: "", by: setting.owner)
            var form = Self.form(of: setting.article)
            form["body"] = "Use a 18 cm flue.\nCheck the draft."

            // when
            let page = try await app.send(
                .post, "/articles/\(setting.article.id)/edit", as: try await Visitor.browser(setting.owner, in: app.store), form: form)
            let api = try await app.send(
                .put, "/api/v1/articles/\(setting.article.id)", as: try await Visitor.apiClient(setting.owner, in: app.store),
                json: #"{"title":"Installing the Model 5","body":"overwrite","baseRevision":1}"#)
            let current = try await app.store.articles.find(id: setting.article.id, for: .signedIn(setting.owner))

            // then
            #expect(page.status == .conflict)
            #expect(page.text.contains("Someone saved revision 2 while you were editing revision 1"))
            #expect(page.text.contains("<ins>18</ins>"))
            #expect(page.text.contains(#"name="base_revision" value="2""#))
            #expect(api.status == .conflict)
            #expect(api.json["currentRevision"] as? Int == 2)
            #expect(current.revision == 2)
            #expect(current.body == "Use a 15 cm flue.\nCheck the draft twice.")
        }
    }

    @Test func restoringAnOldRevisionMakesANewOne() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            var draft = ArticleStore.draft(of: setting.article)
            draft.body = "Wrong advice."
            _ = try await app.store.articles.update(id: setting.article.id, to: draft, base: 1, summary: "", by: setting.owner)

            // when
            let reply = try await app.send(
                .post, "/articles/\(setting.article.id)/revisions/1/restore", as: try await Visitor.browser(setting.owner, in: app.store),
                form: [:])
            let article = try await app.store.articles.find(id: setting.article.id, for: .signedIn(setting.owner))
            let history = try await app.store.articles.history(of: article.id, for: .signedIn(setting.owner))

            // then
            #expect(reply.status == .seeOther)
            #expect(article.revision == 3)
            #expect(article.body == setting.article.body)
            #expect(history.first?.summary == "Restored revision 1")
        }
    }

    @Test func readersWhoDoNotOwnTheArticleCannotEditIt() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            let client = try await Visitor.apiClient(setting.reader, in: app.store)

            // when
            let read = try await app.send(.get, "/api/v1/articles/\(setting.article.id)", as: client)
            let edit = try await app.send(
                .put, "/api/v1/articles/\(setting.article.id)", as: client, json: #"{"title":"Mine","body":"Mine","baseRevision":1}"#)

            // then
            #expect(read.status == .ok)
            #expect(edit.status == .forbidden)
            #expect(try await app.store.count("article_revisions") == 1)
        }
    }

    @Test(arguments: [
        (#"{"space":"manual","title":"","body":"x"}"#, 422),
        (#"{"space":"manual","title":"Big","body":"\#(String(repeating: "x", count: 100_001))"}"#, 422),
        (#"{"space":"manual","title":"Tags","body":"x","tags":["Not A Tag"]}"#, 422),
        (#"{"space":"manual","title":"Owners","body":"x","owners":["nobody-at-all"]}"#, 409),
        (#"{"space":"nowhere","title":"Lost","body":"x"}"#, 404),
        (#"{"space":"manual","title":"Status","body":"x","status":"finished"}"#, 400),
    ])
    func badArticleInputChangesNothing(_ json: String, _ status: Int) async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)

            // when
            let reply = try await app.send(
                .post, "/api/v1/articles", as: try await Visitor.apiClient(setting.owner, in: app.store), json: json)

            // then
            #expect(Int(reply.status.code) == status)
            #expect(try await app.store.count("articles") == 1)
            #expect(try await app.store.count("article_revisions") == 1)
            #expect(try await app.store.count("action_log") == 1)
        }
    }

    @Test func actionLogRecordsWhoDidWhatAndHidesWhatReadersMayNotSee() async throws {
        try await TestApp.run { app in
            // given
            let setting = try await Setting.make(app.store)
            var draft = ArticleStore.draft(of: setting.article)
            draft.visibility = .space
            _ = try await app.store.articles.update(id: setting.article.id, to: draft, base: 1, summary: "Members only", by: setting.owner)
            let admin = try await app.store.makeMember("admin", role: .admin)
            let guest = try await app.store.makeMember("guest", kind: .external)

            // when
            let articleLog = try await app.send(
                .get, "/api/v1/articles/\(setting.article.id)/log", as: try await Visitor.apiClient(setting.owner, in: app.store))
            let guestSpaceLog = try await app.send(.get, "/api/v1/spaces/manual/log", as: try await Visitor.apiClient(guest, in: app.store))
            let guestInstanceLog = try await app.send(.get, "/api/v1/log", as: try await Visitor.apiClient(guest, in: app.store))
            let adminInstanceLog = try await app.send(.get, "/admin/log", as: try await Visitor.browser(admin, in: app.store))

            // then
            let actions = articleLog.items.compactMap { $0["action"] as? String }
            #expect(actions == ["visibility", "edit", "create"])
            #expect(guestSpaceLog.items.isEmpty)
            #expect(guestInstanceLog.status == .notFound)
            #expect(adminInstanceLog.text.contains("Installing the Model 5"))
        }
    }

    static func form(of article: Article) -> [String: String] {
        [
            "title": article.title, "body": article.body, "tags": article.tags.joined(separator: " "), "status": article.status.rawValue,
            "section": article.section, "owners": article.owners.map(\.handle).joined(separator: " "),
            "visibility": article.visibility.rawValue,
            "base_revision": "\(article.revision)",
        ]
    }
}

@Suite("Moving and deleting articles")
struct ArticleLifecycleTests {
    @Test func editorsOrderTheManual() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            _ = try await app.store.makeSpace("help", by: owner)
            _ = try await app.store.articles.create(ArticleDraft(title: "Second step", body: "b", section: "Start"), in: "help", by: owner)
            let first = try await app.store.articles.create(
                ArticleDraft(title: "First step", body: "a", section: "Start"), in: "help", by: owner)
            let browser = try await Visitor.browser(owner, in: app.store)

            // when
            let reply = try await app.send(.post, "/articles/\(first.id)/position", as: browser, form: ["position": "1"])
            let manual = try await app.send(.get, "/spaces/help/articles", as: browser)

            // then
            #expect(reply.status == .seeOther)
            let firstAt = manual.text.range(of: "First step")?.lowerBound
            let secondAt = manual.text.range(of: "Second step")?.lowerBound
            #expect(firstAt != nil && secondAt != nil && firstAt! < secondAt!)
        }
    }

    @Test func movingToASpaceWithOtherMembersTakesTheArticleAwayFromTheOldOnes() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            let partner = try await app.store.makeMember("partner", kind: .external, relation: .partner)
            _ = try await app.store.makeSpace("shared", by: owner)
            _ = try await app.store.makeSpace("team", by: owner)
            _ = try await app.store.spaces.join(slug: "shared", member: partner)
            let article = try await app.store.articles.create(
                ArticleDraft(title: "Pricing notes", body: "Margins", visibility: .space), in: "shared", by: owner)
            let partnerClient = try await Visitor.apiClient(partner, in: app.store)
            let before = try await app.send(.get, "/api/v1/articles/\(article.id)", as: partnerClient)

            // when
            let moved = try await app.send(
                .post, "/articles/\(article.id)/move", as: try await Visitor.browser(owner, in: app.store), form: ["space": "team"])
            let after = try await app.send(.get, "/api/v1/articles/\(article.id)", as: partnerClient)
            let sharedLog = try await app.send(.get, "/api/v1/spaces/shared/log", as: partnerClient)

            // then
            #expect(before.status == .ok)
            #expect(moved.status == .seeOther)
            #expect(after.status == .notFound)
            #expect(!sharedLog.text.contains("Pricing notes"))
            #expect(!sharedLog.text.contains("Moved"))
        }
    }

    @Test func deletingRemovesTheArticleAndItsHistory() async throws {
        try await TestApp.run { app in
            // given
            let owner = try await app.store.makeMember("owner")
            let admin = try await app.store.makeMember("admin", role: .admin)
            _ = try await app.store.makeSpace("help", by: owner, visibility: .public)
            let article = try await app.store.articles.create(ArticleDraft(title: "Old advice", body: "Outdated"), in: "help", by: owner)

            // when
            let deleted = try await app.send(
                .delete, "/api/v1/articles/\(article.id)", as: try await Visitor.apiClient(owner, in: app.store))
            let page = try await app.send(.get, "/articles/\(article.id)")
            let adminLog = try await app.send(.get, "/api/v1/log", as: try await Visitor.apiClient(admin, in: app.store))

            // then
            #expect(deleted.status == .noContent)
            #expect(page.status == .notFound)
            #expect(try await app.store.count("article_revisions") == 0)
            #expect(adminLog.items.first?["action"] as? String == "delete")
            #expect(adminLog.items.first?["summary"] as? String == "")
        }
    }
}
