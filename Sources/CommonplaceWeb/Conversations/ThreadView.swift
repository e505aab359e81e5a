import CommonplaceCore

extension ThreadPage: PageView {
    var main: HTML {
        let thread = conversation
        return """
            \(notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" as HTML })
            <p class="meta"><a href="\(thread.spaceURL)">\(thread.spaceName)</a> › \
            \(idea == nil ? "<a href=\"\(SiteURL.spaceThreads(thread.spaceSlug))\">Threads</a>" : "<a href=\"\(SiteURL.ideas)\">Ideas</a>" as HTML)</p>
            <div class="page-head">
              <div>
                <h1>\(kindBadge(thread)) \(thread.title)</h1>
                <p class="meta">
                  \(if: thread.isQuestion, "\(answerStatus(thread)) ·")
                  \(if: thread.pinned, "<span class=\"badge\">pinned</span> ")\(if: thread.locked, "<span class=\"badge\">locked</span> ")\
            \(if: thread.hidden, "<span class=\"badge warn\">hidden</span> ")
                  \(visibilityLabel(thread.visibility, title: thread.visibilityLabel)) · \(thread.repliesLabel) · \(counted(readers, "reader", "readers"))
                  \(tagLinks(thread.tags))
                </p>
              </div>
              <div class="head-actions">\(followButton(follow, csrf: chrome.csrf))</div>
            </div>
            \(sharedWith.map { "<p class=\"shared\">Shared with \($0)</p>" as HTML })
            \(faqURL.map { "<p class=\"notice\">This question is in the <a href=\"\($0)\">FAQ</a>.</p>" as HTML })
            \(opening)
            \(idea.map { ideaPanel($0, csrf: chrome.csrf) })
            \(enhancementRequests)
            \(notices.map { "<p class=\"mod-notice\">\($0.actor): \($0.text) <span class=\"meta\">\($0.at)</span></p>" as HTML })
            <h2 class="replies-head">\(idea == nil ? thread.repliesLabel : "Discussion")</h2>
            \(replyPager(pager))
            \(replies.map(replyCard))
            \(replyPager(pager))
            \(if: canUnaccept, """
            <form method="post" action="\(SiteURL.threadAccept(thread.id))" class="inline">\(csrfField(chrome.csrf))\(hiddenField("reply", ""))\
            <button type="submit" class="link">Take back the accepted answer</button></form>
            """)
            \(replyFormOrNotice)
            \(if: moderates, moderation)
            """
    }

