import Mustache

// Template lookups without reflection: swift-mustache reads a `MustacheParent` by name instead of building a
// `Mirror` for every `{{name}}`, which dominated the render time of every page (see docs/performance.md).
// Written by scripts/template-lookups.py from the views' stored properties: run it after changing a view.

extension OffsetPaging: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "limit": self.limit
        case "offset": self.offset
        default: nil
        }
    }
}

extension SettingsForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "registration": self.registration
        case "spaceCreation": self.spaceCreation
        case "anonymousReading": self.anonymousReading
        default: nil
        }
    }
}

extension InvitationForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "email": self.email
        case "kind": self.kind
        case "relation": self.relation
        case "account": self.account
        case "role": self.role
        default: nil
        }
    }
}

extension AccountForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "slug": self.slug
        case "name": self.name
        case "kind": self.kind
        default: nil
        }
    }
}

extension StandingForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "role": self.role
        case "kind": self.kind
        case "relation": self.relation
        case "account": self.account
        case "q": self.q
        case "page": self.page
        default: nil
        }
    }
}

extension AdminMemberListing: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "query": self.query
        case "page": self.page
        default: nil
        }
    }
}

extension AccountView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "slug": self.slug
        case "name": self.name
        case "kind": self.kind
        default: nil
        }
    }
}

extension AdminMemberView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "member": self.member
        case "email": self.email
        case "role": self.role
        case "kind": self.kind
        case "relation": self.relation
        case "account": self.account
        case "roleOptions": self.roleOptions
        case "kindOptions": self.kindOptions
        case "relationOptions": self.relationOptions
        case "accountSlug": self.accountSlug
        default: nil
        }
    }
}

extension AdminPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "settings": self.settings
        case "errors": self.errors
        case "registrationOptions": self.registrationOptions
        case "spaceCreationOptions": self.spaceCreationOptions
        case "kinds": self.kinds
        case "relations": self.relations
        case "roles": self.roles
        case "accountKinds": self.accountKinds
        case "accountCount": self.accountCount
        case "newestAccounts": self.newestAccounts
        case "accountOptions": self.accountOptions
        case "listing": self.listing
        case "members": self.members
        case "pager": self.pager
        case "invitationLink": self.invitationLink
        case "botToken": self.botToken
        default: nil
        }
    }
}

extension PositionForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "position": self.position
        default: nil
        }
    }
}

extension MoveForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "space": self.space
        default: nil
        }
    }
}

extension ConflictView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "base": self.base
        case "current": self.current
        case "rows": self.rows
        default: nil
        }
    }
}

extension DiffRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": self.kind
        case "oldHTML": self.oldHTML
        case "newHTML": self.newHTML
        default: nil
        }
    }
}

extension MetadataChange: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "field": self.field
        case "old": self.old
        case "new": self.new
        default: nil
        }
    }
}

extension ManualPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "space": self.space
        case "sections": self.sections
        case "canWrite": self.canWrite
        default: nil
        }
    }
}

extension ArticlePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "article": self.article
        case "canEdit": self.canEdit
        case "destinations": self.destinations
        case "follow": self.follow
        case "readers": self.readers
        case "jsonLD": self.jsonLD
        default: nil
        }
    }
}

extension ArticleFormPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "action": self.action
        case "editing": self.editing
        case "spaceName": self.spaceName
        case "form": self.form
        case "choices": self.choices
        case "errors": self.errors
        case "conflict": self.conflict
        default: nil
        }
    }
}

extension HistoryPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "article": self.article
        case "revisions": self.revisions
        case "canRestore": self.canRestore
        default: nil
        }
    }
}

extension RevisionPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "article": self.article
        case "revision": self.revision
        case "title": self.title
        case "bodyHTML": self.bodyHTML
        case "isCurrent": self.isCurrent
        case "canRestore": self.canRestore
        default: nil
        }
    }
}

