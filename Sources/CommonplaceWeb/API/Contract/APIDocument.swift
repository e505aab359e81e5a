import CommonplaceCore

/// The OpenAPI 3.1 document of `/api/v1`, built from the contracts each feature declares next to its routes.
///
/// This is the one source of truth: the server serves it at `/api/openapi.json`, `commonplace openapi` prints it,
/// a test checks that it lists exactly the routes the router registers and that every response the API sends
/// validates against it, and schemathesis checks the running server against it from outside.
enum APIDocument {
    /// Every feature's part of the contract, in the order the document lists its operations.
    static let contracts: [APIContract] = [
        .shared, .search, .posts, .conversations, .moderation, .faq, .follows, .articles, .suggestions, .ideas, .tasks,
        .notifications, .tags, .spaces, .members, .accounts, .tokens, .admin,
    ]

    /// Every operation of the API.
    static var operations: [APIOperation] { contracts.flatMap(\.operations) }

    /// The document, as it is served.
    static let document: JSONValue = build(contracts)

    /// The document as indented JSON text.
    static var text: String { String(decoding: document.encoded(pretty: true), as: UTF8.self) + "\n" }

    static func build(_ contracts: [APIContract]) -> JSONValue {
        var schemas: [String: Schema] = [:]
        for contract in contracts {
            schemas.merge(contract.schemas, uniquingKeysWith: { first, _ in first })
            for name in contract.lists { schemas[name + "List"] = listPage(of: name) }
        }
        var operations = contracts.flatMap(\.operations)
        for index in operations.indices where operations[index].body?.referenced == nil {
            operations[index].body = operations[index].body.map { requestBody(Schema(boundingIntegers(.object($0.json)).members)) }
        }
        let requestNames = requestSchemaNames(operations, schemas)
        var components: [String: JSONValue] = [:]
        for (name, schema) in schemas {
            let bounded = Schema(boundingIntegers(.object(schema.json)).members)
            components[name] = .object((requestNames.contains(name) ? requestBody(bounded) : bounded).json)
        }
        var paths: [String: JSONValue] = [:]
        for operation in operations {
            var methods = paths[operation.path]?.members ?? [:]
            methods[operation.method.rawValue.lowercased()] = describe(operation)
            paths[operation.path] = .object(methods)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Commonplace API", "version": "1.0.0",
                "description": """
                The JSON API of a Commonplace instance. Every read is filtered by the item's visibility: an item you \
                may not see answers 404, exactly like one that does not exist. Errors are RFC 9457 problem documents. \
                Times are Unix seconds.
                """,
            ],
            "servers": [["url": "/"]],
            "security": [["bearerAuth": []], ["sessionCookie": []]],
            "tags": .array(APITag.allCases.map { ["name": .string($0.rawValue)] }),
            "paths": .object(paths),
            "components": [
                "schemas": .object(components),
                "securitySchemes": [
                    "bearerAuth": [
                        "type": "http", "scheme": "bearer",
                        "description": "An API token from /settings or POST /api/v1/tokens.",
                    ],
                    "sessionCookie": [
                        "type": "apiKey", "in": "cookie", "name": "cp_session",
                        "description": "The browser session; writes also need the X-CSRF-Token header echoing the cp_csrf cookie.",
                    ],
                ],
            ],
        ]
    }

    /// One page of a list of `name`, with the path of the next page when there is one.
    static func listPage(of name: String) -> Schema {
        .object(
            ["items": .array(.ref(name)), "next": .string.described("Path of the next page, when there is one.")],
            required: ["items"])
    }

    private static func describe(_ operation: APIOperation) -> JSONValue {
        var responses: [String: JSONValue] = [:]
        for response in operation.responses + operation.errors.map(APIResponse.problem) {
            responses[String(response.status)] = describe(response)
        }
        var implied = [401]
        if operation.clashes { implied.append(409) }
        // A query value outside its declared range or type is refused, never read as another value.
        if operation.parameters.contains(where: { $0.location == .query && $0.schema.json["type"] == "integer" }) {
            implied.append(422)
        }
        for status in implied where responses[String(status)] == nil {
            responses[String(status)] = describe(.problem(status))
        }
        var described: [String: JSONValue] = [
            "operationId": .string(operation.id), "summary": .string(operation.summary),
            "tags": [.string(operation.tag.rawValue)], "responses": .object(responses),
        ]
        if !operation.parameters.isEmpty { described["parameters"] = .array(operation.parameters.map(describe)) }
        if let body = operation.body {
            described["requestBody"] = ["required": true, "content": ["application/json": ["schema": .object(body.json)]]]
        }
        if operation.isPublic { described["security"] = [[:], ["bearerAuth": []], ["sessionCookie": []]] }
        return .object(described)
    }

    private static func describe(_ response: APIResponse) -> JSONValue {
        var described: [String: JSONValue] = ["description": .string(response.description)]
        if !response.content.isEmpty {
            described["content"] = .object(response.content.mapValues { ["schema": .object($0.json)] })
        }
        return .object(described)
    }

    private static func describe(_ parameter: APIParameter) -> JSONValue {
        var schema = parameter.schema
        // Keyset cursors, pages and reply numbers start at 1.
        if parameter.location == .query, schema.json["type"] == "integer", schema.json["minimum"] == nil {
            schema = schema.minimum(1)
        }
        var described: [String: JSONValue] = [
            "name": .string(parameter.name), "in": .string(parameter.location.rawValue),
            "required": .bool(parameter.required), "schema": boundingIntegers(.object(schema.json)),
        ]
        if let description = parameter.description { described["description"] = .string(description) }
        return .object(described)
    }
}

/// The schemas and operations one feature of the API declares.
struct APIContract: Sendable {
    /// Named schemas, referred to as `.ref(name)`.
    let schemas: [String: Schema]
    /// Names whose list page (`<Name>List`) the document adds.
    let lists: [String]
    let operations: [APIOperation]

    init(schemas: [String: Schema] = [:], lists: [String] = [], operations: [APIOperation] = []) {
        self.schemas = schemas
        self.lists = lists
        self.operations = operations
    }
}

/// The OpenAPI document of the JSON API as indented JSON text, as `/api/openapi.json` serves it.
public var openAPIDocument: String { APIDocument.text }
