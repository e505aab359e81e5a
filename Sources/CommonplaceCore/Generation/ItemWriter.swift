/// Makes the statements that write generated items — posts, articles with revisions, threads with replies, campaigns,
/// ideas with their supports, knowledge tasks with their responses —
/// together with their tags, audiences and search documents, in bulk.
struct ItemWriter {
    /// Statements made and not yet taken, parents before children.
    private var statements: [String] = []
    private var nextItem = 1
    private var nextReply = 1
    private(set) var replyCount = 0
    private(set) var supportCount = 0
    private(set) var taskResponseCount = 0
    /// Some (thread, reply) pairs, for reactions.
    private var replySample: [(Int, Int)] = []

    private var items = BulkInsert("items", ["id", "kind", "space_id", "author_id", "visibility", "created_at", "updated_at"], limit: .max)
    private var posts = BulkInsert("posts", ["item_id", "body", "body_html"], limit: .max)
    private var articles = BulkInsert(
        "articles", ["item_id", "space_id", "slug", "title", "body", "body_html", "status", "section", "position", "revision"], limit: .max)
    private var revisions = BulkInsert(
        "article_revisions",
        ["item_id", "number", "title", "body", "tags", "status", "owners", "section", "visibility", "author_id", "summary", "created_at"],
        limit: .max)
    private var owners = BulkInsert("article_owners", ["item_id", "member_id"], limit: .max)
    private var conversations = BulkInsert(
        "conversations",
        ["item_id", "kind", "title", "body", "body_html", "accepted_reply_id", "reply_count", "last_reply_id", "last_activity_at"],
        limit: .max)
    private var replies = BulkInsert("replies", ["id", "conversation_id", "author_id", "body", "body_html", "created_at"], limit: .max)
    private var campaigns = BulkInsert(
        "campaigns", ["item_id", "title", "brief", "brief_html", "phase", "opens_at", "closes_at", "accepting"], limit: .max)
    private var ideas = BulkInsert(
        "ideas", ["item_id", "campaign_id", "status", "customer_role", "need_type", "account_id", "support_count", "status_changed_at"],
        limit: .max)
    private var supports = BulkInsert("idea_supports", ["idea_id", "member_id", "account_id", "created_at"], limit: .max)
    private var tasks = BulkInsert(
        "knowledge_tasks", ["item_id", "title", "brief", "brief_html", "response_kind", "due_at", "goal", "closed_at", "thanks"],
        limit: .max)
    private var segments = BulkInsert("task_segments", ["task_id", "kind", "value"], limit: .max)
    private var responses = BulkInsert("task_responses", ["task_id", "member_id", "kind", "body", "body_html", "created_at"], limit: .max)
    private var itemTags = BulkInsert("item_tags", ["item_id", "tag"], limit: .max)
    private var audiences = BulkInsert("item_audience", ["item_id", "member_id", "account_id"], limit: .max)
    private var documents = BulkInsert(
        "search_documents", ["item_id", "kind", "title", "tags", "body", "status", "boost", "updated_at"], limit: .max)

    private static func html(_ text: String) -> String { "<p>" + text + "</p>" }

    private mutating func item(
        _ kind: String, space: Int, author: Int, visibility: String, audience: (members: [Int], accounts: [Int]), tags: [String], at: Int,
        updated: Int
    ) -> Int {
        let id = nextItem
        nextItem += 1
        items.add(
            [
                String(id), BulkInsert.literal(kind), String(space), String(author), BulkInsert.literal(visibility), String(at),
                String(updated),
            ], to: &statements)
        for tag in tags { itemTags.add([String(id), BulkInsert.literal(tag)], to: &statements) }
        for member in audience.members.distinct() { audiences.add([String(id), String(member), "NULL"], to: &statements) }
        for account in audience.accounts.distinct() { audiences.add([String(id), "NULL", String(account)], to: &statements) }
        if items.pending >= 500 { flush() }
        return id
    }

    private mutating func document(
        _ id: Int, kind: String, title: String, tags: [String], body: String, status: String, boost: Int, updated: Int
    ) {
        let tagText = BulkInsert.literal(tags.joined(separator: " "))
        documents.add(
            [
                String(id), BulkInsert.literal(kind), BulkInsert.literal(title), tagText, BulkInsert.literal(body),
                BulkInsert.literal(status),
                String(boost), String(updated),
            ], to: &statements)
    }

