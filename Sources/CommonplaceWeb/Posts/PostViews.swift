import CommonplaceCore

/// A post in a feed or on its own page, with Delete for its author and moderators.
func postCard(_ post: PostView, csrf: String) -> HTML {
    """
    <article class="card post" id="post-\(post.id)">
      <header class="post-head">
        \(avatarLink(post.author))
        <div>
          \(authorLink(post.author))
          <div class="meta">
            in <a href="\(post.spaceURL)">\(post.spaceName)</a> ·
            <a href="\(post.url)">\(post.createdAt)</a> ·
            \(visibilityLabel(post.visibility, title: post.visibilityLabel))
          </div>
        </div>
      </header>
      <div class="body">\(HTML(trusted: post.bodyHTML))</div>
      \(post.sharedWith.map { "<p class=\"shared\">Shared with \($0)</p>" as HTML })
      <footer class="post-foot">
        \(if: post.canDelete, """
        <a href="\(SiteURL.postDelete(post.id))" class="link danger">Delete</a>
    """)
      </footer>
    </article>
    """
}

/// The form for writing a post; members in no space they can post in are pointed to the spaces.
func composerForm(_ composer: Composer?, csrf: String) -> HTML {
    guard let composer else { return .empty }
    guard composer.hasSpaces else {
        return """
            <form method="post" action="\(SiteURL.posts)" class="card composer">
              \(csrfField(csrf))\(hiddenField("return_to", composer.returnTo))
              <p>Join a space to post. <a href="\(SiteURL.spaces)">Browse spaces</a></p>
            </form>
            """
    }
    return """
        <form method="post" action="\(SiteURL.posts)" class="card composer">
          \(csrfField(csrf))
          \(hiddenField("return_to", composer.returnTo))
          \(formAlert(composer.errors))
          <label for="composer-body">Share an update</label>
          <textarea id="composer-body" name="body" rows="3" maxlength="5000" required
            placeholder="What's new? @mention people, #tag topics, **bold**, [links](https://…)">\(composer.body)</textarea>
          <div class="row">
            <label>Space
              <select name="space">\(options(composer.spaces))</select>
            </label>
            <label>Visibility
              <select name="visibility">\(options(composer.visibilities))</select>
            </label>
          </div>
          <details>
            <summary>Share with specific people or accounts</summary>
            <label>People <span class="hint">@names, separated by spaces or commas</span> <input name="audience_members" value="\(composer.audienceMembers)"></label>
            <label>Customer or partner accounts <span class="hint">Their short names, as on the Accounts page</span> <input name="audience_accounts" value="\(composer.audienceAccounts)"></label>
            <p class="hint">Used by <em>private</em> and <em>partners</em> posts. People you @mention in them can see them too.</p>
          </details>
          <div class="actions"><button type="submit">Post</button></div>
        </form>
        """
}

extension FeedPage: PageView {
    var main: HTML {
        """
        <div class="columns">
          <section class="feed">
            \(welcome.map(welcomeCard) ?? composerForm(composer, csrf: chrome.csrf))
            <h1>\(heading)</h1>
            \(entries.isEmpty ? "<p class=\"empty\">Nothing here yet.</p>" : "\(entries.map(entry))" as HTML)
            \(next.map { "<p class=\"more\"><a href=\"\($0)\">Older</a></p>" as HTML })
          </section>
          <aside class="side">
            \(if: chrome.member == nil, """
            <div class="card"><h2>Welcome</h2><p>Sign in to join spaces, follow topics and share what you know.</p>\
            <a class="button" href="\(SiteURL.signIn)">Sign in</a></div>
            """)
            \(if: !tasks.isEmpty, """
              <div class="card" id="tasks-for-you"><h2>Tasks for you</h2>
              <ul class="people">\(tasks.map { task in "<li><a href=\"\(task.url)\">\(task.title)</a> <span class=\"meta\">due \(task.dueAt) · \(task.respondents) of \(task.goal)\(if: task.responded, " · you responded")</span></li>" as HTML })</ul>
              <a href="\(SiteURL.tasks)">All knowledge tasks</a></div>
              """)
            \(if: !answers.isEmpty, """
              <div class="card" id="idea-answers"><h2>Answers on ideas you back</h2>
              <ul class="people">\(answers.map { answer in """
                <li>\(ideaStatus(answer.status, answer.statusLabel)) <a href="\(answer.url)">\(answer.title)</a>
                  <span class="meta">\(answer.by.map { "\($0.name) · " as HTML })\(answer.at)</span><br>\(answer.excerpt)</li>
                """ as HTML })</ul>
              <a href="\(SiteURL.ideas)">All ideas</a></div>
              """)
            <div class="card">
              <h2>Knowledge base</h2>
              <ul class="people">\(articles.isEmpty ? "<li class=\"meta\">No articles yet.</li>" : "\(articles.map(recentArticle))" as HTML)</ul>
              \(if: signedIn, "<a href=\"\(SiteURL.articleNew)\">Write an article</a>")
            </div>
            <div class="card"><h2>Questions</h2><p><a href="\(SiteURL.threads.query("unanswered", 1))">Unanswered questions</a> · \
        <a href="\(SiteURL.threads)">All threads</a></p>\(if: signedIn, "<a class=\"button small\" href=\"\(SiteURL.threadNew(.question))\">Ask a question</a>")</div>
            <div class="card"><h2>Find your people</h2><p>Spaces gather people around a purpose.</p><a href="\(SiteURL.spaces)">Browse spaces</a></div>
          </aside>
        </div>
        """
    }

    private var signedIn: Bool { chrome.member != nil }

    /// A newcomer's first page: what spaces are, and open ones to join with one click.
    private func welcomeCard(_ spaces: [SpaceSuggestionView]) -> HTML {
        """
        <section class="card welcome">
          <h2>Welcome to \(chrome.instanceName)\(chrome.member.map { ", \($0.name)" as HTML })</h2>
          <p>Spaces gather people around a purpose. Join one to post, ask questions and follow what happens there.</p>
          \(if: !spaces.isEmpty, """
            <ul class="suggested-spaces">\(spaces.map { space in """
                <li><form method="post" action="\(SiteURL.spaceJoin(space.slug))" class="inline">\(csrfField(chrome.csrf))\
                <button type="submit" class="small">Join</button></form> <a href="\(SiteURL.space(space.slug))">\(space.name)</a> \
                <span class="meta">\(counted(space.members, "member", "members"))\(if: !space.purpose.isEmpty, " · \(space.purpose)")</span></li>
                """ as HTML })</ul>
            """)
          <p><a href="\(SiteURL.spaces)">See every space</a></p>
        </section>
        """
    }

    private func entry(_ entry: FeedEntryView) -> HTML {
        if let post = entry.post { return postCard(post, csrf: chrome.csrf) }
        if let conversation = entry.conversation { return threadCard(conversation) }
        if let idea = entry.idea { return ideaCard(idea) }
        return .empty
    }

    private func recentArticle(_ article: RecentArticleView) -> HTML {
        """
        <li><a href="\(article.url)">\(article.title)</a> <span class="meta">\(article.isNew ? "new" : "updated") in \(article.spaceName)</span></li>
        """
    }
}

extension PostPage: PageView {
    var main: HTML {
        "<div class=\"narrow\">\(postCard(post, csrf: chrome.csrf))</div>"
    }
}
