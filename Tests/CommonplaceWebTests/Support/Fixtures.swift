import CommonplaceCore
import Foundation

/// Builders for the people, accounts and spaces tests need.
extension Store {
    func makeMember(
        _ handle: String, kind: MemberKind = .employee, relation: Relation? = nil, account: Account? = nil, role: Role = .member
    ) async throws -> Member {
        try await members.create(
            NewMember(
                handle: handle, email: "\(handle)@test.example", name: handle.capitalized, password: "correct horse battery",
                kind: kind, relation: kind == .external ? (relation ?? .customer) : nil, accountId: account?.id, role: role))
    }

    func makeSpace(
        _ slug: String, by creator: Member, policy: MembershipPolicy = .open, visibility: Visibility = .space, goals: [NewGoal] = []
    ) async throws -> Space {
        try await spaces.create(
            NewSpace(
                slug: slug, name: slug.capitalized, purpose: "Testing \(slug).", membershipPolicy: policy, defaultVisibility: visibility,
                goals: goals), by: creator)
    }

    /// Counts rows of a table, to prove a refused request changed nothing.
    func count(_ table: String) async throws -> Int {
        try await database.read { try await $0.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()!.decode(column: "n", as: Int.self) }
    }
}
