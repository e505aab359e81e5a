import CommonplaceCore

extension SuggestionPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(suggestion.articleURL)">\(suggestion.articleTitle)</a> › <a href="\(SiteURL.suggestions)">Suggested edits</a></p>
        <h1>Suggested edit <span class="status s-\(suggestion.state)">\(suggestion.state)</span></h1>
        <p class="meta">by \(authorLink(suggestion.suggester, class: "")) · \(suggestion.createdAt)</p>
        \(suggestion.comment.map { "<blockquote class=\"card\">\($0)</blockquote>" as HTML })
        \(suggestion.reason.map { "<div class=\"notice\">Not accepted: \($0)</div>" as HTML })
        \(outdated.map { """
        <div class="alert" role="alert">The article is now at revision \($0); this suggestion was written against an older one. \
        Accepting it replaces the newer text.</div>
        """ as HTML })
        \(titleChange.map { """
        <table class="card changes"><tr><th>\($0.field)</th><td><del>\($0.old)</del></td><td><ins>\($0.new)</ins></td></tr></table>
        """ as HTML })
        <table class="diff"><tbody>\(diffRows(rows))</tbody></table>
        \(if: canDecide, decision)
        """
    }

    private var decision: HTML {
        """
        <div class="grid two decide">
          <form method="post" action="\(SiteURL.suggestionAccept(suggestion.id))" class="card stack">
            \(csrfField(chrome.csrf))
            \(if: outdated != nil, """
            <label class="check"><input type="checkbox" name="confirm" value="yes"\(if: confirmOutdated, " required")> \
        Accept although the article changed since</label>
        """)
            <button type="submit">Accept</button>
          </form>
          <form method="post" action="\(SiteURL.suggestionReject(suggestion.id))" class="card stack">
            \(csrfField(chrome.csrf))
            \(formAlert(errors))
            <label>Why not? <textarea name="reason" rows="2" required maxlength="1000"></textarea></label>
            <button type="submit" class="secondary">Reject</button>
          </form>
        </div>
        """
    }
}

extension SuggestionFormPage: PageView {
    var main: HTML {
        """
        <div class="card wide-form">
          <p class="meta"><a href="\(article.url)">\(article.title)</a></p>
          <h1>Suggest an edit</h1>
          <p>Change what needs changing. The article's owners review your suggestion, and you are credited when they accept it.</p>
          \(formAlert(errors))
          <form method="post" action="\(SiteURL.articleSuggest(article.id))" class="stack">
            \(csrfField(chrome.csrf))
            <label>Title <input name="title" value="\(form.title)" required maxlength="200"></label>
            <label>Text <textarea name="body" rows="18" maxlength="100000">\(form.body)</textarea></label>
            <div class="row">
              <label>Tags <input name="tags" value="\(form.tags)"></label>
              \(canChooseStatus ? "<label>Status <select name=\"status\">\(options(statuses))</select></label>" : hiddenField("status", form.status ?? ""))
            </div>
            <label>Why this change? <textarea name="comment" rows="3" maxlength="2000">\(form.comment)</textarea></label>
            <div class="actions"><button type="submit">Send suggestion</button></div>
          </form>
        </div>
        """
    }
}

extension SuggestionQueuePage: PageView {
    var main: HTML {
        """
        <h1>Suggested edits</h1>
        <div class="grid two">
          <section class="card">
            <h2>To review</h2>
            <ul class="people">
            \(toReview.isEmpty ? "<li class=\"meta\">Nothing waits for your review.</li>" : "\(toReview.map(reviewItem))" as HTML)
            </ul>
          </section>
          <section class="card">
            <h2>Your suggestions</h2>
            <ul class="people">
            \(mine.isEmpty ? "<li class=\"meta\">You have not suggested any edits yet.</li>" : "\(mine.map(ownItem))" as HTML)
            </ul>
          </section>
        </div>
        """
    }

    private func reviewItem(_ suggestion: SuggestionView) -> HTML {
        "<li><a href=\"\(suggestion.url)\">\(suggestion.articleTitle)</a> <span class=\"meta\">by \(suggestion.suggester.name) · \(suggestion.createdAt)</span></li>"
    }

    private func ownItem(_ suggestion: SuggestionView) -> HTML {
        """
        <li><a href="\(suggestion.url)">\(suggestion.articleTitle)</a> <span class="status s-\(suggestion.state)">\(suggestion.state)</span> \
        <span class="meta">\(suggestion.createdAt)</span></li>
        """
    }
}
