import CommonplaceCore
import CommonplaceWeb
import HTTPTypes
import Testing

/// Sign-in budgets per account and per address (docs/operations.md, "Throttling and the trusted proxy").
@Suite("Sign-in throttling")
struct SignInThrottleTests {
    static let password = AuthTests.password
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    static func guess(_ email: String, in app: TestApp, from address: String? = nil) async throws -> Reply {
        try await app.send(
            .post, "/signin", form: ["email": email, "password": "wrong guess"],
            headers: address.map { [Self.forwardedFor: $0] } ?? [:])
    }

    @Test func guessingAtOneAccountLocksOutNoOther() async throws {
        try await TestApp.run { app in
            // given: someone guessed at ada's password until her budget ran out, from the address everyone shares
            _ = try await app.store.makeMember("ada")
            _ = try await app.store.makeMember("bo")
            for _ in 1...SignInThrottle.accountBudget { _ = try await Self.guess("ada@test.example", in: app) }

            // when
            let ada = try await app.send(.post, "/signin", form: ["email": "ada@test.example", "password": Self.password])
            let bo = try await app.send(.post, "/signin", form: ["email": "bo@test.example", "password": Self.password])

            // then
            #expect(ada.status == .tooManyRequests)
            #expect(bo.status == .seeOther)
        }
    }

    @Test func theAccountBudgetCountsTheEMailAsItIsLookedUp() async throws {
        try await TestApp.run { app in
            // given: guesses at ada written with spaces and capitals, while someone else signs in between them
            _ = try await app.store.makeMember("ada")
            _ = try await app.store.makeMember("bo")
            for number in 1...SignInThrottle.accountBudget {
                _ = try await Self.guess(number.isMultiple(of: 2) ? "  ADA@test.example" : "ada@test.example ", in: app)
                _ = try await app.send(.post, "/signin", form: ["email": "bo@test.example", "password": Self.password])
            }

            // when
            let right = try await app.send(.post, "/signin", form: ["email": "ada@test.example", "password": Self.password])

            // then
            #expect(right.status == .tooManyRequests)
        }
    }

    @Test func aSuccessfulSignInDoesNotClearWhatAnAddressSpent() async throws {
        try await TestApp.run { app in
            // given: an address that spent all but one attempt guessing at many accounts, then signed in once
            _ = try await app.store.makeMember("mallory")
            for number in 1..<SignInThrottle.addressBudget { _ = try await Self.guess("nobody\(number)@test.example", in: app) }
            let success = try await app.send(.post, "/signin", form: ["email": "mallory@test.example", "password": Self.password])

            // when
            let lastAllowed = try await Self.guess("another@test.example", in: app)
            let beyond = try await Self.guess("yet-another@test.example", in: app)

            // then
            #expect(success.status == .seeOther)
            #expect(lastAllowed.status == .unauthorized)
            #expect(beyond.status == .tooManyRequests)
        }
    }

    @Test func concurrentGuessesCannotAllPassTheCheck() async throws {
        // Thirty requests queue for a few connections; under the whole suite on two cores that queue once outlasted 30 s.
        try await TestApp.run(connectionWait: .seconds(300)) { app in
            // given
            _ = try await app.store.makeMember("ada")

            // when: thirty wrong token requests at once
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 1...30 {
                    group.addTask {
                        try await app.send(.post, "/api/v1/tokens", json: #"{"name":"x","email":"ada@test.example","password":"nope"}"#)
                            .status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            // then
            #expect(statuses.filter { $0 == .unauthorized }.count == SignInThrottle.accountBudget, "statuses: \(statuses)")
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 30 - SignInThrottle.accountBudget, "statuses: \(statuses)")
            #expect(try await app.store.count("api_tokens") == 0)
        }
    }

    @Test func serversOnOneDatabaseShareTheBudgets() async throws {
        try await TestApp.run { first in
            // given: guesses through one server
            _ = try await first.store.makeMember("ada")
            for _ in 1...SignInThrottle.accountBudget { _ = try await Self.guess("ada@test.example", in: first) }

            // when: the right password through another server on the same database
            let right = try await TestApp.on(first.store) { second in
                try await second.send(.post, "/signin", form: ["email": "ada@test.example", "password": Self.password])
            }

            // then
            #expect(right.status == .tooManyRequests)
        }
    }

    @Test func behindATrustedProxyEachClientHasItsOwnBudget() async throws {
        var configuration = AppConfiguration(bcryptCost: 4)
        configuration.trustedProxies = ["local"]
        try await TestApp.run(configuration: configuration) { app in
            // given: one client behind the proxy spent its address budget
            _ = try await app.store.makeMember("ada")
            for number in 1...SignInThrottle.addressBudget {
                _ = try await Self.guess("nobody\(number)@test.example", in: app, from: "203.0.113.7")
            }

            // when
            let sameClient = try await Self.guess("other@test.example", in: app, from: "203.0.113.7")
            let otherClient = try await app.send(
                .post, "/signin", form: ["email": "ada@test.example", "password": Self.password],
                headers: [Self.forwardedFor: "198.51.100.1, 203.0.113.9"])

            // then
            #expect(sameClient.status == .tooManyRequests)
            #expect(otherClient.status == .seeOther)
        }
    }

    @Test func fromAnUntrustedPeerForwardedForIsIgnored() async throws {
        try await TestApp.run { app in
            // given: a client that spent its address budget, writing a new X-Forwarded-For each time
            _ = try await app.store.makeMember("ada")
            for number in 1...SignInThrottle.addressBudget {
                _ = try await Self.guess("nobody\(number)@test.example", in: app, from: "192.0.2.\(number)")
            }

            // when
            let next = try await Self.guess("other@test.example", in: app, from: "192.0.2.250")

            // then
            #expect(next.status == .tooManyRequests)
        }
    }
}
