import Foundation

/// One value as SQLite stores it: the five storage classes.
enum SQLiteValue: Sendable, Equatable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
    case null

    /// The value a bound Swift value is stored as. The common types are matched directly; anything else encodes
    /// itself: an enum through its raw value, `nil` as NULL, and a keyed or list value as JSON text.
    init(binding value: any Encodable) throws {
        switch value {
        case let int as Int: self = .integer(Int64(int))
        case let string as String: self = .text(string)
        case let bool as Bool: self = .integer(bool ? 1 : 0)
        case let double as Double: self = .real(double)
        case let int as Int64: self = .integer(int)
        case let bytes as [UInt8]: self = .blob(bytes)
        case let data as Data: self = .blob([UInt8](data))
        default:
            let encoder = SingleValueEncoder()
            try value.encode(to: encoder)
            if encoder.isStructured {
                self = .text(String(decoding: try JSONEncoder().encode(value), as: UTF8.self))
            } else {
                self = encoder.value ?? .null
            }
        }
    }
}

/// Captures the one value an `Encodable` writes to a single-value container; notes whether it asked for a keyed or
/// unkeyed container instead, which the caller then stores as JSON.
private final class SingleValueEncoder: Encoder, SingleValueEncodingContainer {
    var value: SQLiteValue?
    var isStructured = false
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        isStructured = true
        return KeyedEncodingContainer(IgnoringKeyedContainer())
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        isStructured = true
        return IgnoringUnkeyedContainer()
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() { value = .null }
    func encode(_ value: Bool) { self.value = .integer(value ? 1 : 0) }
    func encode(_ value: String) { self.value = .text(value) }
    func encode(_ value: Double) { self.value = .real(value) }
    func encode(_ value: Float) { self.value = .real(Double(value)) }
    func encode(_ value: Int) { self.value = .integer(Int64(value)) }
    func encode(_ value: Int8) { self.value = .integer(Int64(value)) }
    func encode(_ value: Int16) { self.value = .integer(Int64(value)) }
    func encode(_ value: Int32) { self.value = .integer(Int64(value)) }
    func encode(_ value: Int64) { self.value = .integer(value) }
    func encode(_ value: UInt) throws { self.value = .integer(try Self.exact(value)) }
    func encode(_ value: UInt8) { self.value = .integer(Int64(value)) }
    func encode(_ value: UInt16) { self.value = .integer(Int64(value)) }
    func encode(_ value: UInt32) { self.value = .integer(Int64(value)) }
    func encode(_ value: UInt64) throws { self.value = .integer(try Self.exact(value)) }
    func encode<T: Encodable>(_ value: T) throws { self.value = try SQLiteValue(binding: value) }

    /// An unsigned value past `Int64.max` has no SQLite integer: refuse it rather than wrap around.
    private static func exact<T: BinaryInteger>(_ value: T) throws -> Int64 {
        guard let exact = Int64(exactly: value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) does not fit an SQLite integer"))
        }
        return exact
    }
}

/// The containers handed out for a structured value, which is then encoded again as JSON; what they receive is dropped.
private struct IgnoringKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var codingPath: [any CodingKey] = []
    mutating func encodeNil(forKey key: Key) {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {}
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(IgnoringKeyedContainer<NestedKey>())
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { IgnoringUnkeyedContainer() }
    mutating func superEncoder() -> any Encoder { IgnoringEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { IgnoringEncoder() }
}

private struct IgnoringUnkeyedContainer: UnkeyedEncodingContainer {
    var codingPath: [any CodingKey] = []
    var count = 0
    mutating func encodeNil() {}
    mutating func encode<T: Encodable>(_ value: T) {}
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(IgnoringKeyedContainer<NestedKey>())
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { IgnoringUnkeyedContainer() }
    mutating func superEncoder() -> any Encoder { IgnoringEncoder() }
}

private struct IgnoringEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(IgnoringKeyedContainer())
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { IgnoringUnkeyedContainer() }
    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueEncoder() }
}
