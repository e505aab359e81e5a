import CommonplaceCore

/// A moment as pages show it: relative to now while recent ("3 hours ago", "yesterday"), a date after a week, inside
/// `<time>` with the exact value. Relative text reads the same in every time zone; `app.js` restates older dates and
/// the exact time (in the title) in the reader's own zone.
struct Timestamp: Equatable {
    let seconds: Int

    init(_ seconds: Int) {
        self.seconds = seconds
    }

    /// The text for a reader at `now`.
    func relative(to now: Int) -> String {
        let elapsed = now - seconds
        switch elapsed {
        case ..<60: return "just now"
        case ..<3600: return counted(elapsed / 60, "minute ago", "minutes ago")
        case ..<86_400: return counted(elapsed / 3600, "hour ago", "hours ago")
        case ..<(2 * 86_400): return "yesterday"
        case ..<(7 * 86_400): return "\(elapsed / 86_400) days ago"
        default:
            // Most of a list's moments are older than a week: read from the calendar, not parsed back from text.
            let day = DateText.calendarDay(seconds)
            let sameYear = DateText.calendarDay(now).year == day.year
            return "\(day.day) \(Self.months[day.month - 1])" + (sameYear ? "" : " \(day.year)")
        }
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

extension HTML.Interpolation {
    /// `<time datetime="2026-11-21T09:30:00Z" title="2026-11-21 09:30 UTC">3 hours ago</time>`.
    mutating func appendInterpolation(_ time: Timestamp) {
        appendInterpolation(Self.markup(time))
    }

    /// A moment, or nothing for nil.
    mutating func appendInterpolation(_ time: Timestamp?) {
        if let time { appendInterpolation(Self.markup(time)) }
    }

    private static func markup(_ time: Timestamp) -> HTML {
        "<time datetime=\"\(DateText.iso(time.seconds))\" title=\"\(DateText.of(time.seconds))\">\(time.relative(to: Clock.now()))</time>"
    }
}
