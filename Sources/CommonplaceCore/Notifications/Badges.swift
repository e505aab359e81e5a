import SQLKit

/// The counts the header shows a signed-in member: unread notifications, and for those who moderate or own
/// articles, open flags and suggestions waiting for them. Each stops at ``cap``.
public struct Badges: Sendable, Equatable {
    public let unread: Int
    public let flags: Int
    public let suggestions: Int

    /// Where counting stops: the header says "99+", not a count over thousands.
    public static let cap = 100
}

extension Store {
    /// The member's ``Badges``, read in one statement, since the header of every page needs them.
    public func badges(for member: Member) async throws -> Badges {
        try await database.read { sql in
            let row = try await sql.raw(
                """
                SELECT (\(NotificationStore.unreadCount(for: member, cap: Badges.cap))) AS unread, \
                (\(FlagStore.openCount(for: member, cap: Badges.cap))) AS flags, \
                (\(SuggestedEditStore.awaitingCount(for: member, cap: Badges.cap))) AS suggestions
                """
            ).first()!
            return Badges(
                unread: try row.decode(column: "unread", as: Int.self), flags: try row.decode(column: "flags", as: Int.self),
                suggestions: try row.decode(column: "suggestions", as: Int.self))
        }
    }
}
