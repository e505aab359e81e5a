import CommonplaceCore

/// An idea's status as a coloured label.
func ideaStatus(_ status: String, _ label: String) -> HTML {
    "<span class=\"status idea-\(status)\">\(label)</span>"
}

/// The support button: one press supports, the next withdraws; a count only once the idea is decided or for visitors.
/// Without `returnTo` the press comes back to the ideas list at this idea: a list shows thirty of these buttons, so
/// each carries no more than it must.
func supportButton(id: Int, count: Int, supported: Bool, canSupport: Bool, csrf: String, returnTo: SiteURL? = nil) -> HTML {
    guard canSupport else {
        return
            "<span class=\"support-count\" title=\"Supporters\"><strong>\(count)</strong> \(count == 1 ? "supporter" : "supporters")</span>"
    }
    return """
        <form method="post" action="\(SiteURL.ideaSupport(id))" class="inline support">\(csrfField(csrf))\
        \(returnTo.map { hiddenField("return_to", $0.path) })\
        <button type="submit" name="action" value="\(supported ? "withdraw" : "support")" class="support-button\(if: supported, " mine")" \
        aria-pressed="\(supported ? "true" : "false")">\
        <strong>\(count)</strong> \(supported ? "Supported" : "Support")</button></form>
        """
}

/// An idea in a list: its supports beside its title, status and place.
func ideaCard(_ idea: IdeaCardView) -> HTML {
    """
    <article class="card idea-card" id="idea-\(idea.id)">
      \(supportButton(id: idea.id, count: idea.supportCount, supported: idea.supported, canSupport: idea.canSupport, csrf: idea.csrf))
      <div>
        <div class="thread-line"><span class="kind k-idea">\(idea.isEnhancementRequest ? "Enhancement request" : "Idea")</span>
          <a class="thread-title" href="\(idea.url)">\(idea.title)</a> \(ideaStatus(idea.status, idea.statusLabel))</div>
        <p class="meta">\(authorLink(idea.author, class: "")) in <a href="\(idea.spaceURL)">\(idea.spaceName)</a>\
    \(idea.campaign.map { " · for <a href=\"\($0.url)\">\($0.title)</a>" as HTML }) · \(idea.repliesLabel) · \(idea.createdAt)
          · \(visibilityLabel(idea.visibility, title: idea.visibilityLabel))\(tagLinks(idea.tags))</p>
      </div>
    </article>
    """
}

/// A funnel: ideas per status, as bars.
func funnelChart(_ steps: [FunnelStep]) -> HTML {
    """
    <ol class="funnel">\(steps.map { step in """
        <li><a href="\(step.url)">\(step.label)</a> <span class="bar" style="width: \(step.percent)%"></span> <strong>\(step.count)</strong></li>
        """ as HTML })</ol>
    """
}

