import ArgumentParser
import CommonplaceCore
import CommonplaceWeb

/// `commonplace migrate`: bring the schema up to date and exit.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let configuration = storage.configuration()
        let logger = storage.logger(configuration)
        let database = try await Database.open(configuration.databaseLocation, logger: logger)
        let migrator = Migrator(database: database)
        let applied = try await migrator.migrate()
        print(applied.isEmpty ? "Schema is up to date (version \(try await migrator.currentVersion()))." : "Applied migrations \(applied).")
        await database.close()
    }
}
