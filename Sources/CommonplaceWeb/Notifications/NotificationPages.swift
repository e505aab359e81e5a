import CommonplaceCore
import Hummingbird

/// The notification list, marking read, and its API.
struct NotificationPages: Sendable {
    let site: Site

    func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let notifications = try await site.store.notifications.list(for: context.member)
        let muted = try await site.store.notifications.muted(for: context.member)
        let follows = try await site.store.follows.list(for: context.member)
        let view = NotificationsPage(
            chrome: try await site.chrome("Notifications", context.parent),
            notifications: notifications.map {
                NotificationView(text: $0.text, link: .notification($0.id), createdAt: Timestamp($0.createdAt), unread: !$0.read)
            },
            preferences: NotificationKind.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: !muted.contains($0)) },
            follows: follows.map(FollowView.init),
            saved: request.uri.queryParameters.get("saved") == "1")
        return site.renderer.page(view)
    }

    /// Follows a notification's link and marks it read.
    func open(_ request: Request, context: SignedInContext) async throws -> Response {
        redirect(to: SiteURL(try await site.store.notifications.open(try context.parameters.itemID(), for: context.member)))
    }

    /// Saves which kinds of notification the member wants: the ticked ones.
    func savePreferences(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(PreferencesForm.self, context: context)
        let wanted = Set((form.on ?? []).compactMap(NotificationKind.init(rawValue:)))
        try await site.store.notifications.setMuted(Set(NotificationKind.allCases).subtracting(wanted), for: context.member)
        return redirect(to: SiteURL.notifications.query("saved", 1))
    }

    func apiPreferences(_ request: Request, context: SignedInContext) async throws -> NotificationPreferences {
        NotificationPreferences(muted: try await site.store.notifications.muted(for: context.member).map(\.rawValue).sorted())
    }

    func apiSavePreferences(_ request: Request, context: SignedInContext) async throws -> NotificationPreferences {
        let input = try await request.json(NotificationPreferences.self, context: context)
        var kinds = Set<NotificationKind>()
        for name in input.muted {
            guard let kind = NotificationKind(rawValue: name) else {
                throw StoreError.invalid(
                    "muted", "Unknown kind “\(name)”; known: \(NotificationKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            kinds.insert(kind)
        }
        try await site.store.notifications.setMuted(kinds, for: context.member)
        return try await apiPreferences(request, context: context)
    }

    func markRead(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.store.notifications.markAllRead(for: context.member)
        return redirect(to: .notifications)
    }

    func apiList(_ request: Request, context: SignedInContext) async throws -> NotificationList {
        NotificationList(
            items: try await site.store.notifications.list(for: context.member).map(NotificationResource.init),
            unread: try await site.store.notifications.unreadCount(for: context.member))
    }

    func apiMarkRead(_ request: Request, context: SignedInContext) async throws -> Response {
        try await site.store.notifications.markAllRead(for: context.member)
        return noContent()
    }
}

/// The API's notification list with the unread count.
struct NotificationList: ResponseEncodable, Sendable {
    let items: [NotificationResource]
    let unread: Int
}

/// A notification as the API shows it, with the link to what it is about.
struct NotificationResource: Encodable, Sendable {
    let id: Int
    let kind: String
    let text: String
    let link: String
    let createdAt: Int
    let read: Bool

    init(_ notification: Notification) {
        id = notification.id
        kind = notification.kind
        text = notification.text
        link = SiteURL(notification.destination).path
        createdAt = notification.createdAt
        read = notification.read
    }
}

struct NotificationView {
    let text: String
    let link: SiteURL
    let createdAt: Timestamp
    let unread: Bool
}

struct NotificationsPage {
    let chrome: Chrome
    let notifications: [NotificationView]
    /// Each kind, selected when it is on.
    let preferences: [Option]
    let follows: [FollowView]
    let saved: Bool
}

/// The kinds of notification a member has turned off.
struct NotificationPreferences: ResponseEncodable, Decodable, Sendable {
    let muted: [String]
}

struct PreferencesForm: Decodable {
    let on: [String]?
}

/// Something the member follows, with a button to stop.
struct FollowView {
    let label: String
    let url: SiteURL
    let kind: String
    let key: String

    init(_ follow: Follow) {
        kind = follow.kind
        key = follow.key
        switch follow.kind {
        case "item": (label, url) = (follow.title ?? "Something you can no longer see", .item(Int(follow.key) ?? 0))
        case "space": (label, url) = (follow.title ?? follow.key, .space(follow.key))
        case "tag": (label, url) = ("#\(follow.key)", .tag(follow.key))
        default: (label, url) = (follow.title ?? "@\(follow.key)", .member(follow.key))
        }
    }
}
