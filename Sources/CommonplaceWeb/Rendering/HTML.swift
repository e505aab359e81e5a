import CommonplaceCore

/// A piece of HTML, written as a string literal whose interpolations are escaped.
///
/// Literal text is markup; an interpolated `String` is escaped (`&`, `<`, `>`, `"`, `'`), so it is safe both as text
/// and inside a quoted attribute value; an interpolated `HTML` goes in as it is; numbers go in as digits; a
/// ``SiteURL`` goes in as its path. The only way to put text in unescaped is ``init(trusted:)``, for HTML that our own
/// Markdown renderer and sanitizer made. Pages, partials and the layout are functions returning `HTML`:
///
/// ```swift
/// func tagLink(_ tag: String) -> HTML { "<a class=\"tag\" href=\"\(SiteURL.tag(tag))\">#\(tag)</a>" }
/// ```
///
/// The bytes are UTF-8, appended into one array that becomes the response body: no intermediate strings.
struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The page's UTF-8 bytes.
    private(set) var bytes: [UInt8]

    /// Nothing.
    static let empty = HTML(bytes: [])

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    init(stringLiteral literal: StaticString) {
        bytes = []
        bytes.append(literal)
    }

    init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    /// Markup made by our Markdown renderer, diff or snippet writer, which escape what they take in: put in as it is.
    init(trusted markup: String) {
        bytes = Array(markup.utf8)
    }

    var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Builds the value of an `HTML` literal.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            bytes.append(literal)
        }

        /// Text, escaped.
        mutating func appendInterpolation(_ text: String) {
            bytes.appendEscaped(text)
        }

        /// Text, escaped; nothing for nil.
        mutating func appendInterpolation(_ text: String?) {
            if let text { bytes.appendEscaped(text) }
        }

        /// Markup, as it is.
        mutating func appendInterpolation(_ html: HTML) {
            bytes.append(contentsOf: html.bytes)
        }

        /// Markup, as it is; nothing for nil.
        mutating func appendInterpolation(_ html: HTML?) {
            if let html { bytes.append(contentsOf: html.bytes) }
        }

        /// Pieces of markup one after the other: `\(replies.map(replyCard))`.
        mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { bytes.append(contentsOf: part.bytes) }
        }

        /// A number in digits.
        mutating func appendInterpolation(_ number: Int) {
            bytes.append(contentsOf: String(number).utf8)
        }

        /// A number in digits; nothing for nil.
        mutating func appendInterpolation(_ number: Int?) {
            if let number { bytes.append(contentsOf: String(number).utf8) }
        }

        /// A link to one of our pages (its path and query, escaped for an attribute).
        mutating func appendInterpolation(_ url: SiteURL) {
            bytes.appendEscaped(url.path)
        }

        /// `markup` when `condition` holds, else nothing: `\(if: thread.pinned, "<span class=\"badge\">pinned</span>")`.
        mutating func appendInterpolation(if condition: Bool, _ markup: @autoclosure () -> HTML) {
            if condition { bytes.append(contentsOf: markup().bytes) }
        }

        /// One of two pieces of markup.
        mutating func appendInterpolation(if condition: Bool, _ markup: @autoclosure () -> HTML, else other: @autoclosure () -> HTML) {
            bytes.append(contentsOf: condition ? markup().bytes : other().bytes)
        }

        /// An address from outside (a member's web site): only `http`, `https` and `mailto` links and paths on this
        /// site; anything else (`javascript:`, `data:`) becomes `#`.
        mutating func appendInterpolation(externalURL address: String) {
            bytes.appendEscaped(InlineMarkup.isSafeLink(address) ? address : "#")
        }
    }
}

extension [UInt8] {
    fileprivate mutating func append(_ literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        } else {
            append(contentsOf: literal.description.utf8)
        }
    }

    /// Appends `text` as UTF-8 with the five characters HTML gives meaning as entities; a run with none of them is
    /// copied in one go.
    fileprivate mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let entity: StaticString
                switch utf8[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                append(entity)
                start = index + 1
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }
}
