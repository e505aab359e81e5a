import CommonplaceCore
import Foundation

/// What the layout around every page needs: title, the signed-in member, the CSRF token.
struct Chrome {
    let title: String
    let instanceName: String
    let member: MemberView?
    let isAdmin: Bool
    let csrf: String
    /// Send the page gzipped: the client takes it.
    let compress: Bool
    /// Unread notifications, open flags to review and suggestions to decide ("99+" from ``Badges/cap`` on); nil hides
    /// a badge.
    let unread: String?
    let flags: String?
    let suggestions: String?

    init(_ title: String, context: AppRequestContext, settings: InstanceSettings, badges: Badges? = nil) {
        self.title = title
        self.instanceName = settings.name
        self.member = context.member.map(MemberView.init)
        self.isAdmin = context.member?.isAdmin ?? false
        self.csrf = MaskedToken.masked(context.csrfToken)
        self.compress = context.acceptsGzip
        self.unread = Self.badge(badges?.unread)
        self.flags = Self.badge(badges?.flags)
        self.suggestions = Self.badge(badges?.suggestions)
    }

    private static func badge(_ count: Int?) -> String? {
        guard let count, count > 0 else { return nil }
        return count >= Badges.cap ? "\(Badges.cap - 1)+" : String(count)
    }
}

/// A member as pages show them.
struct MemberView {
    let handle: String
    let name: String
    let initial: String
    let url: SiteURL
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
        self.url = .member(handle)
        self.kindLabel = relation?.rawValue.capitalized ?? kind.rawValue.capitalized
        self.isExternal = kind != .employee
    }
}

/// A return address from a form: only a path on this site; anything else goes home.
func localPath(_ candidate: String?) -> String {
    guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//") else { return "/" }
    return candidate
}

extension String {
    /// nil for an empty string, so that an empty field reads as "not given".
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// One option of a `<select>`.
struct Option {
    let value: String
    let label: String
    let selected: Bool
}

/// A form's problems: all of them for the alert at its top, and each field's message under that field.
struct FormErrors {
    let all: [FieldProblem]
    let messages: [String: String]
    let any: Bool

    init(_ problems: [FieldProblem] = []) {
        self.all = problems
        self.any = !problems.isEmpty
        var messages: [String: String] = [:]
        for problem in problems {
            messages[problem.field, default: problem.message] = problem.message
        }
        self.messages = messages
    }
}
