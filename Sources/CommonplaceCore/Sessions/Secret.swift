import Crypto
import Foundation

/// Random bearer secrets and the hashes they are stored as.
public enum Secret {
    /// 32 random bytes, base64url, with a readable prefix (`cps_` session, `cpt_` API token).
    public static func make(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let encoded = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + encoded
    }

    /// SHA-256 as hex: secrets are stored only as this, so a database leak yields no sign-ins.
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
