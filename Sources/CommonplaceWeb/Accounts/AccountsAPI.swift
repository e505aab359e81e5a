import CommonplaceCore
import Hummingbird

/// `/api/v1/accounts`: companies; employees see all, external members their own.
struct AccountsAPI: Sendable {
    let store: Store

    func list(_ request: Request, context: SignedInContext) async throws -> ListPage<AccountResource> {
        let paging = try OffsetPaging(request)
        let accounts = try await store.accounts.list(for: context.viewer, limit: paging.limit, offset: paging.offset)
        return ListPage(items: accounts.map(AccountResource.init), next: paging.next(.api(.accounts), found: accounts.count))
    }

    func show(_ request: Request, context: SignedInContext) async throws -> AccountResource {
        AccountResource(try await store.accounts.find(slug: try context.parameters.require("slug"), for: context.viewer))
    }

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<AccountResource> {
        _ = try context.requireAdmin()
        let input = try await request.json(AccountInput.self, context: context)
        return created(AccountResource(try await store.accounts.create(slug: input.slug, name: input.name, kind: input.kind)))
    }
}

/// The JSON body of a new account.
struct AccountInput: Decodable {
    let slug: String
    let name: String
    let kind: AccountKind
}
