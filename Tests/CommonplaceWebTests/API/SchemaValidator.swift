import CommonplaceCore
import Foundation

@testable import CommonplaceWeb

/// Checks a JSON value against a schema of the OpenAPI document: the JSON Schema keywords the document uses, with
/// its `$ref`s resolved. Stricter than JSON Schema in one way: an object may hold only the members its schema
/// names, so a field the server sends but the document leaves out is found too.
struct SchemaValidator {
    let schemas: [String: JSONValue]

    init(document: JSONValue) {
        schemas = document.members["components"]?.members["schemas"]?.members ?? [:]
    }

    /// What is wrong with `value`, each with the path to it; empty when it is valid.
    func problems(_ value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        let keywords = schema.members
        if case .string(let target)? = keywords["$ref"] {
            let name = String(target.split(separator: "/").last ?? "")
            guard let named = schemas[name] else { return ["\(path): no schema \(name)"] }
            return problems(value, against: named, at: path)
        }
        var found: [String] = []
        if let type = keywords["type"], !matches(value, type) {
            return ["\(path): \(describe(value)) is not \(describe(type))"]
        }
        if let choices = keywords["enum"]?.elements, !choices.contains(value) {
            found.append("\(path): \(describe(value)) is not one of \(describe(.array(choices)))")
        }
        if let constant = keywords["const"], constant != value {
            found.append("\(path): \(describe(value)) is not \(describe(constant))")
        }
        found += textProblems(value, keywords, path) + numberProblems(value, keywords, path)
        found += arrayProblems(value, keywords, path) + objectProblems(value, keywords, path)
        if let choices = keywords["anyOf"]?.elements, !choices.contains(where: { problems(value, against: $0, at: path).isEmpty }) {
            found.append("\(path): matches none of anyOf")
        }
        if let condition = keywords["if"], let consequence = keywords["then"],
            problems(value, against: condition, at: path).isEmpty
        {
            found += problems(value, against: consequence, at: path)
        }
        return found
    }

    private func matches(_ value: JSONValue, _ type: JSONValue) -> Bool {
        if case .array(let types) = type { return types.contains { matches(value, $0) } }
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .number),
            ("string", .string), ("array", .array), ("object", .object):
            return true
        default:
            return false
        }
    }

    private func textProblems(_ value: JSONValue, _ keywords: [String: JSONValue], _ path: String) -> [String] {
        guard case .string(let text) = value else { return [] }
        var found: [String] = []
        let length = text.unicodeScalars.count
        if case .int(let least)? = keywords["minLength"], length < least { found.append("\(path): shorter than \(least)") }
        if case .int(let most)? = keywords["maxLength"], length > most { found.append("\(path): longer than \(most)") }
        if case .string(let pattern)? = keywords["pattern"], text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): \(describe(value)) does not match \(pattern)")
        }
        return found
    }

    private func numberProblems(_ value: JSONValue, _ keywords: [String: JSONValue], _ path: String) -> [String] {
        guard case .int(let number) = value else { return [] }
        var found: [String] = []
        if case .int(let least)? = keywords["minimum"], number < least { found.append("\(path): \(number) is below \(least)") }
        if case .int(let most)? = keywords["maximum"], number > most { found.append("\(path): \(number) is above \(most)") }
        return found
    }

    private func arrayProblems(_ value: JSONValue, _ keywords: [String: JSONValue], _ path: String) -> [String] {
        guard case .array(let elements) = value else { return [] }
        var found: [String] = []
        if case .int(let least)? = keywords["minItems"], elements.count < least { found.append("\(path): fewer than \(least)") }
        if case .int(let most)? = keywords["maxItems"], elements.count > most { found.append("\(path): more than \(most)") }
        if let items = keywords["items"] {
            for (index, element) in elements.enumerated() { found += problems(element, against: items, at: "\(path)[\(index)]") }
        }
        if let wanted = keywords["contains"], !elements.contains(where: { problems($0, against: wanted).isEmpty }) {
            found.append("\(path): holds nothing that contains asks for")
        }
        return found
    }

    private func objectProblems(_ value: JSONValue, _ keywords: [String: JSONValue], _ path: String) -> [String] {
        guard case .object(let members) = value else { return [] }
        var found: [String] = []
        for name in keywords["required"]?.elements ?? [] {
            if case .string(let name) = name, members[name] == nil { found.append("\(path): \(name) is missing") }
        }
        guard let properties = keywords["properties"]?.members else { return found }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let schema = properties[name] {
                found += problems(member, against: schema, at: "\(path).\(name)")
            } else if keywords["type"] == "object" {
                found.append("\(path).\(name): not in the document")
            }
        }
        return found
    }

    private func describe(_ value: JSONValue) -> String {
        String(decoding: value.encoded(), as: UTF8.self).prefix(80).description
    }
}
