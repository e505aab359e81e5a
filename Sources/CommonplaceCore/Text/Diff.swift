/// Differences between two texts, line by line, with changed lines compared word by word.
public enum Diff {
    /// One row of a side-by-side diff; the HTML is escaped, with `<del>` and `<ins>` around changed words.
    public struct Row: Sendable, Equatable, Codable {
        /// What happened to the line.
        public enum Kind: String, Sendable, Codable {
            case same, added, removed, changed
        }

        public let kind: Kind
        public let oldHTML: String
        public let newHTML: String
    }

    /// The rows turning `old` into `new`.
    public static func rows(from old: String, to new: String) -> [Row] {
        let before = old.components(separatedBy: "\n")
        let after = new.components(separatedBy: "\n")
        var rows: [Row] = []
        var removed: [String] = []
        var added: [String] = []
        func flush() {
            let paired = min(removed.count, added.count)
            for index in 0..<paired {
                let (oldHTML, newHTML) = words(from: removed[index], to: added[index])
                rows.append(Row(kind: .changed, oldHTML: oldHTML, newHTML: newHTML))
            }
            for line in removed.dropFirst(paired) { rows.append(Row(kind: .removed, oldHTML: HTMLText.escaped(line), newHTML: "")) }
            for line in added.dropFirst(paired) { rows.append(Row(kind: .added, oldHTML: "", newHTML: HTMLText.escaped(line))) }
            removed = []
            added = []
        }
        for step in script(before, after) {
            switch step {
            case .same(let line):
                flush()
                rows.append(Row(kind: .same, oldHTML: HTMLText.escaped(line), newHTML: HTMLText.escaped(line)))
            case .removed(let line): removed.append(line)
            case .added(let line): added.append(line)
            }
        }
        flush()
        return rows
    }

    private static func words(from old: String, to new: String) -> (String, String) {
        var oldHTML = ""
        var newHTML = ""
        for step in script(tokens(old), tokens(new)) {
            switch step {
            case .same(let token):
                oldHTML += HTMLText.escaped(token)
                newHTML += HTMLText.escaped(token)
            case .removed(let token): oldHTML += "<del>\(HTMLText.escaped(token))</del>"
            case .added(let token): newHTML += "<ins>\(HTMLText.escaped(token))</ins>"
            }
        }
        return (oldHTML.replacingOccurrences(of: "</del><del>", with: ""), newHTML.replacingOccurrences(of: "</ins><ins>", with: ""))
    }

    /// Words and the spaces between them, so that joining the tokens gives the line back.
    private static func tokens(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in line {
            if let last = current.last, last.isWhitespace != character.isWhitespace {
                tokens.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private enum Step {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// An edit script by longest common subsequence, after trimming the common head and tail.
    /// Very long inputs fall back to "all removed, all added" rather than using quadratic memory.
    private static func script(_ old: [String], _ new: [String]) -> [Step] {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)])
        let b = Array(new[head..<(new.count - tail)])
        var middle: [Step] = []
        if a.count * b.count > 4_000_000 {
            middle = a.map(Step.removed) + b.map(Step.added)
        } else {
            var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    middle.append(.same(a[i]))
                    i += 1
                    j += 1
                } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                    middle.append(.added(b[j]))
                    j += 1
                } else {
                    middle.append(.removed(a[i]))
                    i += 1
                }
            }
        }
        return old[..<head].map(Step.same) + middle + old[(old.count - tail)...].map(Step.same)
    }
}
