/// An item as the API shows it, with the address of its page: the item's own fields, and `url`.
struct Linked<Item: Encodable & Sendable>: Encodable, Sendable {
    let item: Item
    let url: SiteURL

    init(_ item: Item, url: SiteURL) {
        self.item = item
        self.url = url
    }

    private enum CodingKeys: String, CodingKey {
        case url
    }

    func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url.path, forKey: .url)
    }
}
