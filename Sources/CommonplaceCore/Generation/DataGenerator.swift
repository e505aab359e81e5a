import Foundation
import SQLKit

/// How much to generate. `large` is the benchmark's instance; `small` is 1/100 of it.
public enum GenerationScale: String, Sendable, CaseIterable {
    case small, medium, large

    var factor: Double {
        switch self {
        case .small: 0.01
        case .medium: 0.1
        case .large: 1
        }
    }
}

/// What a generation made, and how long it took.
public struct GenerationReport: Sendable {
    public let counts: [(String, Int)]
    public let seconds: Double
    /// An employee and a customer the benchmark signs in as, with API tokens.
    public let employeeToken: String
    public let customerToken: String
    /// A thread with 50 replies, visible to everyone.
    public let busyThread: Int
    /// A public article.
    public let article: Int
    /// Search queries of three shapes: one common word, two rare words, a phrase of common words.
    public let commonWord: String
    public let rareWords: String
    public let phrase: String
}

/// Fills an empty instance with a realistic, deterministic company for benchmarks (issue 6): members
/// at accounts, spaces, articles with revisions, threads with replies, posts, tags, follows, reactions,
/// every visibility level, and the search index — written with bulk inserts, not through the stores.
public struct DataGenerator: Sendable {
    let store: Store
    let scale: GenerationScale
    let seed: UInt64

    public init(store: Store, scale: GenerationScale, seed: UInt64 = 42) {
        self.store = store
        self.scale = scale
        self.seed = seed
    }

    private func scaled(_ large: Int) -> Int { max(1, Int(Double(large) * scale.factor)) }

    /// SQLite's full-text index while loading: a large in-memory hash (each transaction's words flushed as one
    /// segment) and no merging as it goes; after the load, one merge into a single segment and the defaults back.
    private static func tuneFullTextIndex(forLoading loading: Bool, on database: Database) async throws {
        guard database.kind == .sqlite else { return }
        try await database.write { sql in
            if !loading { try await sql.raw("INSERT INTO search_fts(search_fts) VALUES ('optimize')").run() }
            for (option, loadValue, defaultValue) in [("automerge", 0, 4), ("crisismerge", 1_000, 16), ("hashsize", 512 << 20, 1 << 20)] {
                try await sql.raw(
                    "INSERT INTO search_fts(search_fts, rank) VALUES (\(bind: option), \(bind: loading ? loadValue : defaultValue))"
                ).run()
            }
        }
    }

    /// Drops the secondary indexes for the load and returns the statements that build them again: one sort per index
    /// afterwards costs far less than keeping a dozen B-trees up to date row by row, in random order. Indexes that
    /// back a primary key or a unique constraint stay.
    private static func dropSecondaryIndexes(on database: Database) async throws -> [String] {
        try await database.write { sql in
            let query: SQLQueryString =
                switch database.kind {
                case .sqlite: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                case .postgres:
                    """
                    SELECT indexname AS name, indexdef AS sql FROM pg_indexes
                    WHERE schemaname = current_schema() AND indexname NOT IN (SELECT conname FROM pg_constraint)
                    """
                }
            let indexes = try await sql.raw(query).all().map {
                (try $0.decode(column: "name", as: String.self), try $0.decode(column: "sql", as: String.self))
            }
            for (name, _) in indexes { try await sql.raw("DROP INDEX \(ident: name)").run() }
            return indexes.map(\.1)
        }
    }

