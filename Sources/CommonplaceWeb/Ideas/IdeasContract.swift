import CommonplaceCore

/// The ideas part of the API contract: campaigns, ideas, supports, answers, merges and enhancement requests.
extension APIContract {
    static let ideas = APIContract(
        schemas: [
            "IdeaStatus": .string(oneOf: IdeaStatusNames.all),
            "AnswerStatus": .string(oneOf: IdeaStatusNames.answerable).described("A duplicate comes only from merging."),
            "CustomerRole": .string(oneOf: ["resource", "co-creator", "user"]),
            "NeedType": .string(oneOf: ["existing", "latent", "future"]),
            "InnovationPhase": .string(oneOf: ["front-end", "development", "commercialization"]),
            "CampaignReference": .object(["id": .integer, "title": .string], required: ["id", "title"]),
            "Idea": .object(
                [
                    "id": .integer,
                    "space": .ref("SpaceReference"),
                    "campaign": .ref("CampaignReference").described("Only when you may see the campaign."),
                    "author": .ref("MemberSummary"),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                    "title": .string,
                    "body": .string,
                    "bodyHTML": .string,
                    "tags": .array(.string),
                    "status": .ref("IdeaStatus"),
                    "customerRole": .ref("CustomerRole"),
                    "needType": .ref("NeedType"),
                    "supportCount": .integer,
                    "supported": .boolean.described("Whether you support it."),
                    "duplicateOf": .integer,
                    "sourceThread": .integer.described("For an enhancement request: the thread it was raised from."),
                    "requester": .ref("MemberSummary"),
                    "owner": .ref("MemberSummary").described("For an enhancement request: the product owner, who answers it."),
                    "commentCount": .integer,
                    "hidden": .boolean,
                    "createdAt": .integer,
                    "statusChangedAt": .integer,
                ],
                required: [
                    "id", "space", "author", "visibility", "audience", "title", "body", "bodyHTML", "tags", "status", "customerRole",
                    "needType", "supportCount", "supported", "commentCount", "hidden", "createdAt", "statusChangedAt",
                ]),
            "IdeaInput": .object(
                [
                    "space": .string.described("Space slug, for an idea outside a campaign."),
                    "campaign": .integer.minimum(1).described("The campaign the idea answers; its space is the idea's."),
                    "title": .string.minLength(1).maxLength(200),
                    "body": .string.minLength(1).maxLength(20000),
                    "tags": .array(.tagAsWritten).maxItems(30),
                    "visibility": .visibility.described("The campaign's, or the space's default, when left out."),
                    "audience": .ref("Audience"),
                    "customerRole": .ref("CustomerRole"),
                    "needType": .ref("NeedType"),
                ], required: ["title", "body"]
            )
            .partnersNeedAnAudience(),
            "IdeaAnswer": .object(
                [
                    "id": .integer,
                    "status": .ref("IdeaStatus"),
                    "note": .string,
                    "noteHTML": .string,
                    "by": .ref("MemberSummary"),
                    "createdAt": .integer,
                ], required: ["id", "status", "note", "noteHTML", "createdAt"]),
            "IdeaAnswers": .object(["items": .array(.ref("IdeaAnswer"))], required: ["items"]),
            "IdeaReference": .object(["id": .integer, "title": .string], required: ["id", "title"]),
            "AnsweredIdea": .object(["idea": .ref("IdeaReference"), "answer": .ref("IdeaAnswer")], required: ["idea", "answer"]),
            "AnsweredIdeas": .object(["items": .array(.ref("AnsweredIdea"))], required: ["items"]),
            "AnswerInput": .object(
                [
                    "status": .ref("AnswerStatus"),
                    "note": .string.minLength(1).maxLength(5000).described(
                        "The official answer; keep the status to post news of progress."),
                ], required: ["status", "note"]),
            "IdeaSupporters": .object(
                [
                    "count": .integer,
                    "mine": .boolean,
                    "members": .array(.ref("MemberSummary")).described("Empty unless you are an employee."),
                    "accounts": .array(
                        .object(["slug": .string, "name": .string, "supporters": .integer], required: ["slug", "name", "supporters"])
                    ).described("Demand by account; empty unless you are an employee."),
                ], required: ["count", "mine", "members", "accounts"]),
            "IdeaMergeInput": .object(
                [
                    "into": .integer.minimum(1),
                    "reason": .string.minLength(1).maxLength(5000).described("Supporters of the duplicate read it."),
                ], required: ["into", "reason"]),
            "EnhancementInput": .object(
                [
                    "thread": .integer.minimum(1),
                    "title": .string.minLength(1).maxLength(200),
                    "body": .string.minLength(1).maxLength(20000),
                    "owner": .string.described("The product owner's handle: an employee."),
                    "needType": .ref("NeedType"),
                ], required: ["thread", "title", "body", "owner"]),
            "CampaignGoalInput": .object(
                [
                    "description": .string.minLength(1).maxLength(200),
                    "metric": .string(oneOf: ["ideas", "supports", "participants"]),
                    "target": .integer.minimum(1).maximum(1_000_000),
                    "dueAt": .integer,
                ], required: ["description", "metric", "target"]),
            "CampaignGoal": .object(
                [
                    "description": .string,
                    "metric": .string(oneOf: ["ideas", "supports", "participants"]),
                    "target": .integer,
                    "dueAt": .integer,
                    "current": .integer.described("Counted over the ideas you may see."),
                ], required: ["description", "metric", "target", "current"]),
            "CampaignPhase": .object(
                ["phase": .ref("InnovationPhase"), "note": .string, "by": .ref("MemberSummary"), "createdAt": .integer],
                required: ["phase", "note", "createdAt"]),
            "Campaign": .object(
                [
                    "id": .integer,
                    "space": .ref("SpaceReference"),
                    "author": .ref("MemberSummary"),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                    "title": .string,
                    "brief": .string,
                    "briefHTML": .string,
                    "phase": .ref("InnovationPhase"),
                    "opensAt": .integer,
                    "closesAt": .integer,
                    "accepting": .boolean,
                    "open": .boolean.described("Taking ideas now: accepting, opened and not closed."),
                    "ideaCount": .integer.described("The ideas you may see."),
                    "createdAt": .integer,
                    "goals": .array(.ref("CampaignGoal")),
                    "phases": .array(.ref("CampaignPhase")),
                    "funnel": Schema.anyObject.described("Ideas you may see per status."),
                ],
                required: [
                    "id", "space", "author", "visibility", "audience", "title", "brief", "briefHTML", "phase", "accepting", "open",
                    "ideaCount", "createdAt",
                ]),
            "CampaignInput": .object(
                [
                    "space": .string.described("Space slug, when starting a campaign; a space you moderate."),
                    "title": .string.minLength(1).maxLength(200),
                    "brief": .string.minLength(1).maxLength(20000),
                    "visibility": .visibility,
                    "audience": .ref("Audience"),
                    "phase": .ref("InnovationPhase"),
                    "phaseNote": .string.maxLength(500).described("What a new phase means, for the phase history."),
                    "opensAt": .integer,
                    "closesAt": .integer,
                    "accepting": .boolean,
                    "goals": .array(.ref("CampaignGoalInput")).maxItems(5),
                ], required: ["title", "brief"]
            )
            .partnersNeedAnAudience(),
        ],
        lists: ["Idea", "Campaign"],
        operations: [
            APIOperation(
                .get, .ideas, id: "listIdeas", summary: "Visible ideas, trending, most supported or newest, with filters", tag: .ideas,
                parameters: [
                    .query("order", .string(oneOf: ["trending", "top", "newest"])), .query("campaign", .integer.minimum(1)),
                    .query("space", .string, "Space slug"), .query("phase", .ref("InnovationPhase")), .query("status", .ref("IdeaStatus")),
                    .query("role", .ref("CustomerRole")), .query("need", .ref("NeedType")), .query("tag"),
                    .query("account", .string, "Account slug: ideas its people submitted or support (employees only)"),
                    .query("limit", .integer.minimum(1).maximum(100)), .query("offset", .integer.minimum(0).maximum(10_000)),
                ],
                responses: [.json(200, "Ideas", .ref("IdeaList"))], errors: [400, 403, 404, 422], isPublic: true),
            APIOperation(
                .post, .ideas, id: "createIdea", summary: "Submit an idea to a campaign or a space; you support it", tag: .ideas,
                body: .ref("IdeaInput"), responses: [.json(201, "Submitted", .ref("Idea"))], errors: [400, 403, 404, 415, 422],
                clashes: true),
            APIOperation(
                .get, .idea, id: "getIdea", summary: "An idea", tag: .ideas, parameters: [.id],
                responses: [.json(200, "Idea", .ref("Idea"))], errors: [400, 404], isPublic: true),
            APIOperation(
                .put, .ideaSupport, id: "supportIdea", summary: "Support an idea (once; frozen once it is decided)", tag: .ideas,
                parameters: [.id], responses: [.json(200, "Supported", .ref("Idea"))], errors: [400, 404, 409]),
            APIOperation(
                .delete, .ideaSupport, id: "withdrawSupport", summary: "Withdraw your support", tag: .ideas, parameters: [.id],
                responses: [.json(200, "Withdrawn", .ref("Idea"))], errors: [400, 404, 409]),
            APIOperation(
                .get, .ideaSupporters, id: "listSupporters", summary: "Who supports an idea: names and accounts for employees",
                tag: .ideas, parameters: [.id], responses: [.json(200, "Supporters", .ref("IdeaSupporters"))], errors: [400, 404],
                isPublic: true),
            APIOperation(
                .post, .ideaStatus, id: "answerIdea", summary: "Answer an idea: a status and a note (moderators, product owners)",
                tag: .ideas, parameters: [.id], body: .ref("AnswerInput"), responses: [.json(200, "Answered", .ref("Idea"))],
                errors: [400, 403, 404, 409, 415, 422]),
            APIOperation(
                .get, .ideaAnswers, id: "listIdeaAnswers", summary: "An idea's official answers, oldest first", tag: .ideas,
                parameters: [.id], responses: [.json(200, "Answers", .ref("IdeaAnswers"))], errors: [400, 404], isPublic: true),
            APIOperation(
                .get, .meIdeaAnswers, id: "listMyIdeaAnswers",
                summary: "The latest official answers (30 days) on ideas you support or follow, newest first", tag: .ideas,
                responses: [.json(200, "Answers", .ref("AnsweredIdeas"))], errors: [401]),
            APIOperation(
                .post, .ideaMerge, id: "mergeIdea", summary: "Merge a duplicate into another idea the same people read", tag: .ideas,
                parameters: [.id], body: .ref("IdeaMergeInput"), responses: [.json(200, "The idea merged into", .ref("Idea"))],
                errors: [400, 403, 404, 409, 415, 422], clashes: true),
            APIOperation(
                .get, .enhancementRequests, id: "listEnhancementRequests", summary: "Visible enhancement requests", tag: .ideas,
                parameters: [
                    .query("order", .string(oneOf: ["trending", "top", "newest"])), .query("status", .ref("IdeaStatus")),
                    .query("account", .string, "Account slug (employees only)"), .query("limit", .integer.minimum(1).maximum(100)),
                    .query("offset", .integer.minimum(0).maximum(10_000)),
                ],
                responses: [.json(200, "Enhancement requests", .ref("IdeaList"))], errors: [400, 403, 404, 422], isPublic: true),
            APIOperation(
                .post, .enhancementRequests, id: "raiseEnhancementRequest",
                summary: "Raise an enhancement request from a thread (employees); the asker supports it", tag: .ideas,
                body: .ref("EnhancementInput"), responses: [.json(201, "Raised", .ref("Idea"))], errors: [400, 403, 404, 415, 422],
                clashes: true),
            APIOperation(
                .get, .campaigns, id: "listCampaigns", summary: "Visible campaigns, those taking ideas first", tag: .ideas,
                parameters: [.query("space", .string, "Space slug")], responses: [.json(200, "Campaigns", .ref("CampaignList"))],
                errors: [400, 404], isPublic: true),
            APIOperation(
                .post, .campaigns, id: "createCampaign", summary: "Start a campaign in a space you moderate", tag: .ideas,
                body: .ref("CampaignInput"), responses: [.json(201, "Started", .ref("Campaign"))], errors: [400, 403, 404, 415, 422],
                clashes: true),
            APIOperation(
                .get, .campaign, id: "getCampaign", summary: "A campaign with its goals, phases and funnel", tag: .ideas,
                parameters: [.id], responses: [.json(200, "Campaign", .ref("Campaign"))], errors: [400, 404], isPublic: true),
            APIOperation(
                .put, .campaign, id: "updateCampaign", summary: "Change a campaign; a new phase joins its history", tag: .ideas,
                parameters: [.id], body: .ref("CampaignInput"), responses: [.json(200, "Changed", .ref("Campaign"))],
                errors: [400, 403, 404, 415, 422], clashes: true),
        ])
}

/// The statuses as the contract names them, from the domain's own list.
private enum IdeaStatusNames {
    static let all = IdeaStatus.allCases.map(\.rawValue)
    static let answerable = IdeaStatus.answerable.map(\.rawValue)
}
