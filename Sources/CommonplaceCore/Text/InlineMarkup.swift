import Foundation

/// Renders the short Markdown of posts to HTML that is safe by construction.
///
/// Every piece of user text is HTML-escaped; the only tags produced are the ones
/// written here, and links only ever point to http(s), mailto or site-relative URLs.
/// Supported: paragraphs, line breaks, `- ` lists, `> ` quotes, `code`, **bold**,
/// *emphasis*, [links](https://…), bare URLs, @mentions and #tags.
public struct InlineMarkup: Sendable {
    /// Handles that exist; an @mention of anyone else stays plain text.
    public let knownHandles: Set<String>

    public init(knownHandles: Set<String>) {
        self.knownHandles = knownHandles
    }

    static let mention = try! NSRegularExpression(
        pattern: "(?<![\\w@.])@([a-z0-9][a-z0-9-]{1,39})", options: [.caseInsensitive])
    static let hashtag = try! NSRegularExpression(
        pattern: "(?<![\\w&#/])#([a-z0-9][a-z0-9-]{0,39})", options: [.caseInsensitive])
    private static let inline = try! NSRegularExpression(
        pattern: [
            "`([^`\\n]+)`",
            "\\*\\*([^*\\n]+)\\*\\*",
            "\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)",
            "(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])",
            "(?<![\\w@.])@([a-z0-9][a-z0-9-]{1,39})",
            "(?<![\\w&#/])#([a-z0-9][a-z0-9-]{0,39})",
            "\\*([^*\\n]+)\\*",
        ].joined(separator: "|"),
        options: [.caseInsensitive])

    /// The HTML of a whole text: blocks separated by blank lines.
    public func html(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        return normalized.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines) }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map(block)
            .joined(separator: "\n")
    }

    private func block(_ text: String) -> String {
        let lines = text.components(separatedBy: "\n")
        if lines.allSatisfy({ $0.hasPrefix("- ") || $0.hasPrefix("* ") }) {
            return "<ul>" + lines.map { "<li>\(inline(String($0.dropFirst(2))))</li>" }.joined() + "</ul>"
        }
        if lines.allSatisfy({ $0.hasPrefix(">") }) {
            let inner = lines.map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            return "<blockquote>\(paragraph(inner))</blockquote>"
        }
        return paragraph(text)
    }

    private func paragraph(_ text: String) -> String {
        "<p>" + text.components(separatedBy: "\n").map(inline).joined(separator: "<br>") + "</p>"
    }

    /// Inline markup of one line.
    func inline(_ text: String) -> String {
        let source = text as NSString
        var output = ""
        var cursor = 0
        for match in Self.inline.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            output += Self.escape(source.substring(with: NSRange(location: cursor, length: match.range.location - cursor)))
            output += render(match, in: source)
            cursor = match.range.location + match.range.length
        }
        output += Self.escape(source.substring(from: cursor))
        return output
    }

    private func render(_ match: NSTextCheckingResult, in source: NSString) -> String {
        func group(_ index: Int) -> String? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : source.substring(with: range)
        }
        if let code = group(1) { return "<code>\(Self.escape(code))</code>" }
        if let strong = group(2) { return "<strong>\(inline(strong))</strong>" }
        if let label = group(3), let target = group(4) {
            guard Self.isSafeLink(target) else { return Self.escape(source.substring(with: match.range)) }
            return "<a href=\"\(Self.escape(target))\" rel=\"nofollow ugc\">\(Self.escape(label))</a>"
        }
        if let url = group(5) { return "<a href=\"\(Self.escape(url))\" rel=\"nofollow ugc\">\(Self.escape(url))</a>" }
        if let handle = group(6) {
            let lowered = handle.lowercased()
            guard knownHandles.contains(lowered) else { return Self.escape("@" + handle) }
            return "<a class=\"mention\" href=\"/members/\(lowered)\">@\(Self.escape(handle))</a>"
        }
        if let tag = group(7) {
            return "<a class=\"tag\" href=\"/tags/\(tag.lowercased())\">#\(Self.escape(tag))</a>"
        }
        if let emphasis = group(8) { return "<em>\(inline(emphasis))</em>" }
        return Self.escape(source.substring(with: match.range))
    }

    static func isSafeLink(_ target: String) -> Bool {
        let lowered = target.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:")
            || (lowered.hasPrefix("/") && !lowered.hasPrefix("//"))
    }

    /// Escapes the five characters that matter in HTML text and attributes.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
