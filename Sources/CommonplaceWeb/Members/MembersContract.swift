/// The members part of the API contract: its schemas and operations.
extension APIContract {
    static let members = APIContract(
        schemas: [
            "ProfileInput": .object([
                "name": .string.minLength(1).maxLength(100),
                "bio": .string.maxLength(2000),
                "expertise": .array(.tagAsWritten).maxItems(30),
                "interests": .array(.tagAsWritten).maxItems(30),
            ])
        ],
        lists: ["Member"],
        operations: [
            APIOperation(
                .get, .me, id: "getMe",
                summary: "The signed-in member",
                tag: .members,
                responses: [.json(200, "You", .ref("Member"))], errors: [401]),
            APIOperation(
                .patch, .me, id: "updateMe",
                summary: "Change your profile",
                tag: .members,
                body: .ref("ProfileInput"),
                responses: [.json(200, "Updated", .ref("Member"))], errors: [400, 401, 415, 422]),
            APIOperation(
                .get, .members, id: "listMembers",
                summary: "Members, by name",
                tag: .members,
                parameters: [
                    .query("q", .string, "Only members with a word of their name, handle or expertise starting with each word given."),
                    .query("limit", .integer.minimum(1).maximum(200)), .query("offset", .integer.minimum(0)),
                ],
                responses: [.json(200, "Members", .ref("MemberList"))], errors: [401]),
            APIOperation(
                .get, .member, id: "getMember",
                summary: "A member's profile",
                tag: .members,
                parameters: [.handle],
                responses: [.json(200, "Member", .ref("Member"))], errors: [401, 404], isPublic: true),
        ])
}
