import Foundation

/// A second line of defence behind ``Markdown``: keeps only known tags with known attributes and
/// safe URLs, and escapes anything else that looks like a tag.
enum HTMLSanitizer {
    /// Allowed tags and, for each, the attributes it may carry.
    static let allowed: [String: Set<String>] = [
        "p": [], "br": [], "hr": [], "strong": [], "em": [], "blockquote": [], "ul": [], "ol": [], "li": [],
        "h1": ["id"], "h2": ["id"], "h3": ["id"], "h4": ["id"], "h5": ["id"], "h6": ["id"],
        "pre": [], "code": ["class"], "table": [], "thead": [], "tbody": [], "tr": [], "th": [], "td": [],
        "a": ["href", "rel", "class"], "img": ["src", "alt", "loading"],
    ]

    private static let tag = try! NSRegularExpression(pattern: "<(/?)([a-zA-Z0-9]+)((?:\\s+[a-zA-Z-]+=\"[^\"<>]*\")*)\\s*>")
    private static let attribute = try! NSRegularExpression(pattern: "([a-zA-Z-]+)=\"([^\"<>]*)\"")

    static func clean(_ html: String) -> String {
        let source = html as NSString
        var output = ""
        var cursor = 0
        for match in tag.matches(in: html, range: NSRange(location: 0, length: source.length)) {
            output += escapeStray(source.substring(with: NSRange(location: cursor, length: match.range.location - cursor)))
            output +=
                isAllowed(match, in: source)
                ? source.substring(with: match.range) : HTMLText.escaped(source.substring(with: match.range))
            cursor = match.range.location + match.range.length
        }
        return output + escapeStray(source.substring(from: cursor))
    }

    private static func isAllowed(_ match: NSTextCheckingResult, in source: NSString) -> Bool {
        let name = source.substring(with: match.range(at: 2)).lowercased()
        guard let attributes = allowed[name] else { return false }
        let text = source.substring(with: match.range(at: 3))
        for pair in attribute.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)) {
            let key = (text as NSString).substring(with: pair.range(at: 1)).lowercased()
            let value = (text as NSString).substring(with: pair.range(at: 2))
            guard attributes.contains(key) else { return false }
            if key == "href", !InlineMarkup.isSafeLink(unescaped(value)) { return false }
            if key == "src", !InlineMarkup.isSafeImage(unescaped(value)) { return false }
        }
        return true
    }

    /// Text between tags never holds a raw `<` or `>`.
    private static func escapeStray(_ text: String) -> String {
        text.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func unescaped(_ value: String) -> String {
        value.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(
            of: "&quot;", with: "\"")
    }
}
