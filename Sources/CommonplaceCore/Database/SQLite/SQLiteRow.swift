import Foundation
import SQLKit

/// The column names of one prepared statement, shared by every row it returns.
final class SQLiteColumns: Sendable {
    let names: [String]
    private let indexes: [String: Int]

    init(_ names: [String]) {
        self.names = names
        // The first of two same-named columns wins, as in SQLite's own name lookup.
        self.indexes = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func index(of name: String) -> Int? { indexes[name] }
}

/// One result row, its values copied out of the statement.
struct SQLiteRow: SQLRow {
    let columns: SQLiteColumns
    let values: [SQLiteValue]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.index(of: column) != nil }

    func decodeNil(column: String) throws -> Bool {
        try value(column) == .null
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        let value = try value(column)
        do {
            return try SQLiteValueDecoder.decode(D.self, from: value)
        } catch let error as DecodingError {
            throw DecodingError.typeMismatch(
                D.self, .init(codingPath: [SQLiteColumnKey(column)], debugDescription: "column \(column): \(value)", underlyingError: error)
            )
        }
    }

    private func value(_ column: String) throws -> SQLiteValue {
        guard let index = columns.index(of: column) else {
            throw DecodingError.keyNotFound(
                SQLiteColumnKey(column), .init(codingPath: [], debugDescription: "no column \(column) in \(columns.names)"))
        }
        return values[index]
    }
}

private struct SQLiteColumnKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Decodes one stored value into the type a caller asks for: numbers and text directly, an enum through its raw
/// value, NULL as `nil`, and a keyed or list type from JSON text.
struct SQLiteValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: SQLiteValue
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<D: Decodable>(_ type: D.Type, from value: SQLiteValue) throws -> D {
        // The two types most columns are, without going through `Decodable`.
        if D.self == Int.self, case .integer(let int) = value { return Int(int) as! D }
        if D.self == String.self, case .text(let text) = value { return text as! D }
        // Bytes decode as a list (an unkeyed container) otherwise, which a blob is not.
        if case .blob(let bytes) = value {
            if D.self == [UInt8].self { return bytes as! D }
            if D.self == Data.self { return Data(bytes) as! D }
        }
        do {
            return try D(from: SQLiteValueDecoder(value: value))
        } catch Structured.requested {
            guard case .text(let json) = value else { throw mismatch(D.self, value) }
            return try JSONDecoder().decode(D.self, from: Data(json.utf8))
        }
    }

    /// Thrown when a type asks for a keyed or unkeyed container: the value is then read as JSON.
    private enum Structured: Error { case requested }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { throw Structured.requested }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Structured.requested }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool { try integer(Bool.self) != 0 }
    func decode(_ type: String.Type) throws -> String {
        switch value {
        case .text(let text): return text
        case .integer(let int): return String(int)
        case .real(let double): return String(double)
        case .blob, .null: throw Self.mismatch(String.self, value)
        }
    }
    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case .real(let double): return double
        case .integer(let int): return Double(int)
        case .text, .blob, .null: throw Self.mismatch(Double.self, value)
        }
    }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try exact(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try exact(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try exact(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try exact(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try exact(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try exact(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try exact(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try exact(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try exact(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try exact(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try Self.decode(T.self, from: value) }

    private func integer<T>(_ type: T.Type) throws -> Int64 {
        switch value {
        case .integer(let int): return int
        // An aggregate such as SUM over no rows or AVG can come back as a whole REAL.
        case .real(let double) where double.rounded() == double && abs(double) < 9.2e18: return Int64(double)
        default: throw Self.mismatch(T.self, value)
        }
    }

    private func exact<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let int = try integer(T.self)
        guard let exact = T(exactly: int) else { throw Self.mismatch(T.self, value) }
        return exact
    }

    private static func mismatch<T>(_ type: T.Type, _ value: SQLiteValue) -> DecodingError {
        .typeMismatch(T.self, .init(codingPath: [], debugDescription: "cannot read \(value) as \(T.self)"))
    }
}