extension DiffPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "article": self.article
        case "from": self.from
        case "to": self.to
        case "metadata": self.metadata
        case "rows": self.rows
        default: nil
        }
    }
}

extension LogPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "heading": self.heading
        case "entries": self.entries
        default: nil
        }
    }
}

extension ArticleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "url": self.url
        case "title": self.title
        case "bodyHTML": self.bodyHTML
        case "status": self.status
        case "statusLabel": self.statusLabel
        case "reviewBy": self.reviewBy
        case "reviewOverdue": self.reviewOverdue
        case "knowledgeKind": self.knowledgeKind
        case "section": self.section
        case "tags": self.tags
        case "owners": self.owners
        case "author": self.author
        case "spaceName": self.spaceName
        case "spaceSlug": self.spaceSlug
        case "spaceURL": self.spaceURL
        case "visibility": self.visibility
        case "visibilityLabel": self.visibilityLabel
        case "sharedWith": self.sharedWith
        case "revision": self.revision
        case "position": self.position
        case "updatedAt": self.updatedAt
        case "updatedAtISO": self.updatedAtISO
        default: nil
        }
    }
}

extension ManualSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "articles": self.articles
        default: nil
        }
    }
}

extension ManualEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": self.url
        case "title": self.title
        case "status": self.status
        case "statusLabel": self.statusLabel
        default: nil
        }
    }
}

extension ArticleForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "body": self.body
        case "tags": self.tags
        case "status": self.status
        case "reviewBy": self.reviewBy
        case "knowledgeKind": self.knowledgeKind
        case "section": self.section
        case "owners": self.owners
        case "visibility": self.visibility
        case "audienceMembers": self.audienceMembers
        case "audienceAccounts": self.audienceAccounts
        case "summary": self.summary
        case "baseRevision": self.baseRevision
        default: nil
        }
    }
}

extension ArticleFormChoices: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "statuses": self.statuses
        case "kinds": self.kinds
        case "visibilities": self.visibilities
        default: nil
        }
    }
}

extension RevisionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "url": self.url
        case "diffURL": self.diffURL
        case "author": self.author
        case "credited": self.credited
        case "summary": self.summary
        case "createdAt": self.createdAt
        default: nil
        }
    }
}

extension LogEntryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "actor": self.actor
        case "action": self.action
        case "summary": self.summary
        case "itemURL": self.itemURL
        case "itemTitle": self.itemTitle
        case "createdAt": self.createdAt
        default: nil
        }
    }
}

extension SuggestionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "url": self.url
        case "articleURL": self.articleURL
        case "articleTitle": self.articleTitle
        case "suggester": self.suggester
        case "comment": self.comment
        case "state": self.state
        case "reason": self.reason
        case "createdAt": self.createdAt
        default: nil
        }
    }
}

extension SuggestionForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "body": self.body
        case "tags": self.tags
        case "status": self.status
        case "comment": self.comment
        default: nil
        }
    }
}

extension DecisionForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "reason": self.reason
        case "confirm": self.confirm
        default: nil
        }
    }
}

extension SuggestionFormPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "article": self.article
        case "form": self.form
        case "statuses": self.statuses
        case "errors": self.errors
        default: nil
        }
    }
}

extension SuggestionQueuePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "toReview": self.toReview
        case "mine": self.mine
        default: nil
        }
    }
}

extension SuggestionPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "suggestion": self.suggestion
        case "article": self.article
        case "rows": self.rows
        case "titleChange": self.titleChange
        case "canDecide": self.canDecide
        case "outdated": self.outdated
        case "confirmOutdated": self.confirmOutdated
        case "errors": self.errors
        default: nil
        }
    }
}

extension SafePath: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": self.value
        default: nil
        }
    }
}

extension SignInForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "email": self.email
        case "password": self.password
        case "next": self.next
        default: nil
        }
    }
}

extension SignUpForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "handle": self.handle
        case "name": self.name
        case "email": self.email
        case "password": self.password
        case "relation": self.relation
        default: nil
        }
    }
}

