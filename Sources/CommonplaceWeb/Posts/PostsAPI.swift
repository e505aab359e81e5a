import CommonplaceCore
import Foundation
import Hummingbird

/// `/api/v1/posts`: the feed, one post, writing and deleting.
struct PostsAPI: Sendable {
    let store: Store

    func list(_ request: Request, context: AppRequestContext) async throws -> ListPage<PostResource> {
        let query = request.uri.queryParameters
        var filter = PostFilter(
            tag: query.get("tag")?.lowercased(), before: try request.integer("before", in: 1...Int.max),
            limit: try request.integer("limit", in: 1...100) ?? 30)
        if let slug = query.get("space") { filter.spaceId = try await store.spaces.find(slug: slug, for: context.viewer).id }
        if let handle = query.get("author") {
            guard let author = try await store.members.find(handle: handle) else { throw StoreError.notFound }
            filter.authorId = author.id
        }
        let posts = try await store.posts.list(filter, for: context.viewer)
        var next: SiteURL?
        if posts.count == filter.limit, let last = posts.last {
            next = SiteURL.api(.posts).query(keeping: query, dropping: ["before"]).query("before", last.id)
        }
        return ListPage(items: posts.map(PostResource.init), next: next)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> PostResource {
        PostResource(try await store.posts.find(id: try context.parameters.itemID(), for: context.viewer))
    }

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<PostResource> {
        let input = try await request.json(PostInput.self, context: context)
        let post = try await store.posts.create(
            NewPost(
                space: input.space, body: input.body, visibility: input.visibility,
                audience: Audience(input.audience)),
            by: context.member)
        return created(PostResource(post))
    }

    func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        try await store.posts.delete(id: try context.parameters.itemID(), by: context.member)
        return noContent()
    }
}

/// The JSON body of a new post.
struct PostInput: Decodable {
    let space: String
    let body: String
    let visibility: Visibility?
    let audience: AudienceInput?

    struct AudienceInput: Decodable {
        let members: [String]?
        let accounts: [String]?
    }
}
