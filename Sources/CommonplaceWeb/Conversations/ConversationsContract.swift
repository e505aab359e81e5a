/// The conversations part of the API contract: its schemas and operations.
extension APIContract {
    static let conversations = APIContract(
        schemas: [
            "ReactionName": .string(oneOf: ["like", "thanks", "insightful", "celebrate", "curious"]),
            "ReactionCount": .object(
                [
                    "reaction": .ref("ReactionName"),
                    "count": .integer,
                    "mine": .boolean,
                ], required: ["reaction", "count", "mine"]),
            "Reply": .object(
                [
                    "id": .integer,
                    "conversationId": .integer,
                    "author": .ref("MemberSummary"),
                    "body": .string.described("Empty for a hidden reply unless you wrote it or moderate."),
                    "bodyHTML": .string,
                    "hidden": .boolean,
                    "accepted": .boolean,
                    "reactions": .array(.ref("ReactionCount")),
                    "createdAt": .integer,
                    "editedAt": .integer,
                ], required: ["id", "conversationId", "author", "body", "bodyHTML", "hidden", "accepted", "reactions", "createdAt"]),
            "ConversationThread": .object(
                [
                    "conversation": .ref("Conversation"),
                    "reactions": .array(.ref("ReactionCount")),
                    "replies": .array(.ref("Reply")).described("One page of replies, oldest first, 100 to a page."),
                    "page": .integer,
                    "pageCount": .integer,
                    "readUpTo": .integer.described("The last reply you had read."),
                    "moderates": .boolean,
                ], required: ["conversation", "reactions", "replies", "page", "pageCount", "moderates"]),
            "ConversationInput": .object(
                [
                    "space": .string,
                    "kind": .ref("ThreadKind"),
                    "title": .string.minLength(1).maxLength(200),
                    "body": .string.minLength(1).maxLength(20000),
                    "tags": .array(.tagAsWritten).maxItems(30),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                ], required: ["space", "kind", "title", "body"]
            )
            .partnersNeedAnAudience(),
            "TextInput": .object(
                [
                    "title": .string.minLength(1).maxLength(200).described("Opening posts only."),
                    "body": .string.minLength(1).maxLength(20000),
                ], required: ["body"]),
            "ConversationEdit": .object(
                [
                    "id": .integer,
                    "replyId": .integer,
                    "title": .string,
                    "body": .string.described("The text before this edit."),
                    "editor": .ref("MemberSummary"),
                    "createdAt": .integer,
                ], required: ["id", "title", "body", "editor", "createdAt"]),
            "FeedItem": .object(
                [
                    "type": .string(oneOf: ["post", "conversation", "idea"]),
                    "post": .ref("Post"),
                    "conversation": .ref("Conversation"),
                    "idea": .ref("Idea"),
                ], required: ["type"]),
            "SimilarItem": .object(
                [
                    "kind": .string(oneOf: ["question", "discussion", "article", "idea"]),
                    "id": .integer,
                    "title": .string,
                    "url": .string,
                    "spaceName": .string,
                    "matched": .array(.string),
                    "answered": .boolean,
                    "score": .number.described(
                        "The search ranking (titles above text; answered and verified boosted), a little higher in the same space."),
                ], required: ["kind", "id", "title", "url", "spaceName", "matched", "answered", "score"]),
            "ReplyInput": .object(["body": .string.minLength(1).maxLength(20000)], required: ["body"]),
        ],
        lists: ["Conversation", "ConversationEdit", "FeedItem", "SimilarItem"],
        operations: [
            APIOperation(
                .get, .feed, id: "feed",
                summary: "The home feed: visible posts and threads, newest first",
                tag: .conversations,
                parameters: [
                    .query("before", .integer, "Keyset: entries with a smaller id"), .query("limit", .integer.minimum(1).maximum(100)),
                ],
                responses: [.json(200, "Entries", .ref("FeedItemList"))], isPublic: true),
            APIOperation(
                .get, .threads, id: "listThreads",
                summary: "Visible threads, most recent activity first",
                tag: .conversations,
                parameters: [
                    .query("space", .string, "Space slug"), .query("kind", .ref("ThreadKind")),
                    .query("unanswered", .string(oneOf: ["1", "true", "0", "false"]), "Questions without an accepted answer"),
                    .query("tag"), .query("author", .string, "Author handle"),
                    .query("after", .string.pattern("^[0-9]{1,18}-[0-9]{1,18}$"), "Cursor from the next link"),
                    .query("limit", .integer.minimum(1).maximum(100)),
                ],
                responses: [.json(200, "Threads", .ref("ConversationList"))], errors: [404, 422], isPublic: true),
            APIOperation(
                .post, .threads, id: "createThread",
                summary: "Ask a question or start a discussion",
                tag: .conversations,
                body: .ref("ConversationInput"),
                responses: [.json(201, "Created", .ref("Conversation"))], errors: [400, 401, 403, 404, 415, 422], clashes: true),
            APIOperation(
                .get, .thread, id: "getThread",
                summary: "A thread with a page of its replies",
                tag: .conversations,
                parameters: [.id, .query("page", .integer.minimum(1), "Past the last page: the last.")],
                responses: [.json(200, "Thread", .ref("ConversationThread"))], errors: [404], isPublic: true),
            APIOperation(
                .put, .thread, id: "editThread",
                summary: "Edit the opening post (author or moderator); the old version is kept",
                tag: .conversations,
                parameters: [.id],
                body: .ref("TextInput"),
                responses: [.json(200, "Edited", .ref("Conversation"))], errors: [400, 401, 403, 404, 409, 415, 422]),
            APIOperation(
                .get, .threadEdits, id: "threadEdits",
                summary: "Earlier versions of the opening post, or of a reply",
                tag: .conversations,
                parameters: [.id, .query("reply", .integer)],
                responses: [.json(200, "Versions", .ref("ConversationEditList"))], errors: [404], isPublic: true),
            APIOperation(
                .post, .threadReplies, id: "reply",
                summary: "Reply to a thread (locked threads: moderators only)",
                tag: .conversations,
                parameters: [.id],
                body: .ref("ReplyInput"),
                responses: [.json(201, "Created", .ref("Reply"))], errors: [400, 401, 403, 404, 409, 415, 422]),
            APIOperation(
                .put, .threadReply, id: "editReply",
                summary: "Edit a reply (author or moderator); the old version is kept",
                tag: .conversations,
                parameters: [.id, .reply],
                body: .ref("ReplyInput"),
                responses: [.json(200, "Edited", .ref("Reply"))], errors: [400, 401, 403, 404, 409, 415, 422]),
            APIOperation(
                .put, .threadReaction, id: "react",
                summary: "React to the opening post, or to a reply with ?reply=",
                tag: .conversations,
                parameters: [.id, .path("reaction", .ref("ReactionName")), .query("reply", .integer)],
                responses: [.empty(204, "Done")], errors: [401, 404, 409]),
            APIOperation(
                .delete, .threadReaction, id: "unreact",
                summary: "Take a reaction back",
                tag: .conversations,
                parameters: [.id, .path("reaction", .ref("ReactionName")), .query("reply", .integer)],
                responses: [.empty(204, "Done")], errors: [401, 404, 409]),
            APIOperation(
                .put, .threadAccepted, id: "acceptAnswer",
                summary: "Accept a reply as the answer (the asker or a moderator)",
                tag: .conversations,
                parameters: [.id],
                body: .object(["reply": .integer], required: ["reply"]),
                responses: [.json(200, "The question", .ref("Conversation"))], errors: [400, 401, 403, 404, 409, 415]),
            APIOperation(
                .delete, .threadAccepted, id: "unacceptAnswer",
                summary: "Take the acceptance back",
                tag: .conversations,
                parameters: [.id],
                responses: [.json(200, "The question", .ref("Conversation"))], errors: [401, 403, 404, 409]),
            APIOperation(
                .post, .threadRead, id: "markThreadRead",
                summary: "Mark the thread read up to its newest reply",
                tag: .conversations,
                parameters: [.id],
                responses: [.empty(204, "Done")], errors: [401, 404]),
            APIOperation(
                .get, .similar, id: "similarItems",
                summary: "Visible questions, discussions and articles that look like a text, with the words that matched",
                tag: .conversations,
                parameters: [
                    .query("text", .string, "A title or draft; one without a word finds nothing.", required: true),
                    .query("space", .string, "Space slug: its items rank a little higher"),
                ],
                responses: [.json(200, "Items", .ref("SimilarItemList"))], errors: [404, 422], isPublic: true),
        ])
}
