import CommonplaceCore
import Hummingbird
import Metrics
import Prometheus

/// Health, readiness, metrics, the OpenAPI document and static files.
struct Operations: Sendable {
    let store: Store
    let assets: StaticAssets

    /// One registry per process: swift-metrics can be bootstrapped only once.
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    func health(_ request: Request, context: AppRequestContext) -> Response {
        plain("ok\n", type: "text/plain; charset=utf-8")
    }

    /// Ready when the database answers.
    func ready(_ request: Request, context: AppRequestContext) async throws -> Response {
        do {
            _ = try await store.database.read { try await $0.raw("SELECT 1 AS one").first() }
            return plain("ready\n", type: "text/plain; charset=utf-8")
        } catch {
            context.logger.warning("database not ready", metadata: ["error": "\(error)"])
            return Response(status: .serviceUnavailable, body: .init(byteBuffer: ByteBuffer(string: "database unavailable\n")))
        }
    }

    func metrics(_ request: Request, context: AppRequestContext) -> Response {
        var buffer: [UInt8] = []
        Self.registry.emit(into: &buffer)
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
    }

    /// The OpenAPI document, compressed for clients that take gzip.
    func openAPI(_ request: Request, context: AppRequestContext) -> Response {
        var response = assets.openAPI.response(to: request)
        response.headers[.cacheControl] = "no-cache"
        return response
    }

    /// A stylesheet or script by its hashed name: the name changes with the content, so browsers keep it for a year.
    func asset(_ request: Request, context: AppRequestContext) throws -> Response {
        guard let asset = assets.byHashedName[try context.parameters.require("file")] else { throw HTTPError(.notFound) }
        var response = asset.response(to: request)
        response.headers[.cacheControl] = "public, max-age=31536000, immutable"
        return response
    }

    private func plain(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