    public func run(progress: @Sendable (String) -> Void = { _ in }) async throws -> GenerationReport {
        guard try await store.members.count() == 0 else { throw StoreError.conflict("Generate only into an empty instance.") }
        let started = ContinuousClock.now
        var random = SeededRandom(seed: seed)
        let text = GeneratedText(random: &random)
        let database = store.database
        let now = Clock.now()
        let counts = (
            members: scaled(100_000), accounts: scaled(5_000), spaces: scaled(1_000), articles: scaled(50_000), threads: scaled(200_000),
            posts: scaled(200_000), replies: scaled(800_000)
        )
        let employees = max(2, counts.members / 5)
        let hash = try await PasswordHasher(cost: 4).hash("commonplace-bench")
        let tags = Array(text.vocabulary.prefix(500))
        var accountOf: [Int: Int] = [:]

        try await Self.tuneFullTextIndex(forLoading: true, on: database)
        let indexes = try await Self.dropSecondaryIndexes(on: database)
        progress("members and accounts")
        var statements: [String] = []
        var loader = PipelinedLoader(database: database)
        do {
            var accounts = BulkInsert("accounts", ["id", "slug", "name", "kind", "created_at"])
            for id in 1...counts.accounts {
                let kind = ["customer", "customer", "customer", "supplier", "partner"][id % 5]
                accounts.add(
                    [
                        String(id), BulkInsert.literal("a\(id)"), BulkInsert.literal(text.title(&random)), BulkInsert.literal(kind),
                        String(now),
                    ], to: &statements)
            }
            accounts.flush(to: &statements)
            var members = BulkInsert(
                "members",
                ["id", "handle", "email", "name", "password_hash", "kind", "relation", "account_id", "role", "expertise", "created_at"])
            for id in 1...counts.members {
                let employee = id <= employees
                let account = employee ? nil : Int.random(in: 1...counts.accounts, using: &random)
                if let account { accountOf[id] = account }
                let relation =
                    employee ? "NULL" : BulkInsert.literal(["customer", "customer", "customer", "supplier", "partner"][account! % 5])
                let role = id == 1 ? "admin" : (employee && id % 100 == 0 ? "moderator" : "member")
                let expertise = (0..<Int.random(in: 0...3, using: &random)).map { _ in tags.randomElement(using: &random)! }.joined(
                    separator: " ")
                members.add(
                    [
                        String(id), BulkInsert.literal("m\(id)"), BulkInsert.literal("m\(id)@bench.example"),
                        BulkInsert.literal(text.title(&random).split(separator: " ").prefix(2).joined(separator: " ")),
                        BulkInsert.literal(hash),
                        BulkInsert.literal(employee ? "employee" : "external"), relation, BulkInsert.literal(account),
                        BulkInsert.literal(role),
                        BulkInsert.literal(expertise), String(now),
                    ], to: &statements)
            }
            members.flush(to: &statements)
        }
        try await loader.write(statements)
        statements.removeAll()

        progress("spaces and memberships")
        var spaceMembers: [[Int]] = Array(repeating: [], count: counts.spaces + 1)
        do {
            var spaces = BulkInsert(
                "spaces",
                ["id", "slug", "name", "purpose", "membership_policy", "default_visibility", "official", "created_by", "created_at"])
            var memberships = BulkInsert("space_members", ["space_id", "member_id", "role", "status", "since"])
            for id in 1...counts.spaces {
                let creator = Int.random(in: 1...employees, using: &random)
                let policy = id % 20 == 0 ? "invite" : (id % 7 == 0 ? "request" : "open")
                spaces.add(
                    [
                        String(id), BulkInsert.literal("s\(id)"), BulkInsert.literal(text.title(&random)),
                        BulkInsert.literal(text.prose(20, &random)),
                        BulkInsert.literal(policy), BulkInsert.literal(id % 3 == 0 ? "space" : "public"), id <= 10 ? "1" : "0",
                        String(creator),
                        String(now),
                    ], to: &statements)
                memberships.add([String(id), String(creator), "'moderator'", "'active'", String(now)], to: &statements)
                spaceMembers[id].append(creator)
            }
            spaces.flush(to: &statements)
            for member in 1...counts.members {
                for space in (0..<3).map({ _ in Int.random(in: 1...counts.spaces, using: &random) }).distinct()
                where !spaceMembers[space].contains(member) {
                    memberships.add([String(space), String(member), "'member'", "'active'", String(now)], to: &statements)
                    spaceMembers[space].append(member)
                }
            }
            memberships.flush(to: &statements)
        }
        try await loader.write(statements)
        statements.removeAll()

        var writer = ItemWriter()
        let visibilities = ["public", "public", "public", "public", "space", "space", "space", "internal", "internal", "partners"]
        func visibility(_ random: inout SeededRandom) -> String {
            Int.random(in: 0..<20, using: &random) == 0 ? "private" : visibilities.randomElement(using: &random)!
        }
        func author(in space: Int, visibility: String, _ random: inout SeededRandom) -> Int {
            visibility == "internal" ? Int.random(in: 1...employees, using: &random) : spaceMembers[space].randomElement(using: &random)!
        }
        func someTags(_ random: inout SeededRandom) -> [String] {
            Int.random(in: 0..<2, using: &random) == 0
                ? [] : (0..<Int.random(in: 1...3, using: &random)).map { _ in tags.randomElement(using: &random)! }.distinct()
        }
        func audience(_ visibility: String, _ random: inout SeededRandom) -> (members: [Int], accounts: [Int]) {
            switch visibility {
            case "partners": return ([], [Int.random(in: 1...counts.accounts, using: &random)])
            case "private": return ((0..<2).map { _ in Int.random(in: 1...counts.members, using: &random) }, [])
            default: return ([], [])
            }
        }

        progress("articles")
        var publicArticle = 0
        for chunk in stride(from: 0, to: counts.articles, by: 5_000) {
            for _ in chunk..<min(chunk + 5_000, counts.articles) {
                let space = Int.random(in: 1...counts.spaces, using: &random)
                let seen = visibility(&random)
                let by = author(in: space, visibility: seen, &random)
                let title = text.title(&random)
                let body = text.prose(Int.random(in: 150...600, using: &random), &random)
                let status = ["published", "published", "verified", "draft", "needs_review"].randomElement(using: &random)!
                let id = writer.article(
                    space: space, author: by, visibility: seen, audience: audience(seen, &random), title: title, body: body,
                    status: status,
                    tags: someTags(&random), at: now - Int.random(in: 0...(365 * 86_400), using: &random))
                if publicArticle == 0 && seen == "public" { publicArticle = id }
            }
            try await loader.write(writer.takeStatements())
        }

        progress("threads and replies")
        let repliesPerThread = Double(counts.replies) / Double(counts.threads)
        var busyThread = 0
        for chunk in stride(from: 0, to: counts.threads, by: 5_000) {
            for index in chunk..<min(chunk + 5_000, counts.threads) {
                let space = Int.random(in: 1...counts.spaces, using: &random)
                let busy = index % 1_000 == 0
                let seen = busy ? "public" : visibility(&random)
                let question = Int.random(in: 0..<10, using: &random) < 6
                let replyCount = busy ? 50 : Int.random(in: 0...Int(repliesPerThread * 2), using: &random)
                var replies: [(author: Int, body: String)] = []
                for _ in 0..<replyCount {
                    replies.append(
                        (
                            spaceMembers[space].randomElement(using: &random)!,
                            text.prose(Int.random(in: 10...70, using: &random), &random)
                        ))
                }
                let id = writer.conversation(
                    space: space, author: author(in: space, visibility: seen, &random), visibility: seen,
                    audience: audience(seen, &random),
                    kind: question ? "question" : "discussion", title: text.title(&random) + (question ? "?" : ""),
                    body: text.prose(Int.random(in: 20...80, using: &random), &random), tags: someTags(&random), replies: replies,
                    accept: question && !replies.isEmpty && Int.random(in: 0..<10, using: &random) < 4,
                    at: now - Int.random(in: 0...(365 * 86_400), using: &random))
                if busy && busyThread == 0 { busyThread = id }
            }
            try await loader.write(writer.takeStatements())
        }

        progress("posts")
        for chunk in stride(from: 0, to: counts.posts, by: 10_000) {
            for _ in chunk..<min(chunk + 10_000, counts.posts) {
                let space = Int.random(in: 1...counts.spaces, using: &random)
                let seen = visibility(&random)
                let postTags = someTags(&random)
                let body = text.prose(Int.random(in: 10...60, using: &random), &random) + postTags.map { " #\($0)" }.joined()
                writer.post(
                    space: space, author: author(in: space, visibility: seen, &random), visibility: seen,
                    audience: audience(seen, &random),
                    body: body, tags: postTags, at: now - Int.random(in: 0...(365 * 86_400), using: &random))
            }
            try await loader.write(writer.takeStatements())
        }

        progress("campaigns, ideas and supports")
        let campaignCount = scaled(200)
        var campaignIds: [(id: Int, space: Int, visibility: String, audience: (members: [Int], accounts: [Int]))] = []
        for index in 0..<campaignCount {
            let space = Int.random(in: 1...counts.spaces, using: &random)
            let seen = index % 4 == 3 ? "partners" : (index % 4 == 2 ? "space" : "public")
            let reach = audience(seen, &random)
            let id = writer.campaign(
                space: space, author: spaceMembers[space][0], visibility: seen, audience: reach,
                title: "How could we " + text.title(&random).lowercased() + "?", brief: text.prose(60, &random),
                phase: InnovationPhase.allCases[index % 3].rawValue, open: index % 5 != 4,
                at: now - Int.random(in: 0...(180 * 86_400), using: &random))
            campaignIds.append((id, space, seen, reach))
        }
        let ideaCount = scaled(20_000)
        let statuses = ["new", "new", "new", "under-review", "accepted", "in-development", "launched", "declined"]
        for chunk in stride(from: 0, to: ideaCount, by: 5_000) {
            for _ in chunk..<min(chunk + 5_000, ideaCount) {
                let inCampaign = Int.random(in: 0..<10, using: &random) < 7
                let campaign = inCampaign ? campaignIds.randomElement(using: &random)! : nil
                let space = campaign?.space ?? Int.random(in: 1...counts.spaces, using: &random)
                let seen = campaign?.visibility ?? visibility(&random)
                let by = author(in: space, visibility: seen, &random)
                let at = now - Int.random(in: 0...(180 * 86_400), using: &random)
                // Most ideas gather a few supports, some many, at any time between the idea and now.
                let supporters = (0..<Int.random(in: 0...(Int.random(in: 0..<10, using: &random) == 0 ? 60 : 12), using: &random)).map {
                    _ in
                    let member = Int.random(in: 1...counts.members, using: &random)
                    return (member, accountOf[member], at + Int.random(in: 0...(now - at), using: &random))
                }
                writer.idea(
                    space: space, campaign: campaign?.id, author: (by, accountOf[by]), visibility: seen,
                    audience: campaign?.audience ?? audience(seen, &random), title: text.title(&random),
                    body: text.prose(Int.random(in: 20...120, using: &random), &random), tags: someTags(&random),
                    status: statuses.randomElement(using: &random)!, role: CustomerRole.allCases.randomElement(using: &random)!.rawValue,
                    need: NeedType.allCases.randomElement(using: &random)!.rawValue, supporters: supporters, at: at)
            }
            try await loader.write(writer.takeStatements())
        }

        progress("knowledge tasks and their responses")
        let taskCount = scaled(100)
        for index in 0..<taskCount {
            let space = Int.random(in: 1...counts.spaces, using: &random)
            let seen = index % 3 == 2 ? "space" : "public"
            let at = now - Int.random(in: 0...(120 * 86_400), using: &random)
            let respondents = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                (
                    Int.random(in: 1...counts.members, using: &random), text.prose(Int.random(in: 10...60, using: &random), &random),
                    at + Int.random(in: 0...(14 * 86_400), using: &random)
                )
            }
            writer.task(
                space: space, author: spaceMembers[space][0], visibility: seen, audience: audience(seen, &random),
                title: "Tell us about " + text.title(&random).lowercased(), brief: text.prose(40, &random),
                relation: Relation.allCases[index % Relation.allCases.count].rawValue, goal: 20, due: at + 30 * 86_400, now: now,
                respondents: respondents, at: at)
        }
        try await loader.write(writer.takeStatements())

