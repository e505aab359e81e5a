import HTTPTypes
import Hummingbird
import NIOConcurrencyHelpers

/// Which methods each registered path takes, so that a request for a path that exists, with a method it does not take,
/// is answered 405 with `Allow` instead of the router's 404 (RFC 9110 §15.5.6).
final class MethodTable: Sendable {
    private let patterns = NIOLockedValueBox<[(components: [Substring], methods: Set<HTTPRequest.Method>)]>([])

    /// Learns the routes once they are all registered.
    func learn<Context>(_ router: Router<Context>) {
        let grouped = Dictionary(grouping: router.routes, by: { $0.path.description })
        patterns.withLockedValue { table in
            table = grouped.map { path, routes in
                (path.split(separator: "/", omittingEmptySubsequences: true), Set(routes.map(\.method)))
            }
        }
    }

    /// The methods `path` takes, if some route has it; nil when no route does.
    func methods(for path: String) -> Set<HTTPRequest.Method>? {
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        return patterns.withLockedValue { table in
            let matching = table.filter { pattern in
                pattern.components.count == components.count
                    && zip(pattern.components, components).allSatisfy { Self.isParameter($0) || $0 == $1 }
            }
            // As the router does, a literal component wins over a parameter: /tags/scheme is not /tags/{tag}.
            let literals = { (pattern: [Substring]) in pattern.filter { !Self.isParameter($0) }.count }
            guard let best = matching.map({ literals($0.components) }).max() else { return nil }
            return matching.filter { literals($0.components) == best }.reduce(into: Set()) { $0.formUnion($1.methods) }
        }
    }
}

extension MethodTable {
    fileprivate static func isParameter(_ component: Substring) -> Bool {
        component.hasPrefix("{") || component.hasPrefix(":") || component == "*"
    }
}

/// A request whose path exists but does not take its method.
struct MethodNotAllowed: Error {
    let allowed: Set<HTTPRequest.Method>

    var allowHeader: String { allowed.map(\.rawValue).sorted().joined(separator: ", ") }
}
