import ArgumentParser

/// The `commonplace` command: the server and the operator's tools.
@main
struct Commonplace: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A self-hosted social knowledge platform.",
        subcommands: [Serve.self, Migrate.self, Reindex.self, Generate.self, CreateAdmin.self, Demo.self, OpenAPI.self],
        defaultSubcommand: Serve.self)
}