extension SignInPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "email": self.email
        case "next": self.next
        case "error": self.error
        case "openRegistration": self.openRegistration
        default: nil
        }
    }
}

extension SignUpPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "form": self.form
        case "errors": self.errors
        case "relations": self.relations
        case "invitation": self.invitation
        default: nil
        }
    }
}

extension InvitationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": self.code
        case "fixedEmail": self.fixedEmail
        case "description": self.description
        default: nil
        }
    }
}

extension ReactionForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "add": self.add
        case "remove": self.remove
        case "reply": self.reply
        default: nil
        }
    }
}

extension AcceptForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "reply": self.reply
        default: nil
        }
    }
}

extension MergeForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "into": self.into
        case "reason": self.reason
        default: nil
        }
    }
}

extension SplitForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "replies": self.replies
        case "title": self.title
        case "reason": self.reason
        default: nil
        }
    }
}

extension FlagForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "reason": self.reason
        case "reply": self.reply
        case "note": self.note
        default: nil
        }
    }
}

extension SplitPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "threadId": self.threadId
        case "threadTitle": self.threadTitle
        case "replies": self.replies
        case "title": self.title
        case "errors": self.errors
        default: nil
        }
    }
}

extension DuplicatesPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "id": self.id
        case "threadTitle": self.threadTitle
        case "duplicates": self.duplicates
        default: nil
        }
    }
}

extension SplitChoice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "author": self.author
        case "excerpt": self.excerpt
        case "chosen": self.chosen
        default: nil
        }
    }
}

extension ConversationListPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "heading": self.heading
        case "space": self.space
        case "base": self.base
        case "unanswered": self.unanswered
        case "questionsOnly": self.questionsOnly
        case "all": self.all
        case "conversations": self.conversations
        case "next": self.next
        case "canStart": self.canStart
        default: nil
        }
    }
}

extension SpaceLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "slug": self.slug
        case "name": self.name
        case "url": self.url
        default: nil
        }
    }
}

extension ThreadPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "conversation": self.conversation
        case "bodyHTML": self.bodyHTML
        case "sharedWith": self.sharedWith
        case "createdAt": self.createdAt
        case "edited": self.edited
        case "readers": self.readers
        case "reactions": self.reactions
        case "replies": self.replies
        case "notices": self.notices
        case "signedIn": self.signedIn
        case "canReply": self.canReply
        case "canEdit": self.canEdit
        case "canUnaccept": self.canUnaccept
        case "moderates": self.moderates
        case "canPromote": self.canPromote
        case "faqURL": self.faqURL
        case "follow": self.follow
        case "destinations": self.destinations
        case "hasDestinations": self.hasDestinations
        case "flagReasons": self.flagReasons
        case "replyBody": self.replyBody
        case "pager": self.pager
        case "errors": self.errors
        default: nil
        }
    }
}

extension ReplyPager: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": self.page
        case "pageCount": self.pageCount
        case "previousURL": self.previousURL
        case "nextURL": self.nextURL
        default: nil
        }
    }
}

extension ConversationFormPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "space": self.space
        case "form": self.form
        case "isQuestion": self.isQuestion
        case "visibilities": self.visibilities
        case "similar": self.similar
        case "hasSimilar": self.hasSimilar
        case "suggestedTags": self.suggestedTags
        case "errors": self.errors
        default: nil
        }
    }
}

extension SimilarView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "url": self.url
        case "title": self.title
        case "kind": self.kind
        case "spaceName": self.spaceName
        case "matched": self.matched
        case "answered": self.answered
        default: nil
        }
    }
}

extension ConversationForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": self.kind
        case "title": self.title
        case "body": self.body
        case "tags": self.tags
        case "visibility": self.visibility
        case "audienceMembers": self.audienceMembers
        case "audienceAccounts": self.audienceAccounts
        case "confirmed": self.confirmed
        default: nil
        }
    }
}

