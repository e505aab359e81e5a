#!/usr/bin/env python3
"""Writes Assets/openapi.json, the OpenAPI 3.1 description of /api/v1.

Edit this file, then run `scripts/openapi.py`. The test suite checks that the document lists
exactly the API routes the server registers.
"""
import json
import os
TAG = "^[a-z0-9][a-z0-9-]{0,39}$"
# Control characters a request's text may not hold (tab and line breaks aside).
CONTROL = "\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F"
# What the server takes for an e-mail address: an @, no whitespace, at most 254 characters.
EMAIL = {"type": "string", "pattern": f"^[^\\s{CONTROL}]*@[^\\s{CONTROL}]*$", "maxLength": 254}
def ref(n): return {"$ref": f"#/components/schemas/{n}"}
def arr(s): return {"type": "array", "items": s}
def nullable(t): return {"type": [t, "null"]}
problem = {"description": "Problem", "content": {"application/problem+json": {"schema": ref("Problem")}}}
def resp(code, desc, schema=None):
    r = {"description": desc}
    if schema: r["content"] = {"application/json": {"schema": schema}}
    return {str(code): r}
def errors(*codes):
    d = {}
    names = {"400": "Bad request", "401": "Sign-in or token required", "403": "Not allowed", "404": "Not found or not visible", "409": "Conflict", "415": "Body must be JSON", "422": "Invalid input; nothing changed", "429": "Too many sign-in attempts"}
    for c in codes: d[str(c)] = {"description": names[str(c)], "content": {"application/problem+json": {"schema": ref("Problem")}}}
    return d
def body(schema): return {"required": True, "content": {"application/json": {"schema": schema}}}
def op(opid, summary, tag, responses, params=None, requestBody=None, secured=True, public=False):
    o = {"operationId": opid, "summary": summary, "tags": [tag], "responses": responses}
    if params: o["parameters"] = params
    if requestBody: o["requestBody"] = requestBody
    if public: o["security"] = [{}, {"bearerAuth": []}, {"sessionCookie": []}]
    return o
def p(name, where="path", schema={"type": "string"}, desc=None, required=None):
    d = {"name": name, "in": where, "required": (where == "path") if required is None else required, "schema": schema}
    if desc: d["description"] = desc
    return d
