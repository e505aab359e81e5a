/// The posts part of the API contract: its schemas and operations.
extension APIContract {
    static let posts = APIContract(
        schemas: [
            "PostInput": .object(
                [
                    "space": .string.described("Space slug."),
                    "body": .string.minLength(1).maxLength(5000),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                ], required: ["space", "body"]
            )
            .partnersNeedAnAudience()
        ],
        lists: ["Post"],
        operations: [
            APIOperation(
                .get, .posts, id: "listPosts",
                summary: "Visible posts, newest first",
                tag: .posts,
                parameters: [
                    .query("space", .string, "Space slug"), .query("author", .string, "Author handle"), .query("tag"),
                    .query("before", .integer, "Keyset: posts with a smaller id"), .query("limit", .integer.minimum(1).maximum(100)),
                ],
                responses: [.json(200, "Posts", .ref("PostList"))], errors: [400, 404], isPublic: true),
            APIOperation(
                .post, .posts, id: "createPost",
                summary: "Write a post",
                tag: .posts,
                body: .ref("PostInput"),
                responses: [.json(201, "Created", .ref("Post"))], errors: [400, 401, 403, 404, 415, 422], clashes: true),
            APIOperation(
                .get, .post, id: "getPost",
                summary: "A post",
                tag: .posts,
                parameters: [.id],
                responses: [.json(200, "Post", .ref("Post"))], errors: [400, 404], isPublic: true),
            APIOperation(
                .delete, .post, id: "deletePost",
                summary: "Delete a post (author, moderator or admin)",
                tag: .posts,
                parameters: [.id],
                responses: [.empty(204, "Deleted")], errors: [400, 401, 403, 404]),
        ])
}
