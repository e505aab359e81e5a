import CommonplaceCore
import Hummingbird

/// "Who knows about X": the expertise finder page and API, and tag suggestions.
struct ExpertisePages: Sendable {
    let site: Site

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.member != nil || context.anonymousReading else { throw SignInRequired() }
        let topic = (formQuery(request)["topic"] ?? "").trimmed
        var experts: [Expert] = []
        var problems: [FieldProblem] = []
        if !topic.isEmpty && SearchQuery.words(topic).isEmpty {
            problems = [FieldProblem(field: "topic", message: "Name a topic or a tag in words.")]
        } else if !topic.isEmpty {
            experts = try await site.store.expertise.experts(on: topic, for: context.viewer)
        }
        let view = ExpertsPage(
            chrome: try await site.chrome(topic.isEmpty ? "Who knows about…" : "Who knows about \(topic)", context), topic: topic,
            searched: !topic.isEmpty && problems.isEmpty, experts: experts.map(ExpertView.init), errors: FormErrors(problems))
        return site.renderer.page(view, status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    func api(_ request: Request, context: AppRequestContext) async throws -> ListPage<ExpertResource> {
        guard let topic = formQuery(request)["topic"] else { throw StoreError.invalid("topic", "Name a topic or a tag.") }
        return ListPage(items: try await site.store.expertise.experts(on: topic, for: context.viewer).map(ExpertResource.init), next: nil)
    }

    /// `?text=`: tags to suggest for a draft; none for a text without a word.
    func tagSuggestions(_ request: Request, context: AppRequestContext) async throws -> TagSuggestions {
        guard let text = formQuery(request)["text"] else { throw StoreError.invalid("text", "Give the text to suggest tags for.") }
        return TagSuggestions(tags: try await site.store.expertise.suggestTags(for: text, for: context.viewer))
    }
}

struct TagSuggestions: ResponseEncodable, Sendable {
    let tags: [String]
}

struct ExpertsPage {
    let chrome: Chrome
    let topic: String
    let searched: Bool
    let experts: [ExpertView]
    let errors: FormErrors
}

/// An expert with the evidence in words.
struct ExpertView {
    let member: MemberView
    let evidence: String

    init(_ expert: Expert) {
        member = MemberView(expert.member)
        var parts: [String] = []
        func count(_ n: Int, _ one: String, _ many: String) {
            if n > 0 { parts.append(n == 1 ? "1 \(one)" : "\(n) \(many)") }
        }
        count(expert.acceptedAnswers, "accepted answer", "accepted answers")
        count(expert.acceptedEdits, "accepted edit", "accepted edits")
        count(expert.ownedArticles, "article owned", "articles owned")
        if expert.declared { parts.append("declared expertise") }
        evidence = parts.joined(separator: " · ")
    }
}
