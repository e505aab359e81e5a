import Foundation

/// The one Markdown renderer of Commonplace: posts, articles and every other text written by members.
///
/// Safe by construction — every piece of user text is escaped and only the renderer's own tags are
/// produced — and then checked again by ``HTMLSanitizer``. Supported: headings, paragraphs with line
/// breaks, lists (nested by indentation), block quotes, fenced code, pipe tables, rules, `code`,
/// **bold**, *emphasis*, links, images by URL, bare URLs, @mentions and #tags.
public struct Markdown: Sendable {
    /// Handles that exist; an @mention of anyone else stays plain text.
    public let knownHandles: Set<String>

    public init(knownHandles: Set<String> = []) {
        self.knownHandles = knownHandles
    }

    /// The sanitised HTML of a text.
    public func html(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .components(separatedBy: "\n")
        var headings = HeadingIDs()
        return HTMLSanitizer.clean(blocks(lines[...], headings: &headings))
    }

    private var inline: InlineMarkup { InlineMarkup(knownHandles: knownHandles) }

    private func blocks(_ lines: ArraySlice<String>, headings: inout HeadingIDs) -> String {
        var output: [String] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                index += 1
            } else if let fence = Self.fence(trimmed) {
                var code: [String] = []
                index += 1
                while index < lines.endIndex, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(fence.marker) {
                    code.append(lines[index])
                    index += 1
                }
                index += 1
                let language = fence.language.isEmpty ? "" : " class=\"language-\(HTMLText.escaped(fence.language))\""
                output.append("<pre><code\(language)>\(HTMLText.escaped(code.joined(separator: "\n")))</code></pre>")
            } else if let (level, title) = Self.heading(trimmed) {
                output.append("<h\(level) id=\"\(headings.next(for: title))\">\(inline.inline(title))</h\(level)>")
                index += 1
            } else if Self.isRule(trimmed) {
                output.append("<hr>")
                index += 1
            } else if trimmed.hasPrefix(">") {
                var quoted: [String] = []
                while index < lines.endIndex, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(">") {
                    let content = lines[index].trimmingCharacters(in: .whitespaces).dropFirst()
                    quoted.append(String(content.first == " " ? content.dropFirst() : content))
                    index += 1
                }
                output.append("<blockquote>\(blocks(quoted[...], headings: &headings))</blockquote>")
            } else if index + 1 < lines.endIndex, trimmed.contains("|"), Self.isTableSeparator(lines[index + 1]) {
                var rows: [String] = [line]
                index += 2
                while index < lines.endIndex, lines[index].contains("|"), !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                    rows.append(lines[index])
                    index += 1
                }
                output.append(table(header: rows[0], body: rows.dropFirst()))
            } else if Self.listMarker(line) != nil {
                var items: [String] = []
                while index < lines.endIndex {
                    let current = lines[index]
                    let isItem = Self.listMarker(current).map { $0.indent == Self.indent(line) } ?? false
                    let isContinuation = !current.trimmingCharacters(in: .whitespaces).isEmpty && Self.indent(current) > Self.indent(line)
                    guard isItem || isContinuation else { break }
                    items.append(current)
                    index += 1
                }
                output.append(list(items, headings: &headings))
            } else {
                var paragraph: [String] = []
                while index < lines.endIndex, !Self.startsBlock(lines[index]) {
                    paragraph.append(lines[index].trimmingCharacters(in: .whitespaces))
                    index += 1
                }
                output.append("<p>" + paragraph.map(inline.inline).joined(separator: "<br>") + "</p>")
            }
        }
        return output.joined(separator: "\n")
    }

    private func list(_ lines: [String], headings: inout HeadingIDs) -> String {
        guard let first = Self.listMarker(lines[0]) else { return "" }
        var items: [[String]] = []
        for line in lines {
            if let marker = Self.listMarker(line), marker.indent == first.indent {
                items.append([String(line.dropFirst(marker.length))])
            } else {
                items[items.count - 1].append(String(line.dropFirst(min(Self.indent(line), first.length))))
            }
        }
        let tag = first.ordered ? "ol" : "ul"
        let rendered = items.map { item -> String in
            if item.count == 1 { return "<li>\(inline.inline(item[0].trimmingCharacters(in: .whitespaces)))</li>" }
            let rest = item.dropFirst()
            let nested = Self.listMarker(rest.first ?? "") != nil
            let head = inline.inline(item[0].trimmingCharacters(in: .whitespaces))
            if nested { return "<li>\(head)\(blocks(rest, headings: &headings))</li>" }
            return "<li>" + item.map { inline.inline($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: "<br>") + "</li>"
        }
        return "<\(tag)>" + rendered.joined() + "</\(tag)>"
    }

    private func table(header: String, body: ArraySlice<String>) -> String {
        func cells(_ row: String) -> [String] {
            var trimmed = row.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("|") { trimmed.removeFirst() }
            if trimmed.hasSuffix("|") { trimmed.removeLast() }
            return trimmed.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let head = cells(header)
        let headHTML = head.map { "<th>\(inline.inline($0))</th>" }.joined()
        let rows = body.map { row -> String in
            let values = cells(row)
            let padded = (0..<head.count).map { $0 < values.count ? values[$0] : "" }
            return "<tr>" + padded.map { "<td>\(inline.inline($0))</td>" }.joined() + "</tr>"
        }
        return "<table><thead><tr>\(headHTML)</tr></thead><tbody>\(rows.joined())</tbody></table>"
    }

    // MARK: - Recognising blocks

    private static func fence(_ line: String) -> (marker: String, language: String)? {
        for marker in ["```", "~~~"] where line.hasPrefix(marker) {
            let language = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            return (marker, String(language.prefix(30).filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" }))
        }
        return nil
    }

    private static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var title = rest.trimmingCharacters(in: .whitespaces)
        while title.hasSuffix("#") { title.removeLast() }
        return (hashes, title.trimmingCharacters(in: .whitespaces))
    }

    private static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        return compact.count >= 3 && (Set(compact) == ["-"] || Set(compact) == ["*"] || Set(compact) == ["_"])
    }

    private static func isTableSeparator(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        return compact.contains("-") && compact.contains("|") && compact.allSatisfy { "|-:".contains($0) }
    }

    /// A list item's marker: its indentation, the length up to its text, and whether it is numbered.
    private static func listMarker(_ line: String) -> (indent: Int, length: Int, ordered: Bool)? {
        let indent = indent(line)
        let rest = line.dropFirst(indent)
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            return isRule(String(rest)) ? nil : (indent, indent + 2, false)
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let dot = after.first, dot == "." || dot == ")", after.dropFirst().first == " " else { return nil }
        return (indent, indent + digits.count + 2, true)
    }

    private static func indent(_ line: String) -> Int {
        line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
    }

    private static func startsBlock(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || fence(trimmed) != nil || heading(trimmed) != nil || isRule(trimmed) || trimmed.hasPrefix(">")
            || listMarker(line) != nil
    }
}

/// Anchors for headings, unique within one text: "h-installation", "h-installation-2".
private struct HeadingIDs {
    var used: [String: Int] = [:]

    mutating func next(for title: String) -> String {
        let words = title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let slug = String(words).split(separator: "-").joined(separator: "-").prefix(60)
        let base = "h-" + (slug.isEmpty ? "section" : slug)
        used[base, default: 0] += 1
        return used[base]! == 1 ? base : "\(base)-\(used[base]!)"
    }
}