extension ReplyForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "body": self.body
        default: nil
        }
    }
}

extension EditForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "body": self.body
        default: nil
        }
    }
}

extension EditPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "threadURL": self.threadURL
        case "threadTitle": self.threadTitle
        case "action": self.action
        case "isReply": self.isReply
        case "title": self.title
        case "body": self.body
        case "errors": self.errors
        default: nil
        }
    }
}

extension EditVersionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "editor": self.editor
        case "at": self.at
        case "title": self.title
        case "rows": self.rows
        default: nil
        }
    }
}

extension EditHistoryPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "threadURL": self.threadURL
        case "threadTitle": self.threadTitle
        case "isReply": self.isReply
        case "versions": self.versions
        default: nil
        }
    }
}

extension ConversationCardView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "url": self.url
        case "title": self.title
        case "kindLabel": self.kindLabel
        case "isQuestion": self.isQuestion
        case "answered": self.answered
        case "author": self.author
        case "spaceName": self.spaceName
        case "spaceSlug": self.spaceSlug
        case "spaceURL": self.spaceURL
        case "visibility": self.visibility
        case "visibilityLabel": self.visibilityLabel
        case "repliesLabel": self.repliesLabel
        case "unread": self.unread
        case "isUnseen": self.isUnseen
        case "pinned": self.pinned
        case "locked": self.locked
        case "hidden": self.hidden
        case "tags": self.tags
        case "lastActivity": self.lastActivity
        case "lastActivityISO": self.lastActivityISO
        default: nil
        }
    }
}

extension FeedEntryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "post": self.post
        case "conversation": self.conversation
        default: nil
        }
    }
}

extension ReactionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "label": self.label
        case "symbol": self.symbol
        case "count": self.count
        case "mine": self.mine
        case "change": self.change
        case "pressed": self.pressed
        default: nil
        }
    }
}

extension ReplyView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "threadURL": self.threadURL
        case "author": self.author
        case "bodyHTML": self.bodyHTML
        case "hidden": self.hidden
        case "shown": self.shown
        case "accepted": self.accepted
        case "isNew": self.isNew
        case "createdAt": self.createdAt
        case "createdAtISO": self.createdAtISO
        case "edited": self.edited
        case "reactions": self.reactions
        case "canEdit": self.canEdit
        case "canAccept": self.canAccept
        case "canReact": self.canReact
        case "moderates": self.moderates
        case "csrf": self.csrf
        case "flagReasons": self.flagReasons
        default: nil
        }
    }
}

extension NoticeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "actor": self.actor
        case "at": self.at
        default: nil
        }
    }
}

extension FollowButton: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": self.kind
        case "key": self.key
        case "following": self.following
        case "returnTo": self.returnTo
        default: nil
        }
    }
}

extension ExpertsPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "topic": self.topic
        case "searched": self.searched
        case "experts": self.experts
        case "errors": self.errors
        default: nil
        }
    }
}

extension ExpertView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "member": self.member
        case "evidence": self.evidence
        default: nil
        }
    }
}

extension FAQReturnForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "direction": self.direction
        case "returnTo": self.returnTo
        default: nil
        }
    }
}

extension FAQPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "space": self.space
        case "entries": self.entries
        case "moderates": self.moderates
        default: nil
        }
    }
}

extension FAQEntryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "question": self.question
        case "answerHTML": self.answerHTML
        case "threadId": self.threadId
        default: nil
        }
    }
}

extension FollowForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": self.kind
        case "key": self.key
        case "returnTo": self.returnTo
        default: nil
        }
    }
}

extension PasswordForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "current": self.current
        case "new": self.new
        case "revokeTokens": self.revokeTokens
        default: nil
        }
    }
}

extension TokenForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        default: nil
        }
    }
}

extension TokenView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "name": self.name
        case "createdAt": self.createdAt
        case "lastUsedAt": self.lastUsedAt
        default: nil
        }
    }
}

