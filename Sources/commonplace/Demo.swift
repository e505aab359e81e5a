import ArgumentParser
import CommonplaceCore
import CommonplaceWeb

/// `commonplace demo`: load the demo company into an empty instance.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the demo company (only into an instance with no members).")

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let configuration = storage.configuration()
        let store = try await openStore(configuration, logger: storage.logger(configuration))
        let loaded = try await DemoData(store: store).loadIfEmpty()
        await store.database.close()
        guard loaded else { throw ValidationError("This instance already has members; the demo loads only into an empty one.") }
        print("Loaded the demo company. Sign in with any of these (password \(DemoData.password)):")
        for signIn in DemoData.signIns { print("  \(signIn.email)  — \(signIn.who)") }
    }
}
