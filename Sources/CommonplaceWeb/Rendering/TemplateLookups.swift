import Mustache

// Template lookups without reflection: swift-mustache reads a `MustacheParent` by name instead of building a
// `Mirror` for every `{{name}}`, which dominated the render time of pages with long lists (see docs/performance.md).
// Written by scripts/template-lookups.py from the views' stored properties: run it after changing one.

extension ReactionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "label": self.label
        case "symbol": self.symbol
        case "count": self.count
        case "mine": self.mine
        case "turnOn": self.turnOn
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
        case "duplicates": self.duplicates
        case "flagReasons": self.flagReasons
        case "replyBody": self.replyBody
        case "errors": self.errors
        default: nil
        }
    }
}
