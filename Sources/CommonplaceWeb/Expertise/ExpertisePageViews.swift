import CommonplaceCore

extension ExpertsPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
        <h1>Who knows about…</h1>
        <form method="get" action="\(SiteURL.experts)" class="card search-box" role="search">
          <label for="topic" class="visually-hidden">Topic or tag</label>
          <input id="topic" name="topic" value="\(topic)" maxlength="200" placeholder="a topic or a tag, e.g. efficiency">
          <button type="submit">Find people</button>
        </form>
        \(formAlert(errors))
        <p class="meta">Ranked by accepted answers, accepted suggested edits and owned articles about the topic that you can see, \
        and by the expertise people declare.</p>
        \(if: searched, """
        <ul class="card people experts">
        \(experts.map { "<li>\(authorLink($0.member, class: "")) <span class=\"meta\">\($0.evidence)</span></li>" as HTML })
        \(if: experts.isEmpty, "<li class=\"meta\">Nobody yet. Ask a question: answering it makes someone the expert.</li>")
        </ul>
        """)
        </div>
        """
    }
}
