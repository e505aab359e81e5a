import SQLKit

/// Supports (PRODUCT.md §6): one per member, no downvote, withdrawable until the idea is decided.
extension IdeaStore {
    /// Why a decided idea takes no more supports or withdrawals.
    static func frozen(_ idea: Idea) -> StoreError {
        .conflict("This idea is \(idea.status.label.lowercased()): its supports are frozen.")
    }

    /// Adds the member's support to an idea they may see; supporting twice changes nothing.
    public func support(_ id: Int, by member: Member) async throws -> Idea {
        try await database.write { sql in
            let idea = try await Self.supportable(id, by: member, on: sql)
            guard !idea.supported else { return }
            try await sql.raw(
                """
                INSERT INTO idea_supports (idea_id, member_id, account_id, created_at)
                VALUES (\(bind: id), \(bind: member.id), \(bind: member.accountId), \(bind: Clock.now())) ON CONFLICT DO NOTHING
                """
            ).run()
            try await Self.recountSupports(id, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    /// Takes back the member's support, a moved one too; withdrawing what was never given changes nothing.
    public func withdraw(_ id: Int, by member: Member) async throws -> Idea {
        try await database.write { sql in
            let idea = try await Self.supportable(id, by: member, on: sql)
            guard idea.supported else { return }
            try await sql.raw("DELETE FROM idea_supports WHERE idea_id = \(bind: id) AND member_id = \(bind: member.id)").run()
            try await Self.recountSupports(id, on: sql)
        }
        return try await find(id: id, for: .signedIn(member))
    }

    private static func supportable(_ id: Int, by member: Member, on sql: any SQLDatabase) async throws -> Idea {
        guard let idea = try await query(for: .signedIn(member), where: "d.item_id = \(bind: id)", limit: 1, on: sql).first else {
            throw StoreError.notFound
        }
        guard !idea.status.isFinal else { throw frozen(idea) }
        return idea
    }

    /// Counts the idea's supports again, all of them and those in the trending window.
    static func recountSupports(_ id: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE ideas SET support_count = (SELECT COUNT(*) FROM idea_supports WHERE idea_id = \(bind: id)),
                recent_supports = (SELECT COUNT(*) FROM idea_supports WHERE idea_id = \(bind: id)
                    AND created_at >= \(bind: Clock.now() - IdeaOrder.trendingWindow))
            WHERE item_id = \(bind: id)
            """
        ).run()
    }

    /// Who supports a visible idea, as the viewer may know it (``IdeaSupporters``).
    public func supporters(of id: Int, for viewer: Viewer) async throws -> IdeaSupporters {
        let idea = try await find(id: id, for: viewer)
        guard viewer.member?.isEmployee == true else {
            return IdeaSupporters(count: idea.supportCount, mine: idea.supported, members: [], accounts: [])
        }
        return try await database.read { sql in
            let members = try await sql.raw(
                """
                SELECT \(MemberSummary.columns("m", prefix: "member")) FROM idea_supports p JOIN members m ON m.id = p.member_id
                WHERE p.idea_id = \(bind: id) ORDER BY p.created_at, m.id
                """
            ).all().map { try MemberSummary.decode($0, prefix: "member") }
            let accounts = try await sql.raw(
                """
                SELECT a.slug, a.name, COUNT(*) AS n FROM idea_supports p JOIN accounts a ON a.id = p.account_id
                WHERE p.idea_id = \(bind: id) GROUP BY a.slug, a.name ORDER BY n DESC, a.name
                """
            ).all().map {
                AccountDemand(
                    slug: try $0.decode(column: "slug", as: String.self), name: try $0.decode(column: "name", as: String.self),
                    supporters: try $0.decode(column: "n", as: Int.self))
            }
            return IdeaSupporters(count: idea.supportCount, mine: idea.supported, members: members, accounts: accounts)
        }
    }

    /// The idea the member's support on this one was moved from by a merge, if it was and they have not confirmed it.
    public func movedSupport(on id: Int, of member: Member) async throws -> IdeaReference? {
        try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT i.id, c.title FROM idea_supports p JOIN items i ON i.id = p.moved_from JOIN conversations c ON c.item_id = i.id
                    WHERE p.idea_id = \(bind: id) AND p.member_id = \(bind: member.id)
                    AND \(VisibilityRule(.signedIn(member)).predicate())
                    """
                ).first()
            else { return nil }
            return IdeaReference(id: try row.decode(column: "id", as: Int.self), title: try row.decode(column: "title", as: String.self))
        }
    }

    /// Keeps a support a merge moved: it stops asking.
    public func keepMovedSupport(on id: Int, by member: Member) async throws {
        _ = try await find(id: id, for: .signedIn(member))
        try await database.write { sql in
            try await sql.raw("UPDATE idea_supports SET moved_from = NULL WHERE idea_id = \(bind: id) AND member_id = \(bind: member.id)")
                .run()
        }
    }
}
