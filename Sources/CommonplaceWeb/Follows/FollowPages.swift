import CommonplaceCore
import Hummingbird

/// Follow and unfollow buttons, wherever they appear.
struct FollowPages: Sendable {
    let site: Site

    func follow(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(FollowForm.self, context: context)
        try await site.store.follows.follow(try form.target(), by: context.member)
        return redirect(to: form.safeReturn)
    }

    /// `/items/:id`: wherever a visible item lives (follows name items by id alone).
    func item(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.itemID()
        return redirect(to: .item(kind: try await site.store.feed.kind(of: id, for: context.viewer), id: id))
    }

    func unfollow(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await request.form(FollowForm.self, context: context)
        try await site.store.follows.unfollow(try form.target(), by: context.member)
        return redirect(to: form.safeReturn)
    }
}

struct FollowForm: Decodable {
    let kind: String
    let key: String
    let returnTo: String?

    enum CodingKeys: String, CodingKey {
        case kind, key
        case returnTo = "return_to"
    }

    func target() throws -> FollowTarget {
        guard let target = FollowTarget(kind: kind, key: key) else {
            throw StoreError.invalid("kind", "Follow a thread, article, space, tag or person.")
        }
        return target
    }

    /// Only a path on this site; anything else goes home.
    var safeReturn: String { localPath(returnTo) }
}
