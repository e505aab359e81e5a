/// Schemas that several features of the API share.
extension APIContract {
    static let shared = APIContract(
        schemas: [
            "Problem": .object(
                [
                    "type": .string,
                    "title": .string,
                    "status": .integer,
                    "detail": .string,
                    "instance": .string,
                    "requestId": .string,
                    "errors": .array(.ref("FieldProblem")),
                ], required: ["type", "title", "status", "detail", "instance", "requestId"]
            ).described("RFC 9457 problem document."),
            "FieldProblem": .object(["field": .string, "message": .string], required: ["field", "message"]),
            "Visibility": .visibility,
            "MemberSummary": .object(
                [
                    "id": .integer,
                    "handle": .string,
                    "name": .string,
                    "kind": .ref("MemberKind"),
                    "relation": .ref("Relation"),
                ], required: ["id", "handle", "name", "kind"]),
            "MemberKind": .string(oneOf: ["employee", "external", "machine"]),
            "Relation": .string(oneOf: ["customer", "supplier", "partner", "volunteer"]),
            "Role": .string(oneOf: ["admin", "moderator", "member"]),
            "Member": .object(
                [
                    "id": .integer,
                    "handle": .string,
                    "name": .string,
                    "kind": .ref("MemberKind"),
                    "relation": .ref("Relation"),
                    "account": .string.described("Account slug; shown to employees and members of the same account."),
                    "role": .ref("Role"),
                    "bio": .string,
                    "expertise": .array(.string),
                    "interests": .array(.string),
                    "email": .string.described("Only on your own profile."),
                    "createdAt": .integer.described("Unix time, seconds."),
                ], required: ["id", "handle", "name", "kind", "role", "bio", "expertise", "interests", "createdAt"]),
            "Audience": .object(["members": .array(.string), "accounts": .array(.string)]),
            "Post": .object(
                [
                    "id": .integer,
                    "space": .ref("SpaceReference"),
                    "author": .ref("MemberSummary"),
                    "visibility": .visibility,
                    "body": .string.described("Markdown as written."),
                    "bodyHTML": .string.described("Sanitised HTML."),
                    "tags": .array(.string),
                    "audience": .ref("Audience"),
                    "createdAt": .integer,
                ], required: ["id", "space", "author", "visibility", "body", "bodyHTML", "tags", "audience", "createdAt"]),
            "SpaceReference": .object(["slug": .string, "name": .string], required: ["slug", "name"]),
            "Token": .object(
                [
                    "id": .integer,
                    "name": .string,
                    "createdAt": .integer,
                    "lastUsedAt": .integer,
                    "secret": .string.described("Only in the response that created the token."),
                ], required: ["id", "name", "createdAt"]),
            "ArticleStatus": .string(oneOf: ["draft", "published", "verified", "needs_review"]),
            "KnowledgeKind": .string(oneOf: ["about", "from", "for"]).described("Customer knowledge: about, from or for customers."),
            "Article": .object(
                [
                    "id": .integer,
                    "space": .ref("SpaceReference"),
                    "slug": .string,
                    "title": .string,
                    "body": .string,
                    "bodyHTML": .string,
                    "tags": .array(.string),
                    "status": .ref("ArticleStatus"),
                    "reviewBy": .integer,
                    "knowledgeKind": .ref("KnowledgeKind"),
                    "section": .string,
                    "position": .integer.minimum(1).described(
                        "Its place in its section, 1 first, counting only the articles the reader may see."),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                    "owners": .array(.ref("MemberSummary")),
                    "author": .ref("MemberSummary"),
                    "revision": .integer,
                    "createdAt": .integer,
                    "updatedAt": .integer,
                ],
                required: [
                    "id", "space", "slug", "title", "body", "bodyHTML", "tags", "status", "section", "position", "visibility", "audience",
                    "owners", "author", "revision", "createdAt", "updatedAt",
                ]),
            "ActionLogEntry": .object(
                [
                    "id": .integer,
                    "actor": .ref("MemberSummary"),
                    "action": .string,
                    "summary": .string.described("Empty when the entry is about an item you may not see."),
                    "itemId": .integer,
                    "itemTitle": .string,
                    "createdAt": .integer,
                ], required: ["id", "action", "summary", "createdAt"]),
            "ConversationKind": .string(oneOf: ["discussion", "question", "idea"]).described(
                "An idea's discussion is a thread of kind idea, started by submitting the idea."),
            "ThreadKind": .string(oneOf: ["discussion", "question"]),
            "Conversation": .object(
                [
                    "id": .integer,
                    "kind": .ref("ConversationKind"),
                    "space": .ref("SpaceReference"),
                    "author": .ref("MemberSummary"),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                    "title": .string,
                    "body": .string,
                    "bodyHTML": .string,
                    "tags": .array(.string),
                    "acceptedReplyId": .integer,
                    "locked": .boolean,
                    "pinned": .boolean,
                    "hidden": .boolean.described("Hidden by a moderator; seen only by its author and moderators."),
                    "mergedInto": .integer.described("Set when merged into another thread."),
                    "replyCount": .integer,
                    "unreadReplies": .integer.described("Replies you have not read; absent when you never opened the thread."),
                    "readers": .integer,
                    "createdAt": .integer,
                    "editedAt": .integer,
                    "lastActivityAt": .integer,
                ],
                required: [
                    "id", "kind", "space", "author", "visibility", "audience", "title", "body", "bodyHTML", "tags", "locked", "pinned",
                    "hidden", "replyCount", "readers", "createdAt", "lastActivityAt",
                ]),
        ],
        lists: ["ActionLogEntry"])
}