    mutating func post(
        space: Int, author: Int, visibility: String, audience: (members: [Int], accounts: [Int]), body: String, tags: [String], at: Int
    ) {
        let id = item(
            "post", space: space, author: author, visibility: visibility, audience: audience, tags: tags, at: at, updated: at)
        posts.add([String(id), BulkInsert.literal(body), BulkInsert.literal(Self.html(body))], to: &statements)
        document(id, kind: "post", title: "", tags: tags, body: body, status: "", boost: 0, updated: at)
    }

    mutating func article(
        space: Int, author: Int, visibility: String, audience: (members: [Int], accounts: [Int]), title: String, body: String,
        status: String, tags: [String], at: Int
    ) -> Int {
        let updated = at + 3 * 86_400
        let id = item(
            "article", space: space, author: author, visibility: visibility, audience: audience, tags: tags, at: at, updated: updated)
        articles.add(
            [
                String(id), String(space), BulkInsert.literal(Article.slug(id: id, title: title)), BulkInsert.literal(title),
                BulkInsert.literal(body),
                BulkInsert.literal(Self.html(body)), BulkInsert.literal(status), "''", String(id), "3",
            ], to: &statements)
        owners.add([String(id), String(author)], to: &statements)
        let words = body.utf8.count { $0 == UInt8(ascii: " ") } + 1
        for number in 1...3 {
            let version = number == 3 ? body : String(GeneratedText.leadingWords(words * number / 3, of: body))
            revisions.add(
                [
                    String(id), String(number), BulkInsert.literal(title), BulkInsert.literal(version),
                    BulkInsert.literal(tags.joined(separator: " ")),
                    BulkInsert.literal(status), BulkInsert.literal("m\(author)"), "''", BulkInsert.literal(visibility), String(author),
                    BulkInsert.literal(number == 1 ? "Created" : "Changed the text"), String(at + (number - 1) * 86_400),
                ], to: &statements)
        }
        document(
            id, kind: "article", title: title, tags: tags, body: body, status: status, boost: status == "verified" ? 50 : 0,
            updated: updated)
        return id
    }

    mutating func conversation(
        space: Int, author: Int, visibility: String, audience: (members: [Int], accounts: [Int]), kind: String, title: String, body: String,
        tags: [String], replies thread: [(author: Int, body: String)], accept: Bool, at: Int
    ) -> Int {
        let last = at + thread.count * 600
        let id = item(
            "conversation", space: space, author: author, visibility: visibility, audience: audience, tags: tags, at: at, updated: last)
        let firstReply = nextReply
        for (index, reply) in thread.enumerated() {
            replies.add(
                [
                    String(nextReply), String(id), String(reply.author), BulkInsert.literal(reply.body),
                    BulkInsert.literal(Self.html(reply.body)),
                    String(at + (index + 1) * 600),
                ], to: &statements)
            if nextReply % 3 == 0 && replySample.count < 200_000 { replySample.append((id, nextReply)) }
            nextReply += 1
        }
        replyCount += thread.count
        let accepted = accept ? firstReply : nil
        conversations.add(
            [
                String(id), BulkInsert.literal(kind), BulkInsert.literal(title), BulkInsert.literal(body),
                BulkInsert.literal(Self.html(body)),
                BulkInsert.literal(accepted), String(thread.count), String(thread.isEmpty ? 0 : nextReply - 1), String(last),
            ], to: &statements)
        let status = kind == "question" ? (accepted == nil ? "unanswered" : "answered") : ""
        document(
            id, kind: kind, title: title, tags: tags, body: ([body] + thread.map(\.body)).joined(separator: "\n\n"), status: status,
            boost: accepted == nil ? 0 : 50, updated: last)
        return id
    }

    mutating func campaign(
        space: Int, author: Int, visibility: String, audience: (members: [Int], accounts: [Int]), title: String, brief: String,
        phase: String, open: Bool, at: Int
    ) -> Int {
        let id = item("campaign", space: space, author: author, visibility: visibility, audience: audience, tags: [], at: at, updated: at)
        campaigns.add(
            [
                String(id), BulkInsert.literal(title), BulkInsert.literal(brief), BulkInsert.literal(Self.html(brief)),
                BulkInsert.literal(phase), String(at), String(at + 120 * 86_400), open ? "1" : "0",
            ], to: &statements)
        document(id, kind: "campaign", title: title, tags: [], body: brief, status: phase, boost: 0, updated: at)
        return id
    }

