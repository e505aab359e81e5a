import CommonplaceCore
import Testing

@Suite("Secrets")
struct SecretTests {
    @Test func hashIsLowercaseHexSHA256() {
        // given: the FIPS 180-2 test vector
        let secret = "abc"

        // when
        let hash = Secret.hash(secret)

        // then
        #expect(hash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func madeSecretsAreURLSafeAndDistinct() {
        // when
        let secrets = (0..<100).map { _ in Secret.make(prefix: "cpt_") }

        // then: prefix + 32 bytes in unpadded base64url (43 characters), never twice the same
        for secret in secrets {
            #expect(secret.hasPrefix("cpt_"))
            #expect(secret.count == 4 + 43)
            #expect(secret.dropFirst(4).allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        }
        #expect(Set(secrets).count == secrets.count)
    }
}
