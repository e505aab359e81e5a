/// The FAQ part of the API contract: its schemas and operations.
extension APIContract {
    static let faq = APIContract(
        schemas: [
            "FAQEntry": .object(
                [
                    "id": .integer,
                    "conversationId": .integer,
                    "space": .ref("SpaceReference"),
                    "question": .string,
                    "answer": .string,
                    "answerHTML": .string,
                    "position": .integer,
                    "createdAt": .integer,
                ], required: ["id", "conversationId", "space", "question", "answer", "answerHTML", "position", "createdAt"])
        ],
        lists: ["FAQEntry"],
        operations: [
            APIOperation(
                .post, .threadFAQ, id: "promoteToFAQ",
                summary: "Add a question's accepted answer to its space's FAQ (moderators)",
                tag: .faq,
                parameters: [.id],
                responses: [.json(201, "Entry", .ref("FAQEntry"))], errors: [401, 403, 404, 409]),
            APIOperation(
                .get, .spaceFAQ, id: "spaceFAQ",
                summary: "A space's FAQ, in order",
                tag: .faq,
                parameters: [.slug],
                responses: [.json(200, "Entries", .ref("FAQEntryList"))], errors: [404], isPublic: true),
            APIOperation(
                .delete, .faq, id: "removeFAQEntry",
                summary: "Take an entry out of the FAQ (moderators)",
                tag: .faq,
                parameters: [.id],
                responses: [.empty(204, "Removed")], errors: [401, 403, 404]),
            APIOperation(
                .post, .faqMove, id: "moveFAQEntry",
                summary: "Move an entry up or down (moderators)",
                tag: .faq,
                parameters: [.id],
                body: .object(["direction": .string(oneOf: ["up", "down"])], required: ["direction"]),
                responses: [.empty(204, "Moved")], errors: [400, 401, 403, 404, 415, 422]),
        ])
}
