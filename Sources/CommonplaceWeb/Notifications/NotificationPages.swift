import CommonplaceCore
import Hummingbird

/// The notification list, marking read, and its API.
struct NotificationPages: Sendable {
    let site: Site

    func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let notifications = try await site.store.notifications.list(for: context.member)
        let view = NotificationsPage(
            chrome: try await site.chrome("Notifications", context.parent),
            notifications: notifications.map {
                NotificationView(text: $0.text, link: "/notifications/\($0.id)", createdAt: DateText.of($0.createdAt), unread: !$0.read)
            })
        return site.renderer.page("notifications", view)
    }

    /// Follows a notification's link and marks it read.
    func open(_ request: Request, context: SignedInContext) async throws -> Response {
        redirect(to: try await site.store.notifications.open(try context.parameters.itemID(), for: context.member))
    }

    func markRead(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.store.notifications.markAllRead(for: context.member)
        return redirect(to: "/notifications")
    }

    func apiList(_ request: Request, context: SignedInContext) async throws -> NotificationList {
        NotificationList(
            items: try await site.store.notifications.list(for: context.member),
            unread: try await site.store.notifications.unreadCount(for: context.member))
    }

    func apiMarkRead(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.store.notifications.markAllRead(for: context.member)
        return noContent()
    }
}

/// The API's notification list with the unread count.
struct NotificationList: ResponseEncodable, Sendable {
    let items: [Notification]
    let unread: Int
}

struct NotificationView {
    let text: String
    let link: String
    let createdAt: String
    let unread: Bool
}

struct NotificationsPage {
    let chrome: Chrome
    let notifications: [NotificationView]
}
