import CompressNIO
import Hummingbird

/// Turns a page (``PageView``) into an HTML response: the layout around it, UTF-8 bytes straight into the body,
/// gzipped when the client takes it and the page is big enough to gain from it.
struct PageRenderer: Sendable {
    /// Pages smaller than this go uncompressed: a gzip header and a packet are worth more than the bytes saved.
    static let compressionThreshold = 1024

    /// A page in the layout, as an HTML response.
    func page(_ view: some PageView, status: HTTPResponse.Status = .ok) -> Response {
        let html = layout(view.chrome, main: view.main)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.vary] = "Accept-Encoding"
        var body = ByteBuffer(bytes: html.bytes)
        if view.chrome.compress, body.readableBytes >= Self.compressionThreshold, let gzipped = try? body.compress(with: Self.gzip) {
            headers[.contentEncoding] = "gzip"
            return Response(status: status, headers: headers, body: .init(byteBuffer: gzipped))
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    /// zlib's default level (6) and window: its own balance of speed and size.
    private static let gzip = CompressionAlgorithm.gzip()
}

/// A redirect after a form post (303, so the browser follows with GET).
func redirect(to location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
}

/// A redirect after a form post to one of our pages.
func redirect(to url: SiteURL) -> Response {
    redirect(to: url.path)
}
