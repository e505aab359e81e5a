import SQLKit

/// A tag as a SKOS concept: a label, a definition, and a broader tag (PRODUCT.md §4).
public struct TagConcept: Sendable, Codable, Equatable {
    public let tag: String
    public let label: String
    public let definition: String
    public let broader: String?
    public let narrower: [String]
}

/// The tag vocabulary: concepts admins define, plus every tag used on an item the viewer may see.
public struct TagConceptStore: Sendable {
    let database: Database

    /// Defines or changes a concept; admins only. A tag cannot become its own ancestor.
    public func define(_ tag: String, label: String, definition: String, broader: String?, by admin: Member) async throws -> TagConcept {
        guard admin.isAdmin else { throw StoreError.forbidden("Only admins edit the tag vocabulary.") }
        var validator = Validator()
        validator.require(Tags.isValid(tag), "tag", "Use lowercase letters, digits and dashes.")
        validator.require((1...80).contains(label.trimmed.count), "label", "Give the tag a label of at most 80 characters.")
        validator.require(definition.count <= 1000, "definition", "Keep the definition under 1,000 characters.")
        validator.require(broader.map(Tags.isValid) ?? true, "broader", "The broader tag must be a tag.")
        validator.require(broader != tag, "broader", "A tag cannot be broader than itself.", conflict: true)
        try validator.check()
        try await database.write { sql in
            if let broader {
                var ancestor: String? = broader
                var seen: Set<String> = []
                while let current = ancestor, seen.insert(current).inserted {
                    if current == tag { throw StoreError.conflict("broader", "That would make #\(tag) broader than itself.") }
                    ancestor = try await sql.raw("SELECT broader FROM tag_concepts WHERE tag = \(bind: current)").first()?
                        .decode(column: "broader", as: String?.self)
                }
                try await sql.raw(
                    "INSERT INTO tag_concepts (tag, label) VALUES (\(bind: broader), \(bind: broader)) ON CONFLICT (tag) DO NOTHING"
                ).run()
            }
            try await sql.raw(
                """
                INSERT INTO tag_concepts (tag, label, definition, broader) VALUES (\(bind: tag), \(bind: label.trimmed), \(bind: definition.trimmed), \(bind: broader))
                ON CONFLICT (tag) DO UPDATE SET label = excluded.label, definition = excluded.definition, broader = excluded.broader
                """
            ).run()
        }
        guard let concept = try await concept(tag, for: .signedIn(admin)) else { throw StoreError.notFound }
        return concept
    }

    /// One tag's definition, with its narrower tags, if an admin defined it and the viewer may read the vocabulary;
    /// nil otherwise. A tag page needs no more than this: it reads two rows, not the whole vocabulary.
    public func concept(_ tag: String, for viewer: Viewer) async throws -> TagConcept? {
        guard viewer.member != nil || viewer.anonymousReading else { return nil }
        return try await database.read { sql in
            guard let row = try await sql.raw("SELECT label, definition, broader FROM tag_concepts WHERE tag = \(bind: tag)").first()
            else { return nil }
            let narrower = try await sql.raw("SELECT tag FROM tag_concepts WHERE broader = \(bind: tag) ORDER BY tag").all().map {
                try $0.decode(column: "tag", as: String.self)
            }
            return TagConcept(
                tag: tag, label: try row.decode(column: "label", as: String.self),
                definition: try row.decode(column: "definition", as: String.self),
                broader: try row.decode(column: "broader", as: String?.self), narrower: narrower)
        }
    }

    /// The vocabulary the viewer may see, by tag.
    public func concepts(for viewer: Viewer) async throws -> [TagConcept] {
        try await database.read { sql in
            let defined = try await sql.raw("SELECT tag, label, definition, broader FROM tag_concepts ORDER BY tag").all()
            let used = try await sql.raw(
                """
                SELECT d.tag FROM (SELECT DISTINCT tag FROM item_tags) d
                WHERE \(ItemTags.usedOnAVisibleItem("d.tag", for: viewer)) ORDER BY d.tag
                """
            ).all().map { try $0.decode(column: "tag", as: String.self) }
            var entries: [String: (label: String, definition: String, broader: String?)] = [:]
            if viewer.member != nil || viewer.anonymousReading {
                for row in defined {
                    entries[try row.decode(column: "tag", as: String.self)] = (
                        try row.decode(column: "label", as: String.self), try row.decode(column: "definition", as: String.self),
                        try row.decode(column: "broader", as: String?.self)
                    )
                }
            }
            for tag in used where entries[tag] == nil { entries[tag] = (tag, "", nil) }
            return entries.keys.sorted().map { tag in
                let entry = entries[tag]!
                let narrower = entries.filter { $0.value.broader == tag }.keys.sorted()
                return TagConcept(tag: tag, label: entry.label, definition: entry.definition, broader: entry.broader, narrower: narrower)
            }
        }
    }
}
