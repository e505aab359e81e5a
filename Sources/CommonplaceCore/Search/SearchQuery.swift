import SQLKit

/// What someone typed in the search box, parsed once into the syntax both databases support:
/// words (all must match), `"a phrase"`, `prefix*`, `this OR that`, and `-excluded` (or `NOT excluded`;
/// `AND` is accepted and changes nothing).
///
/// Parsing never fails on odd input: unbalanced quotes close at the end, lone operators are
/// ignored, punctuation separates words. Only a query with nothing to look for is refused.
public struct SearchQuery: Sendable, Equatable {
    /// One thing to match.
    public enum Term: Sendable, Equatable {
        case word(String)
        case prefix(String)
        case phrase([String])
    }

    /// All groups must match; within a group, any term (`a OR b`).
    public let groups: [[Term]]
    /// None of these may match.
    public let excluded: [Term]

    public static let maximumLength = 500
    public static let maximumTerms = 16

    /// Parses `text`; nil when it holds no word to search for.
    public init?(_ text: String) {
        var groups: [[Term]] = []
        var excluded: [Term] = []
        var joinNext = false
        var negateNext = false
        var count = 0
        for token in Self.tokens(String(text.prefix(Self.maximumLength))) where count < Self.maximumTerms {
            if token.text == "OR" && !token.quoted {
                joinNext = !groups.isEmpty
                continue
            }
            if token.text == "AND" && !token.quoted { continue }
            if token.text == "NOT" && !token.quoted {
                negateNext = true
                continue
            }
            guard let term = Self.term(token) else { continue }
            count += 1
            if token.negated || negateNext {
                excluded.append(term)
                joinNext = false
                negateNext = false
            } else if joinNext, !groups.isEmpty {
                groups[groups.count - 1].append(term)
                joinNext = false
            } else {
                groups.append([term])
            }
        }
        guard !groups.isEmpty else { return nil }
        self.groups = groups
        self.excluded = excluded
    }

    private struct Token {
        var text: String
        var quoted: Bool
        var negated: Bool
    }

    /// Splits on whitespace outside quotes; a quote left open runs to the end.
    private static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var quoted = false
        var negated = false
        func flush() {
            if !current.isEmpty || quoted { tokens.append(Token(text: current, quoted: quoted, negated: negated)) }
            current = ""
            negated = false
        }
        for character in text {
            if character == "\"" {
                if quoted {
                    flush()
                    quoted = false
                } else {
                    if current == "-" {
                        current = ""
                        negated = true
                    } else if !current.isEmpty {
                        flush()
                    }
                    quoted = true
                }
            } else if character.isWhitespace && !quoted {
                flush()
            } else {
                if current.isEmpty && character == "-" && !quoted && !negated {
                    current = "-"
                    continue
                }
                if current == "-" && !quoted {
                    current = ""
                    negated = true
                }
                current.append(character)
            }
        }
        if current == "-" { current = "" }
        flush()
        return tokens
    }

    /// The words of a token: runs of letters and digits, lowercased, as the indexes tokenise them.
    public static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init).filter { $0.count <= 60 }
    }

    private static func term(_ token: Token) -> Term? {
        let words = words(token.text)
        if token.quoted || words.count > 1 {
            return words.isEmpty ? nil : words.count == 1 ? .word(words[0]) : .phrase(Array(words.prefix(8)))
        }
        guard let word = words.first else { return nil }
        return token.text.hasSuffix("*") && word.count >= 2 ? .prefix(word) : .word(word)
    }

    /// Every word searched for, for highlighting and suggestions.
    public var words: [String] {
        groups.flatMap { $0 }.flatMap { term -> [String] in
            switch term {
            case .word(let word), .prefix(let word): [word]
            case .phrase(let words): words
            }
        }
    }

    /// The query in FTS5's syntax; every word is quoted, so nothing the user typed is read as an operator.
    var fts5: String {
        func render(_ term: Term) -> String {
            switch term {
            case .word(let word): "\"\(word)\""
            case .prefix(let word): "\"\(word)\"*"
            case .phrase(let words): "\"\(words.joined(separator: " "))\""
            }
        }
        let positive = groups.map { group in group.count == 1 ? render(group[0]) : "(" + group.map(render).joined(separator: " OR ") + ")" }
            .joined(separator: " AND ")
        guard !excluded.isEmpty else { return positive }
        return "(\(positive)) NOT (" + excluded.map(render).joined(separator: " OR ") + ")"
    }

    /// The query as a PostgreSQL `tsquery` expression; every word is a bound parameter.
    var tsquery: SQLQueryString {
        func render(_ term: Term) -> SQLQueryString {
            switch term {
            case .word(let word): "plainto_tsquery('english', \(bind: word))"
            case .prefix(let word): "to_tsquery('simple', \(bind: word + ":*"))"
            case .phrase(let words): "phraseto_tsquery('english', \(bind: words.joined(separator: " ")))"
            }
        }
        let positive: SQLQueryString =
            "("
            + groups.map { group in "(" + group.map(render).joined(separator: " || ") + ")" as SQLQueryString }.joined(separator: " && ")
            + ")"
        guard !excluded.isEmpty else { return positive }
        return "(" + positive + " && !!(" + excluded.map(render).joined(separator: " || ") + "))"
    }
}