vis = {"type": "string", "enum": ["private", "space", "internal", "partners", "public"], "description": "Who may see the item (PRODUCT.md §2)."}
schemas = {
 "Problem": {"type": "object", "description": "RFC 9457 problem document.", "required": ["type", "title", "status", "detail", "instance", "requestId"],
   "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"},
   "instance": {"type": "string"}, "requestId": {"type": "string"}, "errors": arr(ref("FieldProblem"))}},
 "FieldProblem": {"type": "object", "required": ["field", "message"], "properties": {"field": {"type": "string"}, "message": {"type": "string"}}},
 "Visibility": vis,
 "MemberSummary": {"type": "object", "required": ["id", "handle", "name", "kind"], "properties": {"id": {"type": "integer"}, "handle": {"type": "string"}, "name": {"type": "string"}, "kind": ref("MemberKind"), "relation": ref("Relation")}},
 "MemberKind": {"type": "string", "enum": ["employee", "external", "machine"]},
 "Relation": {"type": "string", "enum": ["customer", "supplier", "partner", "volunteer"]},
 "Role": {"type": "string", "enum": ["admin", "moderator", "member"]},
 "Member": {"type": "object", "required": ["id", "handle", "name", "kind", "role", "bio", "expertise", "interests", "createdAt"],
   "properties": {"id": {"type": "integer"}, "handle": {"type": "string"}, "name": {"type": "string"}, "kind": ref("MemberKind"),
     "relation": ref("Relation"), "account": {"type": "string", "description": "Account slug; shown to employees and members of the same account."},
     "role": ref("Role"), "bio": {"type": "string"}, "expertise": arr({"type": "string"}), "interests": arr({"type": "string"}),
     "email": {"type": "string", "description": "Only on your own profile."}, "createdAt": {"type": "integer", "description": "Unix time, seconds."}}},
 "ProfileInput": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 100}, "bio": {"type": "string", "maxLength": 2000}, "expertise": arr({"type": "string"}), "interests": arr({"type": "string"})}},
 "Audience": {"type": "object", "properties": {"members": arr({"type": "string"}), "accounts": arr({"type": "string"})}},
 "Post": {"type": "object", "required": ["id", "space", "author", "visibility", "body", "bodyHTML", "tags", "audience", "createdAt"],
   "properties": {"id": {"type": "integer"}, "space": ref("SpaceReference"), "author": ref("MemberSummary"), "visibility": vis,
     "body": {"type": "string", "description": "Markdown as written."}, "bodyHTML": {"type": "string", "description": "Sanitised HTML."},
     "tags": arr({"type": "string"}), "audience": ref("Audience"), "createdAt": {"type": "integer"}}},
 "PostInput": {"type": "object", "required": ["space", "body"], "properties": {"space": {"type": "string", "description": "Space slug."},
   "body": {"type": "string", "minLength": 1, "maxLength": 5000}, "visibility": vis, "audience": ref("Audience")}},
 "SpaceReference": {"type": "object", "required": ["slug", "name"], "properties": {"slug": {"type": "string"}, "name": {"type": "string"}}},
 "MembershipPolicy": {"type": "string", "enum": ["open", "request", "invite"]},
 "SpaceMembership": {"type": "object", "required": ["role", "status"], "properties": {"role": {"type": "string", "enum": ["member", "moderator"]}, "status": {"type": "string", "enum": ["active", "requested"]}}},
 "Goal": {"type": "object", "required": ["id", "description", "metric", "target", "current"], "properties": {"id": {"type": "integer"}, "description": {"type": "string"}, "metric": {"type": "string", "enum": ["members", "posts"]}, "target": {"type": "integer"}, "current": {"type": "integer"}}},
 "GoalInput": {"type": "object", "required": ["description", "metric", "target"], "properties": {"description": {"type": "string", "minLength": 1, "maxLength": 200}, "metric": {"type": "string", "enum": ["members", "posts"]}, "target": {"type": "integer", "minimum": 1, "maximum": 1000000}}},
 "Space": {"type": "object", "required": ["slug", "name", "purpose", "membershipPolicy", "defaultVisibility", "official", "createdAt"],
   "properties": {"slug": {"type": "string"}, "name": {"type": "string"}, "purpose": {"type": "string"}, "membershipPolicy": ref("MembershipPolicy"),
     "defaultVisibility": vis, "official": {"type": "boolean"}, "memberCount": {"type": "integer"}, "membership": ref("SpaceMembership"),
     "goals": arr(ref("Goal")), "createdAt": {"type": "integer"}}},
 "SpaceInput": {"type": "object", "required": ["slug", "name", "purpose"], "properties": {"slug": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{1,39}$"},
   "name": {"type": "string"}, "purpose": {"type": "string"}, "membershipPolicy": ref("MembershipPolicy"), "defaultVisibility": vis, "official": {"type": "boolean"}, "goals": {**arr(ref("GoalInput")), "maxItems": 10}}},
 "SpaceMember": {"type": "object", "required": ["handle", "name", "kind", "role", "status"], "properties": {"handle": {"type": "string"}, "name": {"type": "string"}, "kind": ref("MemberKind"), "role": {"type": "string", "enum": ["member", "moderator"]}, "status": {"type": "string", "enum": ["active", "requested"]}}},
 "AccountKind": {"type": "string", "enum": ["customer", "supplier", "partner", "prospect"]},
 "Account": {"type": "object", "required": ["id", "slug", "name", "kind", "createdAt"], "properties": {"id": {"type": "integer"}, "slug": {"type": "string"}, "name": {"type": "string"}, "kind": ref("AccountKind"), "createdAt": {"type": "integer"}}},
 "AccountInput": {"type": "object", "required": ["slug", "name", "kind"], "properties": {"slug": {"type": "string"}, "name": {"type": "string"}, "kind": ref("AccountKind")}},
 "Token": {"type": "object", "required": ["id", "name", "createdAt"], "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "createdAt": {"type": "integer"}, "lastUsedAt": {"type": "integer"}, "secret": {"type": "string", "description": "Only in the response that created the token."}}},
 "TokenInput": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "email": {"type": "string"}, "password": {"type": "string"}}},
 "InvitationInput": {"type": "object", "required": ["kind"], "properties": {"email": {**EMAIL, "description": "Leave out (or null) for an open link."}, "kind": ref("MemberKind"), "relation": ref("Relation"), "account": {"type": "string"}, "role": ref("Role")},
   "if": {"required": ["kind"], "properties": {"kind": {"const": "external"}}}, "then": {"required": ["relation"], "properties": {"relation": ref("Relation")}}},
 "Invitation": {"type": "object", "required": ["id", "kind", "role", "expiresAt", "link"], "properties": {"id": {"type": "integer"}, "email": {"type": "string"}, "kind": ref("MemberKind"), "relation": ref("Relation"), "role": ref("Role"), "expiresAt": {"type": "integer"}, "link": {"type": "string"}}},
 "BotInput": {"type": "object", "required": ["handle", "name"], "properties": {"handle": {"type": "string"}, "name": {"type": "string"}}},
 "Bot": {"type": "object", "required": ["member", "token"], "properties": {"member": ref("Member"), "token": ref("Token")}},
 "ArticleStatus": {"type": "string", "enum": ["draft", "published", "verified", "needs_review"]},
 "KnowledgeKind": {"type": "string", "enum": ["about", "from", "for"], "description": "Customer knowledge: about, from or for customers."},
 "Article": {"type": "object", "required": ["id", "space", "slug", "title", "body", "bodyHTML", "tags", "status", "section", "position", "visibility", "audience", "owners", "author", "revision", "createdAt", "updatedAt"],
   "properties": {"id": {"type": "integer"}, "space": ref("SpaceReference"), "slug": {"type": "string"}, "title": {"type": "string"}, "body": {"type": "string"},
     "bodyHTML": {"type": "string"}, "tags": arr({"type": "string"}), "status": ref("ArticleStatus"), "reviewBy": {"type": "integer"},
     "knowledgeKind": ref("KnowledgeKind"), "section": {"type": "string"}, "position": {"type": "integer", "minimum": 1, "description": "Its place in its section, 1 first, counting only the articles the reader may see."}, "visibility": vis, "audience": ref("Audience"),
     "owners": arr(ref("MemberSummary")), "author": ref("MemberSummary"), "revision": {"type": "integer"}, "createdAt": {"type": "integer"}, "updatedAt": {"type": "integer"}}},
 "ArticleInput": {"type": "object", "required": ["title", "body"], "properties": {"space": {"type": "string", "description": "Space slug (new articles)."},
   "title": {"type": "string", "maxLength": 200}, "body": {"type": "string", "maxLength": 100000}, "tags": arr({"type": "string"}), "status": ref("ArticleStatus"),
   "reviewBy": {"type": "integer"}, "knowledgeKind": ref("KnowledgeKind"), "section": {"type": "string"}, "owners": arr({"type": "string"}),
   "visibility": vis, "audience": ref("Audience"), "baseRevision": {"type": "integer", "description": "Required when editing."}, "summary": {"type": "string"}}},
 "ArticleRevision": {"type": "object", "required": ["number", "title", "body", "tags", "status", "section", "owners", "visibility", "author", "summary", "createdAt"],
   "properties": {"number": {"type": "integer"}, "title": {"type": "string"}, "body": {"type": "string"}, "tags": arr({"type": "string"}), "status": ref("ArticleStatus"),
     "reviewBy": {"type": "integer"}, "knowledgeKind": ref("KnowledgeKind"), "section": {"type": "string"}, "owners": arr({"type": "string"}), "visibility": vis,
     "author": ref("MemberSummary"), "credited": ref("MemberSummary"), "summary": {"type": "string"}, "createdAt": {"type": "integer"}}},
 "Diff": {"type": "object", "required": ["from", "to", "rows"], "properties": {"from": {"type": "integer"}, "to": {"type": "integer"},
   "rows": arr({"type": "object", "required": ["kind", "oldHTML", "newHTML"], "properties": {"kind": {"type": "string", "enum": ["same", "added", "removed", "changed"]}, "oldHTML": {"type": "string"}, "newHTML": {"type": "string"}}})}},
 "StaleEdit": {"type": "object", "required": ["type", "title", "status", "detail", "instance", "requestId", "currentRevision", "current"],
   "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"}, "instance": {"type": "string"},
     "requestId": {"type": "string"}, "currentRevision": {"type": "integer"}, "current": ref("Article")}},
 "ActionLogEntry": {"type": "object", "required": ["id", "action", "summary", "createdAt"], "properties": {"id": {"type": "integer"}, "actor": ref("MemberSummary"),
   "action": {"type": "string"}, "summary": {"type": "string", "description": "Empty when the entry is about an item you may not see."}, "itemId": {"type": "integer"}, "itemTitle": {"type": "string"}, "createdAt": {"type": "integer"}}},
 "SuggestedEdit": {"type": "object", "required": ["id", "articleId", "articleTitle", "baseRevision", "title", "body", "tags", "status", "comment", "suggester", "state", "createdAt"],
   "properties": {"id": {"type": "integer"}, "articleId": {"type": "integer"}, "articleTitle": {"type": "string"}, "baseRevision": {"type": "integer"},
     "title": {"type": "string"}, "body": {"type": "string"}, "tags": arr({"type": "string"}), "status": ref("ArticleStatus"), "knowledgeKind": ref("KnowledgeKind"),
     "comment": {"type": "string"}, "suggester": ref("MemberSummary"), "state": {"type": "string", "enum": ["open", "accepted", "rejected"]},
     "reason": {"type": "string"}, "createdAt": {"type": "integer"}, "decidedAt": {"type": "integer"}}},
 "SuggestionInput": {"type": "object", "properties": {"title": {"type": "string"}, "body": {"type": "string"}, "tags": arr({"type": "string"}),
   "status": ref("ArticleStatus"), "knowledgeKind": ref("KnowledgeKind"), "comment": {"type": "string", "maxLength": 2000}}},
 "AcceptInput": {"type": "object", "properties": {"confirmOutdated": {"type": "boolean", "description": "Needed when the suggestion was written against an older revision."}}},
 "RejectInput": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string", "minLength": 1, "maxLength": 1000, "description": "Told to the suggester."}}},
 "Notification": {"type": "object", "required": ["id", "kind", "text", "link", "createdAt", "read"], "properties": {"id": {"type": "integer"}, "kind": {"type": "string"},
   "text": {"type": "string"}, "link": {"type": "string"}, "createdAt": {"type": "integer"}, "read": {"type": "boolean"}}},
 "NotificationList": {"type": "object", "required": ["items", "unread"], "properties": {"items": arr(ref("Notification")), "unread": {"type": "integer"}}},
 "TagConcept": {"type": "object", "required": ["tag", "label", "definition", "narrower"], "properties": {"tag": {"type": "string"}, "label": {"type": "string"},
   "definition": {"type": "string"}, "broader": {"type": "string"}, "narrower": arr({"type": "string"})}},
 "ConceptInput": {"type": "object", "required": ["label"], "properties": {"label": {"type": "string", "maxLength": 80}, "definition": {"type": "string", "maxLength": 1000}, "broader": {"type": "string", "pattern": f"^$|{TAG}", "description": "Empty for none."}}},
 "Settings": {"type": "object", "required": ["name", "registration", "anonymousReading", "spaceCreation"], "properties": {"name": {"type": "string"}, "registration": {"type": "string", "enum": ["open", "invitation"]}, "anonymousReading": {"type": "boolean"}, "spaceCreation": {"type": "string", "enum": ["everyone", "admins"]}}},
}
def listof(n): return {"type": "object", "required": ["items"], "properties": {"items": arr(ref(n)), "next": {"type": "string", "description": "Path of the next page, when there is one."}}}
for n in ["Post", "Space", "Member", "Account", "Token", "SpaceMember", "Article", "ArticleRevision", "ActionLogEntry", "SuggestedEdit", "TagConcept"]:
    schemas[n + "List"] = listof(n)
