/// The tokens part of the API contract: its schemas and operations.
extension APIContract {
    static let tokens = APIContract(
        schemas: [
            "TokenInput": .object(
                [
                    "name": .string.minLength(1).maxLength(80),
                    "email": .string,
                    "password": .string,
                ], required: ["name"])
        ],
        lists: ["Token"],
        operations: [
            APIOperation(
                .get, .tokens, id: "listTokens",
                summary: "Your API tokens",
                tag: .tokens,
                responses: [.json(200, "Tokens", .ref("TokenList"))], errors: [401]),
            APIOperation(
                .post, .tokens, id: "createToken",
                summary:
                    "Create an API token; without authentication, send email and password (10 attempts per account and 50 per address in 15 minutes; then 429 with Retry-After)",
                tag: .tokens,
                body: .ref("TokenInput"),
                responses: [.json(201, "Created; the secret is shown once", .ref("Token"))], errors: [400, 401, 415, 422, 429],
                isPublic: true),
            APIOperation(
                .delete, .tokens, id: "revokeAllTokens",
                summary: "Revoke every one of your tokens, the one sent included",
                tag: .tokens,
                responses: [.empty(204, "Revoked")], errors: [401]),
            APIOperation(
                .delete, .token, id: "revokeToken",
                summary: "Revoke one of your tokens",
                tag: .tokens,
                parameters: [.id],
                responses: [.empty(204, "Revoked")], errors: [400, 401, 404]),
        ])
}
