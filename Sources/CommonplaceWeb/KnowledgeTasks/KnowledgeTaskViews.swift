import CommonplaceCore

/// A task in a list: what it asks, its state and deadline, and its progress.
func taskCard(_ task: TaskCardView) -> HTML {
    """
    <article class="card task-card">
      <div class="thread-line"><span class="kind k-task">Task</span> <a class="thread-title" href="\(task.url)">\(task.title)</a>
        <span class="status s-\(task.open ? "open" : "closed")">\(task.stateLabel)</span>\(if: task.responded, " <span class=\"badge\">you responded</span>")</div>
      <p class="meta">\(task.kindLabel) · in <a href="\(task.spaceURL)">\(task.spaceName)</a> · due \(task.dueAt) · \
    \(task.respondents) of \(task.goal) responses · \(visibilityLabel(task.visibility, title: task.visibilityLabel))</p>
    </article>
    """
}

extension TaskListPage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <div><h1>Knowledge tasks</h1>
          <p class="meta">What the company asks its community to help with, by a deadline.</p></div>
          \(if: canPublish, "<div class=\"head-actions\"><a class=\"button\" href=\"\(SiteURL.taskNew)\">Publish a task</a></div>")
        </div>
        \(if: !forYou.isEmpty, "<section><h2>For you</h2>\(forYou.map(taskCard))</section>")
        <section><h2>All tasks</h2>
        \(tasks.isEmpty ? "<p class=\"empty\">No tasks you can see yet.</p>" : "\(tasks.map(taskCard))" as HTML)
        </section>
        """
    }
}

extension TaskPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(card.spaceURL)">\(card.spaceName)</a> › <a href="\(SiteURL.tasks)">Knowledge tasks</a></p>
        <div class="page-head">
          <div>
            <h1>\(card.title)</h1>
            <p class="meta"><span class="status s-\(card.open ? "open" : "closed")">\(card.stateLabel)</span> · \(card.kindLabel) · \
        due \(card.dueAt) · asked by \(authorLink(author, class: "")) · \(visibilityLabel(card.visibility, title: card.visibilityLabel))</p>
          </div>
          <div class="head-actions">\(followButton(follow, csrf: chrome.csrf))</div>
        </div>
        \(canRespond ? .empty : formAlert(errors))
        <div class="columns">
          <div class="stack">
            <div class="card prose">\(HTML(trusted: briefHTML))</div>
            \(closedAt.map { at in """
              <section class="card" id="thanks"><h2>Thank you</h2><p>\(thanks)</p><p class="meta">Closed \(at); every respondent was thanked by name.</p></section>
              """ as HTML })
            \(respondSection)
            <section id="responses"><h2>Responses</h2>
            \(responses.isEmpty ? "<p class=\"empty\">No responses you can see yet.</p>" : "<ul class=\"responses\">\(responses.map(responseItem))</ul>" as HTML)
            </section>
            \(if: canClose, """
              <form method="post" action="\(SiteURL.taskClose(id))" class="card stack" id="close">
                \(csrfField(chrome.csrf))<h2>Close the task</h2>
                <label>Thanks to the respondents <span class="hint">Each of them is told, and their profile shows the task</span>
                  <textarea name="thanks" rows="3" required maxlength="2000"></textarea></label>
                \(fieldError(errors, "thanks"))
                <div class="actions"><button type="submit">Close and thank</button></div>
              </form>
              """)
            \(edit.map { edit in """
              <details class="card" id="edit"\(if: errors.messages["title"] != nil || errors.messages["dueAt"] != nil || errors.messages["goal"] != nil, " open")>
                <summary>Change the words, deadline or goal</summary>
                <form method="post" action="\(SiteURL.taskEdit(id))" class="stack">
                  \(csrfField(chrome.csrf))
                  <label>What you ask for <input name="title" value="\(edit.title)" required maxlength="200"></label>
                  \(fieldError(errors, "title"))
                  <label>Brief <textarea name="brief" rows="5" required maxlength="20000">\(edit.brief)</textarea></label>
                  \(fieldError(errors, "brief"))
                  <div class="row"><label>Deadline <input type="date" name="due" value="\(edit.due)" required></label>
                  <label>Goal <input type="number" name="goal" min="1" max="100000" value="\(edit.goal)" required></label></div>
                  \(fieldError(errors, "dueAt"))\(fieldError(errors, "goal"))
                  <div class="actions"><button type="submit">Save</button></div>
                </form>
              </details>
              """ as HTML })
          </div>
          <aside class="stack">
            <section class="card"><h2>Progress</h2><progress value="\(min(card.respondents, card.goal))" max="\(card.goal)">\(card.percent)%</progress>
              <p class="meta">\(card.respondents) of \(card.goal) people responded · \(card.percent)%</p></section>
            <section class="card"><h2>For</h2><p>\(segment.isEmpty ? "Everyone who may see this task" : segment.joined(separator: ", "))</p></section>
          </aside>
        </div>
        """
    }

    private var respondSection: HTML {
        guard canRespond else { return .empty }
        let ways: HTML =
            switch responseKind {
            case .edits, .answers:
                """
                <ul class="targets">\(targets.map { target in
                    "<li><a href=\"\(target.url)\">\(target.title)</a> · <a class=\"button secondary-link\" href=\"\(target.action)\">\(responseKind == .edits ? "Suggest an edit" : "Answer")</a></li>" as HTML
                })</ul>
                """
            case .ideas:
                campaign.map { "<p><a class=\"button\" href=\"\($0.submit)\">Submit an idea to “\($0.title)”</a></p>" as HTML } ?? .empty
            case .free:
                """
                <form method="post" action="\(SiteURL.taskRespond(id))" class="stack">
                  \(csrfField(chrome.csrf))
                  <label>Your response <textarea name="body" rows="6" required maxlength="10000">\(responseBody)</textarea></label>
                  \(fieldError(errors, "body"))
                  <div class="actions"><button type="submit">Send my response</button></div>
                </form>
                """
            }
        return """
            <section class="card stack" id="respond"><h2>\(card.responded ? "Respond again" : "Respond")</h2>
            \(if: card.responded, "<p class=\"notice\">You responded — thank you.</p>")
            \(formAlert(errors))
            \(ways)
            </section>
            """
    }
}

