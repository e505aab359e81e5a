import CompressNIO
import Crypto
import Hummingbird

/// The stylesheet and script, compiled into the binary from `Assets/` (the EmbedAssets plugin), and the OpenAPI
/// document: each under a name with its content's hash, gzipped once at start-up.
struct StaticAssets: Sendable {
    /// One file, ready to send.
    struct Asset: Sendable {
        let hashedName: String
        let type: String
        let body: ByteBuffer
        /// The body gzipped, when that makes it smaller.
        let gzipped: ByteBuffer?

        /// The file, gzipped when the client takes it.
        func response(to request: Request) -> Response {
            var headers = HTTPFields()
            headers[.contentType] = type
            headers[.vary] = "Accept-Encoding"
            if let gzipped, request.acceptsGzip {
                headers[.contentEncoding] = "gzip"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: gzipped))
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        }
    }

    let byHashedName: [String: Asset]
    private let byName: [String: Asset]
    let openAPI: Asset

    /// The assets of this binary, and the OpenAPI document built from the API's contract.
    static let embedded = StaticAssets(embeddedAssets + [("openapi.json", APIDocument.text)])

    init(_ files: [(name: String, text: String)]) {
        var byName: [String: Asset] = [:]
        for file in files {
            let body = ByteBuffer(string: file.text)
            let digest = SHA256.hash(data: Array(file.text.utf8)).prefix(6).map { String(format: "%02x", $0) }.joined()
            let (stem, suffix) = Self.split(file.name)
            var source = body
            let gzipped = (try? source.compress(with: .gzip())).flatMap { $0.readableBytes < body.readableBytes ? $0 : nil }
            byName[file.name] = Asset(
                hashedName: "\(stem).\(digest)\(suffix)", type: Self.types[String(suffix.dropFirst())] ?? "application/octet-stream",
                body: body, gzipped: gzipped)
        }
        self.byName = byName
        byHashedName = Dictionary(uniqueKeysWithValues: byName.values.map { ($0.hashedName, $0) })
        openAPI = byName["openapi.json"] ?? Asset(hashedName: "openapi.json", type: "application/json", body: ByteBuffer(), gzipped: nil)
    }

    /// The link to an asset by its plain name (`app.css`), which carries its hash.
    func url(_ name: String) -> SiteURL {
        .asset(byName[name]?.hashedName ?? name)
    }

    private static let types = [
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "json": "application/json",
    ]

    /// "app.css" → ("app", ".css").
    private static func split(_ name: String) -> (String, String) {
        guard let dot = name.lastIndex(of: ".") else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }
}

extension Request {
    /// Whether the client said it takes gzip (`Accept-Encoding`, without `gzip;q=0`).
    var acceptsGzip: Bool {
        guard let accepted = headers[.acceptEncoding] else { return false }
        return accepted.split(separator: ",").contains { coding in
            let parts = coding.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.first?.lowercased() == "gzip" else { return false }
            return !parts.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "") == "q=0" }
        }
    }
}
