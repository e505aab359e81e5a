import CommonplaceCore

/// A campaign in a list: its question, phase, whether it takes ideas, and how many it has.
func campaignCard(_ campaign: CampaignCardView) -> HTML {
    """
    <article class="card campaign-card">
      <div class="thread-line"><span class="kind k-campaign">Campaign</span> <a class="thread-title" href="\(campaign.url)">\(campaign.title)</a>
        <span class="status phase-\(campaign.phase)">\(campaign.phaseLabel)</span>\
    \(campaign.open ? " <span class=\"status s-open\">taking ideas</span>" : " <span class=\"badge\">closed</span>" as HTML)</div>
      <p class="meta">in <a href="\(campaign.spaceURL)">\(campaign.spaceName)</a> · \(campaign.ideasLabel)\
    \(campaign.closesAt.map { " · closes \($0)" as HTML }) · \(visibilityLabel(campaign.visibility, title: campaign.visibilityLabel))</p>
    </article>
    """
}

extension CampaignListPage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <div><p class="meta"><a href="\(SiteURL.ideas)">Ideas</a></p><h1>Campaigns</h1>
          <p class="meta">Questions the company asks its community: “How could we …?”</p></div>
          \(if: canStart, "<div class=\"head-actions\"><a class=\"button\" href=\"\(SiteURL.campaignNew)\">Start a campaign</a></div>")
        </div>
        \(campaigns.isEmpty ? "<p class=\"empty\">No campaigns you can see yet.</p>" : "\(campaigns.map(campaignCard))" as HTML)
        """
    }
}

extension CampaignPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(card.spaceURL)">\(card.spaceName)</a> › <a href="\(SiteURL.campaigns)">Campaigns</a></p>
        <div class="page-head">
          <div>
            <h1>\(card.title)</h1>
            <p class="meta"><span class="status phase-\(card.phase)">\(card.phaseLabel)</span> · \
        \(card.open ? "taking ideas" : "not taking ideas") · \(card.ideasLabel) · started by \(authorLink(author, class: ""))\
        \(opensAt.map { " · opens \($0)" as HTML })\(card.closesAt.map { " · closes \($0)" as HTML })
            · \(visibilityLabel(card.visibility, title: card.visibilityLabel))</p>
          </div>
          <div class="head-actions">\(followButton(follow, csrf: chrome.csrf))
            \(if: canSubmit, "<a class=\"button\" href=\"\(SiteURL.ideaNew.query("campaign", id))\">Submit an idea</a>")
            \(if: canManage, "<a class=\"button secondary-link\" href=\"\(SiteURL.campaignEdit(id))\">Edit</a>")</div>
        </div>
        <div class="columns">
          <div class="card prose">\(HTML(trusted: briefHTML))</div>
          <aside class="stack">
            \(if: !goals.isEmpty, """
              <section class="card"><h2>Goals</h2>\(goals.map { goal in """
                <div class="goal"><p>\(goal.description)</p><progress value="\(goal.current)" max="\(goal.target)">\(goal.percent)%</progress>
                <p class="meta">\(goal.current) of \(goal.target) \(goal.metric)\(goal.dueAt.map { " by \($0)" as HTML }) · \(goal.percent)%</p></div>
                """ as HTML })</section>
              """)
            <section class="card"><h2>Funnel</h2>\(funnelChart(funnel))</section>
            <section class="card"><h2>Phases</h2><ol class="phases">\(phases.map { "<li><strong>\($0.label)</strong> \($0.note) <span class=\"meta\">\($0.at)</span></li>" as HTML })</ol></section>
          </aside>
        </div>
        <h2>Ideas</h2>
        \(ideas.isEmpty ? "<p class=\"empty\">No ideas you can see yet.</p>" : "\(ideas.map(ideaCard))" as HTML)
        <p class="more"><a href="\(SiteURL.ideas.query("campaign", id))">All ideas of this campaign, with filters</a></p>
        """
    }
}

extension CampaignFormPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
        <p class="meta"><a href="\(SiteURL.campaigns)">Campaigns</a></p>
        <h1>\(editing ? "Edit the campaign" : "Start a campaign")</h1>
        \(formAlert(errors))
        <form method="post" action="\(action)" class="card stack">
          \(csrfField(chrome.csrf))
          \(if: !editing, "<label>Space <select name=\"space\" required>\(options(spaces))</select></label>")
          <label>Question <input name="title" value="\(form.title)" required maxlength="200" placeholder="How could we …?"></label>
          \(fieldError(errors, "title"))
          <label>Brief <textarea name="brief" rows="8" required maxlength="20000">\(form.brief)</textarea></label>
          \(fieldError(errors, "brief"))
          <label>Phase <select name="phase">\(options(phases))</select></label>
          \(if: editing, "<label>What the new phase means <span class=\"hint\">Shown in the phase history and sent to followers</span> <input name=\"phase_note\" maxlength=\"500\"></label>")
          <div class="row"><label>Opens <input type="date" name="opens" value="\(form.opens)"></label>
          <label>Closes <input type="date" name="closes" value="\(form.closes)"></label></div>
          \(fieldError(errors, "closesAt"))
          <label class="check"><input type="checkbox" name="accepting" value="1"\(if: form.accepting == "1", " checked")> Taking ideas</label>
          <label>Goals <span class="hint">One per line: description | ideas, supports or participants | target | due day (optional)</span>
            <textarea name="goals" rows="3" placeholder="50 ideas by March | ideas | 50 | 2027-03-31">\(form.goals)</textarea></label>
          \(fieldError(errors, "goals"))
          <label>Visibility <select name="visibility">\(options(visibilities))</select></label>
          <details>
            <summary>Share with specific people or accounts</summary>
            <label>People <input name="audience_members" value="\(form.audienceMembers)"></label>
            <label>Customer or partner accounts <input name="audience_accounts" value="\(form.audienceAccounts)"></label>
          </details>
          <div class="actions"><button type="submit">\(editing ? "Save" : "Start the campaign")</button></div>
        </form>
        </div>
        """
    }
}
