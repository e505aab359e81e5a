/// The suggestions part of the API contract: its schemas and operations.
extension APIContract {
    static let suggestions = APIContract(
        schemas: [
            "SuggestedEdit": .object(
                [
                    "id": .integer,
                    "articleId": .integer,
                    "articleTitle": .string,
                    "baseRevision": .integer,
                    "title": .string,
                    "body": .string,
                    "tags": .array(.string),
                    "status": .ref("ArticleStatus"),
                    "knowledgeKind": .ref("KnowledgeKind"),
                    "comment": .string,
                    "suggester": .ref("MemberSummary"),
                    "state": .string(oneOf: ["open", "accepted", "rejected"]),
                    "reason": .string,
                    "createdAt": .integer,
                    "decidedAt": .integer,
                ],
                required: [
                    "id", "articleId", "articleTitle", "baseRevision", "title", "body", "tags", "status", "comment", "suggester", "state",
                    "createdAt",
                ]),
            "SuggestionInput": .object([
                "title": .string.minLength(1).maxLength(200),
                "body": .string,
                "tags": .array(.tag).maxItems(20),
                "status": .ref("ArticleStatus"),
                "knowledgeKind": .ref("KnowledgeKind"),
                "comment": .string.maxLength(2000),
            ]),
            "AcceptInput": .object([
                "confirmOutdated": .boolean.described("Needed when the suggestion was written against an older revision.")
            ]),
            "RejectInput": .object(
                [
                    "reason": .string.minLength(1).maxLength(1000).described("Told to the suggester.")
                ], required: ["reason"]),
        ],
        lists: ["SuggestedEdit"],
        operations: [
            APIOperation(
                .post, .articleSuggestions, id: "suggestEdit",
                summary: "Suggest an edit to an article you can read; absent fields keep the current value",
                tag: .suggestions,
                parameters: [.id],
                body: .ref("SuggestionInput"),
                responses: [.json(201, "Created", .ref("SuggestedEdit"))], errors: [400, 401, 404, 415, 422], clashes: true),
            APIOperation(
                .get, .articleSuggestions, id: "listArticleSuggestions",
                summary: "Suggestions on an article (editors see all, suggesters their own)",
                tag: .suggestions,
                parameters: [.id],
                responses: [.json(200, "Suggestions", .ref("SuggestedEditList"))], errors: [401, 404]),
            APIOperation(
                .get, .suggestions, id: "suggestionQueue",
                summary: "Open suggestions you review, and your own",
                tag: .suggestions,
                responses: [.json(200, "Suggestions", .ref("SuggestedEditList"))], errors: [401]),
            APIOperation(
                .get, .suggestion, id: "getSuggestion",
                summary: "A suggestion",
                tag: .suggestions,
                parameters: [.id],
                responses: [.json(200, "Suggestion", .ref("SuggestedEdit"))], errors: [401, 404]),
            APIOperation(
                .post, .suggestionAccept, id: "acceptSuggestion",
                summary: "Accept: a new revision crediting the suggester; 409 when outdated unless confirmOutdated",
                tag: .suggestions,
                parameters: [.id],
                body: .ref("AcceptInput"),
                responses: [.json(200, "The article", .ref("Article"))], errors: [400, 401, 403, 404, 409, 415]),
            APIOperation(
                .post, .suggestionReject, id: "rejectSuggestion",
                summary: "Reject with a reason the suggester is told",
                tag: .suggestions,
                parameters: [.id],
                body: .ref("RejectInput"),
                responses: [.json(200, "The suggestion", .ref("SuggestedEdit"))], errors: [400, 401, 403, 404, 409, 415, 422]),
        ])
}