schemas.update({
 "ConversationKind": {"type": "string", "enum": ["discussion", "question"]},
 "ReactionName": {"type": "string", "enum": ["like", "thanks", "insightful", "celebrate", "curious"]},
 "ReactionCount": {"type": "object", "required": ["reaction", "count", "mine"], "properties": {"reaction": ref("ReactionName"), "count": {"type": "integer"}, "mine": {"type": "boolean"}}},
 "Conversation": {"type": "object", "required": ["id", "kind", "space", "author", "visibility", "audience", "title", "body", "bodyHTML", "tags", "locked", "pinned", "hidden", "replyCount", "readers", "createdAt", "lastActivityAt"],
   "properties": {"id": {"type": "integer"}, "kind": ref("ConversationKind"), "space": ref("SpaceReference"), "author": ref("MemberSummary"), "visibility": vis,
     "audience": ref("Audience"), "title": {"type": "string"}, "body": {"type": "string"}, "bodyHTML": {"type": "string"}, "tags": arr({"type": "string"}),
     "acceptedReplyId": {"type": "integer"}, "locked": {"type": "boolean"}, "pinned": {"type": "boolean"}, "hidden": {"type": "boolean", "description": "Hidden by a moderator; seen only by its author and moderators."},
     "mergedInto": {"type": "integer", "description": "Set when merged into another thread."}, "replyCount": {"type": "integer"},
     "unreadReplies": {"type": "integer", "description": "Replies you have not read; absent when you never opened the thread."}, "readers": {"type": "integer"},
     "createdAt": {"type": "integer"}, "editedAt": {"type": "integer"}, "lastActivityAt": {"type": "integer"}}},
 "Reply": {"type": "object", "required": ["id", "conversationId", "author", "body", "bodyHTML", "hidden", "accepted", "reactions", "createdAt"],
   "properties": {"id": {"type": "integer"}, "conversationId": {"type": "integer"}, "author": ref("MemberSummary"),
     "body": {"type": "string", "description": "Empty for a hidden reply unless you wrote it or moderate."}, "bodyHTML": {"type": "string"},
     "hidden": {"type": "boolean"}, "accepted": {"type": "boolean"}, "reactions": arr(ref("ReactionCount")), "createdAt": {"type": "integer"}, "editedAt": {"type": "integer"}}},
 "ConversationThread": {"type": "object", "required": ["conversation", "reactions", "replies", "page", "pageCount", "moderates"], "properties": {"conversation": ref("Conversation"),
   "reactions": arr(ref("ReactionCount")), "replies": {**arr(ref("Reply")), "description": "One page of replies, oldest first, 100 to a page."},
   "page": {"type": "integer"}, "pageCount": {"type": "integer"},
   "readUpTo": {"type": "integer", "description": "The last reply you had read."}, "moderates": {"type": "boolean"}}},
 "ConversationInput": {"type": "object", "required": ["space", "kind", "title", "body"], "properties": {"space": {"type": "string"}, "kind": ref("ConversationKind"),
   "title": {"type": "string", "minLength": 1, "maxLength": 200}, "body": {"type": "string", "minLength": 1, "maxLength": 20000}, "tags": arr({"type": "string"}), "visibility": vis, "audience": ref("Audience")}},
 "TextInput": {"type": "object", "required": ["body"], "properties": {"title": {"type": "string", "maxLength": 200, "description": "Opening posts only."}, "body": {"type": "string", "minLength": 1, "maxLength": 20000}}},
 "ConversationEdit": {"type": "object", "required": ["id", "title", "body", "editor", "createdAt"], "properties": {"id": {"type": "integer"}, "replyId": {"type": "integer"},
   "title": {"type": "string"}, "body": {"type": "string", "description": "The text before this edit."}, "editor": ref("MemberSummary"), "createdAt": {"type": "integer"}}},
 "FeedItem": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["post", "conversation"]}, "post": ref("Post"), "conversation": ref("Conversation")}},
 "ReplyModerationInput": {"type": "object", "required": ["action"], "properties": {"action": {"type": "string", "enum": ["hide", "restore"]}, "reason": {"type": "string", "maxLength": 500}}},
 "ModerationInput": {"type": "object", "required": ["action"], "properties": {"action": {"type": "string", "enum": ["lock", "unlock", "pin", "unpin", "hide", "restore"], "description": "Replies take hide and restore."}, "reason": {"type": "string", "maxLength": 500}}},
 "ContentFlag": {"type": "object", "required": ["id", "conversationId", "conversationTitle", "excerpt", "reason", "note", "flaggedBy", "createdAt"],
   "properties": {"id": {"type": "integer"}, "conversationId": {"type": "integer"}, "conversationTitle": {"type": "string"}, "replyId": {"type": "integer"}, "excerpt": {"type": "string"},
     "reason": {"type": "string", "enum": ["spam", "off-topic", "inappropriate", "other"]}, "note": {"type": "string"}, "flaggedBy": ref("MemberSummary"), "createdAt": {"type": "integer"}}},
 "FlagInput": {"type": "object", "required": ["reason"], "properties": {"reply": {"type": "integer", "description": "Omit to flag the opening post."},
   "reason": {"type": "string", "enum": ["spam", "off-topic", "inappropriate", "other"]}, "note": {"type": "string", "maxLength": 1000, "description": "Required for other."}},
   "if": {"required": ["reason"], "properties": {"reason": {"const": "other"}}},
   "then": {"required": ["note"], "properties": {"note": {"type": "string", "minLength": 1}}}},
 "FAQEntry": {"type": "object", "required": ["id", "conversationId", "space", "question", "answer", "answerHTML", "position", "createdAt"], "properties": {"id": {"type": "integer"},
   "conversationId": {"type": "integer"}, "space": ref("SpaceReference"), "question": {"type": "string"}, "answer": {"type": "string"}, "answerHTML": {"type": "string"}, "position": {"type": "integer"}, "createdAt": {"type": "integer"}}},
 "SimilarItem": {"type": "object", "required": ["kind", "id", "title", "url", "spaceName", "matched", "answered", "score"], "properties": {"kind": {"type": "string", "enum": ["question", "discussion", "article"]},
   "id": {"type": "integer"}, "title": {"type": "string"}, "url": {"type": "string"}, "spaceName": {"type": "string"}, "matched": arr({"type": "string"}),
   "answered": {"type": "boolean"}, "score": {"type": "number", "description": "The search ranking (titles above text; answered and verified boosted), a little higher in the same space."}}},
 "Follow": {"type": "object", "required": ["kind", "key", "createdAt"], "properties": {"kind": {"type": "string", "enum": ["item", "space", "tag", "member"]}, "key": {"type": "string"}, "title": {"type": "string", "description": "The thread's or article's title, or the space's or person's name; absent for a tag or an item you may no longer see."}, "createdAt": {"type": "integer"}}},
 "NotificationPreferences": {"type": "object", "required": ["muted"], "properties": {"muted": arr({"type": "string", "enum": ["reply", "mention", "accepted", "new-conversation", "suggestion", "update", "moderation", "flag"]})}},
})
for n in ["Expert", "Conversation", "ConversationEdit", "FeedItem", "ContentFlag", "FAQEntry", "SimilarItem", "Follow"]:
    schemas[n + "List"] = listof(n)
