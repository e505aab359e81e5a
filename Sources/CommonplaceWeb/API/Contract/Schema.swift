import CommonplaceCore

/// A JSON Schema (2020-12, as OpenAPI 3.1 takes it), built from small parts:
/// `.object(["id": .integer, "name": .string.maxLength(80)], required: ["id"])`.
struct Schema: Sendable, Equatable {
    /// The schema's keywords as they appear in the document.
    var json: [String: JSONValue]

    init(_ json: [String: JSONValue]) {
        self.json = json
    }

    static var string: Schema { Schema(["type": "string"]) }
    static var integer: Schema { Schema(["type": "integer"]) }
    static var number: Schema { Schema(["type": "number"]) }
    static var boolean: Schema { Schema(["type": "boolean"]) }
    /// Any JSON object, its members not described (JSON-LD).
    static var anyObject: Schema { Schema(["type": "object"]) }

    /// One of a fixed set of words.
    static func string(oneOf values: [String]) -> Schema {
        Schema(["type": "string", "enum": .array(values.map(JSONValue.string))])
    }

    /// A schema of the document's own, by name.
    static func ref(_ name: String) -> Schema {
        Schema(["$ref": .string("#/components/schemas/\(name)")])
    }

    static func array(_ items: Schema) -> Schema {
        Schema(["type": "array", "items": .object(items.json)])
    }

    static func object(_ properties: KeyValuePairs<String, Schema>, required: [String] = []) -> Schema {
        Schema(["type": "object"]).properties(properties, required: required)
    }

    /// A condition on an object's members, without saying it is an object (for `if`).
    static func having(_ properties: KeyValuePairs<String, Schema>, required: [String] = []) -> Schema {
        Schema([:]).properties(properties, required: required)
    }

    /// Exactly this word.
    static func constant(_ value: String) -> Schema {
        Schema(["const": .string(value)])
    }

    /// The name this schema refers to, when it is a reference.
    var referenced: String? {
        guard case .string(let target)? = json["$ref"] else { return nil }
        return String(target.split(separator: "/").last ?? "")
    }

    /// The names of its required members.
    var required: [String] {
        json["required"]?.elements.compactMap { if case .string(let name) = $0 { name } else { nil } } ?? []
    }

    func described(_ text: String) -> Schema { with("description", .string(text)) }
    func minLength(_ value: Int) -> Schema { with("minLength", .int(value)) }
    func maxLength(_ value: Int) -> Schema { with("maxLength", .int(value)) }
    func pattern(_ value: String) -> Schema { with("pattern", .string(value)) }
    func format(_ value: String) -> Schema { with("format", .string(value)) }
    func minimum(_ value: Int) -> Schema { with("minimum", .int(value)) }
    func maximum(_ value: Int) -> Schema { with("maximum", .int(value)) }
    func minItems(_ value: Int) -> Schema { with("minItems", .int(value)) }
    func maxItems(_ value: Int) -> Schema { with("maxItems", .int(value)) }
    /// An array that holds at least one element like this.
    func containing(_ element: Schema) -> Schema { with("contains", .object(element.json)) }
    /// Valid when it matches at least one of these.
    func anyOf(_ choices: [Schema]) -> Schema { with("anyOf", .array(choices.map { .object($0.json) })) }

    /// When the value matches `condition`, it must also match `then`.
    func when(_ condition: Schema, then consequence: Schema) -> Schema {
        with("if", .object(condition.json)).with("then", .object(consequence.json))
    }

    /// The same schema with more members required.
    func requiring(_ names: String...) -> Schema {
        with("required", .array((required + names).map(JSONValue.string)))
    }

    func with(_ keyword: String, _ value: JSONValue) -> Schema {
        var copy = self
        copy.json[keyword] = value
        return copy
    }

    private func properties(_ properties: KeyValuePairs<String, Schema>, required: [String]) -> Schema {
        var copy = self
        if !properties.isEmpty {
            copy.json["properties"] = .object(
                Dictionary(properties.map { ($0.key, JSONValue.object($0.value.json)) }, uniquingKeysWith: { $1 }))
        }
        if !required.isEmpty { copy.json["required"] = .array(required.map(JSONValue.string)) }
        return copy
    }
}

extension Schema {
    /// A space's or account's slug, or a member's handle.
    static var slug: Schema { .string.pattern("^[a-z0-9][a-z0-9-]{1,39}$") }

    /// A tag.
    static var tag: Schema { .string.pattern("^[a-z0-9][a-z0-9-]{0,39}$") }

    /// A tag as a member writes it: lowercased before it is checked.
    static var tagAsWritten: Schema { .string.pattern("^[A-Za-z0-9][A-Za-z0-9-]{0,39}$") }

    /// Who may see an item (PRODUCT.md §2).
    static var visibility: Schema {
        .string(oneOf: ["private", "space", "internal", "partners", "public"]).described("Who may see the item (PRODUCT.md §2).")
    }

    /// What the server takes for an e-mail address: an @, no whitespace, at most 254 characters.
    static var email: Schema {
        .string.pattern("^[^\\s\(APIDocument.control)]*@[^\\s\(APIDocument.control)]*$").maxLength(254)
    }

    /// A partners item is shared with at least one account or person (or someone @mentioned in its text).
    func partnersNeedAnAudience() -> Schema {
        let named = Schema(["type": "array"]).containing(.string.pattern("[A-Za-z0-9]"))
        return when(
            .having(["visibility": .constant("partners")], required: ["visibility"]),
            then: .having(
                [
                    "audience": Schema.anyObject.anyOf([
                        .having(["members": named], required: ["members"]), .having(["accounts": named], required: ["accounts"]),
                    ])
                ],
                required: ["audience"]))
    }
}
