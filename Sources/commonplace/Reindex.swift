import ArgumentParser
import CommonplaceCore
import CommonplaceWeb

/// `commonplace reindex`: rebuild the full-text index from the stored items.
struct Reindex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Rebuild the search index from the stored items.")

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let configuration = storage.configuration()
        let logger = storage.logger(configuration)
        let store = try await openStore(configuration, logger: logger)
        let clock = ContinuousClock()
        var count = 0
        let elapsed = try await clock.measure { count = try await store.search.reindex() }
        print("Indexed \(count) items in \(elapsed).")
        await store.database.close()
    }
}
