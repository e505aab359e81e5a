import CommonplaceCore
import Testing

/// The bell on every page: how many unread notifications, counted no further than it shows.
@Suite("Notification bell")
struct NotificationBellTests {
    typealias Cast = ConversationTests.Cast

    @Test func theBellCountsUnreadNotificationsUpTo99Plus() async throws {
        try await TestApp.run { app in
            // given
            let cast = try await Cast.make(in: app.store)
            let customer = try await Visitor.browser(cast.customer, in: app.store)
            func notify(_ count: Int) async throws {
                try await app.store.database.write { sql in
                    for number in 1...count {
                        try await sql.raw(
                            """
                            INSERT INTO notifications (member_id, item_id, kind, text, target_kind, target_id, created_at)
                            VALUES (\(bind: cast.customer.id), NULL, 'mention', \(bind: "Note \(number)"), 'thread', 1, 1)
                            """
                        ).run()
                    }
                }
            }

            // when
            try await notify(3)
            let few = try await app.send(.get, "/", as: customer)
            try await notify(117)
            let many = try await app.send(.get, "/", as: customer)
            let api = try await app.send(.get, "/api/v1/notifications", as: try await Visitor.apiClient(cast.customer, in: app.store))

            // then
            #expect(few.text.contains(#"Notifications <span class="count">3</span>"#))
            #expect(many.text.contains(#"Notifications <span class="count">99+</span>"#))
            #expect(api.json["unread"] as? Int == 120, "the API counts them all")
        }
    }
}
