import SQLKit

/// A small company to explore: Hearth & Co, a maker of wood stoves, with customers at two accounts,
/// a supplier, a volunteer, three spaces with purposes, and posts at every visibility level.
public struct DemoData: Sendable {
    /// Every demo member signs in with this password.
    public static let password = "commonplace-demo"

    /// The demo sign-ins, for the start-up banner and the README.
    public static let signIns: [(email: String, who: String)] = [
        ("ada@hearth.example", "admin, employee"),
        ("ben@hearth.example", "employee, moderator of Customer Help"),
        ("chloe@hearth.example", "employee"),
        ("dan@acme.example", "customer at Acme Retail"),
        ("eve@northwind.example", "customer at Northwind Homes"),
        ("finn@boltworks.example", "supplier at Boltworks"),
        ("gina@volunteers.example", "volunteer"),
    ]

    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Loads the demo unless the instance already has members; returns whether it did.
    @discardableResult
    public func loadIfEmpty() async throws -> Bool {
        guard try await store.members.count() == 0 else { return false }
        try await load()
        return true
    }

    func load() async throws {
        try await store.settings.update(
            InstanceSettings(name: "Hearth & Co", registration: .open, anonymousReading: true, spaceCreation: .everyone))
        let acme = try await store.accounts.create(slug: "acme", name: "Acme Retail", kind: .customer)
        let northwind = try await store.accounts.create(slug: "northwind", name: "Northwind Homes", kind: .customer)
        let boltworks = try await store.accounts.create(slug: "boltworks", name: "Boltworks", kind: .supplier)

        func member(
            _ handle: String, _ name: String, _ email: String, _ kind: MemberKind, _ relation: Relation? = nil, _ account: Account? = nil,
            role: Role = .member
        ) async throws -> Member {
            try await store.members.create(
                NewMember(
                    handle: handle, email: email, name: name, password: Self.password, kind: kind, relation: relation,
                    accountId: account?.id, role: role))
        }
        let ada = try await member("ada", "Ada Lindqvist", "ada@hearth.example", .employee, role: .admin)
        let ben = try await member("ben", "Ben Okafor", "ben@hearth.example", .employee)
        let chloe = try await member("chloe", "Chloe Martin", "chloe@hearth.example", .employee)
        let dan = try await member("dan", "Dan Reyes", "dan@acme.example", .external, .customer, acme)
        let eve = try await member("eve", "Eve Novak", "eve@northwind.example", .external, .customer, northwind)
        let finn = try await member("finn", "Finn Larsen", "finn@boltworks.example", .external, .supplier, boltworks)
        let gina = try await member("gina", "Gina Rossi", "gina@volunteers.example", .external, .volunteer)
        _ = try await store.members.updateProfile(
            of: ben.id,
            ProfileUpdate(
                name: ben.name, bio: "Support lead. Ask me about installation and flue drafts.", expertise: "installation flue support",
                interests: "safety"))
        _ = try await store.members.updateProfile(
            of: gina.id,
            ProfileUpdate(
                name: gina.name, bio: "Retired heating engineer; I answer questions on weekends.", expertise: "chimneys efficiency",
                interests: "installation"))

        let help = try await store.spaces.create(
            NewSpace(
                slug: "customer-help", name: "Customer Help",
                purpose: "Customers, volunteers and our team solve stove problems together, in the open.",
                membershipPolicy: .open, defaultVisibility: .public, official: true,
                goals: [
                    NewGoal(description: "Grow the community to 10 members", metric: .members, target: 10),
                    NewGoal(description: "Share 25 tips and answers", metric: .posts, target: 25),
                ]), by: ada)
        let ideas = try await store.spaces.create(
            NewSpace(
                slug: "product-ideas", name: "Product Ideas",
                purpose: "Co-create the next stove line with the customers and suppliers who know it best.",
                membershipPolicy: .request, defaultVisibility: .space,
                goals: [NewGoal(description: "Collect 50 ideas for the spring line", metric: .posts, target: 50)]), by: chloe)
        let engineering = try await store.spaces.create(
            NewSpace(
                slug: "engineering", name: "Engineering",
                purpose: "Design notes and test results for the product team.", membershipPolicy: .invite, defaultVisibility: .internal),
            by: chloe)

        for someone in [ben, chloe, dan, eve, finn, gina] { _ = try await store.spaces.join(slug: help.slug, member: someone) }
        try await store.spaces.admit(handle: "ben", to: help.slug, role: .moderator, by: ada)
        for someone in [dan, finn] { try await store.spaces.admit(handle: someone.handle, to: ideas.slug, role: .member, by: chloe) }
        _ = try await store.spaces.join(slug: ideas.slug, member: eve)
        try await store.spaces.admit(handle: "ben", to: engineering.slug, role: .member, by: chloe)

        let posts: [(Member, NewPost)] = [
            (
                ben,
                NewPost(
                    space: help.slug,
                    body: "Welcome to **Customer Help**! Ask anything about installing and running your stove. #installation")
            ),
            (
                gina,
                NewPost(
                    space: help.slug,
                    body: "Tip: if the glass blackens, check the air-wash lever is fully open before blaming the wood. #efficiency")
            ),
            (
                dan,
                NewPost(
                    space: help.slug,
                    body: "Our shop sells the Model 5 with a 15 cm flue adapter — does anyone have install photos? @ben #installation")
            ),
            (
                finn,
                NewPost(
                    space: ideas.slug,
                    body: "We can now supply a cast door hinge that needs no adjustment after a year. Worth a trial batch? #hinges")
            ),
            (
                dan,
                NewPost(
                    space: ideas.slug, body: "Idea: a stove thermometer that talks to the phone. Customers ask for it every week. #ideas",
                    visibility: .space)
            ),
            (
                chloe,
                NewPost(
                    space: ideas.slug, body: "Spring line roadmap draft for our retail partners: pricing comes next week. #roadmap",
                    visibility: .partners, audience: Audience(accounts: ["acme"]))
            ),
            (ben, NewPost(space: help.slug, body: "Support rota for December is in the shared calendar. #support", visibility: .internal)),
            (chloe, NewPost(space: engineering.slug, body: "Burn test 14: secondary air change cut particulates by 18%. #testing")),
            (
                ben,
                NewPost(
                    space: help.slug, body: "@eve I have booked the engineer visit for Thursday morning; reply here if that does not suit.",
                    visibility: .private)
            ),
        ]
        for (author, post) in posts { _ = try await store.posts.create(post, by: author) }
        try await loadKnowledgeBase(ada: ada, ben: ben, chloe: chloe, dan: dan)
        try await loadConversations(ben: ben, chloe: chloe, dan: dan, eve: eve)
    }