extension IdeaListPage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <div>
            <h1>\(heading)</h1>
            <nav class="tabs" aria-label="Order">\(orders.map { "<a href=\"\($0.url)\"\(if: $0.current, " aria-current=\"page\"")>\($0.label)</a>" as HTML })</nav>
          </div>
          <div class="head-actions">\(if: canSubmit, "<a class=\"button\" href=\"\(SiteURL.ideaNew)\">Submit an idea</a>")
            <a class="button secondary-link" href="\(SiteURL.campaigns)">Campaigns</a></div>
        </div>
        <form method="get" action="\(SiteURL.ideas)" class="card row filters" aria-label="Filter ideas">
          \(hiddenField("order", order))
          <label>Status <select name="status"><option value="">Any open status</option>\(options(statuses))</select></label>
          <label>Campaign <select name="campaign"><option value="">Any</option>\(options(campaigns))</select></label>
          <label>Phase <select name="phase"><option value="">Any</option>\(options(phases))</select></label>
          <label>Role <select name="role"><option value="">Any</option>\(options(roles))</select></label>
          <label>Need <select name="need"><option value="">Any</option>\(options(needs))</select></label>
          <label>Tag <input name="tag" value="\(tag)" size="12"></label>
          \(if: showsAccounts, "<label>Account <input name=\"account\" value=\"\(account)\" size=\"10\" placeholder=\"slug\"></label>")
          <button type="submit" class="secondary">Filter</button>
        </form>
        \(if: !funnel.isEmpty, """
          <section class="card" aria-labelledby="funnel-head"><h2 id="funnel-head">Where these ideas stand</h2>\(funnelChart(funnel))</section>
          """)
        \(ideas.isEmpty ? "<p class=\"empty\">No ideas you can see match.</p>" : "\(ideas.map(ideaCard))" as HTML)
        \(next.map { "<p class=\"more\"><a href=\"\($0)\">More</a></p>" as HTML })
        """
    }
}

extension IdeaFormPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
        <p class="meta"><a href="\(SiteURL.ideas)">Ideas</a>\(campaign.map { " › <a href=\"\($0.url)\">\($0.title)</a>" as HTML })</p>
        <h1>Submit an idea</h1>
        \(formAlert(errors))
        <section id="similar" class="card similar"\(if: similar.isEmpty, " hidden") aria-live="polite">
          <h2>Similar ideas, questions and articles</h2>
          <p class="meta">If one of these is your idea, support it instead: one idea with many supporters goes further.</p>
          <ul class="people" id="similar-list">
          \(similar.map { """
            <li><a href="\($0.url)">\($0.title)</a> <span class="meta">\($0.kind) in \($0.spaceName) · matches: \($0.matched)</span></li>
            """ as HTML })
          </ul>
        </section>
        <form method="post" action="\(SiteURL.ideas)" class="card stack" id="idea-form" data-similar\
        \(form.space.map { " data-similar-space=\"\($0)\"" as HTML })>
          \(csrfField(chrome.csrf))
          \(if: !similar.isEmpty, hiddenField("confirmed", "1"))
          \(campaign.map { _ in hiddenField("campaign", form.campaign ?? "") } ?? """
            <label>Space <select name="space" required>\(options(spaces))</select></label>
            """)
          <label>Title <input name="title" id="idea-title" data-similar-source value="\(form.title)" required maxlength="200" autocomplete="off"
            placeholder="What would you change?"></label>
          \(fieldError(errors, "title"))
          <label>Description <textarea name="body" rows="8" required maxlength="20000" placeholder="What it would change, for whom, and why">\(form.body)</textarea></label>
          \(fieldError(errors, "body"))
          <label>Your part <select name="customer_role">\(options(roles))</select></label>
          <label>Kind of need <select name="need_type">\(options(needs))</select></label>
          <label>Tags <input name="tags" value="\(form.tags)" placeholder="stoves efficiency"></label>
          <label>Visibility <select name="visibility">\(options(visibilities))</select></label>
          <details>
            <summary>Share with specific people or accounts</summary>
            <label>People <span class="hint">@names, separated by spaces or commas</span> <input name="audience_members" value="\(form.audienceMembers)"></label>
            <label>Customer or partner accounts <input name="audience_accounts" value="\(form.audienceAccounts)"></label>
          </details>
          <div class="actions"><button type="submit" id="idea-submit">\(similar.isEmpty ? "Submit" : "Submit anyway")</button></div>
        </form>
        </div>
        """
    }
}

