/// The follows part of the API contract: its schemas and operations.
extension APIContract {
    static let follows = APIContract(
        schemas: [
            "Follow": .object(
                [
                    "kind": .string(oneOf: ["item", "space", "tag", "member"]),
                    "key": .string,
                    "title": .string.described(
                        "The thread's or article's title, or the space's or person's name; absent for a tag or an item you may no longer see."
                    ),
                    "createdAt": .integer,
                ], required: ["kind", "key", "createdAt"])
        ],
        lists: ["Follow"],
        operations: [
            APIOperation(
                .get, .follows, id: "listFollows",
                summary: "What you follow",
                tag: .follows,
                responses: [.json(200, "Follows", .ref("FollowList"))], errors: [401]),
            APIOperation(
                .put, .follow, id: "follow",
                summary: "Follow a thread or article (item id), space (slug), tag or person (handle)",
                tag: .follows,
                parameters: [.path("kind", .string(oneOf: ["item", "space", "tag", "member"])), .path("key")],
                responses: [.empty(204, "Following")], errors: [401, 404]),
            APIOperation(
                .delete, .follow, id: "unfollow",
                summary: "Stop following",
                tag: .follows,
                parameters: [.path("kind", .string(oneOf: ["item", "space", "tag", "member"])), .path("key")],
                responses: [.empty(204, "Done")], errors: [401, 404]),
        ])
}
