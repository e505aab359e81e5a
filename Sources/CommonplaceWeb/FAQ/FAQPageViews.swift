import CommonplaceCore

extension FAQPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(space.url)">\(space.name)</a> › <a href="\(SiteURL.spaceThreads(space.slug))">Threads</a></p>
        <h1>Frequently asked questions</h1>
        \(if: !entries.isEmpty, "<ol class=\"toc\">\(entries.map { "<li><a href=\"#faq-\($0.id)\">\($0.question)</a></li>" as HTML })</ol>")
        \(entries.map(entry))
        \(if: entries.isEmpty, "<p class=\"empty\">No questions in the FAQ yet. Moderators add answered questions from their threads.</p>")
        """
    }

    private func entry(_ entry: FAQEntryView) -> HTML {
        """
        <section class="card faq-entry" id="faq-\(entry.id)">
          <h2>\(entry.question)</h2>
          <div class="prose">\(HTML(trusted: entry.answerHTML))</div>
          <p class="meta"><a href="\(SiteURL.thread(entry.threadId))">The full thread</a></p>
          \(if: moderates, """
          <div class="row compact">
            \(move(entry, "up", "Move up"))
            \(move(entry, "down", "Move down"))
            <form method="post" action="\(SiteURL.faqRemove(entry.id))" class="inline">\(csrfField(chrome.csrf))\(returnHere)\
        <button type="submit" class="link danger">Remove</button></form>
          </div>
        """)
        </section>
        """
    }

    private var returnHere: HTML { hiddenField("return_to", SiteURL.spaceFAQ(space.slug).path) }

    private func move(_ entry: FAQEntryView, _ direction: String, _ label: String) -> HTML {
        """
        <form method="post" action="\(SiteURL.faqMove(entry.id))" class="inline">\(csrfField(chrome.csrf))\(hiddenField("direction", direction))\
        \(returnHere)<button type="submit" class="link">\(label)</button></form>
        """
    }
}
