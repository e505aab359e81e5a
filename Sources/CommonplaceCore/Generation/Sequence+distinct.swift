extension Sequence where Element: Hashable {
    /// The elements without repeats, in the order they first come. Unlike a `Set`'s order, which each process seeds
    /// anew, this is the same in every run: the generator's output depends on it.
    func distinct() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension Sequence {
    /// The elements whose `key` has not come before, in order.
    func distinct<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert(key($0)).inserted }
    }
}
