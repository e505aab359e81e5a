import CommonplaceCore

/// The one rule for text that comes in, forms and API alike: no control characters but tab and line breaks.
///
/// A NUL cut text where C strings end (a password `\0…` was hashed as the empty one, a post `before\0after` read back
/// as `before`); other control characters have no place in text people write.
enum InputText {
    /// Throws a 422 naming the first field whose text holds a control character; walks nested values, optionals,
    /// arrays and dictionaries of a decoded input.
    static func refuseControlCharacters(in input: Any) throws {
        if let field = firstField(withControlCharacters: input, path: "") {
            throw StoreError.invalid(
                field.isEmpty ? "body" : field, "Remove the control characters from this text (only tabs and line breaks are allowed).")
        }
    }

    /// Whether the text holds a control character other than tab, line feed and carriage return.
    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.properties.generalCategory == .control && scalar != "\t" && scalar != "\n" && scalar != "\r"
        }
    }

    private static func firstField(withControlCharacters value: Any, path: String) -> String? {
        if let text = value as? String { return hasControlCharacters(text) ? path : nil }
        let mirror = Mirror(reflecting: value)
        for (index, child) in mirror.children.enumerated() {
            let name: String
            switch mirror.displayStyle {
            case .optional, .dictionary, .tuple: name = path
            case .collection, .set: name = "\(path)[\(index)]"
            default: name = child.label.map { path.isEmpty ? $0 : "\(path).\($0)" } ?? path
            }
            if let field = firstField(withControlCharacters: child.value, path: name) { return field }
        }
        return nil
    }
}
