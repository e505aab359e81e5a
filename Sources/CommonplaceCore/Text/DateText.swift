import Foundation

/// Dates as pages show them: "2026-11-21 19:51 UTC".
public enum DateText {
    /// "2026-11-21 09:30 UTC".
    public static func of(_ seconds: Int) -> String {
        let t = utc(seconds)
        return "\(digits(t.tm_year + 1900, 4))-\(digits(t.tm_mon + 1))-\(digits(t.tm_mday)) \(digits(t.tm_hour)):\(digits(t.tm_min)) UTC"
    }

    /// "2026-11-21T09:30:00Z", for `<time datetime>`.
    public static func iso(_ seconds: Int) -> String {
        let t = utc(seconds)
        return
            "\(digits(t.tm_year + 1900, 4))-\(digits(t.tm_mon + 1))-\(digits(t.tm_mday))T\(digits(t.tm_hour)):\(digits(t.tm_min)):\(digits(t.tm_sec))Z"
    }

    private static func utc(_ seconds: Int) -> tm {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return parts
    }

    /// Zero-padded, without Foundation's formatter (which showed in the page profile).
    private static func digits(_ value: Int32, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// The UTC year, month (1–12) and day of the month of a moment.
    public static func calendarDay(_ seconds: Int) -> (year: Int, month: Int, day: Int) {
        let t = utc(seconds)
        return (Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday))
    }

    /// "2026-11-21": a day, as date inputs take it.
    public static func day(_ seconds: Int) -> String {
        String(of(seconds).prefix(10))
    }

    /// Midnight UTC of a "YYYY-MM-DD" day (RFC 3339's full-date, years 0001 to 9999), or nil.
    public static func parseDay(_ text: String) -> Int? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.map(\.count) == [4, 2, 2], fields.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        let parts = fields.compactMap { Int($0) }
        guard parts.count == 3, parts[0] >= 1, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == parts[2] else { return nil }
        return Int(date.timeIntervalSince1970)
    }
}
