extension DemoData {
    /// A knowledge task for volunteers to review the lighting guide, and a closed one that thanked its respondents.
    func loadTasks(ben: Member, dan: Member) async throws {
        let gina = try await store.members.find(handle: "gina")!
        let day = 86_400
        guard
            let lighting = try await store.articles.recent(limit: 20, for: .signedIn(ben)).first(where: { $0.title == "Lighting the stove" }
            )
        else { return }
        _ = try await store.tasks.create(
            TaskDraft(
                space: "customer-help", title: "Review our guide to lighting the stove",
                brief: """
                    Volunteers light more stoves than anyone. Read **Lighting the stove** and suggest what is missing or wrong: \
                    a step you do differently, a warning we forgot.
                    """,
                visibility: .public, responseKind: .edits, targets: [lighting.id], segment: TaskSegment(relations: ["volunteer"]),
                dueAt: Clock.now() + 21 * day, goal: 5),
            by: ben)
        let mornings = try await store.tasks.create(
            TaskDraft(
                space: "customer-help", title: "Tell us how you light your stove on a cold morning",
                brief: "A cold flue fights back. What works for you — and what never does?", visibility: .public, responseKind: .free,
                segment: TaskSegment(relations: ["customer", "volunteer"]), dueAt: Clock.now() + 7 * day, goal: 10),
            by: ben)
        _ = try await store.tasks.respond(
            to: mornings.id, body: "I warm the flue with a rolled newspaper first, then light from the top.", by: gina)
        _ = try await store.tasks.respond(to: mornings.id, body: "Dry kindling kept indoors overnight.", by: dan)
        _ = try await store.tasks.close(
            mornings.id, thanks: "Thank you both: the newspaper trick goes into the lighting guide.", by: ben)
    }
}