schemas.update({
 "SearchHit": {"type": "object", "required": ["id", "kind", "title", "url", "snippetHTML", "space", "author", "status", "tags", "updatedAt", "score"],
   "properties": {"id": {"type": "integer"}, "kind": {"type": "string", "enum": ["post", "article", "question", "discussion"]}, "title": {"type": "string"},
     "url": {"type": "string"}, "snippetHTML": {"type": "string", "description": "Escaped text; <mark> around matched words is the only markup."},
     "space": ref("SpaceReference"), "author": ref("MemberSummary"), "status": {"type": "string"}, "tags": arr({"type": "string"}),
     "updatedAt": {"type": "integer"}, "score": {"type": "number"}}},
 "FacetValue": {"type": "object", "required": ["value", "label", "count"], "properties": {"value": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer"}}},
 "SearchResults": {"type": "object", "required": ["query", "total", "totalIsExact", "page", "pageSize", "hits", "facets"], "properties": {"query": {"type": "string"},
   "total": {"type": "integer", "description": "Visible matches only, up to the 1,000 a search weighs."},
   "totalIsExact": {"type": "boolean", "description": "False when more than 1,000 visible items match; results and facets then come from the newest 1,000."}, "page": {"type": "integer"}, "pageSize": {"type": "integer"}, "hits": arr(ref("SearchHit")),
   "spaces": arr(ref("SpaceReference")), "people": arr(ref("MemberSummary")),
   "facets": {"type": "object", "required": ["kinds", "spaces", "tags", "statuses"], "properties": {"kinds": arr(ref("FacetValue")), "spaces": arr(ref("FacetValue")),
     "tags": arr(ref("FacetValue")), "statuses": arr(ref("FacetValue"))}}}},
 "QueryCount": {"type": "object", "required": ["query", "count"], "properties": {"query": {"type": "string"}, "count": {"type": "integer"}, "before": {"type": "integer"}}},
 "Expert": {"type": "object", "required": ["member", "score", "acceptedAnswers", "acceptedEdits", "ownedArticles", "declared"], "properties": {"member": ref("MemberSummary"),
   "score": {"type": "integer", "description": "5 per accepted answer, 3 per accepted edit and owned article about the topic (visible to you), 4 for declared expertise."},
   "acceptedAnswers": {"type": "integer"}, "acceptedEdits": {"type": "integer"}, "ownedArticles": {"type": "integer"}, "declared": {"type": "boolean"}}},
 "TagSuggestions": {"type": "object", "required": ["tags"], "properties": {"tags": arr({"type": "string"})}},
 "SearchInsights": {"type": "object", "required": ["zeroResults", "rising"], "properties": {"zeroResults": arr(ref("QueryCount")), "rising": arr(ref("QueryCount"))}},
})
slug = p("slug"); handle = p("handle"); pid = p("id", schema={"type": "integer"})
paths = {
 "/api/v1/me": {
   "get": op("getMe", "The signed-in member", "Members", {**resp(200, "You", ref("Member")), **errors(401)}),
   "patch": op("updateMe", "Change your profile", "Members", {**resp(200, "Updated", ref("Member")), **errors(400, 401, 415, 422)}, requestBody=body(ref("ProfileInput")))},
 "/api/v1/members": {"get": op("listMembers", "Members, by name", "Members", {**resp(200, "Members", ref("MemberList")), **errors(401)},
     params=[p("q", "query", {"type": "string"}, "Only members with a word of their name, handle or expertise starting with each word given."), p("limit", "query", {"type": "integer", "minimum": 1, "maximum": 200}), p("offset", "query", {"type": "integer", "minimum": 0})])},
 "/api/v1/members/{handle}": {"get": op("getMember", "A member's profile", "Members", {**resp(200, "Member", ref("Member")), **errors(401, 404)}, params=[handle], public=True)},
 "/api/v1/posts": {
   "get": op("listPosts", "Visible posts, newest first", "Posts", {**resp(200, "Posts", ref("PostList")), **errors(400, 404)},
     params=[p("space", "query", desc="Space slug"), p("author", "query", desc="Author handle"), p("tag", "query"), p("before", "query", {"type": "integer"}, "Keyset: posts with a smaller id"), p("limit", "query", {"type": "integer", "minimum": 1, "maximum": 100})], public=True),
   "post": op("createPost", "Write a post", "Posts", {**resp(201, "Created", ref("Post")), **errors(400, 401, 403, 404, 415, 422)}, requestBody=body(ref("PostInput")))},
 "/api/v1/posts/{id}": {
   "get": op("getPost", "A post", "Posts", {**resp(200, "Post", ref("Post")), **errors(400, 404)}, params=[pid], public=True),
   "delete": op("deletePost", "Delete a post (author, moderator or admin)", "Posts", {"204": {"description": "Deleted"}, **errors(400, 401, 403, 404)}, params=[pid])},
 "/api/v1/spaces": {
   "get": op("listSpaces", "Spaces you may know of, official ones first, then by name", "Spaces", resp(200, "Spaces", ref("SpaceList")), public=True,
     params=[p("q", "query", {"type": "string"}, "Only spaces whose name or purpose holds each word given."), p("limit", "query", {"type": "integer", "minimum": 1, "maximum": 200}), p("offset", "query", {"type": "integer", "minimum": 0})]),
   "post": op("createSpace", "Start a space", "Spaces", {**resp(201, "Created", ref("Space")), **errors(400, 401, 403, 415, 422)}, requestBody=body(ref("SpaceInput")))},
 "/api/v1/spaces/{slug}": {
   "get": op("getSpace", "A space with its goals", "Spaces", {**resp(200, "Space", ref("Space")), **errors(404)}, params=[slug], public=True),
   "put": op("updateSpace", "Replace a space's settings and goals (moderators); the slug cannot change", "Spaces", {**resp(200, "Space", ref("Space")), **errors(400, 401, 403, 404, 415, 422)}, params=[slug], requestBody=body(ref("SpaceInput")))},
 "/api/v1/spaces/{slug}/membership": {
   "post": op("joinSpace", "Join (or ask to join) a space", "Spaces", {**resp(200, "Your membership", ref("SpaceMembership")), **errors(401, 403, 404)}, params=[slug]),
   "delete": op("leaveSpace", "Leave a space", "Spaces", {"204": {"description": "Left"}, **errors(401, 404, 409)}, params=[slug])},
 "/api/v1/spaces/{slug}/members": {"get": op("listSpaceMembers", "Members of a space (moderators also see requests)", "Spaces", {**resp(200, "Members", ref("SpaceMemberList")), **errors(404)}, params=[slug], public=True)},
 "/api/v1/spaces/{slug}/members/{handle}": {"put": op("admitSpaceMember", "Add, approve or set the role of a member (moderators)", "Spaces",
     {"204": {"description": "Done"}, **errors(400, 401, 403, 404, 415, 422)}, params=[slug, handle],
     requestBody=body({"type": "object", "properties": {"role": {"type": "string", "enum": ["member", "moderator"]}}}))},
 "/api/v1/articles": {
   "get": op("listArticles", "Visible articles: a space's manual in order, or the most recently changed", "Articles", {**resp(200, "Articles", ref("ArticleList")), **errors(404)},
     params=[p("space", "query", desc="Space slug: list its knowledge base in manual order; a space you may not see is 404"), p("limit", "query", {"type": "integer", "minimum": 1, "maximum": 100})], public=True),
   "post": op("createArticle", "Write an article (revision 1)", "Articles", {**resp(201, "Created", ref("Article")), **errors(400, 401, 403, 404, 415, 422)}, requestBody=body(ref("ArticleInput")))},
 "/api/v1/articles/{id}": {
   "get": op("getArticle", "An article", "Articles", {**resp(200, "Article", ref("Article")), **errors(404)}, params=[pid], public=True),
   "put": op("updateArticle", "Save a new revision; refused with 409 when baseRevision is not the current revision", "Articles",
     {**resp(200, "Saved", ref("Article")), "409": {"description": "Edit conflict (the current article), or a name nobody has; nothing saved", "content": {"application/json": {"schema": ref("StaleEdit")}, "application/problem+json": {"schema": ref("Problem")}}}, **errors(400, 401, 403, 404, 415, 422)},
     params=[pid], requestBody=body(ref("ArticleUpdateInput"))),
   "delete": op("deleteArticle", "Delete an article and its history (owners, moderators)", "Articles", {"204": {"description": "Deleted"}, **errors(401, 403, 404)}, params=[pid])},
 "/api/v1/articles/{id}/move": {"post": op("moveArticle", "Move an article to another space you write in", "Articles",
     {**resp(200, "Moved", ref("Article")), **errors(400, 401, 403, 404, 415, 422)}, params=[pid],
     requestBody=body({"type": "object", "required": ["space"], "properties": {"space": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{1,39}$"}}}))},
 "/api/v1/articles/{id}/revisions": {"get": op("listArticleRevisions", "Every revision, newest first", "Articles", {**resp(200, "Revisions", ref("ArticleRevisionList")), **errors(404)}, params=[pid], public=True)},
 "/api/v1/articles/{id}/revisions/{number}": {"get": op("getArticleRevision", "One revision", "Articles", {**resp(200, "Revision", ref("ArticleRevision")), **errors(404)}, params=[pid, p("number", schema={"type": "integer"})], public=True)},
 "/api/v1/articles/{id}/revisions/{number}/restore": {"post": op("restoreArticleRevision", "Restore an old revision as a new one", "Articles", {**resp(200, "Restored", ref("Article")), **errors(401, 403, 404, 409)}, params=[pid, p("number", schema={"type": "integer"})])},
 "/api/v1/articles/{id}/diff": {"get": op("diffArticle", "Line and word differences between two revisions", "Articles", {**resp(200, "Differences", ref("Diff")), **errors(404)},
     params=[pid, p("from", "query", {"type": "integer"}), p("to", "query", {"type": "integer"})], public=True)},
 "/api/v1/articles/{id}/log": {"get": op("articleLog", "The article's action log", "Articles", {**resp(200, "Entries", ref("ActionLogEntryList")), **errors(404)}, params=[pid], public=True)},
 "/api/v1/spaces/{slug}/log": {"get": op("spaceLog", "A space's action log (entries about items you may see)", "Spaces", {**resp(200, "Entries", ref("ActionLogEntryList")), **errors(404)}, params=[slug], public=True)},
 "/api/v1/log": {"get": op("instanceLog", "The whole instance's action log (admins)", "Admin", {**resp(200, "Entries", ref("ActionLogEntryList")), **errors(401, 404)})},
 "/api/v1/articles/{id}/suggestions": {
   "post": op("suggestEdit", "Suggest an edit to an article you can read; absent fields keep the current value", "Suggestions",
     {**resp(201, "Created", ref("SuggestedEdit")), **errors(400, 401, 404, 415, 422)}, params=[pid], requestBody=body(ref("SuggestionInput"))),
   "get": op("listArticleSuggestions", "Suggestions on an article (editors see all, suggesters their own)", "Suggestions", {**resp(200, "Suggestions", ref("SuggestedEditList")), **errors(401, 404)}, params=[pid])},
 "/api/v1/suggestions": {"get": op("suggestionQueue", "Open suggestions you review, and your own", "Suggestions", {**resp(200, "Suggestions", ref("SuggestedEditList")), **errors(401)})},
 "/api/v1/suggestions/{id}": {"get": op("getSuggestion", "A suggestion", "Suggestions", {**resp(200, "Suggestion", ref("SuggestedEdit")), **errors(401, 404)}, params=[pid])},
 "/api/v1/suggestions/{id}/accept": {"post": op("acceptSuggestion", "Accept: a new revision crediting the suggester; 409 when outdated unless confirmOutdated", "Suggestions",
     {**resp(200, "The article", ref("Article")), **errors(400, 401, 403, 404, 409, 415)}, params=[pid], requestBody=body(ref("AcceptInput")))},
 "/api/v1/suggestions/{id}/reject": {"post": op("rejectSuggestion", "Reject with a reason the suggester is told", "Suggestions",
     {**resp(200, "The suggestion", ref("SuggestedEdit")), **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid], requestBody=body(ref("RejectInput")))},
 "/api/v1/notifications": {"get": op("listNotifications", "Your notifications, about items you can still see", "Notifications", {**resp(200, "Notifications", ref("NotificationList")), **errors(401)})},
 "/api/v1/notifications/read": {"post": op("markNotificationsRead", "Mark all your notifications read", "Notifications", {"204": {"description": "Done"}, **errors(401)})},
 "/api/v1/articles/{id}/jsonld": {"get": op("articleJSONLD", "The article as schema.org JSON-LD", "Articles",
     {"200": {"description": "JSON-LD", "content": {"application/ld+json": {"schema": {"type": "object"}}}}, **errors(404)}, params=[pid], public=True)},
 "/api/v1/tags": {"get": op("listTags", "The tag vocabulary you may see: defined tags and tags on items you can see", "Tags", resp(200, "Tags", ref("TagConceptList")), public=True)},
 "/api/v1/tags/scheme": {"get": op("tagScheme", "The tag vocabulary as a SKOS concept scheme in JSON-LD", "Tags",
     {"200": {"description": "JSON-LD", "content": {"application/ld+json": {"schema": {"type": "object"}}}}}, public=True)},
 "/api/v1/tags/{tag}": {"put": op("defineTag", "Define a tag: label, definition, broader tag (admins)", "Tags",
     {**resp(200, "The tag", ref("TagConcept")), **errors(400, 401, 403, 415, 422)}, params=[p("tag", schema={"type": "string", "pattern": TAG})], requestBody=body(ref("ConceptInput")))},
 "/api/v1/accounts": {
   "get": op("listAccounts", "Accounts by name (employees: all; external members: their own)", "Accounts", {**resp(200, "Accounts", ref("AccountList")), **errors(401)},
     params=[p("limit", "query", {"type": "integer", "minimum": 1, "maximum": 200}), p("offset", "query", {"type": "integer", "minimum": 0})]),
   "post": op("createAccount", "Add an account (admins)", "Accounts", {**resp(201, "Created", ref("Account")), **errors(400, 401, 404, 415, 422)}, requestBody=body(ref("AccountInput")))},
 "/api/v1/accounts/{slug}": {"get": op("getAccount", "An account", "Accounts", {**resp(200, "Account", ref("Account")), **errors(401, 404)}, params=[slug])},
 "/api/v1/tokens": {
   "get": op("listTokens", "Your API tokens", "Tokens", {**resp(200, "Tokens", ref("TokenList")), **errors(401)}),
   "post": op("createToken", "Create an API token; without authentication, send email and password (10 attempts per account and 50 per address in 15 minutes; then 429 with Retry-After)", "Tokens", {**resp(201, "Created; the secret is shown once", ref("Token")), **errors(400, 401, 415, 422, 429)}, requestBody=body(ref("TokenInput")), public=True),
   "delete": op("revokeAllTokens", "Revoke every one of your tokens, the one sent included", "Tokens", {"204": {"description": "Revoked"}, **errors(401)})},
 "/api/v1/tokens/{id}": {"delete": op("revokeToken", "Revoke one of your tokens", "Tokens", {"204": {"description": "Revoked"}, **errors(400, 401, 404)}, params=[pid])},
 "/api/v1/bots": {"post": op("createBot", "Add a bot (admins): a machine member with its first API token", "Admin", {**resp(201, "Created; the token's secret is shown once", ref("Bot")), **errors(400, 401, 404, 415, 422)}, requestBody=body(ref("BotInput")))},
 "/api/v1/invitations": {"post": op("createInvitation", "Invite someone (admins)", "Admin", {**resp(201, "Created", ref("Invitation")), **errors(400, 401, 404, 415, 422)}, requestBody=body(ref("InvitationInput")))},
 "/api/v1/settings": {
   "get": op("getSettings", "Instance settings (admins)", "Admin", {**resp(200, "Settings", ref("Settings")), **errors(401, 404)}),
   "put": op("updateSettings", "Change instance settings (admins)", "Admin", {**resp(200, "Settings", ref("Settings")), **errors(400, 401, 404, 415, 422)}, requestBody=body(ref("Settings")))},
}
rid = p("reply", schema={"type": "integer"})
paths.update({
 "/api/v1/feed": {"get": op("feed", "The home feed: visible posts and threads, newest first", "Conversations", resp(200, "Entries", ref("FeedItemList")),
     params=[p("before", "query", {"type": "integer"}, "Keyset: entries with a smaller id"), p("limit", "query", {"type": "integer", "minimum": 1, "maximum": 100})], public=True)},
 "/api/v1/threads": {
   "get": op("listThreads", "Visible threads, most recent activity first", "Conversations", {**resp(200, "Threads", ref("ConversationList")), **errors(404, 422)},
     params=[p("space", "query", desc="Space slug"), p("kind", "query", ref("ConversationKind")), p("unanswered", "query", {"type": "string", "enum": ["1", "true", "0", "false"]}, "Questions without an accepted answer"),
       p("tag", "query"), p("author", "query", desc="Author handle"), p("after", "query", {"type": "string", "pattern": "^[0-9]{1,18}-[0-9]{1,18}$"}, "Cursor from the next link"), p("limit", "query", {"type": "integer", "minimum": 1, "maximum": 100})], public=True),
   "post": op("createThread", "Ask a question or start a discussion", "Conversations", {**resp(201, "Created", ref("Conversation")), **errors(400, 401, 403, 404, 415, 422)}, requestBody=body(ref("ConversationInput")))},
 "/api/v1/threads/{id}": {
   "get": op("getThread", "A thread with a page of its replies", "Conversations", {**resp(200, "Thread", ref("ConversationThread")), **errors(404)},
     params=[pid, p("page", "query", {"type": "integer", "minimum": 1}, desc="Past the last page: the last.")], public=True),
   "put": op("editThread", "Edit the opening post (author or moderator); the old version is kept", "Conversations", {**resp(200, "Edited", ref("Conversation")), **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid], requestBody=body(ref("TextInput")))},
 "/api/v1/threads/{id}/edits": {"get": op("threadEdits", "Earlier versions of the opening post, or of a reply", "Conversations", {**resp(200, "Versions", ref("ConversationEditList")), **errors(404)},
     params=[pid, p("reply", "query", {"type": "integer"})], public=True)},
 "/api/v1/threads/{id}/replies": {"post": op("reply", "Reply to a thread (locked threads: moderators only)", "Conversations", {**resp(201, "Created", ref("Reply")), **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid], requestBody=body(ref("ReplyInput")))},
 "/api/v1/threads/{id}/replies/{reply}": {"put": op("editReply", "Edit a reply (author or moderator); the old version is kept", "Conversations", {**resp(200, "Edited", ref("Reply")), **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid, rid], requestBody=body(ref("ReplyInput")))},
 "/api/v1/threads/{id}/reactions/{reaction}": {
   "put": op("react", "React to the opening post, or to a reply with ?reply=", "Conversations", {"204": {"description": "Done"}, **errors(401, 404, 409)}, params=[pid, p("reaction", schema=ref("ReactionName")), p("reply", "query", {"type": "integer"})]),
   "delete": op("unreact", "Take a reaction back", "Conversations", {"204": {"description": "Done"}, **errors(401, 404, 409)}, params=[pid, p("reaction", schema=ref("ReactionName")), p("reply", "query", {"type": "integer"})])},
 "/api/v1/threads/{id}/accepted": {
   "put": op("acceptAnswer", "Accept a reply as the answer (the asker or a moderator)", "Conversations", {**resp(200, "The question", ref("Conversation")), **errors(400, 401, 403, 404, 409, 415)}, params=[pid],
     requestBody=body({"type": "object", "required": ["reply"], "properties": {"reply": {"type": "integer"}}})),
   "delete": op("unacceptAnswer", "Take the acceptance back", "Conversations", {**resp(200, "The question", ref("Conversation")), **errors(401, 403, 404, 409)}, params=[pid])},
 "/api/v1/threads/{id}/read": {"post": op("markThreadRead", "Mark the thread read up to its newest reply", "Conversations", {"204": {"description": "Done"}, **errors(401, 404)}, params=[pid])},
 "/api/v1/threads/{id}/moderation": {"post": op("moderateThread", "Lock, unlock, pin, unpin, hide or restore (moderators)", "Moderation", {**resp(200, "The thread", ref("Conversation")), **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid], requestBody=body(ref("ModerationInput")))},
 "/api/v1/threads/{id}/replies/{reply}/moderation": {"post": op("moderateReply", "Hide or restore a reply (moderators)", "Moderation", {"204": {"description": "Done"}, **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid, rid], requestBody=body(ref("ReplyModerationInput")))},
 "/api/v1/threads/{id}/move": {"post": op("moveThread", "Move a thread to another space you moderate", "Moderation", {**resp(200, "Moved", ref("Conversation")), **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid],
     requestBody=body({"type": "object", "required": ["space"], "properties": {"space": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{1,39}$"}, "reason": {"type": "string", "maxLength": 500}}}))},
 "/api/v1/threads/{id}/split": {"post": op("splitThread", "Split replies into a new discussion read by exactly the source's readers: the source's author, space, visibility, audience and hidden state; the replies keep their authors and hidden state", "Moderation", {**resp(201, "The new thread", ref("Conversation")), **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid],
     requestBody=body({"type": "object", "required": ["replies", "title"], "properties": {"replies": {**arr({"type": "integer", "minimum": 1}), "minItems": 1}, "title": {"type": "string", "minLength": 1, "maxLength": 200}, "reason": {"type": "string", "maxLength": 500}}}))},
 "/api/v1/threads/{id}/merge": {"post": op("mergeThread", "Merge into another thread that exactly the same people read (visibility, audience, hidden state, space where it matters, and each author reading the other thread); otherwise 409", "Moderation", {**resp(200, "The thread merged into", ref("Conversation")), **errors(400, 401, 403, 404, 409, 415, 422)}, params=[pid],
     requestBody=body({"type": "object", "required": ["into"], "properties": {"into": {"type": "integer"}, "reason": {"type": "string", "maxLength": 500}}}))},
 "/api/v1/threads/{id}/flags": {"post": op("flagContent", "Flag the opening post or a reply for moderators (once each)", "Moderation", {**resp(201, "Flagged", ref("ContentFlag")), **errors(400, 401, 404, 409, 415, 422)}, params=[pid], requestBody=body(ref("FlagInput")))},
 "/api/v1/flags": {"get": op("reviewQueue", "Open flags on what you moderate", "Moderation", {**resp(200, "Flags", ref("ContentFlagList")), **errors(401)})},
 "/api/v1/flags/{id}/dismiss": {"post": op("dismissFlag", "Dismiss a flag", "Moderation", {"204": {"description": "Dismissed"}, **errors(401, 404)}, params=[pid])},
 "/api/v1/threads/{id}/faq": {"post": op("promoteToFAQ", "Add a question's accepted answer to its space's FAQ (moderators)", "FAQ", {**resp(201, "Entry", ref("FAQEntry")), **errors(401, 403, 404, 409)}, params=[pid])},
 "/api/v1/spaces/{slug}/faq": {"get": op("spaceFAQ", "A space's FAQ, in order", "FAQ", {**resp(200, "Entries", ref("FAQEntryList")), **errors(404)}, params=[slug], public=True)},
 "/api/v1/faq/{id}": {"delete": op("removeFAQEntry", "Take an entry out of the FAQ (moderators)", "FAQ", {"204": {"description": "Removed"}, **errors(401, 403, 404)}, params=[pid])},
 "/api/v1/faq/{id}/move": {"post": op("moveFAQEntry", "Move an entry up or down (moderators)", "FAQ", {"204": {"description": "Moved"}, **errors(400, 401, 403, 404, 415, 422)}, params=[pid],
     requestBody=body({"type": "object", "required": ["direction"], "properties": {"direction": {"type": "string", "enum": ["up", "down"]}}}))},
 "/api/v1/similar": {"get": op("similarItems", "Visible questions, discussions and articles that look like a text, with the words that matched", "Conversations", {**resp(200, "Items", ref("SimilarItemList")), **errors(404, 422)},
     params=[p("text", "query", required=True, desc="A title or draft; one without a word finds nothing."), p("space", "query", desc="Space slug: its items rank a little higher")], public=True)},
 "/api/v1/follows": {"get": op("listFollows", "What you follow", "Follows", {**resp(200, "Follows", ref("FollowList")), **errors(401)})},
 "/api/v1/follows/{kind}/{key}": {
   "put": op("follow", "Follow a thread or article (item id), space (slug), tag or person (handle)", "Follows", {"204": {"description": "Following"}, **errors(401, 404)},
     params=[p("kind", schema={"type": "string", "enum": ["item", "space", "tag", "member"]}), p("key")]),
   "delete": op("unfollow", "Stop following", "Follows", {"204": {"description": "Done"}, **errors(401, 404)}, params=[p("kind", schema={"type": "string", "enum": ["item", "space", "tag", "member"]}), p("key")])},
 "/api/v1/notifications/preferences": {
   "get": op("notificationPreferences", "The kinds of notification you turned off", "Notifications", {**resp(200, "Preferences", ref("NotificationPreferences")), **errors(401)}),
   "put": op("setNotificationPreferences", "Turn kinds of notification off (all others on)", "Notifications", {**resp(200, "Preferences", ref("NotificationPreferences")), **errors(400, 401, 415, 422)}, requestBody=body(ref("NotificationPreferences")))},
})
paths.update({
 "/api/v1/search": {"get": op("search", "Full-text search over what you may see", "Search", {**resp(200, "Results", ref("SearchResults")), **errors(422)},
     params=[p("q", "query", required=True, desc='Words (all must match), "a phrase", prefix*, this OR that, -excluded (or NOT excluded). A text with no word to search for finds nothing.'),
       p("kind", "query", {"type": "string", "enum": ["post", "article", "question", "discussion"]}), p("space", "query", desc="Space slug"), p("tag", "query"),
       p("author", "query", desc="Author handle"), p("from", "query", {"type": "string", "format": "date"}), p("to", "query", {"type": "string", "format": "date"}),
       p("status", "query", desc="verified, published, answered, unanswered …"), p("page", "query", {"type": "integer", "minimum": 1, "maximum": 50})], public=True)},
 "/api/v1/experts": {"get": op("findExperts", "Who knows about a topic or tag", "Search", {**resp(200, "People, best first", ref("ExpertList")), **errors(422)},
     params=[p("topic", "query", required=True, desc="A topic or tag; one without a word has no experts.")], public=True)},
 "/api/v1/tags/suggestions": {"get": op("suggestTags", "Tags for a draft, from similar visible items and known tags it names", "Tags", {**resp(200, "Tags", ref("TagSuggestions")), **errors(422)},
     params=[p("text", "query", required=True, desc="The draft; one without a word gets no suggestions.")], public=True)},
 "/api/v1/search/insights": {"get": op("searchInsights", "Zero-result and rising queries, aggregated (admins)", "Search", {**resp(200, "Insights", ref("SearchInsights")), **errors(401, 404)})},
})
# What every operation answers, whatever it is: a token that is not valid is 401 even where no sign-in is needed.
# A well-formed value that clashes with what exists (a taken slug or handle, a name nobody has, a thread already
# there, a suggestion equal to the article) is a conflict with the present state: 409, never predictable from the schema.
clashing = {"createAccount", "createSpace", "updateSpace", "createBot", "createInvitation", "createArticle", "updateArticle",
            "createThread", "createPost", "suggestEdit", "moveThread", "splitThread", "mergeThread", "defineTag"}
for operations in paths.values():
    for operation in operations.values():
        if operation["operationId"] in clashing: operation["responses"].setdefault("409", errors(409)["409"])
        operation["responses"].setdefault("401", errors(401)["401"])
        # A query value outside its declared range or type is refused, never read as another value.
        if any(param.get("in") == "query" and param["schema"].get("type") == "integer" for param in operation.get("parameters", [])):
            operation["responses"].setdefault("422", errors(422)["422"])
# Inputs that differ by operation: a reply has no title; an article update names the revision it is based on.
schemas["ReplyInput"] = {"type": "object", "required": ["body"], "properties": {"body": dict(schemas["TextInput"]["properties"]["body"])}}
schemas["ArticleUpdateInput"] = json.loads(json.dumps(schemas["ArticleInput"]))
schemas["ArticleUpdateInput"]["required"] = schemas["ArticleInput"]["required"] + ["baseRevision"]
# Limits the server checks on request fields, declared so that the document and the server agree.
SLUG = "^[a-z0-9][a-z0-9-]{1,39}$"
field_limits = {
    ("AccountInput", "slug"): {"pattern": SLUG}, ("AccountInput", "name"): {"minLength": 1, "maxLength": 120},
    ("BotInput", "handle"): {"pattern": SLUG}, ("BotInput", "name"): {"minLength": 1, "maxLength": 100},
    ("TokenInput", "name"): {"minLength": 1, "maxLength": 80}, ("Settings", "name"): {"minLength": 1, "maxLength": 80},
    ("ProfileInput", "name"): {"minLength": 1}, ("ConceptInput", "label"): {"minLength": 1},
    # Declared expertise and interests are tags, lowercased before they are checked.
    ("ProfileInput", "expertise"): {"items": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,39}$"}, "maxItems": 30},
    ("ProfileInput", "interests"): {"items": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,39}$"}, "maxItems": 30}, ("SpaceInput", "name"): {"minLength": 1, "maxLength": 80},
    ("SpaceInput", "purpose"): {"minLength": 1, "maxLength": 2000},
    ("SpaceInput", "defaultVisibility"): {"type": "string", "enum": ["space", "internal", "partners", "public"]},
    ("ArticleInput", "title"): {"minLength": 1, "maxLength": 200}, ("SuggestionInput", "title"): {"minLength": 1, "maxLength": 200},
    ("TextInput", "title"): {"minLength": 1},
    ("ArticleInput", "tags"): {"items": {"type": "string", "pattern": TAG}, "maxItems": 20},
    ("ArticleUpdateInput", "title"): {"minLength": 1, "maxLength": 200},
    ("ArticleUpdateInput", "tags"): {"items": {"type": "string", "pattern": TAG}, "maxItems": 20},
    ("ArticleInput", "owners"): {"maxItems": 10}, ("ArticleUpdateInput", "owners"): {"maxItems": 10},
    ("SuggestionInput", "tags"): {"items": {"type": "string", "pattern": TAG}, "maxItems": 20},
    # Thread tags are lowercased before they are checked.
    ("ConversationInput", "tags"): {"items": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,39}$"}, "maxItems": 30},
}
for (name, field), limits in field_limits.items():
    schemas[name]["properties"][field].update(limits)
# A partners item is shared with at least one account or person (or someone @mentioned in its text).
named = {"type": "array", "contains": {"type": "string", "pattern": "[A-Za-z0-9]"}}
for name in ["PostInput", "ArticleInput", "ArticleUpdateInput", "ConversationInput"]:
    schemas[name]["if"] = {"required": ["visibility"], "properties": {"visibility": {"const": "partners"}}}
    schemas[name]["then"] = {"required": ["audience"], "properties": {"audience": {"type": "object", "anyOf": [
        {"required": ["members"], "properties": {"members": named}}, {"required": ["accounts"], "properties": {"accounts": named}}]}}}
# Integers are 64-bit: a larger one is not a number the server can read.
def bound_integers(schema):
    if isinstance(schema, dict):
        if schema.get("type") in ("integer", ["integer", "null"]):
            schema.setdefault("minimum", -2**63)
            schema.setdefault("maximum", 2**63 - 1)
        for value in schema.values(): bound_integers(value)
    elif isinstance(schema, list):
        for value in schema: bound_integers(value)
bound_integers(schemas)
# Text in a request body holds no control characters but tab and line breaks (the server refuses them, 422); text
# that must not be empty must hold more than spaces, since the server trims it. Query and path text is not checked.
def constrain_text(schema):
    if schema.get("type") not in ("string", ["string", "null"]) or "pattern" in schema or "enum" in schema or "format" in schema: return
    schema["pattern"] = f"^[^{CONTROL}]*[^\\s{CONTROL}][^{CONTROL}]*$" if schema.get("minLength", 0) >= 1 else f"^[^{CONTROL}]*$"
for operations in paths.values():
    for operation in operations.values():
        for param in operation.get("parameters", []):
            # Keyset cursors, pages and reply numbers start at 1.
            if param.get("in") == "query" and param["schema"].get("type") == "integer": param["schema"].setdefault("minimum", 1)
            bound_integers(param["schema"])
# An optional field of a request body may be sent as null: the server reads null as absent.
def request_schemas():
    names, pending = set(), [ref["$ref"].split("/")[-1] for ops in paths.values() for op in ops.values()
                               for ref in [op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})] if "$ref" in ref]
    while pending:
        name = pending.pop()
        if name in names: continue
        names.add(name)
        for prop in schemas[name].get("properties", {}).values():
            for found in [prop, prop.get("items", {})]:
                if "$ref" in found: pending.append(found["$ref"].split("/")[-1])
    return names
inline_bodies = [op["requestBody"]["content"]["application/json"]["schema"] for ops in paths.values() for op in ops.values()
                 if "$ref" not in op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {"$ref": ""})]
bound_integers(inline_bodies)
for schema in [schemas[name] for name in sorted(request_schemas())] + inline_bodies:
    for prop in schema.get("properties", {}).values():
        constrain_text(prop)
        constrain_text(prop.get("items", {}))
    for key, prop in schema.get("properties", {}).items():
        if key in schema.get("required", []): continue
        if "$ref" in prop: schema["properties"][key] = {"anyOf": [prop, {"type": "null"}]}
        elif "anyOf" in prop: prop["anyOf"] = prop["anyOf"] + [{"type": "null"}]
        elif isinstance(prop.get("type"), str):
            prop["type"] = [prop["type"], "null"]
            if "enum" in prop: prop["enum"] = prop["enum"] + [None]
doc = {
 "openapi": "3.1.0",
 "info": {"title": "Commonplace API", "version": "1.0.0", "description": "The JSON API of a Commonplace instance. Every read is filtered by the item's visibility: an item you may not see answers 404, exactly like one that does not exist. Errors are RFC 9457 problem documents. Times are Unix seconds."},
 "servers": [{"url": "/"}],
 "security": [{"bearerAuth": []}, {"sessionCookie": []}],
 "tags": [{"name": n} for n in ["Search", "Posts", "Conversations", "Moderation", "FAQ", "Follows", "Articles", "Suggestions", "Notifications", "Tags", "Spaces", "Members", "Accounts", "Tokens", "Admin"]],
 "paths": paths,
 "components": {"schemas": schemas, "securitySchemes": {
   "bearerAuth": {"type": "http", "scheme": "bearer", "description": "An API token from /settings or POST /api/v1/tokens."},
   "sessionCookie": {"type": "apiKey", "in": "cookie", "name": "cp_session", "description": "The browser session; writes also need the X-CSRF-Token header echoing the cp_csrf cookie."}}},
}
target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Assets", "openapi.json")
with open(target, "w") as out:
    out.write(json.dumps(doc, indent=2) + "\n")
