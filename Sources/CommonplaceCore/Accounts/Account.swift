/// The kind of company an account is.
public enum AccountKind: String, Sendable, Codable, CaseIterable {
    case customer
    case supplier
    case partner
    case prospect
}

/// A company that external members belong to (PRODUCT.md §7).
public struct Account: Sendable, Codable, Equatable {
    public let id: Int
    public var slug: String
    public var name: String
    public var kind: AccountKind
    public var createdAt: Int
}
