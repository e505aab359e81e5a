/// Who may see an item, chosen by its author (PRODUCT.md §2).
public enum Visibility: String, Sendable, Codable, CaseIterable {
    /// The author and the members they name or @mention.
    case `private`
    /// Members of the item's space.
    case space
    /// All employees, never an external member.
    case `internal`
    /// Employees plus the accounts and external members named.
    case partners
    /// Everyone, including visitors who are not signed in when the instance allows anonymous reading.
    case `public`

    public var label: String {
        switch self {
        case .private: "Private — you and the people you name"
        case .space: "Space — members of this space"
        case .internal: "Internal — all employees"
        case .partners: "Partners — employees and the accounts or people you name"
        case .public: "Public — everyone"
        }
    }
}
