import CommonplaceCore

/// The articles part of the API contract: its schemas and operations.
extension APIContract {
    static let articles = APIContract(
        schemas: [
            "ArticleInput": articleInput,
            "ArticleRevision": .object(
                [
                    "number": .integer,
                    "title": .string,
                    "body": .string,
                    "tags": .array(.string),
                    "status": .ref("ArticleStatus"),
                    "reviewBy": .integer,
                    "knowledgeKind": .ref("KnowledgeKind"),
                    "section": .string,
                    "owners": .array(.string),
                    "visibility": .visibility,
                    "author": .ref("MemberSummary"),
                    "credited": .ref("MemberSummary"),
                    "summary": .string,
                    "createdAt": .integer,
                ],
                required: [
                    "number", "title", "body", "tags", "status", "section", "owners", "visibility", "author", "summary", "createdAt",
                ]),
            "Diff": .object(
                [
                    "from": .integer,
                    "to": .integer,
                    "rows": .array(
                        .object(
                            [
                                "kind": .string(oneOf: ["same", "added", "removed", "changed"]),
                                "oldHTML": .string,
                                "newHTML": .string,
                            ], required: ["kind", "oldHTML", "newHTML"])),
                ], required: ["from", "to", "rows"]),
            "StaleEdit": .object(
                [
                    "type": .string,
                    "title": .string,
                    "status": .integer,
                    "detail": .string,
                    "instance": .string,
                    "requestId": .string,
                    "currentRevision": .integer,
                    "current": .ref("Article"),
                ], required: ["type", "title", "status", "detail", "instance", "requestId", "currentRevision", "current"]),
            "ArticleUpdateInput": articleInput.requiring("baseRevision"),
        ],
        lists: ["Article", "ArticleRevision"],
        operations: [
            APIOperation(
                .get, .articles, id: "listArticles",
                summary: "Visible articles: a space's manual in order, or the most recently changed",
                tag: .articles,
                parameters: [
                    .query("space", .string, "Space slug: list its knowledge base in manual order; a space you may not see is 404"),
                    .query("limit", .integer.minimum(1).maximum(100)),
                ],
                responses: [.json(200, "Articles", .ref("ArticleList"))], errors: [404], isPublic: true),
            APIOperation(
                .post, .articles, id: "createArticle",
                summary: "Write an article (revision 1)",
                tag: .articles,
                body: .ref("ArticleInput"),
                responses: [.json(201, "Created", .ref("Article"))], errors: [400, 401, 403, 404, 415, 422], clashes: true),
            APIOperation(
                .get, .article, id: "getArticle",
                summary: "An article",
                tag: .articles,
                parameters: [.id],
                responses: [.json(200, "Article", .ref("Article"))], errors: [404], isPublic: true),
            APIOperation(
                .put, .article, id: "updateArticle",
                summary: "Save a new revision; refused with 409 when baseRevision is not the current revision",
                tag: .articles,
                parameters: [.id],
                body: .ref("ArticleUpdateInput"),
                responses: [
                    .json(200, "Saved", .ref("Article")),
                    APIResponse(
                        409, "Edit conflict (the current article), or a name nobody has; nothing saved",
                        content: ["application/json": .ref("StaleEdit"), "application/problem+json": .ref("Problem")]),
                ], errors: [400, 401, 403, 404, 415, 422], clashes: true),
            APIOperation(
                .delete, .article, id: "deleteArticle",
                summary: "Delete an article and its history (owners, moderators)",
                tag: .articles,
                parameters: [.id],
                responses: [.empty(204, "Deleted")], errors: [401, 403, 404]),
            APIOperation(
                .post, .articleMove, id: "moveArticle",
                summary: "Move an article to another space you write in",
                tag: .articles,
                parameters: [.id],
                body: .object(["space": .slug], required: ["space"]),
                responses: [.json(200, "Moved", .ref("Article"))], errors: [400, 401, 403, 404, 415, 422]),
            APIOperation(
                .get, .articleRevisions, id: "listArticleRevisions",
                summary: "Every revision, newest first",
                tag: .articles,
                parameters: [.id],
                responses: [.json(200, "Revisions", .ref("ArticleRevisionList"))], errors: [404], isPublic: true),
            APIOperation(
                .get, .articleRevision, id: "getArticleRevision",
                summary: "One revision",
                tag: .articles,
                parameters: [.id, .path("number", .integer)],
                responses: [.json(200, "Revision", .ref("ArticleRevision"))], errors: [404], isPublic: true),
            APIOperation(
                .post, .articleRevisionRestore, id: "restoreArticleRevision",
                summary: "Restore an old revision as a new one",
                tag: .articles,
                parameters: [.id, .path("number", .integer)],
                responses: [.json(200, "Restored", .ref("Article"))], errors: [401, 403, 404, 409]),
            APIOperation(
                .get, .articleDiff, id: "diffArticle",
                summary: "Line and word differences between two revisions",
                tag: .articles,
                parameters: [.id, .query("from", .integer), .query("to", .integer)],
                responses: [.json(200, "Differences", .ref("Diff"))], errors: [404], isPublic: true),
            APIOperation(
                .get, .articleLog, id: "articleLog",
                summary: "The article's action log",
                tag: .articles,
                parameters: [.id],
                responses: [.json(200, "Entries", .ref("ActionLogEntryList"))], errors: [404], isPublic: true),
            APIOperation(
                .get, .articleJSONLD, id: "articleJSONLD",
                summary: "The article as schema.org JSON-LD",
                tag: .articles,
                parameters: [.id],
                responses: [.linkedData("JSON-LD")], errors: [404], isPublic: true),
        ])

    /// A new article, or a new revision of one (which names the revision it is based on).
    private static let articleInput = Schema.object(
        [
            "space": .string.described("Space slug (new articles)."),
            "title": .string.minLength(1).maxLength(200),
            "body": .string.maxLength(100000),
            "tags": .array(.tag).maxItems(20),
            "status": .ref("ArticleStatus"),
            "reviewBy": .integer,
            "knowledgeKind": .ref("KnowledgeKind"),
            "section": .string,
            "owners": .array(.string).maxItems(10),
            "visibility": .visibility,
            "audience": .ref("Audience"),
            "baseRevision": .integer.described("Required when editing."),
            "summary": .string.maxLength(ArticleStore.maximumSummaryLength),
        ], required: ["title", "body"]
    )
    .partnersNeedAnAudience()
}