/// One response: who, how, and a link to it.
private func responseItem(_ response: TaskResponseView) -> HTML {
    """
    <li class="card"><p>\(authorLink(response.member)) \(response.kindLabel)\
    \(response.link.map { link in " <a href=\"\(link)\">\(response.title ?? "")</a>" as HTML }) <span class="meta">\(response.at)</span></p>
    \(if: !response.bodyHTML.isEmpty, "<div class=\"prose\">\(HTML(trusted: response.bodyHTML))</div>")</li>
    """
}

extension TaskFormPage: PageView {
    var main: HTML {
        """
        <div class="narrow">
        <p class="meta"><a href="\(SiteURL.tasks)">Knowledge tasks</a></p>
        <h1>Publish a knowledge task</h1>
        \(formAlert(errors))
        <form method="post" action="\(SiteURL.tasks)" class="card stack">
          \(csrfField(chrome.csrf))
          <label>Space <select name="space" required>\(options(spaces))</select></label>
          <label>What you ask for <input name="title" value="\(form.title)" required maxlength="200" placeholder="Review our installation guide"></label>
          \(fieldError(errors, "title"))
          <label>Brief <textarea name="brief" rows="6" required maxlength="20000">\(form.brief)</textarea></label>
          \(fieldError(errors, "brief"))
          <label>The response you want <select name="response_kind" required>\(options(kinds))</select></label>
          \(fieldError(errors, "response_kind"))
          <label>Articles or questions <span class="hint">For edits or answers: their numbers or links, separated by spaces</span>
            <input name="targets" value="\(form.targets ?? "")"></label>
          \(fieldError(errors, "targets"))
          <label>Campaign <span class="hint">For ideas</span> <select name="campaign"><option value="">None</option>\(options(campaigns))</select></label>
          \(fieldError(errors, "campaign"))
          <fieldset><legend>For whom <span class="hint">Leave empty for everyone who may see the task</span></legend>
            \(relations.map { "<label class=\"check\"><input type=\"checkbox\" name=\"relations[]\" value=\"\($0.value)\"\(if: $0.checked, " checked")> \($0.label)</label>" as HTML })
            <label>Accounts <input name="accounts" value="\(form.accounts ?? "")" placeholder="acme globex"></label>
            <label>Followers of tags <input name="tags" value="\(form.tags ?? "")" placeholder="model-5"></label>
            <label>Declared expertise <input name="expertise" value="\(form.expertise ?? "")" placeholder="installation"></label>
          </fieldset>
          \(fieldError(errors, "segment"))
          <div class="row"><label>Deadline <input type="date" name="due" value="\(form.due ?? "")" required></label>
          <label>Goal <span class="hint">People responding</span> <input type="number" name="goal" min="1" max="100000" value="\(form.goal ?? "")" required></label></div>
          \(fieldError(errors, "dueAt"))\(fieldError(errors, "goal"))
          <label>Visibility <select name="visibility">\(options(visibilities))</select></label>
          <details>
            <summary>Share with specific people or accounts</summary>
            <label>People <input name="audience_members" value="\(form.audienceMembers ?? "")"></label>
            <label>Customer or partner accounts <input name="audience_accounts" value="\(form.audienceAccounts ?? "")"></label>
          </details>
          <div class="actions"><button type="submit">Publish the task</button></div>
        </form>
        </div>
        """
    }
}
