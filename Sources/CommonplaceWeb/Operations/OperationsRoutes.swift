import CommonplaceCore
import Foundation
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

    func openAPI(_ request: Request, context: AppRequestContext) -> Response {
        plain(assets.openAPI, type: "application/json")
    }

    func asset(_ request: Request, context: AppRequestContext) throws -> Response {
        let name = try context.parameters.require("file")
        guard let asset = assets.files[name] else { throw HTTPError(.notFound) }
        var response = plain(asset.content, type: asset.type)
        response.headers[.cacheControl] = "public, max-age=3600"
        return response
    }

    private func plain(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// CSS, JavaScript and the OpenAPI document, read once at start-up.
struct StaticAssets: Sendable {
    let files: [String: (content: String, type: String)]
    let openAPI: String

    static func load() throws -> StaticAssets {
        let resources = resourcesFolder
        let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8"]
        var files: [String: (String, String)] = [:]
        let folder = resources.appendingPathComponent("static")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let type = types[(name as NSString).pathExtension] ?? "application/octet-stream"
            files[name] = (try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), type)
        }
        let openAPI = try String(contentsOf: resources.appendingPathComponent("openapi.json"), encoding: .utf8)
        return StaticAssets(files: files, openAPI: openAPI)
    }
}
