/// What a store refuses, in terms the web layer turns into 4xx responses.
public enum StoreError: Error, Sendable, Equatable {
    /// Unknown, or not visible to the one asking: the two are indistinguishable on purpose.
    case notFound
    /// The input is wrong; nothing was changed.
    case invalid([FieldProblem])
    /// The item is visible but the action is not allowed.
    case forbidden(String)
    /// The input clashes with what exists (a taken handle, a second join).
    case conflict(String)

    public static func invalid(_ field: String, _ message: String) -> StoreError {
        .invalid([FieldProblem(field: field, message: message)])
    }
}

/// One field's problem, shown next to the field in a form and listed in a problem document.
public struct FieldProblem: Sendable, Equatable, Codable {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// Collects field problems, then throws them all at once.
struct Validator {
    private(set) var problems: [FieldProblem] = []

    mutating func require(_ condition: Bool, _ field: String, _ message: String) {
        if !condition { problems.append(FieldProblem(field: field, message: message)) }
    }

    func check() throws {
        if !problems.isEmpty { throw StoreError.invalid(problems) }
    }

    /// Refuses a text that @mentions more people than a text keeps: past the limit the others would silently be
    /// neither told nor, on a private item, among its readers.
    mutating func requireMentionLimit(in text: String, field: String = "body") {
        require(
            Tags.mentions(in: text).count <= Tags.maximumMentions, field,
            "Mention at most \(Tags.maximumMentions) people in one text.")
    }

    /// Refuses more tags than a post or thread keeps, rather than keeping the first ones.
    mutating func requireTagLimit(_ tags: [String]) {
        require(
            tags.count <= Tags.maximumPerItem, "tags", "Use at most \(Tags.maximumPerItem) tags, counting the #tags in the text.")
    }
}

extension String {
    /// Trimmed of surrounding whitespace and newlines.
    public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Line breaks as `\n` only: browsers send `\r\n`, API clients either.
    var normalizedNewlines: String { replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }

    /// True for a lowercase slug or handle: letters, digits and dashes, 2–40 long, not starting with a dash.
    var isSlug: Bool {
        (2...40).contains(count) && first != "-"
            && allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}

import Foundation
