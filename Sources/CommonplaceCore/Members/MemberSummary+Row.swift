import SQLKit

extension MemberSummary {
    /// The member selected as `<prefix>_id`, `<prefix>_handle`, `<prefix>_name`, `<prefix>_kind`, `<prefix>_relation`.
    static func decode(_ row: any SQLRow, prefix: String) throws -> MemberSummary {
        MemberSummary(
            id: try row.decode(column: "\(prefix)_id", as: Int.self), handle: try row.decode(column: "\(prefix)_handle", as: String.self),
            name: try row.decode(column: "\(prefix)_name", as: String.self),
            kind: try row.decode(column: "\(prefix)_kind", as: MemberKind.self),
            relation: try row.decode(column: "\(prefix)_relation", as: Relation?.self))
    }

    /// The select list for ``decode(_:prefix:)`` from the `members` row aliased `alias`.
    static func columns(_ alias: String, prefix: String) -> SQLQueryString {
        """
        \(unsafeRaw: alias).id AS \(unsafeRaw: prefix)_id, \(unsafeRaw: alias).handle AS \(unsafeRaw: prefix)_handle, \
        \(unsafeRaw: alias).name AS \(unsafeRaw: prefix)_name, \(unsafeRaw: alias).kind AS \(unsafeRaw: prefix)_kind, \
        \(unsafeRaw: alias).relation AS \(unsafeRaw: prefix)_relation
        """
    }
}

extension MemberSummary {
    /// The member selected by ``columns(_:prefix:)`` from a `LEFT JOIN`, or nil when there was none.
    static func decodeIfPresent(_ row: any SQLRow, prefix: String) throws -> MemberSummary? {
        try row.decode(column: "\(prefix)_id", as: Int?.self) == nil ? nil : decode(row, prefix: prefix)
    }
}
