import CommonplaceCore

extension ArticlePage: PageView {
    var main: HTML {
        """
        <script type="application/ld+json">\(HTML(trusted: jsonLD))</script>
        <article class="article">
          <p class="meta"><a href="\(article.spaceURL)">\(article.spaceName)</a> › \
        <a href="\(SiteURL.spaceArticles(article.spaceSlug))">Knowledge base</a>\(article.section.map { " › \($0)" as HTML })</p>
          <div class="page-head">
            <h1>\(article.title)</h1>
            <div class="head-actions">
              \(if: canEdit, "<a class=\"button\" href=\"\(SiteURL.articleEdit(article.id))\">Edit</a>")
              \(if: chrome.member != nil, "<a class=\"button secondary-link\" href=\"\(SiteURL.articleSuggest(article.id))\">Suggest an edit</a>")
              <a class="button secondary-link" href="\(SiteURL.articleHistory(article.id))">History</a>
              \(followButton(follow, csrf: chrome.csrf))
            </div>
          </div>
          <p class="meta">
            <span class="status s-\(article.status)">\(article.statusLabel)</span>
            \(article.reviewBy.map { "· review by \($0)" as HTML })\(if: article.reviewOverdue, " <span class=\"status s-needs_review\">review overdue</span>")
            \(article.knowledgeKind.map { "· \($0)" as HTML })
            · \(visibilityLabel(article.visibility, title: article.visibilityLabel))
            · revision \(article.revision), \(article.updatedAt) · \(counted(readers, "reader", "readers"))
          </p>
          \(article.sharedWith.map { "<p class=\"shared\">Shared with \($0)</p>" as HTML })
          <div class="card prose">\(HTML(trusted: article.bodyHTML))</div>
          <footer class="article-foot">
            <p>Owners: \(article.owners.map { "<a href=\"\($0.url)\">\($0.name)</a> " as HTML })</p>
            <p>\(article.tags.map { "<a class=\"tag\" href=\"\(SiteURL.tag($0))\">#\($0)</a> " as HTML })</p>
            \(if: chrome.member.map { !$0.isExternal } ?? false, "<p><a href=\"\(SiteURL.articleLog(article.id))\">Action log</a></p>")
            \(if: canEdit, management)
          </footer>
        </article>
        """
    }

    private var management: HTML {
        """
        <details class="manage">
              <summary>Order, move or delete</summary>
              <form method="post" action="\(SiteURL.articlePosition(article.id))" class="row">
                \(csrfField(chrome.csrf))
                <label>Place in its section (1 comes first) <input type="number" name="position" min="1" max="100000" value="\(article.position)"></label>
                <button type="submit" class="secondary">Set</button>
              </form>
              <form method="post" action="\(SiteURL.articleMove(article.id))" class="row">
                \(csrfField(chrome.csrf))
                <label>Move to <select name="space">\(options(destinations))</select></label>
                <button type="submit" class="secondary">Move</button>
              </form>
              <a href="\(SiteURL.articleDelete(article.id))" class="link danger">Delete article</a>
            </details>
        """
    }
}

extension ManualPage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <div>
            <p class="meta"><a href="\(space.url)">\(space.name)</a></p>
            <h1>Knowledge base</h1>
          </div>
          <div class="head-actions">
            <a class="button secondary-link" href="\(SiteURL.spaceLog(space.slug))">Log</a>
            \(if: canWrite, "<a class=\"button\" href=\"\(SiteURL.spaceArticleNew(space.slug))\">New article</a>")
          </div>
        </div>
        <div class="card manual">
        \(sections.map(section))
        \(if: sections.isEmpty, "<p class=\"empty\">No articles you can see yet.</p>")
        </div>
        """
    }

    private func section(_ section: ManualSection) -> HTML {
        """
        <section>
            \(section.title.map { "<h2>\($0)</h2>" as HTML })
            <ol class="toc">
            \(section.articles.map { "<li><a href=\"\($0.url)\">\($0.title)</a> <span class=\"status s-\($0.status)\">\($0.statusLabel)</span></li>" as HTML })
            </ol>
          </section>
        """
    }
}

extension LogPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <ol class="card log">
        \(entries.map(entry))
        \(if: entries.isEmpty, "<li class=\"empty\">Nothing logged yet.</li>")
        </ol>
        """
    }

    private func entry(_ entry: LogEntryView) -> HTML {
        """
        <li><span class="meta">\(entry.createdAt)</span> \(entry.actor.map { "<a href=\"\($0.url)\">\($0.name)</a>" as HTML } ?? "Someone")
            <span class="badge">\(entry.action)</span> \(entry.itemURL.map { "<a href=\"\($0)\">\(entry.itemTitle)</a>" as HTML }) \(entry.summary)</li>
        """
    }
}

