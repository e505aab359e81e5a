/// The moderation part of the API contract: its schemas and operations.
extension APIContract {
    static let moderation = APIContract(
        schemas: [
            "ReplyModerationInput": .object(
                ["action": .string(oneOf: ["hide", "restore"]), "reason": .string.maxLength(500)], required: ["action"]),
            "ModerationInput": .object(
                [
                    "action": .string(oneOf: ["lock", "unlock", "pin", "unpin", "hide", "restore"]).described(
                        "Replies take hide and restore."),
                    "reason": .string.maxLength(500),
                ], required: ["action"]),
            "ContentFlag": .object(
                [
                    "id": .integer,
                    "conversationId": .integer,
                    "conversationTitle": .string,
                    "replyId": .integer,
                    "excerpt": .string,
                    "reason": .string(oneOf: ["spam", "off-topic", "inappropriate", "other"]),
                    "note": .string,
                    "flaggedBy": .ref("MemberSummary"),
                    "createdAt": .integer,
                ], required: ["id", "conversationId", "conversationTitle", "excerpt", "reason", "note", "flaggedBy", "createdAt"]),
            "FlagInput": .object(
                [
                    "reply": .integer.described("Omit to flag the opening post."),
                    "reason": .string(oneOf: ["spam", "off-topic", "inappropriate", "other"]),
                    "note": .string.maxLength(1000).described("Required for other."),
                ], required: ["reason"]
            )
            .when(
                .having(["reason": .constant("other")], required: ["reason"]),
                then: .having(["note": .string.minLength(1)], required: ["note"])),
        ],
        lists: ["ContentFlag"],
        operations: [
            APIOperation(
                .post, .threadModeration, id: "moderateThread",
                summary: "Lock, unlock, pin, unpin, hide or restore (moderators)",
                tag: .moderation,
                parameters: [.id],
                body: .ref("ModerationInput"),
                responses: [.json(200, "The thread", .ref("Conversation"))], errors: [400, 401, 403, 404, 409, 415, 422]),
            APIOperation(
                .post, .threadReplyModeration, id: "moderateReply",
                summary: "Hide or restore a reply (moderators)",
                tag: .moderation,
                parameters: [.id, .reply],
                body: .ref("ReplyModerationInput"),
                responses: [.empty(204, "Done")], errors: [400, 401, 403, 404, 409, 415, 422]),
            APIOperation(
                .post, .threadMove, id: "moveThread",
                summary: "Move a thread to another space you moderate",
                tag: .moderation,
                parameters: [.id],
                body: .object(
                    ["space": .slug, "reason": .string.maxLength(500)], required: ["space"]),
                responses: [.json(200, "Moved", .ref("Conversation"))], errors: [400, 401, 403, 404, 409, 415, 422], clashes: true),
            APIOperation(
                .post, .threadSplit, id: "splitThread",
                summary:
                    "Split replies into a new discussion read by exactly the source's readers: the source's author, space, visibility, audience and hidden state; the replies keep their authors and hidden state",
                tag: .moderation,
                parameters: [.id],
                body: .object(
                    [
                        "replies": .array(.integer.minimum(1)).minItems(1),
                        "title": .string.minLength(1).maxLength(200),
                        "reason": .string.maxLength(500),
                    ], required: ["replies", "title"]),
                responses: [.json(201, "The new thread", .ref("Conversation"))], errors: [400, 401, 403, 404, 409, 415, 422], clashes: true),
            APIOperation(
                .post, .threadMerge, id: "mergeThread",
                summary:
                    "Merge into another thread that exactly the same people read (visibility, audience, hidden state, space where it matters, and each author reading the other thread); otherwise 409",
                tag: .moderation,
                parameters: [.id],
                body: .object(["into": .integer, "reason": .string.maxLength(500)], required: ["into"]),
                responses: [.json(200, "The thread merged into", .ref("Conversation"))], errors: [400, 401, 403, 404, 409, 415, 422],
                clashes: true),
            APIOperation(
                .post, .threadFlags, id: "flagContent",
                summary: "Flag the opening post or a reply for moderators (once each)",
                tag: .moderation,
                parameters: [.id],
                body: .ref("FlagInput"),
                responses: [.json(201, "Flagged", .ref("ContentFlag"))], errors: [400, 401, 404, 409, 415, 422]),
            APIOperation(
                .get, .flags, id: "reviewQueue",
                summary: "Open flags on what you moderate",
                tag: .moderation,
                responses: [.json(200, "Flags", .ref("ContentFlagList"))], errors: [401]),
            APIOperation(
                .post, .flagDismiss, id: "dismissFlag",
                summary: "Dismiss a flag",
                tag: .moderation,
                parameters: [.id],
                responses: [.empty(204, "Dismissed")], errors: [401, 404]),
        ])
}
