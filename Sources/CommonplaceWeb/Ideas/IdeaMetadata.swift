import CommonplaceCore

/// An idea as schema.org JSON-LD: a `DiscussionForumPosting` (an idea is a proposal people discuss and back), with its
/// supports as likes and its comments, its status as the work's status, and the campaign or space it belongs to.
///
/// It says no more than the page it sits on: the count of supports, never who gave them.
enum IdeaMetadata {
    /// The description of a visible idea; `base` is the instance's address, e.g. `https://kb.example`.
    static func posting(_ idea: Idea, base: String) -> JSONValue {
        let address = base + SiteURL.idea(idea.id).path
        let container: JSONValue =
            idea.campaign.map { ["@type": "CreativeWork", "@id": .string(base + SiteURL.campaign($0.id).path), "name": .string($0.title)] }
            ?? ["@type": "CreativeWork", "@id": .string(base + SiteURL.space(idea.space.slug).path), "name": .string(idea.space.name)]
        return [
            "@context": ["@vocab": "https://schema.org/"],
            "@type": "DiscussionForumPosting",
            "@id": .string(address),
            "url": .string(address),
            "headline": .string(idea.title),
            "text": .string(idea.body),
            "author": [
                "@type": "Person", "name": .string(idea.author.name), "url": .string(base + SiteURL.member(idea.author.handle).path),
            ],
            "datePublished": .string(DateText.iso(idea.createdAt)),
            "keywords": .strings(idea.tags),
            "creativeWorkStatus": .string(idea.status.label),
            "isPartOf": container,
            "commentCount": .int(idea.replyCount),
            "interactionStatistic": [
                [
                    "@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction",
                    "userInteractionCount": .int(idea.supportCount),
                ],
                [
                    "@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction",
                    "userInteractionCount": .int(idea.replyCount),
                ],
            ],
        ]
    }
}
