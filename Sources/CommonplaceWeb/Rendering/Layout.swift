import CommonplaceCore

/// A page: its chrome (title, who is signed in) and what goes in `<main>`; ``PageRenderer`` puts it in ``layout(_:main:)``.
protocol PageView {
    var chrome: Chrome { get }
    /// The content of `<main>`.
    var main: HTML { get }
}

/// The frame around every page: head, header with navigation and account links, footer.
func layout(_ chrome: Chrome, main: HTML) -> HTML {
    """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(chrome.title) · \(chrome.instanceName)</title>
    <link rel="stylesheet" href="\(StaticAssets.embedded.url("app.css"))">
    <script src="\(StaticAssets.embedded.url("app.js"))" defer></script>
    </head>
    <body>
    <a class="skip-link" href="#main">Skip to the content</a>
    <header class="top">
      <div class="wrap top-row">
        <a class="brand" href="\(SiteURL.home)">\(chrome.instanceName)</a>
        <nav class="main-nav" aria-label="Main">
          <a href="\(SiteURL.home)">Home</a>
          <a href="\(SiteURL.spaces)">Spaces</a>
          <a href="\(SiteURL.threads)">Threads</a>
          <a href="\(SiteURL.ideas)">Ideas</a>
          <a href="\(SiteURL.tasks)">Tasks</a>
          \(if: chrome.member != nil, "<a href=\"\(SiteURL.members)\">People</a>")
          <a href="\(SiteURL.search)" class="phone-only">Search</a>
          \(if: chrome.isAdmin, "<a href=\"\(SiteURL.admin)\">Admin</a>")
        </nav>
        <form method="get" action="\(SiteURL.search)" class="header-search" role="search"><input name="q" placeholder="Search" aria-label="Search" maxlength="500"></form>
        <div class="account">
          \(chrome.member.map { accountLinks($0, chrome) } ?? "<a href=\"\(SiteURL.signIn)\" class=\"button\">Sign in</a>")
        </div>
      </div>
    </header>
    <main class="wrap" id="main" tabindex="-1">
    \(main)
    </main>
    <footer class="wrap foot">Commonplace</footer>
    </body>
    </html>
    """
}

/// The bell, links to work waiting (shown only while some does), and the account menu: a `<details>`, so it opens
/// without JavaScript and keeps the header one row wide at 390 px.
private func accountLinks(_ member: MemberView, _ chrome: Chrome) -> HTML {
    """
    \(if: chrome.flags != nil, "<a href=\"\(SiteURL.moderation)\" class=\"waiting\">Review <span class=\"count\">\(chrome.flags)</span></a>")
          \(if: chrome.suggestions != nil, "<a href=\"\(SiteURL.suggestions)\" class=\"waiting\">Suggestions <span class=\"count\">\(chrome.suggestions)</span></a>")
          <a href="\(SiteURL.notifications)" class="bell">Notifications\(chrome.unread.map { " <span class=\"count\">\($0)</span>" as HTML })</a>
          <details class="account-menu">
            <summary><span class="avatar small" aria-hidden="true">\(member.initial)</span><span class="me-name">\(member.name)</span></summary>
            <div class="menu">
              <a href="\(member.url)">Your profile</a>
              <a href="\(SiteURL.suggestions)">Suggestions\(chrome.suggestions.map { " <span class=\"count\">\($0)</span>" as HTML })</a>
              \(if: !member.isExternal, "<a href=\"\(SiteURL.moderation)\">Review\(chrome.flags.map { " <span class=\"count\">\($0)</span>" as HTML })</a>")
              <a href="\(SiteURL.settings)">Settings</a>
              <form method="post" action="\(SiteURL.signOut)">
                \(csrfField(chrome.csrf))
                <button type="submit" class="link">Sign out</button>
              </form>
            </div>
          </details>
    """
}
