import Foundation
import Hummingbird

/// Turns a page (``PageView``) into an HTML response: the layout around it, UTF-8 bytes straight into the body.
struct PageRenderer: Sendable {
    /// A page in the layout, as an HTML response.
    func page(_ view: some PageView, status: HTTPResponse.Status = .ok) -> Response {
        let html = layout(view.chrome, main: view.main)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: html.bytes)))
    }
}

/// The package's `Resources` folder, copied beside the executable by SwiftPM.
let resourcesFolder = Bundle.module.bundleURL.appendingPathComponent("Resources")

/// Start-up fails loudly when assets are missing, rather than serving pages without them.
struct MissingResources: Error, CustomStringConvertible {
    let path: String
    var description: String { "Commonplace's resources are missing at \(path)" }
}

/// A redirect after a form post (303, so the browser follows with GET).
func redirect(to location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
}

/// A redirect after a form post to one of our pages.
func redirect(to url: SiteURL) -> Response {
    redirect(to: url.path)
}