        progress("follows and reactions")
        do {
            var follows = BulkInsert("follows", ["member_id", "target_kind", "target", "created_at"])
            for member in 1...counts.members {
                follows.add(
                    [String(member), "'space'", BulkInsert.literal("s\(Int.random(in: 1...counts.spaces, using: &random))"), String(now)],
                    to: &statements)
                follows.add([String(member), "'tag'", BulkInsert.literal(tags[member % tags.count]), String(now)], to: &statements)
            }
            follows.flush(to: &statements)
            var reactions = BulkInsert("reactions", ["item_id", "reply_id", "member_id", "reaction"])
            var given = Set<String>()
            for _ in 0..<scaled(300_000) {
                let (item, reply) = writer.randomReply(&random)
                let member = Int.random(in: 1...counts.members, using: &random)
                let reaction = Reaction.allCases.randomElement(using: &random)!.rawValue
                guard item > 0, given.insert("\(item)-\(reply)-\(member)-\(reaction)").inserted else { continue }
                reactions.add([String(item), String(reply), String(member), BulkInsert.literal(reaction)], to: &statements)
            }
            reactions.flush(to: &statements)
        }
        try await loader.write(statements)
        try await loader.finish()
        progress("indexes")
        try await database.write { sql in
            for index in indexes { try await sql.raw(SQLQueryString(index)).run() }
        }
        if database.kind == .postgres {
            try await database.write { sql in
                for table in ["accounts", "members", "spaces", "items", "replies"] {
                    try await sql.raw(
                        "SELECT setval(pg_get_serial_sequence('\(unsafeRaw: table)', 'id'), (SELECT MAX(id) FROM \(unsafeRaw: table)))"
                    ).run()
                }
                // This schema's tables only: a bare ANALYZE takes every schema of the database.
                let tables = try await sql.raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                    .all().map { try $0.decode(column: "tablename", as: String.self) }
                try await sql.raw("ANALYZE \(unsafeRaw: tables.map { "\"\($0)\"" }.joined(separator: ", "))").run()
            }
        }
        // The ideas' supports in the trending window, counted once here as the first trending list would.
        try await store.ideas.refreshTrendingIfDue()
        progress("full-text index")
        try await Self.tuneFullTextIndex(forLoading: false, on: database)
        let employeeToken = try await store.tokens.create(for: 2, name: "benchmark").secret
        let customer = accountOf.filter { $0.value % 5 < 3 }.keys.min() ?? counts.members
        let customerToken = try await store.tokens.create(for: customer, name: "benchmark").secret
        let seconds =
            Double((ContinuousClock.now - started).components.seconds)
            + Double((ContinuousClock.now - started).components.attoseconds) / 1e18
        return GenerationReport(
            counts: [
                ("members", counts.members), ("accounts", counts.accounts), ("spaces", counts.spaces), ("articles", counts.articles),
                ("article revisions", counts.articles * 3), ("threads", counts.threads), ("replies", writer.replyCount),
                ("posts", counts.posts), ("campaigns", campaignCount), ("ideas", ideaCount), ("supports", writer.supportCount),
                ("knowledge tasks", taskCount), ("task responses", writer.taskResponseCount),
            ], seconds: seconds, employeeToken: employeeToken, customerToken: customerToken, busyThread: busyThread, article: publicArticle,
            commonWord: text.vocabulary[0], rareWords: "\(text.vocabulary[3_000]) \(text.vocabulary[6_000])",
            phrase: "\"\(text.vocabulary[1]) \(text.vocabulary[2])\"")
    }
}
