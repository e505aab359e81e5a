import CommonplaceCore

extension SpacePage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <div>
            <h1>\(space.name) \(if: space.official, "<span class=\"badge\">Official</span>")</h1>
            <p class="purpose">\(space.purpose)</p>
            <p class="meta">\(counted(space.memberCount ?? 0, "member", "members")) · \(space.policy) · posts default to \(space.defaultVisibility)</p>
          </div>
          <div class="head-actions">
            \(space.status.map { "<span class=\"badge\">\($0)</span>" as HTML })
            \(followButton(follow, csrf: chrome.csrf))
            \(if: canModerate, "<a class=\"button secondary-link\" href=\"\(SiteURL.spaceEdit(space.slug))\">Edit</a>")
            \(if: canJoin, membershipButton(.spaceJoin(space.slug), "Join", class: nil))
            \(if: canRequest, membershipButton(.spaceJoin(space.slug), "Ask to join", class: nil))
            \(if: isMember, membershipButton(.spaceLeave(space.slug), "Leave", class: "secondary"))
          </div>
        </div>
        <div class="columns">
          <section class="feed">
            \(composerForm(composer, csrf: chrome.csrf))
            \(posts.isEmpty ? "<p class=\"empty\">No posts you can see yet.</p>" : "\(posts.map { postCard($0, csrf: chrome.csrf) })" as HTML)
            \(next.map { "<p class=\"more\"><a href=\"\($0)\">Older posts</a></p>" as HTML })
          </section>
          <aside class="side">
            <div class="card">
              <h2>Discussions</h2>
              <ul class="people">\(threads.isEmpty ? "<li class=\"meta\">No threads yet.</li>" : "\(threads.map(threadItem))" as HTML)</ul>
              <p><a href="\(SiteURL.spaceThreads(space.slug))">All threads</a> · \
        <a href="\(SiteURL.spaceThreads(space.slug).query("unanswered", 1))">Unanswered</a> · <a href="\(SiteURL.spaceFAQ(space.slug))">FAQ</a></p>
              \(if: composer != nil, """
              <p><a class="button small" href="\(SiteURL.spaceThreadNew(space.slug).query("kind", "question"))">Ask a question</a> \
        <a href="\(SiteURL.spaceThreadNew(space.slug).query("kind", "discussion"))">Start a discussion</a></p>
        """)
            </div>
            <div class="card">
              <h2>Knowledge base</h2>
              <ul class="people">\(articles.map { "<li><a href=\"\($0.url)\">\($0.title)</a> <span class=\"status s-\($0.status)\">\($0.statusLabel)</span></li>" as HTML })</ul>
              <p><a href="\(SiteURL.spaceArticles(space.slug))">All articles</a> · <a href="\(SiteURL.spaceLog(space.slug))">Log</a></p>
            </div>
            <div class="card">
              <h2>Goals</h2>
              \(goals.isEmpty ? "<p class=\"meta\">No goals set.</p>" : "\(goals.map(goal))" as HTML)
            </div>
            <div class="card">
              <h2>Members</h2>
              <ul class="people">
              \(members.map(memberItem))
              </ul>
            </div>
            \(if: canModerate, moderation)
          </aside>
        </div>
        """
    }

    private func membershipButton(_ action: SiteURL, _ label: String, class className: String?) -> HTML {
        """
        <form method="post" action="\(action)" class="inline">\(csrfField(chrome.csrf))<button type="submit"\
        \(className.map { " class=\"\($0)\"" as HTML })>\(label)</button></form>
        """
    }

    private func threadItem(_ thread: ConversationCardView) -> HTML {
        """
        <li><a href="\(thread.url)">\(thread.title)</a> <span class="meta">\(thread.kindLabel) · \(thread.repliesLabel)\
        \(if: thread.isQuestion && thread.answered, " · answered")</span></li>
        """
    }

    private func goal(_ goal: GoalView) -> HTML {
        """
        <div class="goal">
                <p>\(goal.description)</p>
                <progress value="\(goal.current)" max="\(goal.target)">\(goal.percent)%</progress>
                <p class="meta">\(goal.current) of \(goal.target) \(goal.metric) · \(goal.percent)%</p>
              </div>
        """
    }

    private func memberItem(_ entry: SpaceMemberView) -> HTML {
        """
        <li><a href="\(entry.member.url)">\(entry.member.name)</a>\(if: entry.isModerator, " <span class=\"badge\">moderator</span>")\
        \(if: entry.member.isExternal, " <span class=\"badge\">\(entry.member.kindLabel)</span>")</li>
        """
    }

    private var moderation: HTML {
        """
        <div class="card">
              <h2>Moderate</h2>
              <ul class="people">
              \(requests.map(request))
              </ul>
              <form method="post" action="\(SiteURL.spaceMembers(space.slug))" class="stack">
                \(csrfField(chrome.csrf))
                <label>Add a member by handle <input name="handle" required></label>
                <label>Role <select name="role"><option value="member">Member</option><option value="moderator">Moderator</option></select></label>
                <button type="submit" class="small">Add</button>
              </form>
            </div>
        """
    }

    private func request(_ member: MemberView) -> HTML {
        """
        <li>\(member.name) asks to join
                  <form method="post" action="\(SiteURL.spaceMembers(space.slug))" class="inline">\(csrfField(chrome.csrf))\
        \(hiddenField("handle", member.handle))<button type="submit" class="small">Approve</button></form>
                  <form method="post" action="\(SiteURL.spaceRequestDecline(space.slug, member.handle))" class="inline">\
        \(csrfField(chrome.csrf))<button type="submit" class="small secondary">Decline</button></form>
                </li>
        """
    }
}

extension SpaceListPage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <h1>Spaces</h1>
          \(if: canCreate, "<a class=\"button\" href=\"\(SiteURL.spaceNew)\">New space</a>")
        </div>
        <form method="get" action="\(SiteURL.spaces)" class="card search-box" role="search">
          <label for="space-query" class="visually-hidden">Name or purpose</label>
          <input id="space-query" name="q" value="\(query)" maxlength="200" placeholder="words of a space's name or purpose">
          <button type="submit">Find spaces</button>
        </form>
        <div class="grid">
        \(spaces.map(tile))
        \(if: spaces.isEmpty, "<p class=\"empty\">\(searched ? "No space you can see has “\(query)” in its name or purpose." : "No spaces yet." as HTML)</p>")
        </div>
        \(directoryPager(pager))
        """
    }

    private func tile(_ space: SpaceView) -> HTML {
        """
        <a class="card space-tile" href="\(space.url)">
            <h2>\(space.name) \(if: space.official, "<span class=\"badge\">Official</span>")</h2>
            <p>\(space.purpose)</p>
            <p class="meta">\(counted(space.memberCount ?? 0, "member", "members")) · \(space.policy)\(space.status.map { " · <strong>\($0)</strong>" as HTML })</p>
          </a>
        """
    }
}

