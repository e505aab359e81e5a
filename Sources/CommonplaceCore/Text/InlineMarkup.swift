import Foundation

/// The inline part of ``Markdown``: one line of text to safe HTML.
///
/// Every piece of user text is HTML-escaped; the only tags produced are the ones written here, and
/// links and images only ever point to http(s), mailto (links) or site-relative URLs.
public struct InlineMarkup: Sendable {
    /// Handles that exist; an @mention of anyone else stays plain text.
    let knownHandles: Set<String>

    static let mention = try! NSRegularExpression(pattern: "(?<![\\w@.])@([a-z0-9][a-z0-9-]{1,39})", options: [.caseInsensitive])
    static let hashtag = try! NSRegularExpression(pattern: "(?<![\\w&#/])#([a-z0-9][a-z0-9-]{0,39})", options: [.caseInsensitive])
    private static let inline = try! NSRegularExpression(
        pattern: [
            "`(?<code>[^`\\n]+)`",
            "!\\[(?<alt>[^\\]\\n]*)\\]\\((?<src>[^)\\s]+)\\)",
            "\\*\\*(?<strong>[^*\\n]+)\\*\\*",
            "\\[(?<label>[^\\]\\n]+)\\]\\((?<href>[^)\\s]+)\\)",
            "(?<url>https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])",
            "(?<![\\w@.])@(?<handle>[a-z0-9][a-z0-9-]{1,39})",
            "(?<![\\w&#/])#(?<tag>[a-z0-9][a-z0-9-]{0,39})",
            "\\*(?<em>[^*\\n]+)\\*",
        ].joined(separator: "|"),
        options: [.caseInsensitive])

    /// Inline markup of one line.
    func inline(_ text: String) -> String {
        let source = text as NSString
        var output = ""
        var cursor = 0
        for match in Self.inline.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            output += HTMLText.escaped(source.substring(with: NSRange(location: cursor, length: match.range.location - cursor)))
            output += render(match, in: source)
            cursor = match.range.location + match.range.length
        }
        output += HTMLText.escaped(source.substring(from: cursor))
        return output
    }

    private func render(_ match: NSTextCheckingResult, in source: NSString) -> String {
        func group(_ name: String) -> String? {
            let range = match.range(withName: name)
            return range.location == NSNotFound ? nil : source.substring(with: range)
        }
        let original = HTMLText.escaped(source.substring(with: match.range))
        if let code = group("code") { return "<code>\(HTMLText.escaped(code))</code>" }
        if let src = group("src") {
            guard Self.isSafeImage(src) else { return original }
            return "<img src=\"\(HTMLText.escaped(src))\" alt=\"\(HTMLText.escaped(group("alt") ?? ""))\" loading=\"lazy\">"
        }
        if let strong = group("strong") { return "<strong>\(inline(strong))</strong>" }
        if let label = group("label"), let href = group("href") {
            guard Self.isSafeLink(href) else { return original }
            return "<a href=\"\(HTMLText.escaped(href))\" rel=\"nofollow ugc\">\(HTMLText.escaped(label))</a>"
        }
        if let url = group("url") { return "<a href=\"\(HTMLText.escaped(url))\" rel=\"nofollow ugc\">\(HTMLText.escaped(url))</a>" }
        if let handle = group("handle") {
            let lowered = handle.lowercased()
            guard knownHandles.contains(lowered) else { return original }
            return "<a class=\"mention\" href=\"/members/\(lowered)\">@\(HTMLText.escaped(handle))</a>"
        }
        if let tag = group("tag") { return "<a class=\"tag\" href=\"/tags/\(tag.lowercased())\">#\(HTMLText.escaped(tag))</a>" }
        if let emphasis = group("em") { return "<em>\(inline(emphasis))</em>" }
        return original
    }

    /// Whether a link may be followed as written: `http`, `https`, `mailto`, or a path on this site.
    public static func isSafeLink(_ target: String) -> Bool {
        let lowered = target.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:") || isSiteRelative(lowered)
    }

    static func isSafeImage(_ target: String) -> Bool {
        let lowered = target.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || isSiteRelative(lowered)
    }

    private static func isSiteRelative(_ lowered: String) -> Bool {
        lowered.hasPrefix("/") && !lowered.hasPrefix("//") && !lowered.contains("\\")
    }
}
