/// The CSRF token as a page carries it: XORed with fresh random bytes for every response, the bytes in front.
///
/// A compressed page that reflects what a visitor typed next to a secret that never changes lets an attacker who sees
/// the response sizes guess the secret byte by byte (BREACH). Masked, the token in the page differs in every response
/// while the cookie holds it as it is; ``unmasked(_:)`` turns what a form sends back into the token.
enum MaskedToken {
    /// `token` masked for one response, as lowercase hex.
    static func masked(_ token: String) -> String {
        let secret = Array(token.utf8)
        var generator = SystemRandomNumberGenerator()
        let pad = secret.map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return hex(pad + zip(pad, secret).map { $0 ^ $1 })
    }

    /// The token a masked value carries; nil for a value that is no mask.
    static func unmasked(_ value: String) -> String? {
        guard let bytes = bytes(ofHex: value), bytes.count % 2 == 0, !bytes.isEmpty else { return nil }
        let half = bytes.count / 2
        return String(decoding: zip(bytes[..<half], bytes[half...]).map { $0 ^ $1 }, as: UTF8.self)
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func bytes(ofHex text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        for index in stride(from: 0, to: utf8.count, by: 2) {
            guard let high = value(utf8[index]), let low = value(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }
}
