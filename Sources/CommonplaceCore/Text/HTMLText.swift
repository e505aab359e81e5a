/// Escaping for HTML text and attribute values: `&`, `<`, `>`, `"` and `'` as entities.
///
/// Byte by byte over UTF-8, so a `<` that a combining mark follows is still escaped (walking `Character`s, it is
/// part of another grapheme and slips through). Every writer of HTML — Markdown, diffs, search snippets, the
/// templates' `{{value}}` — escapes with this.
public enum HTMLText {
    /// `text` with the five characters as entities; text with none is returned as it is.
    public static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { entity(for: $0) != nil }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            if let entity = entity(for: byte) { escaped += entity } else { escaped.append(byte) }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// The entity's bytes for a byte that needs one.
    static func entity(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): ampersand
        case UInt8(ascii: "<"): lessThan
        case UInt8(ascii: ">"): greaterThan
        case UInt8(ascii: "\""): quote
        case UInt8(ascii: "'"): apostrophe
        default: nil
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
