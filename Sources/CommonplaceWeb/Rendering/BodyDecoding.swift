import CommonplaceCore
import Foundation
import Hummingbird

extension Request {
    /// Decodes an HTML form post, sent as `application/x-www-form-urlencoded` and nothing else, so the CSRF check that
    /// forms get cannot be passed by with another type (`CSRFMiddleware`). Text that is not UTF-8 is refused (400) as the
    /// JSON decoder refuses it, rather than saved with replacement characters; control characters are refused (422).
    func form<T: Decodable>(_ type: T.Type, context: some RequestContext) async throws -> T {
        guard headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false else {
            throw HTTPError(.unsupportedMediaType, message: "Send the form as application/x-www-form-urlencoded.")
        }
        var request = self
        let body = String(buffer: try await request.collectBody(upTo: context.maxUploadSize))
        let unreadable = HTTPError(.badRequest, message: "The form could not be read; reload the page and try again.")
        guard body.replacingOccurrences(of: "+", with: " ").removingPercentEncoding != nil else { throw unreadable }
        let form: T
        do {
            form = try URLEncodedFormDecoder().decode(type, from: body)
        } catch {
            throw unreadable
        }
        try InputText.refuseControlCharacters(in: form)
        return form
    }

    /// Decodes a JSON body; errors become 400 problems that name the field, control characters in text 422.
    func json<T: Decodable>(_ type: T.Type, context: some RequestContext) async throws -> T {
        guard isJSON else { throw HTTPError(.unsupportedMediaType, message: "Send the body as application/json.") }
        let input = try await decode(as: type, context: context)
        try InputText.refuseControlCharacters(in: input)
        return input
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

    /// The `:id` of an article page, which may carry the article's slug: `42` or `42-cleaning-the-glass`. The words
    /// after the id are not checked, as a renamed article keeps its links.
    func articleID() throws -> Int {
        guard let text = get("id"), let id = Int(text.prefix { $0 != "-" }), id > 0 else { throw StoreError.notFound }
        return id
    }
}