    /// The enhancement requests raised from this thread, and for employees the form that raises one.
    private var enhancementRequests: HTML {
        guard idea == nil, !enhancements.isEmpty || canRaiseEnhancement else { return .empty }
        return """
            \(if: !enhancements.isEmpty, """
              <section class="enhancements" aria-labelledby="enhancements-head"><h2 id="enhancements-head">Enhancement requests from this thread</h2>
              \(enhancements.map { request in """
                \(ideaCard(request.card))
                \(if: !request.answers.isEmpty, """
                  <ol class="answers">\(request.answers.map { answer in """
                      <li>\(ideaStatus(answer.status, answer.statusLabel)) <span class="meta">\(answer.at)</span>
                        <div class="prose">\(HTML(trusted: answer.noteHTML))</div></li>
                      """ as HTML })</ol>
                  """)
                """ as HTML })</section>
              """)
            \(if: canRaiseEnhancement, """
              <details class="card manage" id="raise-enhancement"><summary>Raise an enhancement request</summary>
                <form method="post" action="\(SiteURL.threadEnhancement(conversation.id))" class="stack">\(csrfField(chrome.csrf))
                  <p class="hint">An idea linked to this thread and to the person who asked: they support it and hear of every answer.</p>
                  <label>Title <input name="title" required maxlength="200" value="\(conversation.title)"></label>
                  <label>What should change <textarea name="body" rows="4" required maxlength="20000"></textarea></label>
                  <label>Product owner <span class="hint">An employee's @handle</span> <input name="owner" required></label>
                  <label>Kind of need <select name="need_type">\(options(NeedType.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: false) }))</select></label>
                  <button type="submit" class="secondary">Raise the request</button>
                </form>
              </details>
              """)
            """
    }

    private var opening: HTML {
        let thread = conversation
        return """
            <article class="card post opening" id="opening">
              <header class="post-head">
                \(avatarLink(thread.author))
                <div>\(authorLink(thread.author))
                <div class="meta">\(createdAt)\(if: edited, " · <a href=\"\(SiteURL.threadHistory(thread.id))\">edited</a>")</div></div>
              </header>
              <div class="body prose">\(HTML(trusted: bodyHTML))</div>
              <footer class="post-foot">
                \(if: signedIn, reactionForm(reactions, action: .threadReact(thread.id), csrf: chrome.csrf, reply: nil), else: reactionCounts(reactions))
                \(if: canReply, "<a href=\"\(SiteURL.thread(thread.id).query("quote", 0).fragment("reply-form"))\" class=\"link\">Quote</a>")
                \(if: canEdit, "<a href=\"\(SiteURL.threadEdit(thread.id))\" class=\"link\">Edit</a>")
                \(if: signedIn, flagForm(thread.id, reply: nil, reasons: flagReasons, csrf: chrome.csrf, flagged: openingFlagged))
              </footer>
            </article>
            """
    }

    private func replyCard(_ reply: ReplyView) -> HTML {
        let threadId = conversation.id
        return """
            \(if: reply.isNew, "<p class=\"new-marker\" id=\"new-\(reply.id)\"><span>New since your last visit</span></p>")
            <article class="card post reply\(if: reply.accepted, " accepted")\(if: reply.hidden, " is-hidden")" id="reply-\(reply.id)">
              <header class="post-head">
                \(avatarLink(reply.author))
                <div>\(authorLink(reply.author))
                \(if: reply.accepted, "<span class=\"status s-accepted\">accepted answer</span>")
                <div class="meta"><a href="#reply-\(reply.id)">\(reply.createdAt)</a>\
            \(if: reply.edited, " · <a href=\"\(SiteURL.threadHistory(threadId).query("reply", reply.id))\">edited</a>")\
            \(if: reply.hidden, " · hidden by a moderator")</div></div>
              </header>
              \(if: reply.shown, "<div class=\"body prose\">\(HTML(trusted: reply.bodyHTML))</div>", else: "<p class=\"meta\">This reply was hidden by a moderator.</p>")
              <footer class="post-foot">
                \(if: reply.canReact, reactionForm(reply.reactions, action: .threadReact(threadId), csrf: reply.csrf, reply: reply.id), else: reactionCounts(reply.reactions))
                \(if: reply.canAccept, """
            <form method="post" action="\(SiteURL.threadAccept(threadId))" class="inline">\(csrfField(reply.csrf))\(hiddenField("reply", String(reply.id)))\
            <button type="submit" class="small accept">Accept this answer</button></form>
            """)
                \(if: reply.canReact && reply.shown, "<a href=\"\(SiteURL.thread(threadId).query("quote", reply.id).fragment("reply-form"))\" class=\"link\">Quote</a>")
                \(if: reply.canEdit, "<a href=\"\(SiteURL.replyEdit(threadId, reply.id))\" class=\"link\">Edit</a>")
                \(if: reply.canReact, flagForm(threadId, reply: reply.id, reasons: reply.flagReasons, csrf: reply.csrf, flagged: reply.flagged))
                \(if: reply.moderates, """
                <form method="post" action="\(SiteURL.replyModerate(threadId, reply.id))" class="inline">\(csrfField(reply.csrf))
                  \(hiddenField("action", reply.hidden ? "restore" : "hide"))<input name="reason" placeholder="Reason" aria-label="Reason for moderators' log" class="small-input" maxlength="500">
                  <button type="submit" class="link danger">\(reply.hidden ? "Restore" : "Hide")</button></form>
                <a href="\(SiteURL.threadSplit(threadId).query("from", reply.id))" class="link">Split from here</a>
            """)
              </footer>
            </article>
            """
    }

    private var replyFormOrNotice: HTML {
        let thread = conversation
        if canReply {
            return """
                \(replyPreviewHTML.map(previewSection))
                <form method="post" action="\(SiteURL.threadReplies(thread.id))" class="card stack" id="reply-form">
                  \(csrfField(chrome.csrf))
                  \(formAlert(errors))
                  <label for="reply-body">\(thread.isQuestion ? "Your answer" : "Your reply")</label>
                  <textarea id="reply-body" name="body" rows="5" required maxlength="20000" placeholder="Markdown works: **bold**, > quotes, @mentions"\
                \(if: replyPreviewHTML != nil, " autofocus")>\(replyBody)</textarea>
                  <div class="actions"><button type="submit">Reply</button>
                  <button type="submit" name="preview" value="1" class="secondary" formnovalidate>Preview</button></div>
                </form>
                """
        }
        return """
            \(if: thread.locked, "<p class=\"notice\">This thread is locked: it takes no more replies.</p>")\
            \(if: !signedIn, "<p><a href=\"\(SiteURL.signIn)\">Sign in</a> to reply.</p>")
            """
    }

    private var moderation: HTML {
        let thread = conversation
        return """
            <details class="card manage" id="moderate">
              <summary>Moderate</summary>
              <form method="post" action="\(SiteURL.threadModerate(thread.id))" class="row">
                \(csrfField(chrome.csrf))
                <label>Action <select name="action">
                  \(thread.locked ? "<option value=\"unlock\">Unlock</option>" : "<option value=\"lock\">Lock</option>" as HTML)
                  \(thread.pinned ? "<option value=\"unpin\">Unpin</option>" : "<option value=\"pin\">Pin</option>" as HTML)
                  \(thread.hidden ? "<option value=\"restore\">Restore</option>" : "<option value=\"hide\">Hide</option>" as HTML)
                </select></label>
                <label>Reason <input name="reason" maxlength="500"></label>
                <button type="submit" class="secondary">Apply</button>
              </form>
              \(if: hasDestinations && idea == nil, """
              <form method="post" action="\(SiteURL.threadMove(thread.id))" class="row">
                \(csrfField(chrome.csrf))
                <label>Move to <select name="space">\(options(destinations))</select></label>
                <label>Reason <input name="reason" maxlength="500"></label>
                <button type="submit" class="secondary">Move</button>
              </form>
            """)
              \(if: idea == nil, """
              <p><a href="\(SiteURL.threadDuplicates(thread.id))">Look for possible duplicates</a></p>
              <form method="post" action="\(SiteURL.threadMerge(thread.id))" class="row">
                \(csrfField(chrome.csrf))
                <label>Merge into thread (number or link) <input name="into" required></label>
                <label>Reason <input name="reason" maxlength="500"></label>
                <button type="submit" class="secondary">Merge</button>
              </form>
            """)
              \(if: canPromote, """
              <form method="post" action="\(SiteURL.threadFAQ(thread.id))" class="inline">
                \(csrfField(chrome.csrf))<button type="submit" id="promote-faq">Add to the FAQ</button>
              </form>
            """)
            </details>
            """
    }
}

