import CommonplaceCore
import Hummingbird

extension Request {
    /// An integer `?name=` of an API request: nil when absent, and refused (422) when it is not a whole number within
    /// `range`, as the OpenAPI document declares, rather than read as another number or ignored.
    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = uri.queryParameters.get(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            let upper = range.upperBound == Int.max ? "" : " to \(range.upperBound)"
            throw StoreError.invalid(name, "Use a whole number from \(range.lowerBound)\(upper) for \(name).")
        }
        return value
    }
}
