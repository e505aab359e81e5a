extension Store {
    /// A text as it will read once saved: its Markdown rendered, with @mentions of members who exist as links.
    /// Nothing is written.
    public func preview(_ markdown: String) async throws -> String {
        let handles = Tags.mentions(in: markdown)
        let known = handles.isEmpty ? [:] : try await database.read { try await MemberStore.resolve(handles: handles, on: $0) }
        return Markdown(knownHandles: Set(known.keys)).html(markdown)
    }
}
