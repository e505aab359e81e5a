/// The notifications part of the API contract: its schemas and operations.
extension APIContract {
    static let notifications = APIContract(
        schemas: [
            "Notification": .object(
                [
                    "id": .integer,
                    "kind": .string,
                    "text": .string,
                    "link": .string,
                    "createdAt": .integer,
                    "read": .boolean,
                ], required: ["id", "kind", "text", "link", "createdAt", "read"]),
            "NotificationList": .object(
                [
                    "items": .array(.ref("Notification")),
                    "unread": .integer,
                ], required: ["items", "unread"]),
            "NotificationPreferences": .object(
                [
                    "muted": .array(
                        .string(oneOf: ["reply", "mention", "accepted", "new-conversation", "suggestion", "update", "moderation", "flag"]))
                ], required: ["muted"]),
        ],
        operations: [
            APIOperation(
                .get, .notifications, id: "listNotifications",
                summary: "Your notifications, about items you can still see",
                tag: .notifications,
                responses: [.json(200, "Notifications", .ref("NotificationList"))], errors: [401]),
            APIOperation(
                .post, .notificationsRead, id: "markNotificationsRead",
                summary: "Mark all your notifications read",
                tag: .notifications,
                responses: [.empty(204, "Done")], errors: [401]),
            APIOperation(
                .get, .notificationsPreferences, id: "notificationPreferences",
                summary: "The kinds of notification you turned off",
                tag: .notifications,
                responses: [.json(200, "Preferences", .ref("NotificationPreferences"))], errors: [401]),
            APIOperation(
                .put, .notificationsPreferences, id: "setNotificationPreferences",
                summary: "Turn kinds of notification off (all others on)",
                tag: .notifications,
                body: .ref("NotificationPreferences"),
                responses: [.json(200, "Preferences", .ref("NotificationPreferences"))], errors: [400, 401, 415, 422]),
        ])
}