extension DirectoryPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "query": self.query
        case "searched": self.searched
        case "members": self.members
        case "pager": self.pager
        default: nil
        }
    }
}

extension ProfilePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "member": self.member
        case "bio": self.bio
        case "expertise": self.expertise
        case "interests": self.interests
        case "accountName": self.accountName
        case "isSelf": self.isSelf
        case "articles": self.articles
        case "threads": self.threads
        case "follow": self.follow
        case "posts": self.posts
        case "next": self.next
        default: nil
        }
    }
}

extension SettingsPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "member": self.member
        case "profile": self.profile
        case "errors": self.errors
        case "tokens": self.tokens
        case "tokenCount": self.tokenCount
        case "newToken": self.newToken
        case "notice": self.notice
        default: nil
        }
    }
}

extension ModerationQueuePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "flags": self.flags
        default: nil
        }
    }
}

extension FlagView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "targetURL": self.targetURL
        case "moderateAction": self.moderateAction
        case "title": self.title
        case "replyId": self.replyId
        case "excerpt": self.excerpt
        case "reason": self.reason
        case "note": self.note
        case "flaggedBy": self.flaggedBy
        case "at": self.at
        default: nil
        }
    }
}

extension NotificationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "link": self.link
        case "createdAt": self.createdAt
        case "unread": self.unread
        default: nil
        }
    }
}

extension NotificationsPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "notifications": self.notifications
        case "preferences": self.preferences
        case "follows": self.follows
        case "saved": self.saved
        default: nil
        }
    }
}

extension PreferencesForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "on": self.on
        default: nil
        }
    }
}

extension FollowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "url": self.url
        case "kind": self.kind
        case "key": self.key
        default: nil
        }
    }
}

extension FeedPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "heading": self.heading
        case "composer": self.composer
        case "articles": self.articles
        case "entries": self.entries
        case "next": self.next
        default: nil
        }
    }
}

extension RecentArticleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": self.url
        case "title": self.title
        case "spaceName": self.spaceName
        case "updatedAt": self.updatedAt
        case "isNew": self.isNew
        default: nil
        }
    }
}

extension PostPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "post": self.post
        default: nil
        }
    }
}

extension PostView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "url": self.url
        case "author": self.author
        case "spaceName": self.spaceName
        case "spaceURL": self.spaceURL
        case "visibility": self.visibility
        case "visibilityLabel": self.visibilityLabel
        case "bodyHTML": self.bodyHTML
        case "tags": self.tags
        case "createdAt": self.createdAt
        case "createdAtISO": self.createdAtISO
        case "sharedWith": self.sharedWith
        case "canDelete": self.canDelete
        default: nil
        }
    }
}

extension Composer: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "spaces": self.spaces
        case "visibilities": self.visibilities
        case "body": self.body
        case "audienceMembers": self.audienceMembers
        case "audienceAccounts": self.audienceAccounts
        case "errors": self.errors
        case "returnTo": self.returnTo
        case "hasSpaces": self.hasSpaces
        default: nil
        }
    }
}

extension PostForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "space": self.space
        case "body": self.body
        case "visibility": self.visibility
        case "audienceMembers": self.audienceMembers
        case "audienceAccounts": self.audienceAccounts
        case "returnTo": self.returnTo
        default: nil
        }
    }
}

extension Chrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "instanceName": self.instanceName
        case "member": self.member
        case "isAdmin": self.isAdmin
        case "csrf": self.csrf
        case "requestId": self.requestId
        case "unread": self.unread
        default: nil
        }
    }
}

extension MemberView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "handle": self.handle
        case "name": self.name
        case "initial": self.initial
        case "url": self.url
        case "kindLabel": self.kindLabel
        case "isExternal": self.isExternal
        default: nil
        }
    }
}

extension Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": self.value
        case "label": self.label
        case "selected": self.selected
        default: nil
        }
    }
}