/// "Question" or "Discussion", coloured by kind.
func kindBadge(_ thread: ConversationCardView) -> HTML {
    "<span class=\"kind k-\(thread.kind)\">\(thread.kindLabel)</span>"
}

/// Whether a question has an accepted answer.
func answerStatus(_ thread: ConversationCardView) -> HTML {
    thread.answered ? "<span class=\"status s-accepted\">answered</span>" : "<span class=\"status s-open\">unanswered</span>"
}

/// The reactions of a post or reply: those given, each a button that adds or takes back the reader's, and a
/// "React" disclosure holding the rest. A reply costs a keyboard user one stop for reacting rather than five, and
/// it works without JavaScript (GitHub's pattern).
private func reactionForm(_ reactions: [ReactionView], action: SiteURL, csrf: String, reply: Int?) -> HTML {
    let button = { (reaction: ReactionView) -> HTML in
        """
        <button type="submit" name="\(reaction.change)" value="\(reaction.name)" class="reaction\(if: reaction.mine, " mine")" \
        aria-pressed="\(reaction.pressed)" aria-label="\(reaction.label)">\(reaction.symbol) <span class="reaction-label">\(reaction.label)</span>\
        \(reaction.count.map { " \($0)" as HTML })</button>
        """
    }
    let given = reactions.filter { $0.count != nil }
    let more = reactions.filter { $0.count == nil }
    return """
        <form method="post" action="\(action)" class="inline reactions">\(csrfField(csrf))\(reply.map { hiddenField("reply", String($0)) })\
        \(given.map(button))\(if: !more.isEmpty, """
            <details class="react-picker"><summary>React</summary><span class="picker">\(more.map(button))</span></details>
            """)</form>
        """
}

/// The reactions a reader who cannot react sees: the ones given, with their counts.
private func reactionCounts(_ reactions: [ReactionView]) -> HTML {
    "\(reactions.compactMap { reaction in reaction.count.map { "<span class=\"reaction\" title=\"\(reaction.label)\">\(reaction.symbol) \($0)</span>" as HTML } })"
}

