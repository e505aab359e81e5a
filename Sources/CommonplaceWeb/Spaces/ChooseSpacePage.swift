import CommonplaceCore
import Hummingbird

/// "Where does it belong?": before a new question, discussion or article started outside a space (the home page, the
/// thread list, an empty search), the member picks one of the spaces they may post in.
struct ChooseSpacePage: PageView {
    /// One space to start in, and the form there.
    struct Choice {
        let name: String
        let url: SiteURL
    }

    let chrome: Chrome
    let heading: String
    let choices: [Choice]

    var main: HTML {
        """
        <div class="narrow">
        <h1>\(heading)</h1>
        \(if: choices.isEmpty, """
            <p class="empty">You can post in the spaces you have joined, and you have joined none yet. \
            <a href="\(SiteURL.spaces)">Find a space to join</a>.</p>
            """, else: """
            <p>Which space does it belong in? Its members will see it first.</p>
            <ul class="choices">\(choices.map { "<li><a class=\"card choice\" href=\"\($0.url)\">\($0.name)</a></li>" as HTML })</ul>
            """)
        </div>
        """
    }
}

extension Site {
    /// The chooser, or straight to the form when the member may post in one space only.
    func chooseSpace(_ heading: String, context: SignedInContext, form: (SpaceReference) -> SiteURL) async throws -> Response {
        let spaces = try await store.spaces.postable(by: context.member)
        if spaces.count == 1 { return redirect(to: form(spaces[0])) }
        let view = ChooseSpacePage(
            chrome: try await chrome(heading, context.parent), heading: heading,
            choices: spaces.map { ChooseSpacePage.Choice(name: $0.name, url: form($0)) })
        return renderer.page(view)
    }
}
