import CommonplaceCore
import Hummingbird

extension Request {
    /// Decodes an HTML form post (`application/x-www-form-urlencoded`).
    func form<T: Decodable>(_ type: T.Type, context: some RequestContext) async throws -> T {
        var request = self
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        do {
            return try URLEncodedFormDecoder().decode(type, from: String(buffer: body))
        } catch {
            throw HTTPError(.badRequest, message: "The form could not be read; reload the page and try again.")
        }
    }

    /// Decodes a JSON body; errors become 400 problems that name the field.
    func json<T: Decodable>(_ type: T.Type, context: some RequestContext) async throws -> T {
        guard isJSON else { throw HTTPError(.unsupportedMediaType, message: "Send the body as application/json.") }
        return try await decode(as: type, context: context)
    }

    private var isJSON: Bool {
        headers[.contentType]?.lowercased().hasPrefix("application/json") ?? false
    }
}

extension Parameters {
    /// The `:id` of the path; an id that is not a number names nothing, so it is "not found".
    func itemID() throws -> Int {
        guard let id = get("id", as: Int.self) else { throw StoreError.notFound }
        return id
    }
}
