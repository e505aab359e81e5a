import CommonplaceCore

/// "1 reader", "3 readers": a count with its noun.
func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
    count == 1 ? "1 \(singular)" : "\(count) \(plural)"
}

/// The hidden field every form that changes something carries.
func csrfField(_ token: String) -> HTML {
    "<input type=\"hidden\" name=\"_csrf\" value=\"\(token)\">"
}

/// A hidden form field.
func hiddenField(_ name: String, _ value: String) -> HTML {
    "<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">"
}

/// The round initial that links to a member (hidden from screen readers: the name beside it says the same).
func avatarLink(_ member: MemberView) -> HTML {
    "<a class=\"avatar\" href=\"\(member.url)\" aria-hidden=\"true\" tabindex=\"-1\">\(member.initial)</a>"
}

/// A member's name linking to their profile, with their relation when they are not an employee.
func authorLink(_ member: MemberView, class className: String = "author") -> HTML {
    "<a href=\"\(member.url)\" class=\"\(className)\">\(member.name)</a>\(if: member.isExternal, " <span class=\"badge\">\(member.kindLabel)</span>")"
}

/// Who may read an item, as a small label.
func visibilityLabel(_ visibility: String, title: String) -> HTML {
    "<span class=\"visibility v-\(visibility)\" title=\"\(title)\">\(visibility)</span>"
}

/// `#tag` links, each after a space.
func tagLinks(_ tags: [String]) -> HTML {
    "\(tags.map { " <a class=\"tag\" href=\"\(SiteURL.tag($0))\">#\($0)</a>" as HTML })"
}

/// The `<option>`s of a `<select>`.
func options(_ options: [Option]) -> HTML {
    "\(options.map { "<option value=\"\($0.value)\"\(if: $0.selected, " selected")>\($0.label)</option>" as HTML })"
}

/// The form's problems at its top, when it has some.
func formAlert(_ errors: FormErrors) -> HTML {
    guard errors.any else { return .empty }
    return "<div class=\"alert\" role=\"alert\">\(errors.all.map { "<p>\($0.message)</p>" as HTML })</div>"
}

/// The problem with one field, under it.
func fieldError(_ errors: FormErrors, _ field: String) -> HTML {
    guard let message = errors.messages[field] else { return .empty }
    return "<p class=\"field-error\">\(message)</p>"
}

/// Follow or unfollow one target, then come back.
func followButton(_ follow: FollowButton?, csrf: String) -> HTML {
    guard let follow else { return .empty }
    return """
        <form method="post" action="\(follow.following ? SiteURL.followsDelete : SiteURL.follows)" class="inline">
          \(csrfField(csrf))\(hiddenField("kind", follow.kind))\(hiddenField("key", follow.key))\(hiddenField("return_to", follow.returnTo))
          <button type="submit" class="secondary small">\(follow.following ? "Unfollow" : "Follow")</button>
        </form>
        """
}

/// Links to the pages before and after this one of a directory (people, spaces).
func directoryPager(_ pager: DirectoryPager?) -> HTML {
    guard let pager else { return .empty }
    return """
        <nav class="pager" aria-label="\(pager.label)">\(pager.previous.map { "<a href=\"\($0)\" rel=\"prev\">← Previous</a>" as HTML }) \
        <span class="meta">Page \(pager.page)</span> \(pager.next.map { "<a href=\"\($0)\" rel=\"next\">Next →</a>" as HTML })</nav>
        """
}

/// A text rendered as it will read once saved, above the form it came from (which keeps the text to edit further).
func previewSection(_ html: String) -> HTML {
    """
    <section class="card preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview <span class="meta">not saved yet</span></h2>
      <div class="prose">\(HTML(trusted: html))</div>
    </section>
    """
}
