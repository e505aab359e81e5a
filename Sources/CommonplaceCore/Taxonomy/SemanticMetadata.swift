/// Machine-readable descriptions as JSON-LD: schema.org for articles, SKOS for the tag vocabulary.
///
/// Contexts are written inline (`@vocab`), so a processor expands them without fetching anything.
public enum SemanticMetadata {
    /// A schema.org `Article` for a visible article; `base` is the instance's address, e.g. `https://kb.example`.
    public static func article(_ article: Article, base: String) -> JSONValue {
        var node: [String: JSONValue] = [
            "@context": ["@vocab": "https://schema.org/"],
            "@type": "Article",
            "@id": .string("\(base)/articles/\(article.id)"),
            "url": .string("\(base)/articles/\(article.id)"),
            "headline": .string(article.title),
            "author": person(article.author, base: base),
            "contributor": .array(article.owners.map { person($0, base: base) }),
            "dateCreated": .string(DateText.iso(article.createdAt)),
            "dateModified": .string(DateText.iso(article.updatedAt)),
            "keywords": .strings(article.tags),
            "version": .int(article.revision),
            "creativeWorkStatus": .string(article.status.label),
            "isPartOf": [
                "@type": "CreativeWork", "@id": .string("\(base)/spaces/\(article.space.slug)"), "name": .string(article.space.name),
            ],
            "about": .array(article.tags.map { ["@id": .string("\(base)/tags/\($0)")] }),
        ]
        if article.status != .draft { node["datePublished"] = .string(DateText.iso(article.createdAt)) }
        if let kind = article.knowledgeKind { node["genre"] = .string(kind.label) }
        return .object(node)
    }

    /// The tag vocabulary as a SKOS concept scheme.
    public static func conceptScheme(_ concepts: [TagConcept], name: String, base: String) -> JSONValue {
        let scheme = "\(base)/tags"
        var graph: [JSONValue] = [
            [
                "@id": .string(scheme), "@type": "ConceptScheme", "prefLabel": .string("\(name) tags"),
                "hasTopConcept": .strings(concepts.filter { $0.broader == nil }.map { "\(base)/tags/\($0.tag)" }),
            ]
        ]
        for concept in concepts {
            var node: [String: JSONValue] = [
                "@id": .string("\(base)/tags/\(concept.tag)"), "@type": "Concept", "prefLabel": .string(concept.label),
                "notation": .string(concept.tag), "inScheme": .string(scheme),
                "narrower": .strings(concept.narrower.map { "\(base)/tags/\($0)" }),
            ]
            if let broader = concept.broader {
                node["broader"] = .string("\(base)/tags/\(broader)")
            } else {
                node["topConceptOf"] = .string(scheme)
            }
            if !concept.definition.isEmpty { node["definition"] = .string(concept.definition) }
            graph.append(.object(node))
        }
        let reference = { (name: String) -> JSONValue in ["@id": .string("skos:\(name)"), "@type": "@id"] }
        return [
            "@context": [
                "skos": "http://www.w3.org/2004/02/skos/core#", "@vocab": "http://www.w3.org/2004/02/skos/core#",
                "inScheme": reference("inScheme"), "broader": reference("broader"), "narrower": reference("narrower"),
                "hasTopConcept": reference("hasTopConcept"), "topConceptOf": reference("topConceptOf"),
            ],
            "@graph": .array(graph),
        ]
    }

    private static func person(_ member: MemberSummary, base: String) -> JSONValue {
        ["@type": "Person", "name": .string(member.name), "url": .string("\(base)/members/\(member.handle)")]
    }
}
