extension Markdown {
    /// The words of a text without its Markdown syntax: link text without its address, no emphasis marks, headings
    /// and list items as lines. Search indexes this, so its snippets read as prose, not as source.
    public func plainText(_ text: String) -> String {
        HTMLText.text(of: html(text))
    }
}

extension HTMLText {
    /// The text of HTML that our own renderer wrote: tags dropped, the end of a block a line break, the five
    /// entities ``escaped(_:)`` writes turned back into their characters.
    static func text(of html: String) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(html.utf8.count)
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
                let name = bytes[(index + 1)..<end].drop { $0 == UInt8(ascii: "/") }.prefix { $0 != UInt8(ascii: " ") }
                if blockTags.contains(String(decoding: name, as: UTF8.self)), text.last != UInt8(ascii: "\n"), !text.isEmpty {
                    text.append(UInt8(ascii: "\n"))
                }
                index = end + 1
            case UInt8(ascii: "&"):
                if let (entity, character) = entities.first(where: { bytes[index...].starts(with: $0.0) }) {
                    text.append(character)
                    index += entity.count
                } else {
                    text.append(bytes[index])
                    index += 1
                }
            case UInt8(ascii: "\n"):
                // One line break between blocks, however the HTML spaced them.
                if let last = text.last, last != UInt8(ascii: "\n") { text.append(bytes[index]) }
                index += 1
            default:
                text.append(bytes[index])
                index += 1
            }
        }
        while text.last == UInt8(ascii: "\n") { text.removeLast() }
        return String(decoding: text, as: UTF8.self)
    }

    private static let blockTags: Set<String> = [
        "p", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "tr", "td", "th", "hr", "ul", "ol", "table",
    ]

    private static let entities: [([UInt8], UInt8)] = [
        (Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
    ]
}
