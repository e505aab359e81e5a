import CommonplaceCore

/// Rules the document applies to every schema, so that it says what the server checks without each definition
/// repeating it.
extension APIDocument {
    /// Control characters a request's text may not hold (tab and line breaks aside); the server refuses them (422).
    static let control = #"\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F"#

    /// Integers are 64-bit: a larger one is not a number the server can read.
    static func boundingIntegers(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(var members):
            if members["type"] == "integer" || members["type"] == ["integer", "null"] {
                members["minimum"] = members["minimum"] ?? .int(Int.min)
                members["maximum"] = members["maximum"] ?? .int(Int.max)
            }
            return .object(members.mapValues(boundingIntegers))
        case .array(let elements):
            return .array(elements.map(boundingIntegers))
        default:
            return value
        }
    }

    /// A schema as a request body takes it: its text holds no control characters (and, when it must not be empty,
    /// more than spaces, since the server trims it); an optional member may be sent as null, which reads as absent.
    static func requestBody(_ schema: Schema) -> Schema {
        var properties = schema.json["properties"]?.members ?? [:]
        guard !properties.isEmpty else { return schema }
        let required = Set(schema.required)
        for (name, property) in properties {
            var members = constrainingText(property.members)
            if let items = members["items"] { members["items"] = .object(constrainingText(items.members)) }
            properties[name] = .object(required.contains(name) ? members : nullable(members))
        }
        return schema.with("properties", .object(properties))
    }

    /// The names of the schemas request bodies refer to, and those they refer to in turn.
    static func requestSchemaNames(_ operations: [APIOperation], _ schemas: [String: Schema]) -> Set<String> {
        var names = Set<String>()
        var pending = operations.compactMap { $0.body?.referenced }
        while let name = pending.popLast() {
            guard names.insert(name).inserted, let schema = schemas[name] else { continue }
            for property in (schema.json["properties"]?.members ?? [:]).values {
                for found in [property.members, property.members["items"]?.members ?? [:]] {
                    if let target = Schema(found).referenced { pending.append(target) }
                }
            }
        }
        return names
    }

    private static func constrainingText(_ members: [String: JSONValue]) -> [String: JSONValue] {
        guard members["type"] == "string" || members["type"] == ["string", "null"],
            members["pattern"] == nil, members["enum"] == nil, members["format"] == nil
        else { return members }
        var constrained = members
        if case .int(let least)? = members["minLength"], least >= 1 {
            constrained["pattern"] = .string("^[^\(control)]*[^\\s\(control)][^\(control)]*$")
        } else {
            constrained["pattern"] = .string("^[^\(control)]*$")
        }
        return constrained
    }

    private static func nullable(_ members: [String: JSONValue]) -> [String: JSONValue] {
        if members["$ref"] != nil { return ["anyOf": [.object(members), ["type": "null"]]] }
        var widened = members
        if case .array(let choices)? = members["anyOf"] {
            widened["anyOf"] = .array(choices + [["type": "null"]])
        } else if case .string(let type)? = members["type"] {
            widened["type"] = [.string(type), "null"]
            if case .array(let values)? = members["enum"] { widened["enum"] = .array(values + [.null]) }
        }
        return widened
    }
}
