import CommonplaceCore
import Logging

/// How one Commonplace server is set up; read from flags and environment by the executable.
public struct AppConfiguration: Sendable {
    public var hostname: String
    public var port: Int
    /// Where the SQLite file lives when no `databaseURL` is set.
    public var dataDirectory: String
    /// A `postgres://` URL; when set, PostgreSQL is used instead of SQLite.
    public var databaseURL: String?
    /// Marks cookies `Secure`; turn on when served over HTTPS.
    public var secureCookies: Bool
    public var logLevel: Logger.Level
    public var bcryptCost: UInt8
    /// The address people reach the instance at, e.g. `https://kb.example.com`, for links in
    /// machine-readable metadata; when nil, taken from each request's Host header.
    public var publicURL: String?
    /// Addresses of reverse proxies whose `X-Forwarded-For` names the client; from anyone else the header is ignored.
    public var trustedProxies: Set<String> = []
    /// How long a connection may stay open with no request in flight (keep-alive, or headers never finished).
    public var idleTimeout: Duration = .seconds(30)
    /// How long a client may take to send a request's body once its headers arrived.
    public var requestTimeout: Duration = .seconds(60)

    public init(
        hostname: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "./commonplace-data",
        databaseURL: String? = nil, secureCookies: Bool = false, logLevel: Logger.Level = .info, bcryptCost: UInt8 = 12
    ) {
        self.hostname = hostname
        self.port = port
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.secureCookies = secureCookies
        self.logLevel = logLevel
        self.bcryptCost = bcryptCost
    }

    public var databaseLocation: DatabaseLocation {
        if let databaseURL, !databaseURL.isEmpty { return .postgres(url: databaseURL) }
        return .sqliteFile(path: dataDirectory + "/commonplace.sqlite")
    }
}
