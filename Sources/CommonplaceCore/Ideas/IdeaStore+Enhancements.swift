import SQLKit

/// What an employee writes to raise an enhancement request from a customer's question.
public struct NewEnhancementRequest: Sendable {
    public var threadId: Int
    public var title: String
    public var body: String
    /// The handle of the employee who owns the request and answers it.
    public var owner: String
    public var needType: NeedType

    public init(threadId: Int, title: String, body: String, owner: String, needType: NeedType = .existing) {
        self.threadId = threadId
        self.title = title
        self.body = body
        self.owner = owner
        self.needType = needType
    }
}

/// Enhancement requests (seed 002, PRODUCT.md §6): an idea raised by an employee from a customer's question thread,
/// linked to the thread, the customer who asked and their account, and owned by a product owner. The customer
/// supports it from the start, and every answer reaches them and the thread (``answer(_:status:note:by:)``).
extension IdeaStore {
    /// Raises an enhancement request from a thread the employee may see. The request is read by the thread's readers:
    /// same space, visibility and audience, with the asker named in the audience of a private or partners thread.
    public func raise(_ request: NewEnhancementRequest, by member: Member) async throws -> Idea {
        guard member.isEmployee else { throw StoreError.forbidden("Only employees raise enhancement requests.") }
        let title = request.title.trimmed
        let body = request.body.normalizedNewlines.trimmed
        var validator = Validator()
        let tags = Self.validate(title: title, body: body, tags: [], into: &validator)
        try validator.check()
        let id = try await database.write { sql in
            let thread = try await ConversationStore.writable(request.threadId, by: member, on: sql)
            guard thread.kind != .idea else {
                throw StoreError.conflict("thread", "Raise enhancement requests from questions and discussions.")
            }
            let handle = request.owner.trimmed.lowercased().trimmingCharacters(in: ["@"])
            guard let ownerId = try await MemberStore.resolve(handles: [handle], on: sql)[handle],
                let owner = try await MemberStore.find(id: ownerId, on: sql), owner.isEmployee
            else { throw StoreError.conflict("owner", "The product owner must be an employee: no employee has the handle @\(handle).") }
            guard let requester = try await MemberStore.find(id: thread.author.id, on: sql) else { throw StoreError.notFound }
            let spaceId = try await ConversationStore.spaceId(of: thread.id, on: sql)
            var audience = try await Self.audienceIds(of: thread.id, on: sql)
            if thread.visibility == .private || thread.visibility == .partners { audience.members.append(requester.id) }
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: body), on: sql)
            let id = try await Self.insert(
                title: title, body: body, mentioned: mentioned, tags: Array((tags + thread.tags).uniqued().prefix(Tags.maximumPerItem)),
                spaceId: spaceId,
                campaignId: nil, visibility: thread.visibility, audience: audience, role: CustomerRole.defaultRole(for: requester),
                need: request.needType, author: member, requester: requester, sourceThreadId: thread.id, ownerId: owner.id, on: sql)
            if thread.hidden { try await sql.raw("UPDATE items SET hidden = 1 WHERE id = \(bind: id)").run() }
            guard try await ConversationStore.canRead(id, memberId: requester.id, on: sql) else {
                throw StoreError.conflict("thread", "The customer who asked could not read a request raised from this thread.")
            }
            try await FollowStore.add(.item(id), for: requester.id, on: sql)
            try await FollowStore.add(.item(id), for: owner.id, on: sql)
            try await ActionLogStore.record(
                "create", summary: "Raised the enhancement request “\(title)” for \(requester.name)", actor: member.id, item: id,
                space: spaceId, on: sql)
            if requester.id != member.id {
                try await NotificationStore.notify(
                    requester.id, about: id, kind: "idea-status",
                    text:
                        "\(member.name) raised an enhancement request from your question: “\(title)”. You support it and will hear of every answer.",
                    opening: .idea(id), on: sql)
            }
            if owner.id != member.id {
                try await NotificationStore.notify(
                    owner.id, about: id, kind: "idea-status", text: "\(member.name) made you the product owner of “\(title)”.",
                    opening: .idea(id), on: sql)
            }
            return id
        }
        return try await find(id: id, for: .signedIn(member))
    }

    private static func audienceIds(of id: Int, on sql: any SQLDatabase) async throws -> (members: [Int], accounts: [Int]) {
        var result: (members: [Int], accounts: [Int]) = ([], [])
        for row in try await sql.raw("SELECT member_id, account_id FROM item_audience WHERE item_id = \(bind: id)").all() {
            if let member = try row.decode(column: "member_id", as: Int?.self) { result.members.append(member) }
            if let account = try row.decode(column: "account_id", as: Int?.self) { result.accounts.append(account) }
        }
        return result
    }

    /// The enhancement requests raised from a thread that the viewer may see.
    public func enhancementRequests(from threadId: Int, for viewer: Viewer) async throws -> [Idea] {
        try await database.read { sql in
            try await Self.query(for: viewer, where: "d.source_thread_id = \(bind: threadId)", limit: 20, on: sql)
        }
    }
}
