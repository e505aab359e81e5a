import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords with bcrypt, off the event loops.
public struct PasswordHasher: Sendable {
    /// The bcrypt cost; tests lower it, production keeps the default.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public static let minimumLength = 10
    /// bcrypt reads only the first 72 bytes of a password: a longer one is refused rather than silently cut.
    public static let maximumBytes = 72
    public static let lengthMessage = "Use 10 to 72 characters (a letter with an accent counts as two, an emoji as four)."

    /// True for a password that bcrypt keeps whole and that is long enough.
    static func isAcceptable(_ password: String) -> Bool {
        password.count >= minimumLength && password.utf8.count <= maximumBytes
    }

    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash of a password nobody has, checked when the e-mail is unknown so timing reveals nothing.
    static let decoy = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5/w0fS8nV5f4y5QG0jx4gJXk5o6bV9e"
}
