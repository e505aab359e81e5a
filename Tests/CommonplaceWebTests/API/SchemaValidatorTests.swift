import CommonplaceCore
import Testing

@testable import CommonplaceWeb

/// The validator behind the response contract test finds each kind of mismatch, so that test can fail.
@Suite("Schema validator")
struct SchemaValidatorTests {
    private let validator = SchemaValidator(document: APIDocument.document)
    private let summary = Schema.ref("MemberSummary").json

    @Test func aValidMemberSummaryPasses() {
        #expect(validator.problems(["id": 1, "handle": "ben", "name": "Ben", "kind": "employee"], against: .object(summary)).isEmpty)
    }

    @Test func eachMismatchIsFoundWithItsPath() {
        // when
        let missing = validator.problems(["id": 1, "name": "Ben", "kind": "employee"], against: .object(summary))
        let wrongType = validator.problems(["id": "1", "handle": "ben", "name": "Ben", "kind": "employee"], against: .object(summary))
        let notInEnum = validator.problems(["id": 1, "handle": "ben", "name": "Ben", "kind": "robot"], against: .object(summary))
        let undeclared = validator.problems(
            ["id": 1, "handle": "ben", "name": "Ben", "kind": "employee", "email": "ben@example.com"], against: .object(summary))
        let tooLong = validator.problems(.string("abcdef"), against: .object(Schema.string.maxLength(5).json))
        let badPattern = validator.problems(.string("Not A Slug"), against: .object(Schema.slug.json))
        let nested = validator.problems(["items": [["id": 1]]], against: .object(Schema.ref("MemberList").json))

        // then
        #expect(missing == ["$: handle is missing"])
        #expect(wrongType.first?.hasPrefix("$.id:") == true)
        #expect(notInEnum.first?.hasPrefix("$.kind:") == true)
        #expect(undeclared == ["$.email: not in the document"])
        #expect(tooLong == ["$: longer than 5"])
        #expect(badPattern.count == 1)
        #expect(nested.contains("$.items[0]: handle is missing"))
    }

    @Test func aConditionAppliesOnlyWhenItsIfMatches() {
        // given: a partners post must name an audience
        let input = Schema.ref("PostInput").json

        // when
        let partners = validator.problems(["space": "help", "body": "Hi", "visibility": "partners"], against: .object(input))
        let open = validator.problems(["space": "help", "body": "Hi", "visibility": "public"], against: .object(input))

        // then
        #expect(partners == ["$: audience is missing"])
        #expect(open.isEmpty)
    }
}
