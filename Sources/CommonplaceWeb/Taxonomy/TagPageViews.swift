import CommonplaceCore

extension TagPage: PageView {
    var main: HTML {
        """
        <div class="columns">
          <section class="feed">
            <h1>#\(tag)\(definition != nil ? " <span class=\"meta\">— \(label)</span>" : .empty)</h1>
            \(definition.map { "<p>\($0)</p>" as HTML })
            \(followButton(follow, csrf: chrome.csrf))
            <div class="card">
              <h2>Articles</h2>
              <ul class="people">\(articles.isEmpty ? "<li class=\"meta\">No articles you can see.</li>" : "\(articles.map(article))" as HTML)</ul>
            </div>
            <h2>Threads</h2>
            \(threads.isEmpty ? "<p class=\"empty\">No threads you can see.</p>" : "\(threads.map(threadCard))" as HTML)
            \(if: !ideas.isEmpty, "<h2>Ideas</h2>\(ideas.map(ideaCard))<p class=\"more\"><a href=\"\(SiteURL.ideas.query("tag", tag))\">All ideas tagged #\(tag)</a></p>")
            <h2>Posts</h2>
            \(posts.isEmpty ? "<p class=\"empty\">No posts you can see.</p>" : "\(posts.map { postCard($0, csrf: chrome.csrf) })" as HTML)
            \(next.map { "<p class=\"more\"><a href=\"\($0)\">Older posts</a></p>" as HTML })
          </section>
          <aside class="side">
            <div class="card">
              <h2>Who knows about #\(tag)</h2>
              <ul class="people">\(experts.isEmpty ? "<li class=\"meta\">Nobody yet.</li>" : "\(experts.map(expert))" as HTML)</ul>
              <p><a href="\(SiteURL.experts.query("topic", tag))">More people</a></p>
            </div>
            <div class="card">
              <h2>Related tags</h2>
              \(broader.map { "<p>Broader: <a class=\"tag\" href=\"\(SiteURL.tag($0))\">#\($0)</a></p>" as HTML })
              <p>\(narrower.map { "<a class=\"tag\" href=\"\(SiteURL.tag($0))\">#\($0)</a> " as HTML })</p>
              <p><a href="\(SiteURL.tags)">All tags</a></p>
            </div>
          </aside>
        </div>
        """
    }

    private func article(_ entry: ManualEntry) -> HTML {
        "<li><a href=\"\(entry.url)\">\(entry.title)</a> <span class=\"status s-\(entry.status)\">\(entry.statusLabel)</span></li>"
    }

    private func expert(_ expert: ExpertView) -> HTML {
        "<li><a href=\"\(expert.member.url)\">\(expert.member.name)</a> <span class=\"meta\">\(expert.evidence)</span></li>"
    }
}

extension TagIndexPage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <h1>Tags</h1>
          <a class="button secondary-link" href="\(SiteURL.api(.tagsScheme))">SKOS (JSON-LD)</a>
        </div>
        <ul class="card people">
        \(concepts.map(concept))
        \(if: concepts.isEmpty, "<li class=\"meta\">No tags yet.</li>")
        </ul>
        """
    }

    private func concept(_ concept: ConceptView) -> HTML {
        """
        <li><a class="tag" href="\(SiteURL.tag(concept.tag))">#\(concept.tag)</a> \(concept.label)\
        \(concept.broader.map { " <span class=\"meta\">in #\($0)</span>" as HTML })\(concept.definition.map { " <span class=\"meta\">— \($0)</span>" as HTML })</li>
        """
    }
}
