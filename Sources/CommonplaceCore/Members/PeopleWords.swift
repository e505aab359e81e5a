import SQLKit

/// The people word index — `people_fts` on SQLite, the ``Migrations/memberWords`` expression index on PostgreSQL — as
/// one subquery of member ids, for everything that finds people by the words of their name, handle or expertise.
enum PeopleWords {
    /// How the words given are matched.
    enum Match {
        /// A word of the member's starts with each word given.
        case allAsPrefixes
        /// A word of the member's starts with each word given, in their declared expertise (on PostgreSQL, where the index
        /// holds all three together, in any of them: the caller checks the expertise).
        case allAsPrefixesOfExpertise
        /// The member has one of the words given.
        case anyWord
    }

    /// `SELECT` of the ids of members matching `words` (letters and digits only, as ``SearchQuery/words(_:)`` makes them).
    static func members(_ match: Match, _ words: [String], on sql: any SQLDatabase) -> SQLQueryString {
        guard sql.dialect.name == "sqlite" else {
            let terms: [SQLQueryString] = words.map {
                match == .anyWord ? "plainto_tsquery('simple', \(bind: $0))" : "to_tsquery('simple', \(bind: $0 + ":*"))"
            }
            return "SELECT id FROM members WHERE \(unsafeRaw: Migrations.memberWords) @@ ("
                + terms.joined(separator: match == .anyWord ? " || " : " && ") + ")"
        }
        let terms =
            switch match {
            case .allAsPrefixes: words.map { "\"\($0)\"*" }.joined(separator: " ")
            case .allAsPrefixesOfExpertise: "expertise : (" + words.map { "\"\($0)\"*" }.joined(separator: " ") + ")"
            case .anyWord: words.map { "\"\($0)\"" }.joined(separator: " OR ")
            }
        return "SELECT rowid FROM people_fts WHERE people_fts MATCH \(bind: terms)"
    }
}