/// Flagging the opening post or a reply for moderators; once flagged, it says so instead (flagging is once per reader).
private func flagForm(_ threadId: Int, reply: Int?, reasons: [Option], csrf: String, flagged: Bool) -> HTML {
    if flagged { return "<span class=\"meta\">Flagged for moderators</span>" }
    return """
        <details class="flag"><summary>Flag</summary>
              <form method="post" action="\(SiteURL.threadFlag(threadId))" class="stack">\(csrfField(csrf))\(reply.map { hiddenField("reply", String($0)) })
                <label>Reason <select name="reason">\(options(reasons))</select></label>
                <label>What is wrong? <span class="hint">Optional</span> <input name="note" maxlength="1000"></label>
                <button type="submit" class="small">Flag for moderators</button></form>
            </details>
        """
}

/// Links to the pages of a thread's replies before and after this one.
private func replyPager(_ pager: ReplyPager?) -> HTML {
    guard let pager else { return .empty }
    return """
        <nav class="pager" aria-label="Pages of replies">\(pager.previousURL.map { "<a href=\"\($0)\" rel=\"prev\">← Earlier replies</a>" as HTML }) \
        <span class="meta">Page \(pager.page) of \(pager.pageCount)</span> \
        \(pager.nextURL.map { "<a href=\"\($0)\" rel=\"next\">Later replies →</a>" as HTML })</nav>
        """
}

/// A thread in a list: kind, title, status, who started it where, and how active it is.
func threadCard(_ thread: ConversationCardView) -> HTML {
    """
    <article class="card thread-card\(if: thread.unread != nil, " has-unread")" id="thread-\(thread.id)">
      <div class="thread-line">
        \(kindBadge(thread))
        \(if: thread.pinned, "<span class=\"badge\">pinned</span>")\(if: thread.locked, " <span class=\"badge\">locked</span>")\
    \(if: thread.hidden, " <span class=\"badge warn\">hidden</span>")
        <a class="thread-title" href="\(thread.url)">\(thread.title)</a>
        \(if: thread.isQuestion, answerStatus(thread))
        \(if: thread.isUnseen, "<span class=\"badge new\">new</span>")\(thread.unread.map { "<span class=\"badge new\">\($0) new</span>" as HTML })
      </div>
      <p class="meta">
        \(authorLink(thread.author, class: ""))
        in <a href="\(thread.spaceURL)">\(thread.spaceName)</a> · \(thread.repliesLabel) · active \
    \(thread.lastActivity)
        · \(visibilityLabel(thread.visibility, title: thread.visibilityLabel))
        \(tagLinks(thread.tags))
      </p>
    </article>
    """
}

extension ConversationListPage: PageView {
    var main: HTML {
        """
        <div class="page-head">
          <div>
            \(space.map { "<p class=\"meta\"><a href=\"\($0.url)\">\($0.name)</a></p>" as HTML })
            <h1>\(heading)</h1>
            <nav class="tabs" aria-label="Filter">
              <a href="\(base)"\(if: all, " aria-current=\"page\"")>All</a>
              <a href="\(base.query("kind", "question"))"\(if: questionsOnly, " aria-current=\"page\"")>Questions</a>
              <a href="\(base.query("unanswered", 1))"\(if: unanswered, " aria-current=\"page\"")>Unanswered</a>
              \(space.map { "<a href=\"\(SiteURL.spaceFAQ($0.slug))\">FAQ</a>" as HTML })
            </nav>
          </div>
          \(if: canStart, startButtons(space))
        </div>
        \(conversations.isEmpty ? "<p class=\"empty\">No threads you can see here yet.</p>" : "\(conversations.map(threadCard))" as HTML)
        \(next.map { "<p class=\"more\"><a href=\"\($0)\">More</a></p>" as HTML })
        """
    }

    /// In a space, its forms; on the list of every thread, the space chooser first.
    private func startButtons(_ space: SpaceLink?) -> HTML {
        let question = space.map { SiteURL.spaceThreadNew($0.slug).query("kind", "question") } ?? .threadNew(.question)
        let discussion = space.map { SiteURL.spaceThreadNew($0.slug).query("kind", "discussion") } ?? .threadNew(.discussion)
        return """
            <div class="head-actions">
                <a class="button" href="\(question)">Ask a question</a>
                <a class="button secondary-link" href="\(discussion)">Start a discussion</a>
              </div>
            """
    }
}