    private func loadKnowledgeBase(ada: Member, ben: Member, chloe: Member, dan: Member) async throws {
        for (tag, label, definition, broader) in [
            ("heating", "Heating", "Everything that keeps a home warm.", nil),
            ("stoves", "Stoves", "Wood and pellet stoves.", "heating"),
            ("installation", "Installation", "Fitting a stove, flue and hearth.", "stoves"),
            ("efficiency", "Efficiency", "Getting more heat from less wood.", "stoves"),
        ] as [(String, String, String, String?)] {
            _ = try await store.tags.define(tag, label: label, definition: definition, broader: broader, by: ada)
        }
        let lighting = try await store.articles.create(
            ArticleDraft(
                title: "Lighting the stove",
                body: """
                    Light a cold stove from the top down: it burns cleaner and the glass stays clear.

                    ## Steps
                    1. Open the air vent.
                    2. Lay two logs, kindling on top, a fire lighter on the kindling.
                    3. Light it and leave the door ajar for five minutes.

                    > Never use petrol or paraffin.
                    """,
                tags: ["installation", "efficiency"], status: .verified, knowledgeKind: .for, section: "Getting started"),
            in: "customer-help", by: ben)
        _ = try await store.articles.create(
            ArticleDraft(
                title: "Cleaning the glass",
                body: """
                    | Deposit | Cause | Remedy |
                    |---|---|---|
                    | Brown haze | Wet wood | Burn wood under 20% moisture |
                    | Black soot | Air vent too closed | Open the air-wash lever |

                    Wipe the cold glass with a damp cloth dipped in wood ash.
                    """,
                tags: ["efficiency"], status: .published, knowledgeKind: .for, section: "Care"),
            in: "customer-help", by: ben)
        _ = try await store.articles.create(
            ArticleDraft(
                title: "Burn test protocol",
                body: "Each prototype runs three 8-hour burns at nominal output; particulates are sampled every 30 minutes.",
                tags: ["efficiency"], status: .needsReview, section: "Testing"),
            in: "engineering", by: chloe)
        _ = try await store.articles.create(
            ArticleDraft(
                title: "What customers told us about the spring line",
                body: "Retail partners ask for a smaller firebox and a thermometer that talks to the phone.",
                tags: ["stoves"], status: .published, knowledgeKind: .from, section: "Spring line", visibility: .partners,
                audience: Audience(accounts: ["acme"])),
            in: "product-ideas", by: chloe)
        _ = try await store.suggestions.suggest(
            Suggestion(
                title: lighting.title, body: lighting.body.replacingOccurrences(of: "Open the air vent.", with: "Open the air vent fully."),
                tags: lighting.tags, status: lighting.status, knowledgeKind: lighting.knowledgeKind,
                comment: "Half open makes ours smoke in the shop."),
            to: lighting.id, by: dan)
    }

    /// An answered question in the FAQ, an open question, and an internal discussion.
    private func loadConversations(ben: Member, chloe: Member, dan: Member, eve: Member) async throws {
        let smoke = try await store.conversations.create(
            NewConversation(
                space: "customer-help", kind: .question, title: "Why does my stove smoke when I open the door?",
                body: "Every time I add a log, smoke comes into the room. The flue is new. #efficiency"),
            by: dan)
        let answer = try await store.conversations.reply(
            to: smoke.id,
            body:
                "Open the air vent fully for a minute before you open the door, then open the door slowly: the draught needs time to build.",
            by: ben)
        _ = try await store.conversations.reply(to: smoke.id, body: "That fixed it, thank you!", by: dan)
        _ = try await store.conversations.accept(answer.id, in: smoke.id, by: dan)
        _ = try await store.faq.promote(smoke.id, by: ben)
        let pellets = try await store.conversations.create(
            NewConversation(
                space: "customer-help", kind: .question, title: "Can the Nordic 5 burn pellets?",
                body: "We have a lot of pellets left from our old heater. #stoves"),
            by: eve)
        let discussion = try await store.conversations.create(
            NewConversation(
                space: "engineering", kind: .discussion, title: "Thermometer supplier shortlist",
                body: "Three suppliers answered. Boltworks is cheapest, but lead times are long.", visibility: .internal),
            by: chloe)
        _ = try await store.conversations.reply(to: discussion.id, body: "Can we ask Boltworks for a partial first delivery?", by: ben)
        try await store.follows.follow(.space("customer-help"), by: ben)
        try await loadIdeas(pellets: pellets, ben: ben, chloe: chloe, dan: dan, eve: eve)
        try await loadTasks(ben: ben, dan: dan)
    }
}
