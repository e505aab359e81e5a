import CommonplaceCore

extension ModerationQueuePage: PageView {
    var main: HTML {
        """
        <h1>Review queue</h1>
        \(done.map { "<p class=\"notice\" role=\"status\">\($0.message)</p>" as HTML })
        <p class="meta">Flags on what you moderate, oldest first. Hiding resolves the flags on that post; dismissing leaves the post as it is.</p>
        \(flags.map(flag))
        \(if: flags.isEmpty, "<p class=\"empty\">Nothing to review.</p>")
        """
    }

    private func flag(_ flag: FlagView) -> HTML {
        """
        <section class="card flag-entry" id="flag-\(flag.id)">
          <p><strong>\(flag.reason)</strong> — flagged by <a href="\(flag.flaggedBy.url)">\(flag.flaggedBy.name)</a> <span class="meta">\(flag.at)</span></p>
          <p><a href="\(flag.targetURL)">\(flag.title)\(flag.replyId.map { " (reply \($0))" as HTML })</a></p>
          <blockquote class="meta">\(flag.excerpt)</blockquote>
          \(if: !flag.note.isEmpty, "<p>“\(flag.note)”</p>")
          <div class="row compact">
            <form method="post" action="\(flag.moderateAction)" class="inline">\(csrfField(chrome.csrf))\(hiddenField("action", "hide"))\
        <input name="reason" placeholder="Reason" maxlength="500"><button type="submit" class="small">Hide</button></form>
            <form method="post" action="\(SiteURL.flagDismiss(flag.id))" class="inline">\(csrfField(chrome.csrf))\
        <button type="submit" class="small secondary">Dismiss</button></form>
          </div>
        </section>
        """
    }
}
