import Foundation

/// Machine-readable descriptions as JSON-LD: schema.org for articles, SKOS for the tag vocabulary.
///
/// Contexts are written inline (`@vocab`), so a processor expands them without fetching anything.
public enum SemanticMetadata {
    /// A schema.org `Article` for a visible article; `base` is the instance's address, e.g. `https://kb.example`.
    public static func article(_ article: Article, base: String) -> [String: Any] {
        var node: [String: Any] = [
            "@context": ["@vocab": "https://schema.org/"],
            "@type": "Article",
            "@id": "\(base)/articles/\(article.id)",
            "url": "\(base)/articles/\(article.id)",
            "headline": article.title,
            "author": person(article.author, base: base),
            "contributor": article.owners.map { person($0, base: base) },
            "dateCreated": iso(article.createdAt),
            "dateModified": iso(article.updatedAt),
            "keywords": article.tags,
            "version": article.revision,
            "creativeWorkStatus": article.status.label,
            "isPartOf": ["@type": "CreativeWork", "@id": "\(base)/spaces/\(article.space.slug)", "name": article.space.name],
            "about": article.tags.map { ["@id": "\(base)/tags/\($0)"] },
        ]
        if article.status != .draft { node["datePublished"] = iso(article.createdAt) }
        if let kind = article.knowledgeKind { node["genre"] = kind.label }
        return node
    }

    /// The tag vocabulary as a SKOS concept scheme.
    public static func conceptScheme(_ concepts: [TagConcept], name: String, base: String) -> [String: Any] {
        let scheme = "\(base)/tags"
        var graph: [[String: Any]] = [
            [
                "@id": scheme, "@type": "ConceptScheme", "prefLabel": "\(name) tags",
                "hasTopConcept": concepts.filter { $0.broader == nil }.map { "\(base)/tags/\($0.tag)" },
            ]
        ]
        for concept in concepts {
            var node: [String: Any] = [
                "@id": "\(base)/tags/\(concept.tag)", "@type": "Concept", "prefLabel": concept.label, "notation": concept.tag,
                "inScheme": scheme,
                "narrower": concept.narrower.map { "\(base)/tags/\($0)" },
            ]
            if let broader = concept.broader { node["broader"] = "\(base)/tags/\(broader)" } else { node["topConceptOf"] = scheme }
            if !concept.definition.isEmpty { node["definition"] = concept.definition }
            graph.append(node)
        }
        let reference = { (name: String) -> [String: String] in ["@id": "skos:\(name)", "@type": "@id"] }
        return [
            "@context": [
                "skos": "http://www.w3.org/2004/02/skos/core#", "@vocab": "http://www.w3.org/2004/02/skos/core#",
                "inScheme": reference("inScheme"), "broader": reference("broader"), "narrower": reference("narrower"),
                "hasTopConcept": reference("hasTopConcept"), "topConceptOf": reference("topConceptOf"),
            ],
            "@graph": graph,
        ]
    }

    /// JSON safe to place inside a `<script>` element.
    public static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    private static func person(_ member: MemberSummary, base: String) -> [String: Any] {
        ["@type": "Person", "name": member.name, "url": "\(base)/members/\(member.handle)"]
    }

    private static func iso(_ seconds: Int) -> String {
        Date(timeIntervalSince1970: TimeInterval(seconds)).ISO8601Format()
    }
}
