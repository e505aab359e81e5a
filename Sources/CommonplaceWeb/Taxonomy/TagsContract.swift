/// The tags part of the API contract: its schemas and operations.
extension APIContract {
    static let tags = APIContract(
        schemas: [
            "TagConcept": .object(
                [
                    "tag": .string,
                    "label": .string,
                    "definition": .string,
                    "broader": .string,
                    "narrower": .array(.string),
                ], required: ["tag", "label", "definition", "narrower"]),
            "ConceptInput": .object(
                [
                    "label": .string.minLength(1).maxLength(80),
                    "definition": .string.maxLength(1000),
                    "broader": .string.pattern("^$|^[a-z0-9][a-z0-9-]{0,39}$").described("Empty for none."),
                ], required: ["label"]),
            "TagSuggestions": .object(["tags": .array(.string)], required: ["tags"]),
        ],
        lists: ["TagConcept"],
        operations: [
            APIOperation(
                .get, .tags, id: "listTags",
                summary: "The tag vocabulary you may see: defined tags and tags on items you can see",
                tag: .tags,
                responses: [.json(200, "Tags", .ref("TagConceptList"))], isPublic: true),
            APIOperation(
                .get, .tagsScheme, id: "tagScheme",
                summary: "The tag vocabulary as a SKOS concept scheme in JSON-LD",
                tag: .tags,
                responses: [.linkedData("JSON-LD")], isPublic: true),
            APIOperation(
                .put, .tag, id: "defineTag",
                summary: "Define a tag: label, definition, broader tag (admins)",
                tag: .tags,
                parameters: [.path("tag", .tag)],
                body: .ref("ConceptInput"),
                responses: [.json(200, "The tag", .ref("TagConcept"))], errors: [400, 401, 403, 415, 422], clashes: true),
            APIOperation(
                .get, .tagsSuggestions, id: "suggestTags",
                summary: "Tags for a draft, from similar visible items and known tags it names",
                tag: .tags,
                parameters: [.query("text", .string, "The draft; one without a word gets no suggestions.", required: true)],
                responses: [.json(200, "Tags", .ref("TagSuggestions"))], errors: [422], isPublic: true),
        ])
}
