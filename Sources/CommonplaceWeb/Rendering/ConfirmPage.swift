import CommonplaceCore

/// "Delete this post?": the page a destructive action asks on before it is done, so that it needs no JavaScript to
/// be asked at all. The form posts to the same address the page is at.
struct ConfirmPage: PageView {
    let chrome: Chrome
    let question: String
    /// What happens, in a sentence: "The post and its reactions are removed for everyone."
    let consequence: String
    let action: SiteURL
    let button: String
    let cancel: SiteURL

    var main: HTML {
        """
        <div class="narrow">
        <form method="post" action="\(action)" class="card stack">
          \(csrfField(chrome.csrf))
          <h1>\(question)</h1>
          <p>\(consequence)</p>
          <div class="actions"><button type="submit" class="danger">\(button)</button> <a href="\(cancel)">Cancel</a></div>
        </form>
        </div>
        """
    }
}
