import Foundation

/// Tag and mention syntax shared by every kind of content.
public enum Tags {
    /// The most tags a post or thread carries, hashtags in its text included.
    public static let maximumPerItem = 30
    /// The most people one text may @mention.
    public static let maximumMentions = 50

    /// A tag: lowercase letters, digits and dashes, starting with a letter or digit, at most 40 long.
    public static func isValid(_ tag: String) -> Bool {
        (1...40).contains(tag.count) && tag.first != "-"
            && tag.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// Splits "swift, server  #search" into ["swift", "server", "search"], lowercased, without duplicates.
    public static func parseList(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "#")).lowercased() }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The `#tags` written in a text, lowercased, in order of first use.
    public static func hashtags(in text: String) -> [String] {
        unique(matches(of: InlineMarkup.hashtag, in: text))
    }

    /// The `@handles` written in a text, lowercased, in order of first use.
    public static func mentions(in text: String) -> [String] {
        unique(matches(of: InlineMarkup.mention, in: text))
    }

    private static func matches(of expression: NSRegularExpression, in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { text[$0].lowercased() }
        }
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
