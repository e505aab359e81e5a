import Foundation
import Hummingbird
import Mustache

/// Renders the Mustache templates in `Resources/Templates`; `{{x}}` escapes, so user text is never trusted HTML.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Parses every template with ``HTMLEscaping`` as its content type: a template (or partial) names its content type
    /// at its start or gets the library's default escaper, so the pragma is put in front of each file's text here.
    static func load() throws -> PageRenderer {
        let directory = resourcesFolder.appendingPathComponent("Templates")
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for file in files where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            do {
                try library.register(
                    "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n" + text, named: String(file.dropLast(".mustache".count)))
            } catch {
                throw TemplateError(file: file, error: error)
            }
        }
        guard library.getTemplate(named: "layout") != nil else { throw MissingResources(path: directory.path) }
        return PageRenderer(library: library)
    }

    /// A page in the layout, as an HTML response.
    func page(_ view: some PageView, status: HTTPResponse.Status = .ok) -> Response {
        let html = layout(view.chrome, main: view.main)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: html.bytes)))
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

/// A template that does not parse: start-up names the file.
struct TemplateError: Error, CustomStringConvertible {
    let file: String
    let error: any Error
    var description: String { "The template \(file) does not parse: \(error)" }
}

/// A redirect after a form post (303, so the browser follows with GET).
func redirect(to location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
}

/// A redirect after a form post to one of our pages.
func redirect(to url: SiteURL) -> Response {
    redirect(to: url.path)
}
