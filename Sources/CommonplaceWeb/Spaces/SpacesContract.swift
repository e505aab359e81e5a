/// The spaces part of the API contract: its schemas and operations.
extension APIContract {
    static let spaces = APIContract(
        schemas: [
            "MembershipPolicy": .string(oneOf: ["open", "request", "invite"]),
            "SpaceMembership": .object(
                ["role": .string(oneOf: ["member", "moderator"]), "status": .string(oneOf: ["active", "requested"])],
                required: ["role", "status"]),
            "Goal": .object(
                [
                    "id": .integer,
                    "description": .string,
                    "metric": .string(oneOf: ["members", "posts"]),
                    "target": .integer,
                    "current": .integer,
                ], required: ["id", "description", "metric", "target", "current"]),
            "GoalInput": .object(
                [
                    "description": .string.minLength(1).maxLength(200),
                    "metric": .string(oneOf: ["members", "posts"]),
                    "target": .integer.minimum(1).maximum(1000000),
                ], required: ["description", "metric", "target"]),
            "Space": .object(
                [
                    "slug": .string,
                    "name": .string,
                    "purpose": .string,
                    "membershipPolicy": .ref("MembershipPolicy"),
                    "defaultVisibility": .visibility,
                    "official": .boolean,
                    "memberCount": .integer,
                    "membership": .ref("SpaceMembership"),
                    "goals": .array(.ref("Goal")),
                    "createdAt": .integer,
                ], required: ["slug", "name", "purpose", "membershipPolicy", "defaultVisibility", "official", "createdAt"]),
            "SpaceInput": .object(
                [
                    "slug": .slug,
                    "name": .string.minLength(1).maxLength(80),
                    "purpose": .string.minLength(1).maxLength(2000),
                    "membershipPolicy": .ref("MembershipPolicy"),
                    "defaultVisibility": .string(oneOf: ["space", "internal", "partners", "public"]).described(
                        "Who may see the items of the space unless their author says otherwise; never private."),
                    "official": .boolean,
                    "goals": .array(.ref("GoalInput")).maxItems(10),
                ], required: ["slug", "name", "purpose"]),
            "SpaceMember": .object(
                [
                    "handle": .string,
                    "name": .string,
                    "kind": .ref("MemberKind"),
                    "role": .string(oneOf: ["member", "moderator"]),
                    "status": .string(oneOf: ["active", "requested"]),
                ], required: ["handle", "name", "kind", "role", "status"]),
        ],
        lists: ["Space", "SpaceMember"],
        operations: [
            APIOperation(
                .get, .spaces, id: "listSpaces",
                summary: "Spaces you may know of, official ones first, then by name",
                tag: .spaces,
                parameters: [
                    .query("q", .string, "Only spaces whose name or purpose holds each word given."),
                    .query("limit", .integer.minimum(1).maximum(200)), .query("offset", .integer.minimum(0)),
                ],
                responses: [.json(200, "Spaces", .ref("SpaceList"))], isPublic: true),
            APIOperation(
                .post, .spaces, id: "createSpace",
                summary: "Start a space",
                tag: .spaces,
                body: .ref("SpaceInput"),
                responses: [.json(201, "Created", .ref("Space"))], errors: [400, 401, 403, 415, 422], clashes: true),
            APIOperation(
                .get, .space, id: "getSpace",
                summary: "A space with its goals",
                tag: .spaces,
                parameters: [.slug],
                responses: [.json(200, "Space", .ref("Space"))], errors: [404], isPublic: true),
            APIOperation(
                .put, .space, id: "updateSpace",
                summary: "Replace a space's settings and goals (moderators); the slug cannot change",
                tag: .spaces,
                parameters: [.slug],
                body: .ref("SpaceInput"),
                responses: [.json(200, "Space", .ref("Space"))], errors: [400, 401, 403, 404, 415, 422], clashes: true),
            APIOperation(
                .post, .spaceMembership, id: "joinSpace",
                summary: "Join (or ask to join) a space",
                tag: .spaces,
                parameters: [.slug],
                responses: [.json(200, "Your membership", .ref("SpaceMembership"))], errors: [401, 403, 404]),
            APIOperation(
                .delete, .spaceMembership, id: "leaveSpace",
                summary: "Leave a space",
                tag: .spaces,
                parameters: [.slug],
                responses: [.empty(204, "Left")], errors: [401, 404, 409]),
            APIOperation(
                .get, .spaceMembers, id: "listSpaceMembers",
                summary: "Members of a space (moderators also see requests)",
                tag: .spaces,
                parameters: [.slug],
                responses: [.json(200, "Members", .ref("SpaceMemberList"))], errors: [404], isPublic: true),
            APIOperation(
                .put, .spaceMember, id: "admitSpaceMember",
                summary: "Add, approve or set the role of a member (moderators)",
                tag: .spaces,
                parameters: [.slug, .handle],
                body: .object(["role": .string(oneOf: ["member", "moderator"])]),
                responses: [.empty(204, "Done")], errors: [400, 401, 403, 404, 415, 422]),
            APIOperation(
                .get, .spaceLog, id: "spaceLog",
                summary: "A space's action log (entries about items you may see)",
                tag: .spaces,
                parameters: [.slug],
                responses: [.json(200, "Entries", .ref("ActionLogEntryList"))], errors: [404], isPublic: true),
        ])
}
