import ArgumentParser
import CommonplaceCore
import CommonplaceWeb
import Foundation
import Hummingbird
import Logging

/// `commonplace serve`: migrate, then serve HTTP until SIGINT or SIGTERM.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web server (the default command).")

    @OptionGroup var storage: StorageOptions

    @Option(help: "Address to listen on (env COMMONPLACE_HOSTNAME; default 127.0.0.1).")
    var hostname: String?

    @Option(help: "Port to listen on (env COMMONPLACE_PORT; default 8080).")
    var port: Int?

    @Flag(help: "Load the demo company first if the instance has no members yet.")
    var demo = false

    @Option(help: "The address people use, e.g. https://kb.example.com, for absolute links (env COMMONPLACE_PUBLIC_URL).")
    var publicURL: String?

    @Flag(help: "Mark cookies Secure (serve behind HTTPS).")
    var secureCookies = false

    @Option(
        name: .customLong("trusted-proxy"),
        help:
            "Address of a reverse proxy whose X-Forwarded-For names the client; repeat for several (env COMMONPLACE_TRUSTED_PROXIES, comma-separated)."
    )
    var trustedProxies: [String] = []

    @Option(help: "Seconds a connection may stay open with no request in flight (env COMMONPLACE_IDLE_TIMEOUT; default 30).")
    var idleTimeout: Int?

    @Option(help: "Seconds a client may take to send one request, head to end (env COMMONPLACE_REQUEST_TIMEOUT; default 60).")
    var requestTimeout: Int?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var configuration = storage.configuration()
        configuration.hostname = hostname ?? environment["COMMONPLACE_HOSTNAME"] ?? "127.0.0.1"
        configuration.port = port ?? environment["COMMONPLACE_PORT"].flatMap(Int.init) ?? 8080
        configuration.secureCookies = secureCookies || environment["COMMONPLACE_SECURE_COOKIES"] == "1"
        configuration.publicURL = publicURL ?? environment["COMMONPLACE_PUBLIC_URL"]
        let proxies =
            trustedProxies.isEmpty
            ? (environment["COMMONPLACE_TRUSTED_PROXIES"] ?? "").split(separator: ",").map(String.init) : trustedProxies
        configuration.trustedProxies = Set(proxies.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        if let seconds = idleTimeout ?? environment["COMMONPLACE_IDLE_TIMEOUT"].flatMap(Int.init) {
            configuration.idleTimeout = .seconds(max(1, seconds))
        }
        if let seconds = requestTimeout ?? environment["COMMONPLACE_REQUEST_TIMEOUT"].flatMap(Int.init) {
            configuration.requestTimeout = .seconds(max(1, seconds))
        }
        let logger = storage.logger(configuration)
        let store = try await openStore(configuration, logger: logger)
        do {
            try await serve(store: store, configuration: configuration, logger: logger)
        } catch {
            await store.database.close()
            throw error
        }
    }

    private func serve(store: Store, configuration: AppConfiguration, logger: Logger) async throws {
        if demo, try await DemoData(store: store).loadIfEmpty() {
            logger.notice("loaded the demo company; every demo member's password is \(DemoData.password)")
            for signIn in DemoData.signIns { logger.notice("demo sign-in: \(signIn.email) (\(signIn.who))") }
        } else if try await store.members.count() == 0 {
            logger.notice("no members yet: run `commonplace create-admin`, or start with --demo for a populated instance")
        }
        let app = try await buildApplication(configuration, store: store, logger: logger)
        logger.notice("Commonplace is listening on http://\(configuration.hostname):\(configuration.port)")
        try await app.runService()
    }
}
