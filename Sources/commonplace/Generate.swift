import ArgumentParser
import CommonplaceCore
import CommonplaceWeb
import Foundation

/// `commonplace generate`: fill an empty instance with benchmark data.
struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill an empty instance with a realistic, deterministic company for benchmarks.",
        discussion:
            "large: 100k members at 5k accounts, 1k spaces, 50k articles with 3 revisions, 200k threads, 1M replies and posts. small is 1/100 of that."
    )

    @OptionGroup var storage: StorageOptions
    @Option(help: "small, medium or large.") var scale: String = "small"
    @Option(help: "The random seed: the same seed gives the same data.") var seed: UInt64 = 42
    @Flag(help: "Print the result as JSON (for scripts/bench).") var json = false

    func run() async throws {
        guard let scale = GenerationScale(rawValue: scale) else {
            throw ValidationError("Choose a scale: small, medium or large.")
        }
        let configuration = storage.configuration()
        let logger = storage.logger(configuration)
        let store = try await openStore(configuration, for: .loading, logger: logger)
        let json = self.json
        let report = try await DataGenerator(store: store, scale: scale, seed: seed).run { step in
            if !json { print("generating \(step)…") }
        }
        await store.database.close()
        if json {
            let object: [String: Any] = [
                "seconds": report.seconds, "counts": Dictionary(uniqueKeysWithValues: report.counts.map { ($0.0, $0.1) }),
                "employeeToken": report.employeeToken, "customerToken": report.customerToken, "thread": report.busyThread,
                "article": report.article, "commonWord": report.commonWord, "rareWords": report.rareWords, "phrase": report.phrase,
            ]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        } else {
            for (name, count) in report.counts { print("\(name): \(count)") }
            print(String(format: "Generated in %.1f s.", report.seconds))
        }
    }
}
