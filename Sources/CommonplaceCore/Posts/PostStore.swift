import SQLKit

/// Posts: writing, reading through ``VisibilityRule``, deleting.
public struct PostStore: Sendable {
    let database: Database
    let spaces: SpaceStore

    /// Writes a post in a space the author is an active member of.
    public func create(_ new: NewPost, by author: Member) async throws -> Post {
        let body = new.body.normalizedNewlines.trimmed
        var validator = Validator()
        validator.require(!body.isEmpty, "body", "Write something first.")
        validator.require(
            body.count <= NewPost.maximumLength, "body",
            "Keep posts under \(NewPost.maximumLength) characters; longer writing belongs in an article.")
        validator.requireMentionLimit(in: body)
        validator.requireTagLimit(Tags.hashtags(in: body))
        try validator.check()
        let space = try await spaces.writable(slug: new.space, by: author, doing: "post in it")
        let visibility = new.visibility ?? space.defaultVisibility
        try VisibilityRule.check(visibility, chosenBy: author)
        let id = try await database.write { sql in
            let mentioned = try await MemberStore.resolve(handles: Tags.mentions(in: body), on: sql)
            let audience = try await Audiences.resolve(new.audience, visibility: visibility, mentioned: mentioned, on: sql)
            let html = Markdown(knownHandles: Set(mentioned.keys)).html(body)
            let now = Clock.now()
            let id = try await sql.raw(
                """
                INSERT INTO items (kind, space_id, author_id, visibility, created_at, updated_at)
                VALUES ('post', \(bind: space.id), \(bind: author.id), \(bind: visibility.rawValue), \(bind: now), \(bind: now)) RETURNING id
                """
            ).first()!.decode(column: "id", as: Int.self)
            try await sql.raw("INSERT INTO posts (item_id, body, body_html) VALUES (\(bind: id), \(bind: body), \(bind: html))").run()
            try await Audiences.store(audience, for: id, on: sql)
            try await ItemTags.store(Tags.hashtags(in: body), for: id, on: sql)
            for memberId in Set(mentioned.values) {
                try await sql.raw("INSERT INTO item_mentions (item_id, member_id) VALUES (\(bind: id), \(bind: memberId))").run()
            }
            try await SearchIndex.enqueue(id, on: sql)
            return id
        }
        return try await find(id: id, for: .signedIn(author))
    }

    /// The post, if the viewer may see it; otherwise ``StoreError/notFound``.
    public func find(id: Int, for viewer: Viewer) async throws -> Post {
        let posts = try await query(for: viewer, where: "i.id = \(bind: id)", limit: 1)
        guard let post = posts.first else { throw StoreError.notFound }
        return post
    }

    /// Visible posts, newest first.
    public func list(_ filter: PostFilter, for viewer: Viewer) async throws -> [Post] {
        var conditions: [SQLQueryString] = []
        if let spaceId = filter.spaceId { conditions.append("i.space_id = \(bind: spaceId)") }
        if let authorId = filter.authorId { conditions.append("i.author_id = \(bind: authorId)") }
        if let tag = filter.tag { conditions.append(ItemTags.carrying(tag)) }
        if let before = filter.before { conditions.append("i.id < \(bind: before)") }
        return try await query(
            for: viewer, where: conditions.isEmpty ? "1 = 1" : conditions.joined(separator: " AND "), limit: filter.limit)
    }

    /// Visible posts among the given item ids, newest first (for the mixed home feed).
    func list(ids: [Int], for viewer: Viewer) async throws -> [Post] {
        try await query(for: viewer, where: "i.id IN \(ids.sqlList)", limit: ids.count)
    }

    private func query(for viewer: Viewer, where condition: SQLQueryString, limit: Int) async throws -> [Post] {
        try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT i.id, i.visibility, i.created_at, s.slug AS space_slug, s.name AS space_name,
                    m.id AS author_id, m.handle AS author_handle, m.name AS author_name, m.kind AS author_kind, m.relation AS author_relation, p.body, p.body_html
                FROM items i JOIN posts p ON p.item_id = i.id JOIN members m ON m.id = i.author_id JOIN spaces s ON s.id = i.space_id
                WHERE \(condition) AND \(VisibilityRule(viewer).predicate())
                ORDER BY i.id DESC LIMIT \(bind: limit)
                """
            ).all()
            let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
            let tags = try await ItemTags.load(ids, on: sql)
            let audiences = try await Audiences.load(ids, on: sql)
            return try rows.map { row in
                let id = try row.decode(column: "id", as: Int.self)
                return Post(
                    id: id,
                    space: SpaceReference(
                        slug: try row.decode(column: "space_slug", as: String.self),
                        name: try row.decode(column: "space_name", as: String.self)),
                    author: MemberSummary(
                        id: try row.decode(column: "author_id", as: Int.self),
                        handle: try row.decode(column: "author_handle", as: String.self),
                        name: try row.decode(column: "author_name", as: String.self),
                        kind: try row.decode(column: "author_kind", as: MemberKind.self),
                        relation: try row.decode(column: "author_relation", as: Relation?.self)),
                    visibility: try row.decode(column: "visibility", as: Visibility.self),
                    body: try row.decode(column: "body", as: String.self), bodyHTML: try row.decode(column: "body_html", as: String.self),
                    tags: tags[id] ?? [], audience: audiences[id] ?? Audience(),
                    createdAt: try row.decode(column: "created_at", as: Int.self))
            }
        }
    }

    /// Deletes a post: its author, a moderator of its space, or an admin may.
    /// Whether `member` may delete `post`: its author, or a moderator of its space (instance moderators moderate
    /// every space). Pages and the API ask this, so they offer Delete exactly where it works.
    public func mayDelete(_ post: Post, by member: Member) async throws -> Bool {
        if post.author.id == member.id || member.isInstanceModerator { return true }
        return try await spaces.canModerate(try await spaces.find(slug: post.space.slug, for: .signedIn(member)), member)
    }

    public func delete(id: Int, by member: Member) async throws {
        let post = try await find(id: id, for: .signedIn(member))
        guard try await mayDelete(post, by: member) else { throw StoreError.forbidden("Only the author or a moderator deletes a post.") }
        try await database.write { sql in
            try await sql.raw("DELETE FROM items WHERE id = \(bind: id)").run()
            try await SearchIndex.enqueue(id, on: sql)
        }
    }
}
