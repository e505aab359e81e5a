import Mustache

/// The escaping of every `{{value}}` in our templates: `<`, `>`, `&`, `"` and `'` as entities, like swift-mustache's
/// own HTML content type, but over UTF-8 bytes and returning text that needs none as it is. The library's escaper
/// walks Characters through a dictionary (a tenth of a thread page's time); it also leaves a `<` that a combining
/// mark follows unescaped, which this one does not.
struct HTMLEscaping: MustacheContentType {
    /// The name templates are parsed under (see ``PageRenderer``).
    static let name = "COMMONPLACE_HTML"

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.isSpecial) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