extension SpaceFormPage: PageView {
    var main: HTML {
        """
        <div class="narrow card">
          \(editing ? "<h1>Edit space</h1>" : """
          <h1>Start a space</h1>
          <p>A space is people with a shared purpose. Say what it is for and how you will know it works.</p>
        """ as HTML)
          \(formAlert(errors))
          <form method="post" action="\(action)" class="stack">
            \(csrfField(chrome.csrf))
            <label>Name <input name="name" value="\(form.name)" required maxlength="80"></label>
            \(if: !editing, """
            <label>Address <input name="slug" value="\(form.slug)" required pattern="[a-z0-9][a-z0-9-]{1,39}">
              <span class="hint">/spaces/<em>address</em> — lowercase letters, digits and dashes.</span></label>
        """)
            <label>Purpose <textarea name="purpose" rows="3" required maxlength="2000">\(form.purpose)</textarea></label>
            <label>Goals <textarea name="goals" rows="3" placeholder="Collect 50 ideas for the spring line | posts | 50">\(form.goals)</textarea>
              <span class="hint">One per line: description | members or posts | target.</span></label>
            <label>Membership <select name="membership_policy">\(options(policies))</select></label>
            <label>Default visibility <select name="default_visibility">\(options(visibilities))</select></label>
            \(canMakeOfficial
            ? "<label class=\"check\"><input type=\"checkbox\" name=\"official\"\(if: form.official != nil, " checked")> Official space (shown first)</label>"
            : form.official != nil ? hiddenField("official", "on") : .empty)
            <div class="actions"><button type="submit">\(editing ? "Save changes" : "Create space")</button></div>
          </form>
        </div>
        """
    }
}
