import ArgumentParser
import CommonplaceWeb
import Foundation
import Logging

/// Where the data lives, shared by every command; each flag can also be set by environment.
struct StorageOptions: ParsableArguments {
    @Option(help: "Folder of the SQLite file (env COMMONPLACE_DATA_DIR; default ./commonplace-data).")
    var dataDir: String?

    @Option(help: "PostgreSQL URL; when set, used instead of SQLite (env DATABASE_URL).")
    var databaseURL: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error (env COMMONPLACE_LOG_LEVEL).")
    var logLevel: String?

    @Option(help: "Log format: text or json, one event per line (env COMMONPLACE_LOG_FORMAT; default text).")
    var logFormat: String?

    func configuration() -> AppConfiguration {
        let environment = ProcessInfo.processInfo.environment
        var configuration = AppConfiguration()
        configuration.dataDirectory = dataDir ?? environment["COMMONPLACE_DATA_DIR"] ?? "./commonplace-data"
        configuration.databaseURL = databaseURL ?? environment["DATABASE_URL"]
        configuration.logLevel = (logLevel ?? environment["COMMONPLACE_LOG_LEVEL"]).flatMap { Logger.Level(rawValue: $0) } ?? .info
        if let cost = environment["COMMONPLACE_BCRYPT_COST"].flatMap(UInt8.init) { configuration.bcryptCost = cost }
        return configuration
    }

    /// A logger; the process-wide logging system is set up once, by the first caller.
    func logger(_ configuration: AppConfiguration) -> Logger {
        let format = logFormat ?? ProcessInfo.processInfo.environment["COMMONPLACE_LOG_FORMAT"]
        LoggingSetup.install(json: format == "json")
        var logger = Logger(label: "commonplace")
        logger.logLevel = configuration.logLevel
        return logger
    }
}

/// Installs the log handler; each command asks for its logger once, as swift-log allows a single bootstrap.
enum LoggingSetup {
    static func install(json: Bool) {
        LoggingSystem.bootstrap { label in
            if json { return JSONLogHandler(label: label, logLevel: .trace) }
            var handler = StreamLogHandler.standardOutput(label: label)
            handler.logLevel = .trace
            return handler
        }
    }
}
