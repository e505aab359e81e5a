import CommonplaceCore
import Hummingbird

/// The API form of ``TagConcept``: what `/api/v1` sends, apart from the domain type.
struct TagConceptResource: ResponseEncodable, Sendable {
    let tag: String
    let label: String
    let definition: String
    let broader: String?
    let narrower: [String]

    init(_ value: TagConcept) {
        tag = value.tag
        label = value.label
        definition = value.definition
        broader = value.broader
        narrower = value.narrower
    }
}
