import CommonplaceCore
import Hummingbird

/// A space's FAQ page, readable without the threads it came from, and its moderators' ordering.
struct FAQPages: Sendable {
    let site: Site

    func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let space = try await site.store.spaces.find(slug: try context.parameters.require("slug"), for: context.viewer)
        let entries = try await site.store.faq.entries(of: space, for: context.viewer)
        let moderates = try await site.store.spaces.canModerate(space, context.member)
        let view = FAQPage(
            chrome: try await site.chrome("FAQ · \(space.name)", context), space: SpaceLink(slug: space.slug, name: space.name),
            entries: entries.map(FAQEntryView.init), moderates: moderates)
        return site.renderer.page(view)
    }

    func remove(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(FAQReturnForm.self, context: context)
        try await site.store.faq.remove(try context.parameters.itemID(), by: context.member)
        return redirect(to: form.safeReturn)
    }

    func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(FAQReturnForm.self, context: context)
        try await site.store.faq.move(try context.parameters.itemID(), up: form.direction == "up", by: context.member)
        return redirect(to: form.safeReturn)
    }
}

struct FAQReturnForm: Decodable {
    let direction: String?
    let returnTo: String?

    enum CodingKeys: String, CodingKey {
        case direction
        case returnTo = "return_to"
    }

    /// Only a path on this site; anything else goes home.
    var safeReturn: String { localPath(returnTo) }
}

struct FAQPage {
    let chrome: Chrome
    let space: SpaceLink
    let entries: [FAQEntryView]
    let moderates: Bool
}

struct FAQEntryView {
    let id: Int
    let question: String
    let answerHTML: String
    let threadId: Int

    init(_ entry: FAQEntry) {
        id = entry.id
        question = entry.question
        answerHTML = entry.answerHTML
        threadId = entry.conversationId
    }
}
