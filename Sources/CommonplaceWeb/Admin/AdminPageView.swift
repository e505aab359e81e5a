import CommonplaceCore

extension AdminPage: PageView {
    var main: HTML {
        """
        <h1>Admin</h1>
        <p class="meta"><a href="\(SiteURL.adminLog)">Action log</a> · <a href="\(SiteURL.adminSearch)">Search insights</a> · \
        <a href="\(SiteURL.moderation)">Review queue</a></p>
        \(formAlert(errors))
        \(botToken.map { """
        <div class="notice" role="status"><p>Bot added. Its API token — copy it now, it is not shown again:</p><code class="secret">\($0)</code></div>
        """ as HTML })
        \(invitationLink.map { """
        <div class="notice" role="status"><p>Invitation created. Send this link — it works once, for 14 days:</p><code class="secret">\($0)</code></div>
        """ as HTML })
        <div class="grid two">
          <form method="post" action="\(SiteURL.adminSettings)" class="card stack">
            <h2>Instance</h2>
            \(csrfField(chrome.csrf))
            <label>Name <input name="name" value="\(settings.name)" required maxlength="80"></label>
            <label class="check"><input type="checkbox" name="anonymous_reading"\(if: settings.anonymousReading, " checked")> \
        Visitors who are not signed in may read public content</label>
            <label>Registration <select name="registration">\(options(registrationOptions))</select></label>
            <label>Who may create spaces <select name="space_creation">\(options(spaceCreationOptions))</select></label>
            <div class="actions"><button type="submit">Save</button></div>
          </form>
          <form method="post" action="\(SiteURL.adminInvitations)" class="card stack">
            <h2>Invite someone</h2>
            \(csrfField(chrome.csrf))
            <label>E-mail (optional) <input type="email" name="email" value="\(invitation?.email)"></label>
            <label>Kind <select name="kind">\(options(kinds))</select></label>
            <label>Relation (external members) <select name="relation"><option value="">—</option>\(options(relations))</select></label>
            <label>Account (external members) <input name="account" list="account-slugs" maxlength="40" placeholder="e.g. acme" value="\(invitation?.account)"></label>
            <label>Role <select name="role">\(options(roles))</select></label>
            <div class="actions"><button type="submit">Create invitation</button></div>
          </form>
          <div class="card stack">
            <h2>Accounts</h2>
            <p class="meta">\(accountCount) in all\(if: !newestAccounts.isEmpty, ", the newest:")</p>
            <ul class="people">\(newestAccounts.map { "<li>\($0.name) <span class=\"meta\">\($0.slug) · \($0.kind)</span></li>" as HTML })</ul>
            <form method="post" action="\(SiteURL.adminAccounts)" class="stack">
              \(csrfField(chrome.csrf))
              <label>Name <input name="name" required maxlength="120"></label>
              <label>Slug <input name="slug" required pattern="[a-z0-9][a-z0-9-]{1,39}"></label>
              <label>Kind <select name="kind">\(options(accountKinds))</select></label>
              <div class="actions"><button type="submit">Add account</button></div>
            </form>
          </div>
          <form method="post" action="\(SiteURL.adminTags)" class="card stack">
            <h2>Define a tag</h2>
            <p class="hint">Tags form a vocabulary with broader and narrower tags, exported as <a href="\(SiteURL.api(.tagsScheme))">SKOS</a>.</p>
            \(csrfField(chrome.csrf))
            <label>Tag <input name="tag" required pattern="[a-z0-9][a-z0-9-]{0,39}"></label>
            <label>Label <input name="label" required maxlength="80"></label>
            <label>Definition <textarea name="definition" rows="2" maxlength="1000"></textarea></label>
            <label>Broader tag <input name="broader" pattern="[a-z0-9][a-z0-9-]{0,39}"></label>
            <div class="actions"><button type="submit">Save tag</button></div>
          </form>
          <form method="post" action="\(SiteURL.adminBots)" class="card stack">
            <h2>Add a bot</h2>
            <p class="hint">Bots are members of kind <em>machine</em> that act through API tokens.</p>
            \(csrfField(chrome.csrf))
            <label>Name <input name="name" required maxlength="100" placeholder="Release notes bot"></label>
            <label>Handle <input name="handle" required pattern="[a-z0-9][a-z0-9-]{1,39}"></label>
            <div class="actions"><button type="submit">Add bot</button></div>
          </form>
        </div>
        <div class="card">
          <h2>Members</h2>
          <form method="get" action="\(SiteURL.admin)" class="search-box" role="search">
            <label for="member-query" class="visually-hidden">Name, handle or expertise</label>
            <input id="member-query" name="q" value="\(listing.query)" maxlength="200" placeholder="a name, a handle or an expertise">
            <button type="submit" class="secondary">Find members</button>
          </form>
          <table class="members">
            <thead><tr><th>Name</th><th>E-mail</th><th>Standing</th><th>Change</th></tr></thead>
            <tbody>
            \(members.map(row))
            \(if: members.isEmpty, """
            <tr><td colspan="4" class="meta">\(listing.query.map { "No member whose name, handle or expertise starts with “\($0)”." as HTML })</td></tr>
        """)
            </tbody>
          </table>
          \(directoryPager(pager))
        </div>
        <datalist id="account-slugs">\(options(accountOptions))</datalist>
        """
    }

    private func row(_ row: AdminMemberView) -> HTML {
        """
        <tr id="member-\(row.member.handle)">
              <td><a href="\(row.member.url)">\(row.member.name)</a></td>
              <td>\(row.email)</td>
              <td>\(row.role) · \(row.kind)\(row.relation.map { " · \($0)" as HTML })\(row.account.map { " · \($0)" as HTML })</td>
              <td>
                <form method="post" action="\(SiteURL.adminMember(row.member.handle))" class="row compact">
                  \(csrfField(chrome.csrf))\(listing.query.map { hiddenField("q", $0) })\(hiddenField("page", String(listing.page)))
                  <select name="role" aria-label="Role">\(options(row.roleOptions))</select>
                  <select name="kind" aria-label="Kind">\(options(row.kindOptions))</select>
                  <select name="relation" aria-label="Relation"><option value="">—</option>\(options(row.relationOptions))</select>
                  <input name="account" value="\(row.accountSlug)" list="account-slugs" maxlength="40" placeholder="account" aria-label="Account short name" class="small-input">
                  <button type="submit" class="small">Apply</button>
                </form>
              </td>
            </tr>
        """
    }
}
