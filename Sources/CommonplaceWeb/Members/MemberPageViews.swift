import CommonplaceCore

extension DirectoryPage: PageView {
    var main: HTML {
        """
        <h1>People</h1>
        <form method="get" action="\(SiteURL.members)" class="card search-box" role="search">
          <label for="people-query" class="visually-hidden">Name, handle or expertise</label>
          <input id="people-query" name="q" value="\(query)" maxlength="200" placeholder="a name, a handle or an expertise">
          <button type="submit">Find people</button>
        </form>
        <ul class="card people directory">
        \(members.map(person))
        \(if: members.isEmpty, """
        <li class="meta">\(searched ? "Nobody whose name, handle or expertise starts with “\(query)”." : "Nobody here yet." as HTML)</li>
        """)
        </ul>
        \(directoryPager(pager))
        """
    }

    private func person(_ member: MemberView) -> HTML {
        """
        <li><span class="avatar small" aria-hidden="true">\(member.initial)</span> <a href="\(member.url)">\(member.name)</a> \
        <span class="meta">@\(member.handle)</span> \(if: member.isExternal, "<span class=\"badge\">\(member.kindLabel)</span>")</li>
        """
    }
}

extension ProfilePage: PageView {
    var main: HTML {
        """
        <div class="columns">
          <section class="feed">
            <div class="card profile">
              <span class="avatar large" aria-hidden="true">\(member.initial)</span>
              <div>
                <h1>\(member.name)</h1>
                <p class="meta">@\(member.handle) · \(member.kindLabel)\(accountName.map { " at \($0)" as HTML })</p>
                \(followButton(follow, csrf: chrome.csrf))
              </div>
            </div>
            \(if: !thanked.isEmpty, """
              <section class="card" id="thanked"><h2>Thanked for</h2><ul class="people">\(thanked.map { thanks in
                  "<li><a href=\"\(thanks.url)\">\(thanks.title)</a> <span class=\"meta\">knowledge task, closed \(thanks.at)</span></li>" as HTML
              })</ul></section>
              """)
            <h2>Articles</h2>
            <ul class="card people">\(articles.isEmpty ? "<li class=\"meta\">No articles you can see.</li>" : "\(articles.map(article))" as HTML)</ul>
            <h2>Threads</h2>
            \(threads.isEmpty ? "<p class=\"empty\">No threads you can see.</p>" : "\(threads.map(threadCard))" as HTML)
            \(if: !ideas.isEmpty, "<h2>Ideas</h2>\(ideas.map(ideaCard))")
            <h2>Posts</h2>
            \(posts.isEmpty ? "<p class=\"empty\">No posts you can see.</p>" : "\(posts.map { postCard($0, csrf: chrome.csrf) })" as HTML)
            \(next.map { "<p class=\"more\"><a href=\"\($0)\">Older posts</a></p>" as HTML })
          </section>
          <aside class="side">
            <div class="card">
              <h2>About</h2>
              \(bio.map { "<p>\($0)</p>" as HTML } ?? "<p class=\"meta\">No bio yet.</p>")
              <h3>Expertise</h3>
              <p>\(expertise.map { "<a class=\"tag\" href=\"\(SiteURL.tag($0))\">#\($0)</a> " as HTML })</p>
              <h3>Interests</h3>
              <p>\(interests.map { "<a class=\"tag\" href=\"\(SiteURL.tag($0))\">#\($0)</a> " as HTML })</p>
              \(if: isSelf, "<p><a href=\"\(SiteURL.settings)\">Edit your profile</a></p>")
            </div>
          </aside>
        </div>
        """
    }

    private func article(_ article: RecentArticleView) -> HTML {
        "<li><a href=\"\(article.url)\">\(article.title)</a> <span class=\"meta\">in \(article.spaceName) · \(article.updatedAt)</span></li>"
    }
}

extension SettingsPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
          <h1>Settings</h1>
          \(notice.map { "<div class=\"notice\" role=\"status\">\($0)</div>" as HTML })
          \(formAlert(errors))
          <form method="post" action="\(SiteURL.settingsProfile)" class="card stack">
            <h2>Profile</h2>
            \(csrfField(chrome.csrf))
            <label>Name <input name="name" value="\(profile.name)" required maxlength="100"></label>
            <label>Bio <textarea name="bio" rows="3" maxlength="2000">\(profile.bio)</textarea></label>
            <label>Expertise <input name="expertise" value="\(profile.expertise)"><span class="hint">Tags you know about, separated by spaces.</span></label>
            <label>Interests <input name="interests" value="\(profile.interests)"><span class="hint">Tags you follow.</span></label>
            <div class="actions"><button type="submit">Save profile</button></div>
          </form>
          <form method="post" action="\(SiteURL.settingsPassword)" class="card stack">
            <h2>Password</h2>
            \(csrfField(chrome.csrf))
            <label>Current password <input type="password" name="current" required autocomplete="current-password"></label>
            <label>New password <input type="password" name="new" required minlength="10" autocomplete="new-password"></label>
            <p class="hint">Changing it signs you out everywhere else.</p>
            <label class="check"><input type="checkbox" name="revoke_tokens" value="1" checked> Also revoke my API tokens\
        \(tokenCount.map { " (\($0))" as HTML })</label>
            <div class="actions"><button type="submit">Change password</button></div>
          </form>
          <div class="card stack">
            <h2>API tokens</h2>
            <p class="hint">For scripts and bots: send <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1</code>. \
        See <a href="\(SiteURL.openAPI)">the API description</a>.</p>
            \(newToken.map { """
            <div class="notice" role="status"><p>Your new token — copy it now, it is not shown again:</p><code class="secret">\($0)</code></div>
        """ as HTML })
            <ul class="tokens">
            \(tokens.map(token))
            </ul>
            \(if: tokenCount != nil, """
            <form method="post" action="\(SiteURL.settingsTokensRevokeAll)" class="inline">\(csrfField(chrome.csrf))\
        <button type="submit" class="secondary danger">Revoke every token</button></form>
        """)
            <form method="post" action="\(SiteURL.settingsTokens)" class="row">
              \(csrfField(chrome.csrf))
              <label>Token name <input name="name" required maxlength="80" placeholder="e.g. release bot"></label>
              <button type="submit">Create token</button>
            </form>
          </div>
        </div>
        """
    }

    private func token(_ token: TokenView) -> HTML {
        """
        <li><strong>\(token.name)</strong> <span class="meta">created \(token.createdAt)\(token.lastUsedAt.map { " · last used \($0)" as HTML })</span>
                <form method="post" action="\(SiteURL.settingsTokenRevoke(token.id))" class="inline">\(csrfField(chrome.csrf))\
        <button type="submit" class="link danger">Revoke</button></form></li>
        """
    }
}
