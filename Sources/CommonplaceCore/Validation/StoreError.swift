/// What a store refuses, in terms the web layer turns into 4xx responses.
public enum StoreError: Error, Sendable, Equatable {
    /// Unknown, or not visible to the one asking: the two are indistinguishable on purpose.
    case notFound
    /// The input is wrong, or clashes with what exists (see ``FieldProblem/isConflict``); nothing was changed.
    case invalid([FieldProblem])
    /// The item is visible but the action is not allowed.
    case forbidden(String)
    /// The request clashes with the state of the thing it acts on (a second join, a decided suggestion).
    case conflict(String)

    public static func invalid(_ field: String, _ message: String) -> StoreError {
        .invalid([FieldProblem(field: field, message: message)])
    }

    /// A field whose value is well-formed but clashes with what exists: a taken slug, a thread already in that
    /// space, an account that does not exist. Forms show it next to the field like any problem; the API answers
    /// 409, since the same request could succeed in another state and no schema can tell it in advance.
    public static func conflict(_ field: String, _ message: String) -> StoreError {
        .invalid([FieldProblem(field: field, message: message, isConflict: true)])
    }
}

/// One field's problem, shown next to the field in a form and listed in a problem document.
public struct FieldProblem: Sendable, Equatable, Codable {
    public let field: String
    public let message: String
    /// True when the value clashes with what exists rather than being wrong in itself.
    public let isConflict: Bool

    public init(field: String, message: String, isConflict: Bool = false) {
        self.field = field
        self.message = message
        self.isConflict = isConflict
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(field: try container.decode(String.self, forKey: .field), message: try container.decode(String.self, forKey: .message))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try container.encode(message, forKey: .message)
    }

    private enum CodingKeys: String, CodingKey { case field, message }
}

/// Collects field problems, then throws them all at once.
struct Validator {
    private(set) var problems: [FieldProblem] = []

    /// Notes a problem unless `condition` holds; `conflict` when the value clashes with what exists.
    mutating func require(_ condition: Bool, _ field: String, _ message: String, conflict: Bool = false) {
        if !condition { problems.append(FieldProblem(field: field, message: message, isConflict: conflict)) }
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

    /// True for what can be an e-mail address: an @, no whitespace, at most 254 characters. Whether it is one, only
    /// a message sent to it tells.
    public var isEmailAddress: Bool { contains("@") && count <= 254 && !contains(where: \.isWhitespace) }

    /// True for a lowercase slug or handle: letters, digits and dashes, 2–40 long, not starting with a dash.
    var isSlug: Bool {
        (2...40).contains(count) && first != "-"
            && allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}

import Foundation
