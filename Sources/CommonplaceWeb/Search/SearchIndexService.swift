import CommonplaceCore
import Logging
import ServiceLifecycle

/// Keeps the search index close behind the writes: every `interval` it rewrites what writes queued
/// (``SearchStore/catchUp()``). Searches catch up themselves before reading, so this bounds how long the
/// queue grows, not what a search sees. Whatever is queued at shutdown stays queued for the next start.
struct SearchIndexService: Service {
    let search: SearchStore
    let logger: Logger
    var interval: Duration = .milliseconds(500)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await search.catchUp()
                } catch {
                    logger.error("search index catch-up failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
