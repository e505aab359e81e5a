import SQLKit

extension SQLRow {
    /// Decodes the row into `type`, matching snake_case columns to camelCase properties.
    func model<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(model: type, with: SQLRowDecoder(keyDecodingStrategy: .convertFromSnakeCase))
    }
}

extension Array where Element == Int {
    /// `(1, 2, 3)` as bound parameters, for `IN` lists; never empty.
    var sqlList: SQLQueryString {
        let values = isEmpty ? [0] : self
        return "(" + values.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
    }
}

extension Array where Element == String {
    /// `('a', 'b')` as bound parameters, for `IN` lists; `(NULL)`, which nothing is in, when empty.
    var sqlList: SQLQueryString {
        isEmpty ? "(NULL)" : "(" + map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
    }
}
