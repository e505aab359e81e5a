import SQLKit

extension KnowledgeTaskStore {
    /// Whether `member` is in the segment of task `t`: for each kind the task names, one of its values is the member's.
    static func inSegment(_ member: Member) -> SQLQueryString {
        let relation = member.relation?.rawValue ?? member.kind.rawValue
        let kinds: [(String, SQLQueryString)] = [
            ("relation", "s.value = \(bind: relation)"),
            ("account", "s.value IN (SELECT slug FROM accounts WHERE id = \(bind: member.accountId ?? 0))"),
            (
                "tag",
                "s.value IN (SELECT f.target FROM follows f WHERE f.member_id = \(bind: member.id) AND f.target_kind = 'tag')"
            ),
            ("expertise", "s.value IN \(member.expertiseTags.sqlList)"),
        ]
        return kinds.map { kind, matches in
            """
            (NOT EXISTS (SELECT 1 FROM task_segments s WHERE s.task_id = t.item_id AND s.kind = \(bind: kind)) \
            OR EXISTS (SELECT 1 FROM task_segments s WHERE s.task_id = t.item_id AND s.kind = \(bind: kind) AND \(matches)))
            """ as SQLQueryString
        }.joined(separator: " AND ")
    }

    /// The people in a segment, bots left out; declared expertise is matched as the profile lists it.
    static func segmentMembers(_ segment: TaskSegment, except author: Int, on sql: any SQLDatabase) async throws -> [Int] {
        var conditions: [SQLQueryString] = ["m.kind <> 'machine'", "m.id <> \(bind: author)"]
        if !segment.relations.isEmpty { conditions.append("COALESCE(m.relation, m.kind) IN \(segment.relations.sqlList)") }
        if !segment.accounts.isEmpty {
            conditions.append("m.account_id IN (SELECT id FROM accounts WHERE slug IN \(segment.accounts.sqlList))")
        }
        if !segment.tags.isEmpty {
            conditions.append(
                "m.id IN (SELECT f.member_id FROM follows f WHERE f.target_kind = 'tag' AND f.target IN \(segment.tags.sqlList))")
        }
        if !segment.expertise.isEmpty { conditions.append("m.expertise <> ''") }
        let wanted = Set(segment.expertise)
        return try await sql.raw("SELECT m.id, m.expertise FROM members m WHERE \(conditions.joined(separator: " AND ")) ORDER BY m.id")
            .all().compactMap { row in
                let expertise = Tags.parseList(try row.decode(column: "expertise", as: String.self))
                return wanted.isEmpty || !wanted.isDisjoint(with: expertise) ? try row.decode(column: "id", as: Int.self) : nil
            }
    }

    /// What a member wrote that can answer a task: a reply in a thread, a suggested edit to an article, an idea in a campaign.
    enum Contribution {
        case reply(thread: Int, reply: Int)
        case suggestion(article: Int, suggestion: Int)
        case idea(Int, campaign: Int)
    }

    /// Links a contribution to every open task it answers that its writer may see, in the writer's transaction: a reply
    /// in a named question, a suggested edit to a named article, an idea in the task's campaign.
    static func record(_ contribution: Contribution, by member: Member, on sql: any SQLDatabase) async throws {
        let now = Clock.now()
        let (kind, itemId, replyId, suggestionId): (String, Int, Int?, Int?)
        let answers: SQLQueryString
        switch contribution {
        case .reply(let thread, let reply):
            (kind, itemId, replyId, suggestionId) = ("reply", thread, reply, nil)
            answers =
                "t.response_kind = 'answers' AND EXISTS (SELECT 1 FROM task_targets g WHERE g.task_id = t.item_id AND g.item_id = \(bind: thread))"
        case .suggestion(let article, let suggestion):
            (kind, itemId, replyId, suggestionId) = ("suggestion", article, nil, suggestion)
            answers =
                "t.response_kind = 'edits' AND EXISTS (SELECT 1 FROM task_targets g WHERE g.task_id = t.item_id AND g.item_id = \(bind: article))"
        case .idea(let idea, let campaign):
            (kind, itemId, replyId, suggestionId) = ("idea", idea, nil, nil)
            answers = "t.response_kind = 'ideas' AND t.campaign_id = \(bind: campaign)"
        }
        try await sql.raw(
            """
            INSERT INTO task_responses (task_id, member_id, kind, item_id, reply_id, suggestion_id, created_at)
            SELECT t.item_id, \(bind: member.id), \(bind: kind), \(bind: itemId), \(bind: replyId), \(bind: suggestionId), \(bind: now)
            FROM knowledge_tasks t CROSS JOIN items i
            WHERE i.id = t.item_id AND \(answers) AND t.closed_at IS NULL AND t.due_at > \(bind: now)
            AND \(VisibilityRule(.signedIn(member)).predicate())
            """
        ).run()
    }
}
