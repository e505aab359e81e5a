extension DemoData {
    /// A campaign in each phase, ideas in every status (one merged into another), and an enhancement request raised
    /// from Eve's question.
    func loadIdeas(pellets: Conversation, ben: Member, chloe: Member, dan: Member, eve: Member) async throws {
        let finn = try await store.members.find(handle: "finn")!
        let gina = try await store.members.find(handle: "gina")!
        let day = 86_400
        let now = Clock.now()
        let lighting = try await store.campaigns.create(
            CampaignDraft(
                space: "product-ideas", title: "How could we make lighting a stove easier?",
                brief: "Many first fires fail. Tell us what gets in the way when **you** light a stove, and what would help.",
                visibility: .public, phase: .frontEnd, opensAt: now - 30 * day, closesAt: now + 60 * day,
                goals: [
                    CampaignDraft.GoalDraft(description: "20 ideas by the spring", metric: .ideas, target: 20, dueAt: now + 60 * day),
                    CampaignDraft.GoalDraft(description: "50 people taking part", metric: .participants, target: 50),
                ]), by: chloe)
        let secondRoom = try await store.campaigns.create(
            CampaignDraft(
                space: "product-ideas", title: "How could the Nordic 5 heat a second room?",
                brief: "We are building ducting for the Nordic 5. Our partners help us test it in real homes.",
                visibility: .partners, audience: Audience(accounts: ["acme", "northwind"]), phase: .development), by: chloe)
        let accessories = try await store.campaigns.create(
            CampaignDraft(
                space: "product-ideas", title: "Which accessories should launch with the spring line?",
                brief: "The line is set; now the accessories. Closed for ideas: we are preparing the launch.", phase: .commercialization,
                accepting: false), by: chloe)

        let glove = try await store.ideas.create(
            NewIdea(
                campaignId: lighting.id, title: "Fire starters stored in the stove's base",
                body: "A small drawer under the firebox for fire starters and matches, so they are always at hand and dry.",
                tags: ["stoves"], needType: .latent), by: dan)
        let guide = try await store.ideas.create(
            NewIdea(
                campaignId: lighting.id, title: "A lighting guide printed inside the door",
                body:
                    "Three steps printed where you look when you light the fire: air fully open, small wood first, door ajar for a minute."),
            by: gina)
        let duplicateGuide = try await store.ideas.create(
            NewIdea(
                campaignId: lighting.id, title: "Instructions on the stove itself",
                body: "Nobody reads the manual. Put the lighting steps on the stove."), by: eve)
        let thermometer = try await store.ideas.create(
            NewIdea(
                campaignId: lighting.id, title: "A flue thermometer that says when to close the air",
                body: "A simple dial with a green band: close the air when the needle enters it.", tags: ["efficiency"]), by: finn)
        let remote = try await store.ideas.create(
            NewIdea(
                campaignId: lighting.id, title: "Light the stove from a phone", body: "An electric igniter controlled by an app.",
                needType: .future), by: dan)
        let duct = try await store.ideas.create(
            NewIdea(
                campaignId: secondRoom.id, title: "A quiet fan in the duct",
                body: "The prototype duct works, but the fan hums at night. A slower, larger fan would be quieter.",
                customerRole: .coCreator), by: dan)
        let basket = try await store.ideas.create(
            NewIdea(
                space: "product-ideas", title: "A log basket that matches the stove", body: "Same steel, same finish.", visibility: .space),
            by: finn)
        _ = accessories

        for (idea, backers) in [(glove, [eve, gina, ben]), (guide, [dan, finn]), (thermometer, [dan, eve, gina]), (duct, [eve])] {
            for backer in backers { _ = try await store.ideas.support(idea.id, by: backer) }
        }
        _ = try await store.conversations.reply(
            to: glove.id, body: "Could the drawer get too warm? Matches should not sit next to the firebox.", by: ben)
        _ = try await store.conversations.reply(to: glove.id, body: "Insulate it, like the ash pan door.", by: dan)

        _ = try await store.ideas.answer(
            guide.id, status: .underReview, note: "The design team is checking where a print survives the heat.", by: chloe)
        _ = try await store.ideas.merge(
            duplicateGuide.id, into: guide.id, reason: "Both ask for the lighting steps on the stove; the discussion continues there.",
            by: chloe)
        _ = try await store.ideas.answer(
            thermometer.id, status: .accepted, note: "Accepted for the spring line: Boltworks will make the dial.", by: chloe)
        _ = try await store.ideas.answer(
            duct.id, status: .inDevelopment, note: "Acme and Northwind are testing a slower fan in two homes this month.", by: chloe)
        _ = try await store.ideas.answer(glove.id, status: .accepted, note: "Yes — with an insulated drawer, as Dan suggested.", by: chloe)
        _ = try await store.ideas.answer(glove.id, status: .launched, note: "The spring line has the drawer. Thank you, Dan!", by: chloe)
        _ = try await store.ideas.answer(
            remote.id, status: .declined,
            note: "An igniter on a wood stove is a safety risk we will not take; see the thermometer idea instead.",
            by: chloe)
        _ = basket

        _ = try await store.ideas.raise(
            NewEnhancementRequest(
                threadId: pellets.id, title: "Pellet insert for the Nordic 5",
                body: "Customers with pellets left over ask whether the Nordic 5 can burn them. An insert basket could let it.",
                owner: "chloe"), by: ben)
    }
}
