import CommonplaceCore
import Mustache

/// The escaping of every `{{value}}` in our templates (``HTMLText``), in place of swift-mustache's own HTML content
/// type: that one walks Characters through a dictionary (a tenth of a thread page's time) and leaves a `<` that a
/// combining mark follows unescaped.
struct HTMLEscaping: MustacheContentType {
    /// The name templates are parsed under (see ``PageRenderer``).
    static let name = "COMMONPLACE_HTML"

    func escapeText(_ text: String) -> String { HTMLText.escaped(text) }
}