/// The idea's own part of its page, between the opening post and the discussion.
func ideaPanel(_ idea: IdeaPanel, csrf: String) -> HTML {
    """
    \(idea.jsonLD.map { "<script type=\"application/ld+json\">\(HTML(trusted: $0))</script>" as HTML })
    \(idea.movedFrom.map { from in """
        <div class="caution" role="status" id="moved-support"><p>Your support moved here from “<a href="\(SiteURL.idea(from.id))">\(from.title)</a>”, \
        which was merged into this idea. Keep it, or withdraw it if this is not what you wanted.</p>
        <form method="post" action="\(SiteURL.ideaKeepSupport(idea.id))" class="inline">\(csrfField(csrf))<button type="submit" class="small">Keep my support</button></form>
        <form method="post" action="\(SiteURL.ideaSupport(idea.id))" class="inline">\(csrfField(csrf))\(hiddenField("action", "withdraw"))\
        <button type="submit" class="small secondary">Withdraw my support</button></form></div>
        """ as HTML })
    \(idea.duplicateOf.map { "<p class=\"notice\">This idea was merged into <a href=\"\($0)\">another idea</a>; its discussion stays here to read.</p>" as HTML })
    <section class="card idea-panel" aria-labelledby="idea-status-head">
      <div class="idea-summary">
        \(supportButton(id: idea.id, count: idea.supportCount, supported: idea.supported, canSupport: idea.canSupport, csrf: csrf, returnTo: .idea(idea.id)))
        <div>
          <h2 id="idea-status-head">\(ideaStatus(idea.status, idea.statusLabel))</h2>
          <p class="meta">\(idea.campaign.map { "For <a href=\"\($0.url)\">\($0.title)</a> · " as HTML })\(idea.customerRole) · \(idea.needType)\
    \(if: idea.frozen, " · supports are frozen")</p>
          \(idea.sourceThread.map { url in """
              <p class="meta">Enhancement request from <a href="\(url)">a question</a>\
              \(idea.requester.map { " asked by \(authorLink($0, class: ""))" as HTML })\(idea.owner.map { " · product owner \(authorLink($0, class: ""))" as HTML })</p>
              """ as HTML })
        </div>
      </div>
      \(if: idea.showsSupporters, """
        <details class="supporters"><summary>Who supports it (\(idea.supporterNames.count))</summary>
          <p>\(idea.supporterNames.map { "\(authorLink($0, class: "")) " as HTML })</p>
          \(if: !idea.accounts.isEmpty, """
            <p class="meta">Demand by account: \(counted(idea.accounts.count, "account", "accounts")) — \
            \(idea.accounts.map { "\($0.name) (\($0.supporters)) " as HTML })</p>
            """)
        </details>
        """)
      \(if: !idea.answers.isEmpty, """
        <h3>Answers</h3>
        <ol class="answers">\(idea.answers.map { answer in """
            <li>\(ideaStatus(answer.status, answer.statusLabel)) <span class="meta">\(answer.by.map { authorLink($0, class: "") }) · \(answer.at)</span>
              <div class="prose">\(HTML(trusted: answer.noteHTML))</div></li>
            """ as HTML })</ol>
        """)
      \(idea.articleURL.map { article in """
          <p><a class="button secondary-link" href="\(article)">Write the article about what was launched</a>\
          \(idea.suggestURL.map { " or <a href=\"\($0)\">find an article to suggest an edit to</a>" as HTML })</p>
          """ as HTML })
    </section>
    \(if: idea.canAnswer, """
      <details class="card manage" id="answer"\(if: idea.answers.isEmpty, " open")><summary>Answer this idea</summary>
        <form method="post" action="\(SiteURL.ideaAnswer(idea.id))" class="stack">\(csrfField(csrf))
          <label>Status <select name="status">\(options(idea.statuses))</select></label>
          <label>Answer <span class="hint">Required: the submitter, supporters and followers read it. Keep the status to post news of progress.</span>
            <textarea name="note" rows="4" required maxlength="5000"></textarea></label>
          <button type="submit">Post the answer</button>
        </form>
      </details>
      """)
    \(if: idea.canMerge, """
      <details class="card manage" id="merge"><summary>Merge as a duplicate</summary>
        <form method="post" action="\(SiteURL.ideaMerge(idea.id))" class="stack">\(csrfField(csrf))
          <label>Into idea (number or link) <input name="into" required></label>
          <label>Why they are the same <span class="hint">Required: supporters are told, and their support moves unless they withdraw it.</span>
            <input name="reason" required maxlength="5000"></label>
          <button type="submit" class="secondary">Merge</button>
        </form>
      </details>
      """)
    """
}
