import CommonplaceCore
import Hummingbird

/// `/api/v1/tasks`: knowledge tasks, their responses, and closing them with thanks.
struct KnowledgeTasksAPI: Sendable {
    let store: Store

    func list(_ request: Request, context: AppRequestContext) async throws -> ListPage<KnowledgeTaskResource> {
        let scope = request.uri.queryParameters.getAll("for")
        guard scope.allSatisfy({ $0 == "me" }) else { throw StoreError.invalid("for", "Use for=me, or leave it out.") }
        let tasks =
            if scope.isEmpty {
                try await store.tasks.list(for: context.viewer, limit: 100)
            } else {
                try await context.member.asyncMap { try await store.tasks.open(for: $0, limit: 100) } ?? []
            }
        return ListPage(items: tasks.map(KnowledgeTaskResource.init), next: nil)
    }

    func show(_ request: Request, context: AppRequestContext) async throws -> KnowledgeTaskResource {
        KnowledgeTaskResource(try await store.tasks.find(id: try context.parameters.itemID(), for: context.viewer))
    }

    func create(_ request: Request, context: SignedInContext) async throws -> EditedResponse<KnowledgeTaskResource> {
        let input = try await request.json(TaskInput.self, context: context)
        return created(KnowledgeTaskResource(try await store.tasks.create(input.draft, by: context.member)))
    }

    func change(_ request: Request, context: SignedInContext) async throws -> KnowledgeTaskResource {
        let id = try context.parameters.itemID()
        let input = try await request.json(TaskChangeInput.self, context: context)
        return KnowledgeTaskResource(
            try await store.tasks.change(
                id, title: input.title, brief: input.brief, dueAt: input.dueAt, goal: input.goal, by: context.member))
    }

    func responses(_ request: Request, context: AppRequestContext) async throws -> TaskResponsesResource {
        let responses = try await store.tasks.responses(of: try context.parameters.itemID(), for: context.viewer)
        return TaskResponsesResource(items: responses.map(TaskResponseResource.init))
    }

    func respond(_ request: Request, context: SignedInContext) async throws -> EditedResponse<TaskResponseResource> {
        let id = try context.parameters.itemID()
        let input = try await request.json(TaskResponseInput.self, context: context)
        return created(TaskResponseResource(try await store.tasks.respond(to: id, body: input.body, by: context.member)))
    }

    func close(_ request: Request, context: SignedInContext) async throws -> KnowledgeTaskResource {
        let id = try context.parameters.itemID()
        let input = try await request.json(TaskCloseInput.self, context: context)
        return KnowledgeTaskResource(try await store.tasks.close(id, thanks: input.thanks, by: context.member))
    }
}
