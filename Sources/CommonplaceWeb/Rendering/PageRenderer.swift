import Foundation
import Hummingbird
import Mustache

/// Renders the Mustache templates in `Resources/Templates`; `{{x}}` escapes, so user text is never trusted HTML.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> PageRenderer {
        let directory = resourcesFolder.appendingPathComponent("Templates").path
        let library = try await MustacheLibrary(directory: directory)
        guard library.getTemplate(named: "layout") != nil else { throw MissingResources(path: directory) }
        return PageRenderer(library: library)
    }

    /// A page as an HTML response.
    func page(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(view, withTemplate: template) ?? ""
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// The package's `Resources` folder, copied beside the executable by SwiftPM.
let resourcesFolder = Bundle.module.bundleURL.appendingPathComponent("Resources")

/// Start-up fails loudly when templates or assets are missing, rather than serving empty pages.
struct MissingResources: Error, CustomStringConvertible {
    let path: String
    var description: String { "Commonplace's resources are missing at \(path)" }
}

/// A redirect after a form post (303, so the browser follows with GET).
func redirect(to location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
}
