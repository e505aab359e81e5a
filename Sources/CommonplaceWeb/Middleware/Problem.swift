import CommonplaceCore
import Foundation
import Hummingbird

/// An RFC 9457 problem document, built from any error without leaking internal detail.
struct Problem: Codable {
    let type: String
    let title: String
    let status: Int
    let detail: String
    let instance: String
    let requestId: String
    let errors: [FieldProblem]?

    init(_ error: any Error, instance: String, requestId: String) {
        let (status, title, detail, errors) = Self.describe(error)
        self.type = "about:blank"
        self.status = status
        self.title = title
        self.detail = detail
        self.instance = instance
        self.requestId = requestId
        self.errors = errors
    }

    private static func describe(_ error: any Error) -> (Int, String, String, [FieldProblem]?) {
        switch error {
        case let error as StoreError:
            switch error {
            case .notFound: return (404, "Not found", "There is nothing here, or you may not see it.", nil)
            case .invalid(let problems) where problems.allSatisfy(\.isConflict):
                return (409, "Conflict", problems.map(\.message).joined(separator: " "), problems)
            case .invalid(let problems):
                return (422, "Please check your input", problems.map(\.message).joined(separator: " "), problems)
            case .forbidden(let message): return (403, "Not allowed", message, nil)
            case .conflict(let message): return (409, "Conflict", message, nil)
            }
        case is SignInRequired: return (401, "Sign in required", "Sign in, or send an API token as `Authorization: Bearer …`.", nil)
        case is AdminRequired: return (404, "Not found", "There is nothing here, or you may not see it.", nil)
        case is CSRFRejected:
            return (403, "Form expired", "The form's security token did not match. Go back, reload the page and try again.", nil)
        case let error as TooManySignInAttempts:
            return (429, "Too many attempts", "Too many sign-in attempts. Try again in \(error.retryAfter / 60 + 1) minutes.", nil)
        case let error as MethodNotAllowed:
            return (405, "Method not allowed", "This address takes \(error.allowHeader).", nil)
        case is DecodingError, is URLEncodedFormError:
            return (400, "Bad request", "The request body could not be read: check the field names and types.", nil)
        case let error as HTTPError:
            let status = Int(error.status.code)
            return (status, error.status.reasonPhrase, error.body ?? Self.defaultDetail(status), nil)
        case let error as any HTTPResponseError:
            let status = Int(error.status.code)
            return (status, error.status.reasonPhrase, Self.defaultDetail(status), nil)
        default:
            return (500, "Something went wrong", "We could not complete this request. Quote the request id if you report it.", nil)
        }
    }

    private static func defaultDetail(_ status: Int) -> String {
        switch status {
        case 404: "There is nothing here, or you may not see it."
        case 405: "This address does not take that method."
        case 413: "The request is too large."
        default: "The request could not be completed."
        }
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data()
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        return Response(status: HTTPResponse.Status(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
