import ArgumentParser
import CommonplaceCore
import CommonplaceWeb
import Foundation

/// `commonplace create-admin`: the first sign-in of a new instance.
struct CreateAdmin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create an admin (an employee with the admin role).")

    @OptionGroup var storage: StorageOptions

    @Option(help: "E-mail address to sign in with.")
    var email: String

    @Option(help: "Display name.")
    var name: String

    @Option(help: "Handle for @mentions (lowercase letters, digits, dashes).")
    var handle: String

    @Option(help: "Password (at least 10 characters); read from COMMONPLACE_ADMIN_PASSWORD or asked for when omitted.")
    var password: String?

    func run() async throws {
        let configuration = storage.configuration()
        let store = try await openStore(configuration, logger: storage.logger(configuration))
        guard let secret = password ?? ProcessInfo.processInfo.environment["COMMONPLACE_ADMIN_PASSWORD"] ?? Self.ask() else {
            await store.database.close()
            throw ValidationError("No password given.")
        }
        do {
            let admin = try await store.members.create(
                NewMember(
                    handle: handle, email: email, name: name, password: secret, kind: .employee, role: .admin))
            await store.database.close()
            print("Created admin @\(admin.handle) <\(email)>.")
        } catch StoreError.invalid(let problems) {
            await store.database.close()
            throw ValidationError(problems.map { "\($0.field): \($0.message)" }.joined(separator: "\n"))
        }
    }

    private static func ask() -> String? {
        print("Password: ", terminator: "")
        return readLine()
    }
}
