import CommonplaceWeb
import Foundation
import HummingbirdTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A real server closes connections that hold it open without sending a request: idle keep-alive, headers never
/// finished, and a body trickling in byte by byte (docs/operations.md, "Timeouts").
@Suite("Connection timeouts")
struct ConnectionTimeoutTests {
    /// Starts the server with one-second timeouts and hands `body` its port.
    static func withServer(_ body: @Sendable @escaping (Int) async throws -> Void) async throws {
        try await TestDatabase.withStore { store in
            var configuration = AppConfiguration(port: 0, bcryptCost: 4)
            configuration.idleTimeout = .seconds(1)
            configuration.requestTimeout = .seconds(1)
            let app = try await buildApplication(configuration, store: store, logger: TestDatabase.logger)
            try await app.test(.live) { client in
                try await body(try #require(client.port))
            }
        }
    }

    @Test func anIdleKeepAliveConnectionIsClosed() async throws {
        try await Self.withServer { port in
            // given: a connection that asked for one page and keeps the connection
            let socket = try RawSocket(port: port)
            try socket.send("GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n")

            // when
            let closedAfter = try await socket.secondsUntilClosed(sending: nil, limit: 10)

            // then
            #expect(closedAfter < 5)
        }
    }

    @Test func headersThatNeverFinishAreCutOff() async throws {
        try await Self.withServer { port in
            // given
            let socket = try RawSocket(port: port)
            try socket.send("GET /healthz HTTP/1.1\r\nHost: test\r\n")

            // when
            let closedAfter = try await socket.secondsUntilClosed(sending: nil, limit: 10)

            // then
            #expect(closedAfter < 5)
        }
    }

    @Test func aBodyTricklingInIsCutOffAtTheRequestDeadline() async throws {
        try await Self.withServer { port in
            // given: a sign-in whose body arrives a byte every 200 ms, which the idle timeout alone never stops
            let socket = try RawSocket(port: port)
            try socket.send(
                "POST /signin HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ne")

            // when
            let closedAfter = try await socket.secondsUntilClosed(sending: "x", limit: 10)

            // then
            #expect(closedAfter < 5)
        }
    }
}

/// A blocking TCP client on 127.0.0.1, for sending what no HTTP client would.
final class RawSocket: @unchecked Sendable {
    private let descriptor: Int32

    struct Failure: Error {
        let step: String
    }

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(step: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(step: "connect") }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        let sent = text.utf8CString.withUnsafeBufferPointer { Glibc.send(descriptor, $0.baseAddress, $0.count - 1, Int32(MSG_NOSIGNAL)) }
        guard sent >= 0 else { throw Failure(step: "send") }
    }

    /// Reads (and drops) what the server sends, sending `drip` every 200 ms, until the server closes the connection;
    /// returns how many seconds that took, or `limit` if it never did.
    ///
    /// The blocking reads run on a thread of their own: on a two-core machine Swift's cooperative pool has two threads,
    /// and blocking them would starve the server's own handlers and make the timeouts look late.
    func secondsUntilClosed(sending drip: String?, limit: Double) async throws -> Double {
        await withCheckedContinuation { continuation in
            let reader = Thread { continuation.resume(returning: self.blockingSecondsUntilClosed(sending: drip, limit: limit)) }
            reader.start()
        }
    }

    private func blockingSecondsUntilClosed(sending drip: String?, limit: Double) -> Double {
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date().timeIntervalSince(start) < limit {
            let received = recv(descriptor, &buffer, buffer.count, 0)
            if received == 0 { return Date().timeIntervalSince(start) }
            if received < 0, errno != EAGAIN, errno != EWOULDBLOCK { return Date().timeIntervalSince(start) }
            if let drip, (try? send(drip)) == nil { return Date().timeIntervalSince(start) }
        }
        return limit
    }
}
