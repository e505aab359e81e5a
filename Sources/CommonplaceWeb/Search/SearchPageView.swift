import CommonplaceCore

extension SearchPage: PageView {
    var main: HTML {
        """
        <form method="get" action="\(SiteURL.search)" class="card search-box" role="search">
          <label for="search-q" class="visually-hidden">Search</label>
          <input id="search-q" name="q" value="\(q)" maxlength="500" placeholder="Search articles, threads and posts" autofocus>
          <button type="submit">Search</button>
          <details class="syntax">
            <summary>How to search</summary>
            <ul>
              <li><code>stove glass</code> — both words, anywhere (word endings are ignored: <em>clean</em> finds <em>cleaning</em>)</li>
              <li><code>"air vent"</code> — the exact phrase</li>
              <li><code>therm*</code> — words starting with <em>therm</em></li>
              <li><code>pellets OR wood</code> — either word</li>
              <li><code>-paraffin</code> — leave out results with that word</li>
            </ul>
            <p class="meta">Titles count more than text; answered questions and verified articles rank higher; newer first when equal.</p>
          </details>
        </form>
        \(formAlert(errors))
        \(if: searched, results)
        """
    }

    private var results: HTML {
        """
        <div class="columns">
          <section class="feed">
            <p class="meta">\(total == "1" ? "1 result" : "\(total) results")\(filters.map { " · <a href=\"\($0.removeURL)\" class=\"filter\">\($0.label) ×</a>" as HTML })</p>
            \(if: capped, """
            <p class="meta">More than 1,000 items match: these are the best of the newest 1,000. Add a word or a filter to narrow the search.</p>
        """)
            \(hits.map(hit))
            \(if: hits.isEmpty, """
            <p class="empty">Nothing you can see matches. Try fewer words, a prefix like <code>therm*</code>, or <code>OR</code>.</p>
            \(if: chrome.member != nil, """
                <p>Still looking? Someone may know: <a class="button small" href="\(SiteURL.threadNew(.question).query("title", q))">Ask a question</a></p>
                """)
        """)
            <p class="more">\(previous.map { "<a href=\"\($0)\">Previous</a>" as HTML }) \(next.map { "<a href=\"\($0)\">Next</a>" as HTML })</p>
          </section>
          <aside class="side">
            \(if: !spaces.isEmpty, """
            <div class="card"><h2>Spaces</h2><ul class="people">\(spaces.map { "<li><a href=\"\($0.url)\">\($0.name)</a></li>" as HTML })</ul></div>
        """)
            \(if: !people.isEmpty, """
            <div class="card"><h2>People</h2><ul class="people">\
        \(people.map { "<li><a href=\"\($0.url)\">\($0.name)</a> <span class=\"meta\">@\($0.handle)</span></li>" as HTML })</ul></div>
        """)
            \(facets.map(facet))
          </aside>
        </div>
        """
    }

    private func hit(_ hit: SearchHitView) -> HTML {
        """
        <article class="card hit">
              <p class="meta"><span class="kind k-\(hit.kind)">\(hit.kind)</span> in \(hit.spaceName) · \(hit.author) · \(hit.updatedAt)\
        \(hit.status.map { " · <span class=\"status s-\($0)\">\($0)</span>" as HTML })</p>
              <h2><a href="\(hit.url)">\(hit.title)</a></h2>
              <p class="snippet">\(HTML(trusted: hit.snippetHTML))</p>
            </article>
        """
    }

    private func facet(_ group: FacetGroupView) -> HTML {
        """
        <div class="card facet">
              <h2>\(group.title)</h2>
              <ul class="people">\(group.values.map { """
                <li><a href="\($0.url)"\(if: $0.selected, " aria-current=\"true\" class=\"selected\"")>\($0.label)</a> <span class="meta">\($0.count)</span></li>
                """ as HTML })</ul>
            </div>
        """
    }
}
