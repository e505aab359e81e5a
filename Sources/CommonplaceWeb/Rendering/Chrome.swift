import CommonplaceCore
import Foundation

/// What the layout around every page needs: title, the signed-in member, the CSRF token.
struct Chrome {
    let title: String
    let instanceName: String
    let member: MemberView?
    let isAdmin: Bool
    let csrf: String
    let requestId: String
    /// Unread notifications ("99+" from ``unreadCap`` on); nil hides the badge.
    let unread: String?

    /// Where the bell stops counting.
    static let unreadCap = 100

    init(_ title: String, context: AppRequestContext, settings: InstanceSettings, unread: Int = 0) {
        self.title = title
        self.instanceName = settings.name
        self.member = context.member.map(MemberView.init)
        self.isAdmin = context.member?.isAdmin ?? false
        self.csrf = context.csrfToken
        self.requestId = context.id
        self.unread = unread == 0 ? nil : unread >= Self.unreadCap ? "\(Self.unreadCap - 1)+" : String(unread)
    }
}

/// A member as pages show them.
struct MemberView {
    let handle: String
    let name: String
    let initial: String
    let url: String
    let kindLabel: String
    let isExternal: Bool

    init(_ member: Member) {
        self.init(handle: member.handle, name: member.name, kind: member.kind, relation: member.relation)
    }

    init(_ summary: MemberSummary) {
        self.init(handle: summary.handle, name: summary.name, kind: summary.kind, relation: summary.relation)
    }

    init(handle: String, name: String, kind: MemberKind, relation: Relation?) {
        self.handle = handle
        self.name = name
        self.initial = name.first.map { String($0).uppercased() } ?? "?"
        self.url = "/members/\(handle)"
        self.kindLabel = relation?.rawValue.capitalized ?? kind.rawValue.capitalized
        self.isExternal = kind != .employee
    }
}

/// Dates as pages show them: "2026-11-21 19:51 UTC".
enum DateText {
    /// "2026-11-21 09:30 UTC".
    static func of(_ seconds: Int) -> String {
        let t = utc(seconds)
        return "\(digits(t.tm_year + 1900, 4))-\(digits(t.tm_mon + 1))-\(digits(t.tm_mday)) \(digits(t.tm_hour)):\(digits(t.tm_min)) UTC"
    }

    /// "2026-11-21T09:30:00Z", for `<time datetime>`.
    static func iso(_ seconds: Int) -> String {
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

    /// "2026-11-21": a day, as date inputs take it.
    static func day(_ seconds: Int) -> String {
        String(of(seconds).prefix(10))
    }

    /// Midnight UTC of a "YYYY-MM-DD" day, or nil.
    static func parseDay(_ text: String) -> Int? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1970...9999).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
            return nil
        }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == parts[2] else { return nil }
        return Int(date.timeIntervalSince1970)
    }
}

/// A return address from a form: only a path on this site; anything else goes home.
func localPath(_ candidate: String?) -> String {
    guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//") else { return "/" }
    return candidate
}

extension String {
    /// nil for an empty string: Mustache renders a section for any string, even an empty one.
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// One option of a `<select>`.
struct Option {
    let value: String
    let label: String
    let selected: Bool
}

/// Field problems keyed for templates: `{{#errors.body}}…{{/errors.body}}`.
struct FormErrors {
    let all: [FieldProblem]
    let messages: [String: String]
    let any: Bool

    init(_ problems: [FieldProblem] = []) {
        self.all = problems
        self.any = !problems.isEmpty
        var messages: [String: String] = [:]
        for problem in problems {
            messages[problem.field.replacingOccurrences(of: ".", with: "_"), default: problem.message] = problem.message
        }
        self.messages = messages
    }
}
