import ArgumentParser
import CommonplaceWeb

/// `commonplace openapi`: print the OpenAPI document of `/api/v1`, as the server serves it.
struct OpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi", abstract: "Print the OpenAPI 3.1 document of the JSON API.")

    func run() {
        print(openAPIDocument, terminator: "")
    }
}
