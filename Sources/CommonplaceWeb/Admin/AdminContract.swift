/// The admin part of the API contract: its schemas and operations.
extension APIContract {
    static let admin = APIContract(
        schemas: [
            "InvitationInput": .object(
                [
                    "email": .string.maxLength(254).pattern(
                        #"^[^\s\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*@[^\s\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$"#
                    ).described("Leave out (or null) for an open link."),
                    "kind": .ref("MemberKind"),
                    "relation": .ref("Relation"),
                    "account": .string,
                    "role": .ref("Role"),
                ], required: ["kind"]
            )
            .when(
                .having(["kind": .constant("external")], required: ["kind"]),
                then: .having(["relation": .ref("Relation")], required: ["relation"])),
            "Invitation": .object(
                [
                    "id": .integer,
                    "email": .string,
                    "kind": .ref("MemberKind"),
                    "relation": .ref("Relation"),
                    "role": .ref("Role"),
                    "expiresAt": .integer,
                    "link": .string,
                ], required: ["id", "kind", "role", "expiresAt", "link"]),
            "BotInput": .object(
                ["handle": .slug, "name": .string.minLength(1).maxLength(100)],
                required: ["handle", "name"]),
            "Bot": .object(["member": .ref("Member"), "token": .ref("Token")], required: ["member", "token"]),
            "Settings": .object(
                [
                    "name": .string.minLength(1).maxLength(80),
                    "registration": .string(oneOf: ["open", "invitation"]),
                    "anonymousReading": .boolean,
                    "spaceCreation": .string(oneOf: ["everyone", "admins"]),
                ], required: ["name", "registration", "anonymousReading", "spaceCreation"]),
        ],
        operations: [
            APIOperation(
                .get, .log, id: "instanceLog",
                summary: "The whole instance's action log (admins)",
                tag: .admin,
                responses: [.json(200, "Entries", .ref("ActionLogEntryList"))], errors: [401, 404]),
            APIOperation(
                .post, .bots, id: "createBot",
                summary: "Add a bot (admins): a machine member with its first API token",
                tag: .admin,
                body: .ref("BotInput"),
                responses: [.json(201, "Created; the token's secret is shown once", .ref("Bot"))], errors: [400, 401, 404, 415, 422],
                clashes: true),
            APIOperation(
                .post, .invitations, id: "createInvitation",
                summary: "Invite someone (admins)",
                tag: .admin,
                body: .ref("InvitationInput"),
                responses: [.json(201, "Created", .ref("Invitation"))], errors: [400, 401, 404, 415, 422], clashes: true),
            APIOperation(
                .get, .settings, id: "getSettings",
                summary: "Instance settings (admins)",
                tag: .admin,
                responses: [.json(200, "Settings", .ref("Settings"))], errors: [401, 404]),
            APIOperation(
                .put, .settings, id: "updateSettings",
                summary: "Change instance settings (admins)",
                tag: .admin,
                body: .ref("Settings"),
                responses: [.json(200, "Settings", .ref("Settings"))], errors: [400, 401, 404, 415, 422]),
        ])
}