extension ArticleFormPage: PageView {
    var main: HTML {
        """
        <div class="card wide-form">
          <p class="meta">\(spaceName)</p>
          <h1>\(editing ? "Edit article" : "New article")</h1>
          \(conflict.map(conflictAlert))
          \(formAlert(errors))
          \(previewHTML.map(previewSection))
          \(if: !editing, """
          <section id="similar" class="card similar" hidden aria-live="polite">
            <h2>Already written?</h2>
            <p class="meta">Articles and answered questions that look like this one.</p>
            <ul class="people" id="similar-list"></ul>
          </section>
        """)
          <form method="post" action="\(action)" class="stack"\(if: !editing, " data-similar")>
            \(csrfField(chrome.csrf))
            \(form.baseRevision.map { hiddenField("base_revision", String($0)) })
            <label>Title <input name="title" data-similar-source value="\(form.title)" required maxlength="200"></label>
            <label>Text <span class="hint">Markdown: # headings, lists, tables, ``` code, [links](https://…), ![images](https://…)</span>
              <textarea name="body" rows="18" maxlength="100000">\(form.body)</textarea></label>
            <div class="row">
              <label>Section <input name="section" value="\(form.section)" maxlength="80" placeholder="e.g. Installation"></label>
              <label>Tags <input name="tags" value="\(form.tags)" placeholder="installation flue"></label>
            </div>
            <div class="row">
              <label>Status <select name="status">\(options(choices.statuses))</select></label>
              <label>Review by <input type="date" name="review_by" value="\(form.reviewBy)"></label>
              <label>About customers? <select name="knowledge_kind">\(options(choices.kinds))</select></label>
            </div>
            <div class="row">
              <label>Owners <span class="hint">Who keeps it up to date and decides on suggested edits: @names, separated by spaces</span> <input name="owners" value="\(form.owners)" placeholder="@ben @chloe"></label>
              <label>Visibility <select name="visibility">\(options(choices.visibilities))</select></label>
            </div>
            <details>
              <summary>Share with specific people or accounts</summary>
              <label>People <span class="hint">@names, separated by spaces or commas</span> <input name="audience_members" value="\(form.audienceMembers)"></label>
              <label>Customer or partner accounts <span class="hint">Their short names, as on the Accounts page</span> <input name="audience_accounts" value="\(form.audienceAccounts)"></label>
            </details>
            \(if: editing, "<label>What did you change? <input name=\"summary\" maxlength=\"200\" placeholder=\"Fixed the flue diameter\"></label>")
            <div class="actions"><button type="submit">\(editing ? "Save revision" : "Create article")</button> \
            <button type="submit" name="preview" value="1" class="secondary" formnovalidate>Preview</button></div>
          </form>
        </div>
        """
    }

    private func conflictAlert(_ conflict: ConflictView) -> HTML {
        """
        <div class="alert" role="alert">
            <p><strong>Someone saved revision \(conflict.current) while you were editing revision \(conflict.base).</strong>
            Nothing was overwritten. Below is how your text differs from the saved one; merge what you need and save again.</p>
          </div>
          <table class="diff">\(diffRows(conflict.rows))</table>
        """
    }
}

extension HistoryPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(article.url)">\(article.title)</a></p>
        <h1>History</h1>
        <form method="get" action="\(SiteURL.articleDiff(article.id))" class="card row">
          <label>Compare revision <input type="number" name="from" min="1" value="1"></label>
          <label>with revision <input type="number" name="to" min="1" value="\(article.revision)"></label>
          <button type="submit">Show changes</button>
        </form>
        <ul class="card history">
        \(revisions.map(revision))
        </ul>
        """
    }

    private func revision(_ revision: RevisionView) -> HTML {
        """
        <li>
            <a href="\(revision.url)">Revision \(revision.number)</a> · \(revision.createdAt) · <a href="\(revision.author.url)">\(revision.author.name)</a>
            \(revision.credited.map { "· suggested by <a href=\"\($0.url)\">\($0.name)</a>" as HTML })
            \(revision.summary.map { "— \($0)" as HTML })
            \(revision.diffURL.map { "· <a href=\"\($0)\">changes</a>" as HTML })
          </li>
        """
    }
}

extension RevisionPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(article.url)">\(article.title)</a> › <a href="\(SiteURL.articleHistory(article.id))">History</a></p>
        <div class="page-head">
          <h1>\(title)</h1>
          <div class="head-actions">
            \(if: !isCurrent && canRestore, """
            <form method="post" action="\(SiteURL.articleRestore(article.id, revision.number))" class="inline">
              \(csrfField(chrome.csrf))
              <button type="submit">Restore this revision</button>
            </form>
        """)
          </div>
        </div>
        <p class="meta">Revision \(revision.number) · \(revision.createdAt) · \(revision.author.name)\(revision.summary.map { " — \($0)" as HTML })</p>
        <div class="card prose">\(HTML(trusted: bodyHTML))</div>
        """
    }
}

extension DiffPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(article.url)">\(article.title)</a> › <a href="\(SiteURL.articleHistory(article.id))">History</a></p>
        <h1>Revision \(from) → \(to)</h1>
        <table class="card changes">
          \(metadata.map { "<tr><th>\($0.field)</th><td><del>\($0.old)</del></td><td><ins>\($0.new)</ins></td></tr>" as HTML })
        </table>
        <table class="diff">
          <thead><tr><th>Revision \(from)</th><th>Revision \(to)</th></tr></thead>
          <tbody>\(diffRows(rows))</tbody>
        </table>
        """
    }
}

/// The rows of a side-by-side diff; the cells are HTML our diff writer escaped.
func diffRows(_ rows: [DiffRowView]) -> HTML {
    "\(rows.map { "<tr class=\"d-\($0.kind)\"><td>\(HTML(trusted: $0.oldHTML))</td><td>\(HTML(trusted: $0.newHTML))</td></tr>" as HTML })"
}
