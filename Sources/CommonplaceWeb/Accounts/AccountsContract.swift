/// The accounts part of the API contract: its schemas and operations.
extension APIContract {
    static let accounts = APIContract(
        schemas: [
            "AccountKind": .string(oneOf: ["customer", "supplier", "partner", "prospect"]),
            "Account": .object(
                [
                    "id": .integer,
                    "slug": .string,
                    "name": .string,
                    "kind": .ref("AccountKind"),
                    "createdAt": .integer,
                ], required: ["id", "slug", "name", "kind", "createdAt"]),
            "AccountInput": .object(
                [
                    "slug": .slug,
                    "name": .string.minLength(1).maxLength(120),
                    "kind": .ref("AccountKind"),
                ], required: ["slug", "name", "kind"]),
        ],
        lists: ["Account"],
        operations: [
            APIOperation(
                .get, .accounts, id: "listAccounts",
                summary: "Accounts by name (employees: all; external members: their own)",
                tag: .accounts,
                parameters: [.query("limit", .integer.minimum(1).maximum(200)), .query("offset", .integer.minimum(0))],
                responses: [.json(200, "Accounts", .ref("AccountList"))], errors: [401]),
            APIOperation(
                .post, .accounts, id: "createAccount",
                summary: "Add an account (admins)",
                tag: .accounts,
                body: .ref("AccountInput"),
                responses: [.json(201, "Created", .ref("Account"))], errors: [400, 401, 404, 415, 422], clashes: true),
            APIOperation(
                .get, .account, id: "getAccount",
                summary: "An account",
                tag: .accounts,
                parameters: [.slug],
                responses: [.json(200, "Account", .ref("Account"))], errors: [401, 404]),
        ])
}
