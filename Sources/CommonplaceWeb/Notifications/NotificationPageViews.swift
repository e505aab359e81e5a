import CommonplaceCore

extension NotificationsPage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <h1>Notifications</h1>
          <form method="post" action="\(SiteURL.notificationsRead)" class="inline">\(csrfField(chrome.csrf))\
        <button type="submit" class="secondary">Mark all read</button></form>
        </div>
        <div class="columns">
        <section class="feed">
        <ul class="card notifications">
        \(notifications.map { "<li class=\"\(if: $0.unread, "unread")\"><a href=\"\($0.link)\">\($0.text)</a> <span class=\"meta\">\($0.createdAt)</span></li>" as HTML })
        \(if: notifications.isEmpty, "<li class=\"meta\">Nothing new.</li>")
        </ul>
        </section>
        <aside class="side">
          <form method="post" action="\(SiteURL.notificationPreferences)" class="card stack" id="preferences">
            <h2>Tell me about</h2>
            \(if: saved, "<p class=\"notice\" role=\"status\">Preferences saved.</p>")
            \(csrfField(chrome.csrf))
            \(preferences.map { "<label class=\"check\"><input type=\"checkbox\" name=\"on[]\" value=\"\($0.value)\"\(if: $0.selected, " checked")> \($0.label)</label>" as HTML })
            <div class="actions"><button type="submit" class="small">Save</button></div>
          </form>
          <div class="card">
            <h2>Following</h2>
            <ul class="people">
            \(follows.map(follow))
            \(if: follows.isEmpty, "<li class=\"meta\">You follow nothing yet. Follow threads, articles, spaces, tags and people from their pages.</li>")
            </ul>
          </div>
        </aside>
        </div>
        """
    }

    private func follow(_ follow: FollowView) -> HTML {
        """
        <li><a href="\(follow.url)">\(follow.label)</a>
              <form method="post" action="\(SiteURL.followsDelete)" class="inline">\(csrfField(chrome.csrf))\(hiddenField("kind", follow.kind))\
        \(hiddenField("key", follow.key))\(hiddenField("return_to", SiteURL.notifications.path))<button type="submit" class="link">Unfollow</button></form></li>
        """
    }
}
