import CommonplaceCore

extension ConversationFormPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
        <p class="meta"><a href="\(space.url)">\(space.name)</a> › <a href="\(SiteURL.spaceThreads(space.slug))">Threads</a></p>
        <h1>\(isQuestion ? "Ask a question" : "Start a discussion")</h1>
        \(formAlert(errors))
        \(previewHTML.map(previewSection))
        \(if: hasSimilar, """
            <div class="caution" role="status"><strong>Not posted yet.</strong> Your \(isQuestion ? "question" : "thread") looks like the ones \
            below. If none of them helps, choose “Post anyway”.</div>
            """)
        <section id="similar" class="card similar"\(if: !hasSimilar, " hidden") aria-live="polite">
          <h2>Similar questions and articles</h2>
          <p class="meta">These look alike. If one answers your question, there is no need to ask again.</p>
          <ul class="people" id="similar-list">
          \(similar.map { """
            <li><a href="\($0.url)">\($0.title)</a> <span class="meta">\($0.kind) in \($0.spaceName)\(if: $0.answered, " · answered") · matches: \($0.matched)</span></li>
            """ as HTML })
          </ul>
        </section>
        <form method="post" action="\(SiteURL.spaceThreads(space.slug))" class="card stack" id="thread-form" data-similar data-similar-space="\(space.slug)">
          \(csrfField(chrome.csrf))
          \(hiddenField("kind", form.kind))
          \(if: hasSimilar, hiddenField("confirmed", "1"))
          <label>Title <input name="title" id="thread-title" data-similar-source value="\(form.title)" required maxlength="200" autocomplete="off"
            placeholder="\(isQuestion ? "What do you want to know?" : "What is it about?")"></label>
          \(fieldError(errors, "title"))
          <label>Details <textarea name="body" rows="8" required maxlength="20000">\(form.body)</textarea></label>
          \(fieldError(errors, "body"))
          <label>Tags <input name="tags" value="\(form.tags)" placeholder="billing onboarding"></label>
          \(suggestedTags.map { "<p class=\"hint\">Similar items are tagged \($0)</p>" as HTML })
          <label>Visibility <select name="visibility">\(options(visibilities))</select></label>
          <details>
            <summary>Share with specific people or accounts</summary>
            <label>People <span class="hint">@names, separated by spaces or commas</span> <input name="audience_members" value="\(form.audienceMembers)"></label>
            <label>Customer or partner accounts <span class="hint">Their short names, as on the Accounts page</span> <input name="audience_accounts" value="\(form.audienceAccounts)"></label>
          </details>
          <div class="actions"><button type="submit" id="thread-submit">\(hasSimilar ? "Post anyway" : "Post")</button> \
          <button type="submit" name="preview" value="1" class="secondary" formnovalidate>Preview</button></div>
        </form>
        </div>
        """
    }
}

extension EditPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
        <p class="meta"><a href="\(threadURL)">\(threadTitle)</a></p>
        <h1>\(isReply ? "Edit reply" : "Edit thread")</h1>
        \(formAlert(errors))
        <form method="post" action="\(action)" class="card stack">
          \(csrfField(chrome.csrf))
          \(if: !isReply, "<label>Title <input name=\"title\" value=\"\(title)\" required maxlength=\"200\"></label>")
          <label>Text <textarea name="body" rows="10" required maxlength="20000">\(body)</textarea></label>
          <p class="hint">The previous version stays in the edit history.</p>
          <div class="actions"><button type="submit">Save</button> <a href="\(threadURL)">Cancel</a></div>
        </form>
        </div>
        """
    }
}

extension EditHistoryPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(threadURL)">\(threadTitle)</a></p>
        <h1>Edit history\(if: isReply, " of a reply")</h1>
        \(versions.map(version))
        \(if: versions.isEmpty, "<p class=\"empty\">Not edited.</p>")
        """
    }

    private func version(_ version: EditVersionView) -> HTML {
        """
        <section class="card">
          <h2 class="meta">Version before \(version.editor.name)'s edit of \(version.at)\(if: !isReply, " — “\(version.title)”")</h2>
          <table class="diff"><tbody>\(diffRows(version.rows))</tbody></table>
        </section>
        """
    }
}

extension SplitPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
        <p class="meta"><a href="\(SiteURL.thread(threadId))">\(threadTitle)</a></p>
        <h1>Split replies into a new thread</h1>
        \(formAlert(errors))
        <form method="post" action="\(SiteURL.threadSplit(threadId))" class="card stack">
          \(csrfField(chrome.csrf))
          <label>Title of the new thread <input name="title" value="\(title)" required maxlength="200"></label>
          <fieldset><legend>Replies to move (the earliest becomes the opening post)</legend>
          \(replies.map { """
            <label class="check"><input type="checkbox" name="replies[]" value="\($0.id)"\(if: $0.chosen, " checked")> \
            <span><strong>\($0.author)</strong>: \($0.excerpt)</span></label>
            """ as HTML })
          </fieldset>
          <label>Reason <input name="reason" maxlength="500"></label>
          <div class="actions"><button type="submit">Split</button> <a href="\(SiteURL.thread(threadId))">Cancel</a></div>
        </form>
        </div>
        """
    }
}

extension DuplicatesPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
        <p class="meta"><a href="\(SiteURL.thread(id))">\(threadTitle)</a></p>
        <h1>Possible duplicates</h1>
        <p class="hint">Threads that share this thread's distinctive words. To merge one into this thread, open it and, under Moderate, \
        merge it into thread \(id).</p>
        <ul class="card people duplicates">
        \(duplicates.map { """
          <li><a href="\($0.url)">\($0.title)</a> <span class="meta">thread \($0.id) · \($0.spaceName)\(if: $0.answered, " · answered") · matches: \($0.matched)</span></li>
          """ as HTML })
        \(if: duplicates.isEmpty, "<li class=\"meta\">No other thread shares this one's distinctive words.</li>")
        </ul>
        </div>
        """
    }
}