extension FormErrors: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "all": self.all
        case "messages": self.messages
        case "any": self.any
        default: nil
        }
    }
}

extension DirectoryPager: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "page": self.page
        case "previous": self.previous
        case "next": self.next
        default: nil
        }
    }
}

extension SearchPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "q": self.q
        case "searched": self.searched
        case "total": self.total
        case "capped": self.capped
        case "hits": self.hits
        case "spaces": self.spaces
        case "people": self.people
        case "facets": self.facets
        case "filters": self.filters
        case "previous": self.previous
        case "next": self.next
        case "errors": self.errors
        default: nil
        }
    }
}

extension SearchHitView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": self.url
        case "title": self.title
        case "kind": self.kind
        case "snippetHTML": self.snippetHTML
        case "spaceName": self.spaceName
        case "author": self.author
        case "status": self.status
        case "updatedAt": self.updatedAt
        default: nil
        }
    }
}

extension FacetGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "values": self.values
        default: nil
        }
    }
}

extension FacetLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "count": self.count
        case "selected": self.selected
        case "url": self.url
        default: nil
        }
    }
}

extension ActiveFilter: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "removeURL": self.removeURL
        default: nil
        }
    }
}

extension InsightsPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "insights": self.insights
        default: nil
        }
    }
}

extension AdmitForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "handle": self.handle
        case "role": self.role
        default: nil
        }
    }
}

extension SpaceListPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "query": self.query
        case "searched": self.searched
        case "spaces": self.spaces
        case "pager": self.pager
        case "canCreate": self.canCreate
        default: nil
        }
    }
}

extension SpaceFormPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "form": self.form
        case "action": self.action
        case "editing": self.editing
        case "errors": self.errors
        case "policies": self.policies
        case "visibilities": self.visibilities
        case "canMakeOfficial": self.canMakeOfficial
        default: nil
        }
    }
}

extension SpacePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "space": self.space
        case "goals": self.goals
        case "articles": self.articles
        case "isMember": self.isMember
        case "canJoin": self.canJoin
        case "canRequest": self.canRequest
        case "canModerate": self.canModerate
        case "composer": self.composer
        case "posts": self.posts
        case "members": self.members
        case "requests": self.requests
        case "threads": self.threads
        case "follow": self.follow
        case "next": self.next
        default: nil
        }
    }
}

extension SpaceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "slug": self.slug
        case "url": self.url
        case "name": self.name
        case "purpose": self.purpose
        case "policy": self.policy
        case "defaultVisibility": self.defaultVisibility
        case "official": self.official
        case "memberCount": self.memberCount
        case "status": self.status
        default: nil
        }
    }
}

extension GoalView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "description": self.description
        case "current": self.current
        case "target": self.target
        case "percent": self.percent
        case "metric": self.metric
        default: nil
        }
    }
}

extension SpaceMemberView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "member": self.member
        case "isModerator": self.isModerator
        default: nil
        }
    }
}

extension SpaceForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "slug": self.slug
        case "name": self.name
        case "purpose": self.purpose
        case "membershipPolicy": self.membershipPolicy
        case "defaultVisibility": self.defaultVisibility
        case "official": self.official
        case "goals": self.goals
        default: nil
        }
    }
}

extension ConceptForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tag": self.tag
        case "label": self.label
        case "definition": self.definition
        case "broader": self.broader
        default: nil
        }
    }
}

extension ConceptView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tag": self.tag
        case "label": self.label
        case "definition": self.definition
        case "broader": self.broader
        default: nil
        }
    }
}

extension TagPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "tag": self.tag
        case "label": self.label
        case "definition": self.definition
        case "broader": self.broader
        case "narrower": self.narrower
        case "articles": self.articles
        case "threads": self.threads
        case "posts": self.posts
        case "follow": self.follow
        case "experts": self.experts
        case "next": self.next
        default: nil
        }
    }
}

extension TagIndexPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "concepts": self.concepts
        default: nil
        }
    }
}