    /// An idea, its discussion row and its supports: the author's first, then `supporters` (member, account, when).
    mutating func idea(
        space: Int, campaign: Int?, author: (id: Int, account: Int?), visibility: String, audience: (members: [Int], accounts: [Int]),
        title: String, body: String, tags: [String], status: String, role: String, need: String,
        supporters: [(member: Int, account: Int?, at: Int)], at: Int
    ) {
        let backers = [(author.id, author.account, at)] + supporters.filter { $0.member != author.id }.distinct(by: \.member)
        let last = backers.map(\.2).max() ?? at
        let id = item(
            "idea", space: space, author: author.id, visibility: visibility, audience: audience, tags: tags, at: at, updated: last)
        conversations.add(
            [
                String(id), "'idea'", BulkInsert.literal(title), BulkInsert.literal(body), BulkInsert.literal(Self.html(body)), "NULL", "0",
                "0", String(at),
            ], to: &statements)
        ideas.add(
            [
                String(id), BulkInsert.literal(campaign), BulkInsert.literal(status), BulkInsert.literal(role), BulkInsert.literal(need),
                BulkInsert.literal(author.account), String(backers.count), String(at),
            ], to: &statements)
        supportCount += backers.count
        for (member, account, when) in backers {
            supports.add([String(id), String(member), BulkInsert.literal(account), String(when)], to: &statements)
        }
        document(id, kind: "idea", title: title, tags: tags, body: body, status: status, boost: min(50, backers.count), updated: at)
    }

    /// A knowledge task asking for free responses from one relation, with `respondents` (member, words, when); closed
    /// with thanks when its deadline has passed.
    mutating func task(
        space: Int, author: Int, visibility: String, audience: (members: [Int], accounts: [Int]), title: String, brief: String,
        relation: String, goal: Int, due: Int, now: Int, respondents: [(member: Int, body: String, at: Int)], at: Int
    ) {
        let id = item("task", space: space, author: author, visibility: visibility, audience: audience, tags: [], at: at, updated: at)
        let closed = due < now
        tasks.add(
            [
                String(id), BulkInsert.literal(title), BulkInsert.literal(brief), BulkInsert.literal(Self.html(brief)), "'free'",
                String(due),
                String(goal), closed ? String(due) : "NULL", closed ? "'Thank you all.'" : "''",
            ], to: &statements)
        segments.add([String(id), "'relation'", BulkInsert.literal(relation)], to: &statements)
        for (member, body, when) in respondents.distinct(by: \.member) {
            responses.add(
                [String(id), String(member), "'free'", BulkInsert.literal(body), BulkInsert.literal(Self.html(body)), String(when)],
                to: &statements)
            taskResponseCount += 1
        }
        document(id, kind: "task", title: title, tags: [], body: brief, status: closed ? "closed" : "open", boost: 0, updated: at)
    }

    func randomReply(_ random: inout SeededRandom) -> (Int, Int) {
        replySample.randomElement(using: &random) ?? (0, 0)
    }

    /// Makes the statements of every buffer but the search documents': the item rows first, then what refers to them
    /// (an item's children are always added after it, so a child never reaches the database before its parent).
    private mutating func flush() {
        items.flush(to: &statements)
        posts.flush(to: &statements)
        articles.flush(to: &statements)
        revisions.flush(to: &statements)
        owners.flush(to: &statements)
        conversations.flush(to: &statements)
        replies.flush(to: &statements)
        campaigns.flush(to: &statements)
        ideas.flush(to: &statements)
        supports.flush(to: &statements)
        tasks.flush(to: &statements)
        segments.flush(to: &statements)
        responses.flush(to: &statements)
        itemTags.flush(to: &statements)
        audiences.flush(to: &statements)
    }

    /// The statements made so far, flushed, in order; the writer keeps none of them. The batch's search documents
    /// are one statement, last: SQLite's full-text index writes a segment at the end of every statement that adds
    /// to it, and a few large segments merge into one far faster than a thousand small ones.
    mutating func takeStatements() -> [String] {
        flush()
        documents.flush(to: &statements)
        defer { statements.removeAll() }
        return statements
    }
}
