import CommonplaceCore
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Opens the store for a configuration and brings its schema up to date; an instance upgraded to a
/// version with search gets its index built once.
public func openStore(_ configuration: AppConfiguration, for purpose: DatabasePurpose = .serving, logger: Logger) async throws -> Store {
    let database = try await Database.open(configuration.databaseLocation, for: purpose, logger: logger)
    try await Migrator(database: database).migrate()
    let store = Store(database: database, hasher: PasswordHasher(cost: configuration.bcryptCost))
    if try await store.search.needsReindex() {
        let indexed = try await store.search.reindex()
        logger.notice("built the search index", metadata: ["items": "\(indexed)"])
    }
    return store
}

/// The composition root: the router with its middleware and routes, for `serve` and for tests alike.
public func buildApplication(_ configuration: AppConfiguration, store: Store, logger: Logger) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(configuration, store: store)
    let requestTimeout = TimeAmount(configuration.requestTimeout)
    var app = Application(
        router: router,
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [RequestDeadlineHandler(deadline: requestTimeout)],
                idleTimeout: TimeAmount(configuration.idleTimeout))),
        configuration: .init(address: .hostname(configuration.hostname, port: configuration.port), serverName: "Commonplace"),
        logger: logger)
    app.addServices(DatabaseService(database: store.database), SearchIndexService(search: store.search, logger: logger))
    return app
}

/// The router alone, so tests can drive it without a socket.
public func buildRouter(_ configuration: AppConfiguration, store: Store) async throws -> Router<AppRequestContext> {
    _ = Operations.registry
    let renderer = PageRenderer()
    let assets = StaticAssets.embedded
    let site = Site(store: store, renderer: renderer, configuration: configuration)
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LogRequestsMiddleware(.info))
    let methods = MethodTable()
    router.add(middleware: ErrorMiddleware(renderer: renderer, settings: store.settings, methods: methods))
    router.add(middleware: SecurityHeadersMiddleware())
    registerRoutes(on: router, site: site, assets: assets, methods: methods)
    methods.learn(router)
    return router
}

/// Closes the database pools when the server shuts down.
struct DatabaseService: Service {
    let database: Database

    func run() async throws {
        try? await gracefulShutdown()
        await database.close()
    }
}
