import CommonplaceCore

/// The knowledge tasks part of the API contract.
extension APIContract {
    static let tasks = APIContract(
        schemas: [
            "TaskResponseKind": .string(oneOf: TaskResponseKind.allCases.map(\.rawValue)),
            "TaskSegment": .object(
                [
                    "relations": .array(.string(oneOf: TaskSegment.relationNames)).maxItems(TaskSegment.maximumValues),
                    "accounts": .array(.string).maxItems(TaskSegment.maximumValues).described("Account slugs."),
                    "tags": .array(.tagAsWritten).maxItems(TaskSegment.maximumValues).described("Followers of these tags."),
                    "expertise": .array(.tagAsWritten).maxItems(TaskSegment.maximumValues).described(
                        "People who declared one of these as expertise."),
                ], required: []
            ).described("Any value of a kind matches; every kind named must match. Empty: everyone who may see the task."),
            "TaskTarget": .object(
                ["id": .integer, "kind": .string(oneOf: ["article", "question"]), "title": .string], required: ["id", "kind", "title"]),
            "KnowledgeTask": .object(
                [
                    "id": .integer,
                    "space": .ref("SpaceReference"),
                    "author": .ref("MemberSummary"),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                    "title": .string,
                    "brief": .string,
                    "briefHTML": .string,
                    "responseKind": .ref("TaskResponseKind"),
                    "campaign": .ref("CampaignReference").described("For ideas, when you may see the campaign."),
                    "targets": .array(.ref("TaskTarget")).described("The named articles or questions you may see."),
                    "segment": .ref("TaskSegment"),
                    "dueAt": .integer,
                    "goal": .integer,
                    "respondents": .integer.described("People who responded, as far as you may count them."),
                    "responded": .boolean,
                    "open": .boolean,
                    "closedAt": .integer,
                    "thanks": .string,
                    "hidden": .boolean,
                    "createdAt": .integer,
                ],
                required: [
                    "id", "space", "author", "visibility", "audience", "title", "brief", "briefHTML", "responseKind", "targets",
                    "segment", "dueAt", "goal", "respondents", "responded", "open", "thanks", "hidden", "createdAt",
                ]),
            "TaskInput": .object(
                [
                    "space": .string.described("Space slug: a space you moderate."),
                    "title": .string.minLength(1).maxLength(TaskDraft.maximumTitleLength),
                    "brief": .string.minLength(1).maxLength(TaskDraft.maximumBriefLength),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                    "responseKind": .ref("TaskResponseKind"),
                    "targets": .array(.integer.minimum(1)).maxItems(TaskDraft.maximumTargets).described(
                        "Articles (edits) or questions (answers) to respond on."),
                    "campaign": .integer.minimum(1).described("The campaign that takes the ideas."),
                    "segment": .ref("TaskSegment"),
                    "dueAt": .integer.described("The deadline, in seconds since 1970; in the future."),
                    "goal": .integer.minimum(1).maximum(TaskDraft.maximumGoal),
                ], required: ["space", "title", "brief", "responseKind", "dueAt", "goal"]
            )
            .partnersNeedAnAudience(),
            "TaskChangeInput": .object(
                [
                    "title": .string.minLength(1).maxLength(TaskDraft.maximumTitleLength),
                    "brief": .string.minLength(1).maxLength(TaskDraft.maximumBriefLength),
                    "dueAt": .integer.described("The deadline, in seconds since 1970; in the future. Moving it reopens a task past it."),
                    "goal": .integer.minimum(1).maximum(TaskDraft.maximumGoal),
                ], required: ["title", "brief", "dueAt", "goal"]),
            "TaskResponse": .object(
                [
                    "id": .integer,
                    "member": .ref("MemberSummary"),
                    "kind": .string(oneOf: ["free", "reply", "suggestion", "idea"]),
                    "item": .integer.described("The thread, article or idea it is in."),
                    "reply": .integer,
                    "suggestion": .integer,
                    "title": .string,
                    "body": .string,
                    "bodyHTML": .string,
                    "createdAt": .integer,
                ], required: ["id", "member", "kind", "body", "bodyHTML", "createdAt"]),
            "TaskResponses": .object(["items": .array(.ref("TaskResponse"))], required: ["items"]),
            "TaskResponseInput": .object(
                ["body": .string.minLength(1).maxLength(TaskDraft.maximumResponseLength)], required: ["body"]),
            "TaskCloseInput": .object(
                ["thanks": .string.minLength(1).maxLength(2000).described("Sent to every respondent.")], required: ["thanks"]),
        ],
        lists: ["KnowledgeTask"],
        operations: [
            APIOperation(
                .get, .tasks, id: "listTasks", summary: "Visible knowledge tasks, open ones first; `for=me`: the open tasks meant for you",
                tag: .tasks, parameters: [.query("for", .string(oneOf: ["me"]))],
                responses: [.json(200, "Tasks", .ref("KnowledgeTaskList"))], errors: [400, 422], isPublic: true),
            APIOperation(
                .post, .tasks, id: "createTask", summary: "Publish a knowledge task in a space you moderate; its segment is notified",
                tag: .tasks, body: .ref("TaskInput"), responses: [.json(201, "Published", .ref("KnowledgeTask"))],
                errors: [400, 403, 404, 415, 422], clashes: true),
            APIOperation(
                .get, .task, id: "getTask", summary: "A knowledge task with its progress", tag: .tasks, parameters: [.id],
                responses: [.json(200, "Task", .ref("KnowledgeTask"))], errors: [400, 404], isPublic: true),
            APIOperation(
                .put, .task, id: "changeTask", summary: "Change an open task's words, deadline and goal (moderators of its space)",
                tag: .tasks, parameters: [.id], body: .ref("TaskChangeInput"), responses: [.json(200, "Changed", .ref("KnowledgeTask"))],
                errors: [400, 403, 404, 409, 415, 422], clashes: true),
            APIOperation(
                .get, .taskResponses, id: "listTaskResponses",
                summary: "The responses you may see: free ones to employees and their writer, the rest as their items", tag: .tasks,
                parameters: [.id], responses: [.json(200, "Responses", .ref("TaskResponses"))], errors: [400, 404], isPublic: true),
            APIOperation(
                .post, .taskResponses, id: "respondToTask", summary: "Respond in writing to an open task that asks for a free response",
                tag: .tasks, parameters: [.id], body: .ref("TaskResponseInput"),
                responses: [.json(201, "Responded", .ref("TaskResponse"))], errors: [400, 404, 409, 415, 422]),
            APIOperation(
                .post, .taskClose, id: "closeTask", summary: "Close a task, thanking its respondents (moderators of its space)",
                tag: .tasks, parameters: [.id], body: .ref("TaskCloseInput"), responses: [.json(200, "Closed", .ref("KnowledgeTask"))],
                errors: [400, 403, 404, 409, 415, 422]),
        ])
}
