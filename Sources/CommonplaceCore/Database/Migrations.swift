/// Every schema change, in order.
public enum Migrations {
    public static let all: [Migration] = [
        foundation, knowledgeBase, conversations, search, readPaths, searchQueue, readerCounts, directories,
        searchContent, unansweredQuestions, visibilityHoles, signInCounters, notificationTargets, openWorkIndexes, ideas,
        knowledgeTasks,
    ]

    static let foundation = Migration(
        version: 1,
        name: "foundation: settings, accounts, members, sessions, tokens, invitations, spaces, items, posts",
        statements: [
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE accounts (id {{id}}, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE members (id {{id}}, handle TEXT NOT NULL UNIQUE, email TEXT UNIQUE, name TEXT NOT NULL,
                password_hash TEXT, kind TEXT NOT NULL, relation TEXT, account_id BIGINT REFERENCES accounts(id),
                role TEXT NOT NULL, bio TEXT NOT NULL DEFAULT '', expertise TEXT NOT NULL DEFAULT '',
                interests TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX members_account ON members(account_id)",
            """
            CREATE TABLE sessions (token_hash TEXT PRIMARY KEY,
                member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
                created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)
            """,
            "CREATE INDEX sessions_member ON sessions(member_id)",
            """
            CREATE TABLE api_tokens (id {{id}}, member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
                name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, last_used_at BIGINT)
            """,
            """
            CREATE TABLE invitations (id {{id}}, code_hash TEXT NOT NULL UNIQUE, email TEXT, kind TEXT NOT NULL,
                relation TEXT, account_id BIGINT REFERENCES accounts(id), role TEXT NOT NULL,
                invited_by BIGINT REFERENCES members(id), created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
                used_by BIGINT REFERENCES members(id))
            """,
            """
            CREATE TABLE spaces (id {{id}}, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL, purpose TEXT NOT NULL,
                membership_policy TEXT NOT NULL, default_visibility TEXT NOT NULL, official BIGINT NOT NULL DEFAULT 0,
                created_by BIGINT REFERENCES members(id), created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE space_goals (id {{id}}, space_id BIGINT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
                description TEXT NOT NULL, metric TEXT NOT NULL, target BIGINT NOT NULL)
            """,
            """
            CREATE TABLE space_members (space_id BIGINT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
                member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
                role TEXT NOT NULL, status TEXT NOT NULL, since BIGINT NOT NULL, PRIMARY KEY (space_id, member_id))
            """,
            "CREATE INDEX space_members_member ON space_members(member_id, status)",
            """
            CREATE TABLE items (id {{id}}, kind TEXT NOT NULL, space_id BIGINT REFERENCES spaces(id),
                author_id BIGINT NOT NULL REFERENCES members(id), visibility TEXT NOT NULL,
                created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
            """,
            "CREATE INDEX items_space ON items(space_id, id)",
            "CREATE INDEX items_author ON items(author_id, id)",
            "CREATE INDEX items_visibility ON items(visibility, id)",
            """
            CREATE TABLE item_audience (item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                member_id BIGINT REFERENCES members(id) ON DELETE CASCADE,
                account_id BIGINT REFERENCES accounts(id) ON DELETE CASCADE)
            """,
            "CREATE INDEX item_audience_item ON item_audience(item_id)",
            "CREATE INDEX item_audience_member ON item_audience(member_id)",
            "CREATE INDEX item_audience_account ON item_audience(account_id)",
            """
            CREATE TABLE item_tags (item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE, tag TEXT NOT NULL,
                PRIMARY KEY (item_id, tag))
            """,
            "CREATE INDEX item_tags_tag ON item_tags(tag, item_id)",
            """
            CREATE TABLE item_mentions (item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, PRIMARY KEY (item_id, member_id))
            """,
            """
            CREATE TABLE posts (item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                body TEXT NOT NULL, body_html TEXT NOT NULL)
            """,
        ]
    )

    static let knowledgeBase = Migration(
        version: 2,
        name: "knowledge base: articles, owners, revisions, suggested edits, notifications, action log, tag concepts",
        statements: [
            """
            CREATE TABLE articles (item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                space_id BIGINT NOT NULL REFERENCES spaces(id), slug TEXT NOT NULL, title TEXT NOT NULL,
                body TEXT NOT NULL, body_html TEXT NOT NULL, status TEXT NOT NULL, review_by BIGINT, knowledge_kind TEXT,
                section TEXT NOT NULL DEFAULT '', position BIGINT NOT NULL DEFAULT 0, revision BIGINT NOT NULL,
                UNIQUE (space_id, slug))
            """,
            """
            CREATE TABLE article_owners (item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, PRIMARY KEY (item_id, member_id))
            """,
            """
            CREATE TABLE article_revisions (id {{id}}, item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                number BIGINT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, status TEXT NOT NULL,
                review_by BIGINT, knowledge_kind TEXT, owners TEXT NOT NULL, section TEXT NOT NULL, visibility TEXT NOT NULL,
                author_id BIGINT NOT NULL REFERENCES members(id), credited_id BIGINT REFERENCES members(id),
                summary TEXT NOT NULL, created_at BIGINT NOT NULL, UNIQUE (item_id, number))
            """,
            """
            CREATE TABLE action_log (id {{id}}, actor_id BIGINT REFERENCES members(id) ON DELETE SET NULL,
                item_id BIGINT, space_id BIGINT REFERENCES spaces(id) ON DELETE CASCADE, action TEXT NOT NULL,
                summary TEXT NOT NULL, created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX action_log_item ON action_log(item_id, id)",
            "CREATE INDEX action_log_space ON action_log(space_id, id)",
            """
            CREATE TABLE suggested_edits (id {{id}}, item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                base_revision BIGINT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, status TEXT NOT NULL,
                knowledge_kind TEXT, comment TEXT NOT NULL, suggester_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
                state TEXT NOT NULL, reason TEXT, decided_by BIGINT REFERENCES members(id), decided_at BIGINT,
                created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX suggested_edits_item ON suggested_edits(item_id, state)",
            """
            CREATE TABLE notifications (id {{id}}, member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
                item_id BIGINT REFERENCES items(id) ON DELETE CASCADE, kind TEXT NOT NULL, text TEXT NOT NULL,
                link TEXT NOT NULL, created_at BIGINT NOT NULL, read_at BIGINT)
            """,
            "CREATE INDEX notifications_member ON notifications(member_id, id)",
            """
            CREATE TABLE tag_concepts (tag TEXT PRIMARY KEY, label TEXT NOT NULL, definition TEXT NOT NULL DEFAULT '',
                broader TEXT REFERENCES tag_concepts(tag) ON DELETE SET NULL)
            """,
        ]
    )

    static let conversations = Migration(
        version: 3,
        name: "conversations: threads, replies, edits, reactions, FAQ, follows, reads, flags, notification preferences",
        statements: [
            "ALTER TABLE items ADD COLUMN hidden BIGINT NOT NULL DEFAULT 0",
            """
            CREATE TABLE conversations (item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE, kind TEXT NOT NULL,
                title TEXT NOT NULL, body TEXT NOT NULL, body_html TEXT NOT NULL, accepted_reply_id BIGINT,
                locked BIGINT NOT NULL DEFAULT 0, pinned BIGINT NOT NULL DEFAULT 0, merged_into BIGINT,
                reply_count BIGINT NOT NULL DEFAULT 0, last_reply_id BIGINT NOT NULL DEFAULT 0, last_activity_at BIGINT NOT NULL,
                edited_at BIGINT)
            """,
            "CREATE INDEX conversations_activity ON conversations(last_activity_at, item_id)",
            """
            CREATE TABLE replies (id {{id}}, conversation_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                author_id BIGINT NOT NULL REFERENCES members(id), body TEXT NOT NULL, body_html TEXT NOT NULL,
                hidden BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, edited_at BIGINT)
            """,
            "CREATE INDEX replies_conversation ON replies(conversation_id, id)",
            "CREATE INDEX replies_author ON replies(author_id, id)",
            """
            CREATE TABLE conversation_edits (id {{id}}, item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                reply_id BIGINT NOT NULL DEFAULT 0, title TEXT NOT NULL, body TEXT NOT NULL,
                editor_id BIGINT NOT NULL REFERENCES members(id), created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX conversation_edits_item ON conversation_edits(item_id, reply_id, id)",
            """
            CREATE TABLE reactions (item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE, reply_id BIGINT NOT NULL DEFAULT 0,
                member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, reaction TEXT NOT NULL,
                PRIMARY KEY (item_id, reply_id, member_id, reaction))
            """,
            """
            CREATE TABLE faq_entries (id {{id}}, item_id BIGINT NOT NULL UNIQUE REFERENCES items(id) ON DELETE CASCADE,
                question TEXT NOT NULL, answer TEXT NOT NULL, answer_html TEXT NOT NULL, position BIGINT NOT NULL,
                promoted_by BIGINT REFERENCES members(id), created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE follows (member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, target_kind TEXT NOT NULL,
                target TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (member_id, target_kind, target))
            """,
            "CREATE INDEX follows_target ON follows(target_kind, target)",
            """
            CREATE TABLE item_reads (member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
                item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE, position BIGINT NOT NULL, read_at BIGINT NOT NULL,
                PRIMARY KEY (member_id, item_id))
            """,
            "CREATE INDEX item_reads_item ON item_reads(item_id)",
            """
            CREATE TABLE flags (id {{id}}, item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                reply_id BIGINT NOT NULL DEFAULT 0, member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
                reason TEXT NOT NULL, note TEXT NOT NULL, state TEXT NOT NULL, decided_by BIGINT REFERENCES members(id),
                decided_at BIGINT, created_at BIGINT NOT NULL, UNIQUE (item_id, reply_id, member_id))
            """,
            "CREATE INDEX flags_state ON flags(state, id)",
            """
            CREATE TABLE notification_mutes (member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, kind TEXT NOT NULL,
                PRIMARY KEY (member_id, kind))
            """,
        ]
    )

    static let search = Migration(
        version: 4,
        name: "search: one document per item, FTS5 on SQLite, tsvector on PostgreSQL; the search log",
        statements: [
            """
            CREATE TABLE search_documents (item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE, kind TEXT NOT NULL,
                title TEXT NOT NULL, tags TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL, boost BIGINT NOT NULL,
                updated_at BIGINT NOT NULL)
            """,
            "CREATE INDEX search_documents_kind ON search_documents(kind)",
            "CREATE TABLE search_log (id {{id}}, query TEXT NOT NULL, results BIGINT NOT NULL, created_at BIGINT NOT NULL)",
            "CREATE INDEX search_log_time ON search_log(created_at)",
        ],
        sqliteOnly: [
            "CREATE VIRTUAL TABLE search_fts USING fts5(title, tags, body, tokenize = 'porter unicode61 remove_diacritics 2')"
        ],
        postgresOnly: [
            """
            ALTER TABLE search_documents ADD COLUMN document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', tags), 'B')
                || setweight(to_tsvector('english', body), 'C')) STORED
            """,
            "CREATE INDEX search_documents_fts ON search_documents USING GIN (document)",
        ]
    )

    /// Indexes for the pages the benchmark measures (issue 6): recently updated items of a kind; the few
    /// merged threads, which the feed leaves out; people by the words of their name, handle and expertise
    /// (kept by triggers on SQLite, an expression index on PostgreSQL). The index on visibility goes, as the
    /// visibility condition filters rows and never finds them.
    static let readPaths = Migration(
        version: 5,
        name: "read paths: items by kind and update time, people by words; no index on visibility",
        statements: [
            "CREATE INDEX items_kind_updated ON items(kind, updated_at, id)",
            "DROP INDEX items_visibility",
            "CREATE INDEX conversations_merged ON conversations(item_id) WHERE merged_into IS NOT NULL",
        ],
        sqliteOnly: [
            "CREATE VIRTUAL TABLE people_fts USING fts5(name, handle, expertise, tokenize = 'unicode61 remove_diacritics 2')",
            "INSERT INTO people_fts (rowid, name, handle, expertise) SELECT id, name, handle, expertise FROM members",
            """
            CREATE TRIGGER members_people_insert AFTER INSERT ON members BEGIN
                INSERT INTO people_fts (rowid, name, handle, expertise) VALUES (new.id, new.name, new.handle, new.expertise); END
            """,
            """
            CREATE TRIGGER members_people_update AFTER UPDATE OF name, handle, expertise ON members BEGIN
                DELETE FROM people_fts WHERE rowid = old.id;
                INSERT INTO people_fts (rowid, name, handle, expertise) VALUES (new.id, new.name, new.handle, new.expertise); END
            """,
            "CREATE TRIGGER members_people_delete AFTER DELETE ON members BEGIN DELETE FROM people_fts WHERE rowid = old.id; END",
        ],
        postgresOnly: [
            "CREATE INDEX members_words ON members USING GIN (\(Self.memberWords))"
        ]
    )

    /// Items whose search documents are out of date (``SearchIndex``): written with each change, emptied in
    /// batches. No foreign key: a deleted item's queue entry is what removes its document.
    static let searchQueue = Migration(
        version: 6,
        name: "search queue: documents rewritten after the write, a busy thread's replies at once",
        statements: ["CREATE TABLE search_queue (item_id BIGINT PRIMARY KEY)"]
    )

    /// How many members have read each item, kept by ``ItemReads`` at a member's first read: a thread card showed a
    /// `COUNT(*)` over every read of its thread, per card, per page.
    static let readerCounts = Migration(
        version: 7,
        name: "reader counts: kept with each first read instead of counted on every page",
        statements: [
            "ALTER TABLE items ADD COLUMN readers BIGINT NOT NULL DEFAULT 0",
            """
            UPDATE items SET readers = (SELECT COUNT(*) FROM item_reads r WHERE r.item_id = items.id)
            WHERE id IN (SELECT item_id FROM item_reads)
            """,
        ]
    )

    /// Directories at scale. The spaces page counts each space's active members: with only the
    /// `(space_id, member_id)` key, every membership row was read for its status (0.6 s for 1,000 spaces at the
    /// large scale, 20 ms with the index). The members directory sorted all members by name for each page (30 ms
    /// for 100k).
    static let directories = Migration(
        version: 8,
        name: "directories: space member counts and members by name from indexes",
        statements: [
            "CREATE INDEX space_members_space_status ON space_members(space_id, status)",
            "CREATE INDEX members_name ON members(name, id)",
        ]
    )

    /// SQLite's full-text index reads its text from `search_documents` instead of keeping a second copy (a fifth of the
    /// database at the large scale: 645 MB of 3.3 GB), and triggers keep it in step with the documents, so no writer
    /// has to remember it. PostgreSQL's index is a column of `search_documents` already.
    static let searchContent = Migration(
        version: 9,
        name: "search text stored once: SQLite's full-text index reads search_documents",
        statements: [],
        sqliteOnly: [
            "DROP TABLE search_fts",
            """
            CREATE VIRTUAL TABLE search_fts USING fts5(title, tags, body, content = 'search_documents', content_rowid = 'item_id',
                tokenize = 'porter unicode61 remove_diacritics 2')
            """,
            """
            CREATE TRIGGER search_documents_fts_insert AFTER INSERT ON search_documents BEGIN
                INSERT INTO search_fts (rowid, title, tags, body) VALUES (new.item_id, new.title, new.tags, new.body); END
            """,
            """
            CREATE TRIGGER search_documents_fts_delete AFTER DELETE ON search_documents BEGIN
                INSERT INTO search_fts (search_fts, rowid, title, tags, body) VALUES ('delete', old.item_id, old.title, old.tags, old.body);
                END
            """,
            """
            CREATE TRIGGER search_documents_fts_update AFTER UPDATE ON search_documents BEGIN
                INSERT INTO search_fts (search_fts, rowid, title, tags, body) VALUES ('delete', old.item_id, old.title, old.tags, old.body);
                INSERT INTO search_fts (rowid, title, tags, body) VALUES (new.item_id, new.title, new.tags, new.body); END
            """,
            "INSERT INTO search_fts (search_fts) VALUES ('rebuild')",
        ]
    )

    /// The unanswered questions, newest activity first: without an index of their own, SQLite read and sorted
    /// every thread for the list (2.2 s for 200k threads at the large scale; 7 ms with it).
    static let unansweredQuestions = Migration(
        version: 10,
        name: "unanswered questions: their own index, by activity",
        statements: [
            """
            CREATE INDEX conversations_unanswered ON conversations(last_activity_at, item_id)
            WHERE kind = 'question' AND accepted_reply_id IS NULL AND merged_into IS NULL
            """
        ]
    )

    /// Two holes outside testing found (issue 15): article slugs made unique by a `-2` suffix told that an invisible
    /// article had the same title, so every slug starts with its article's id; and log entries about a suggested edit
    /// showed its rejection reason to every reader of the article, so an entry names its suggestion and is read under
    /// the suggestion's rule. Entries written before are matched to their suggestion by author and time.
    static let visibilityHoles = Migration(
        version: 11,
        name: "slugs by article id; log entries name their suggested edit",
        statements: [
            "UPDATE articles SET slug = CAST(item_id AS TEXT) || '-' || slug",
            "ALTER TABLE action_log ADD COLUMN suggestion_id BIGINT",
            // The nearest in time, the lowest id among equals. Written with MIN rather than an ORDER BY on the distance:
            // SQLite before 3.41 (Debian 12 has 3.40) cannot see the outer row in a subquery's ORDER BY. Same result;
            // instances that applied the first wording are not affected.
            """
            UPDATE action_log SET suggestion_id = COALESCE((SELECT e.id FROM suggested_edits e
                WHERE e.item_id = action_log.item_id AND e.suggester_id = action_log.actor_id
                AND ABS(e.created_at - action_log.created_at) = (SELECT MIN(ABS(n.created_at - action_log.created_at))
                    FROM suggested_edits n WHERE n.item_id = action_log.item_id AND n.suggester_id = action_log.actor_id)
                ORDER BY e.id LIMIT 1), 0)
            WHERE action = 'suggest'
            """,
            """
            UPDATE action_log SET suggestion_id = COALESCE((SELECT e.id FROM suggested_edits e
                WHERE e.item_id = action_log.item_id AND e.decided_by = action_log.actor_id AND e.state = 'rejected'
                AND ABS(e.decided_at - action_log.created_at) = (SELECT MIN(ABS(n.decided_at - action_log.created_at))
                    FROM suggested_edits n WHERE n.item_id = action_log.item_id AND n.decided_by = action_log.actor_id
                    AND n.state = 'rejected')
                ORDER BY e.id LIMIT 1), 0)
            WHERE action = 'reject'
            """,
        ]
    )

    /// Sign-in budgets per account and per address (`SignInThrottle`), shared by every server on the database.
    static let signInCounters = Migration(
        version: 12,
        name: "sign-in counters",
        statements: [
            "CREATE TABLE sign_in_counters (name TEXT PRIMARY KEY, attempts BIGINT NOT NULL, reset_at BIGINT NOT NULL)",
            "CREATE INDEX sign_in_counters_reset ON sign_in_counters(reset_at)",
        ]
    )

    /// A notification stores what it points at (kind, id and reply) instead of a path, so the web layer builds its
    /// link from the route enum (issue 16). Rows written before get theirs from the path they stored.
    static let notificationTargets = Migration(
        version: 13,
        name: "notification targets",
        statements: [
            "ALTER TABLE notifications ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'thread'",
            "ALTER TABLE notifications ADD COLUMN target_id BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE notifications ADD COLUMN target_reply BIGINT",
            "UPDATE notifications SET target_kind = 'article' WHERE link LIKE '/articles/%'",
            "UPDATE notifications SET target_kind = 'suggestion' WHERE link LIKE '/suggestions/%'",
        ],
        sqliteOnly: [
            """
            UPDATE notifications SET
                target_id = CAST(substr(link, instr(substr(link, 2), '/') + 2) AS INTEGER),
                target_reply = CASE WHEN instr(link, '?reply=') > 0 THEN CAST(substr(link, instr(link, '?reply=') + 7) AS INTEGER) END
            """,
            "ALTER TABLE notifications DROP COLUMN link",
        ],
        postgresOnly: [
            """
            UPDATE notifications SET
                target_id = CAST(substring(link FROM '^/[a-z]+/([0-9]+)') AS BIGINT),
                target_reply = CAST(substring(link FROM '[?]reply=([0-9]+)') AS BIGINT)
            """,
            "ALTER TABLE notifications DROP COLUMN link",
        ]
    )

    /// The header's counts of work waiting (open suggestions, open flags) are read on every page a moderator opens.
    static let openWorkIndexes = Migration(
        version: 14,
        name: "open work indexes",
        statements: [
            "CREATE INDEX suggested_edits_open ON suggested_edits(state, item_id)"
        ]
    )

    /// Ideas and innovation (issue 17, PRODUCT.md §6). A campaign is an item, so ``VisibilityRule`` decides who sees it.
    /// An idea is an item whose title, text and discussion are a `conversations` row of kind `idea` (replies,
    /// reactions, mentions, follows, reads, edits and flags as threads have them) plus an `ideas` row for what only
    /// ideas have. A support names its member and account: the count is for everyone who sees the idea, the names
    /// and accounts only for employees. Supports moved by a merge remember where they came from until withdrawn.
    static let ideas = Migration(
        version: 15,
        name: "ideas: campaigns with phases and goals, ideas, supports, status answers",
        statements: [
            """
            CREATE TABLE campaigns (item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE, title TEXT NOT NULL,
                brief TEXT NOT NULL, brief_html TEXT NOT NULL, phase TEXT NOT NULL, opens_at BIGINT, closes_at BIGINT,
                accepting BIGINT NOT NULL DEFAULT 1)
            """,
            """
            CREATE TABLE campaign_phases (id {{id}}, campaign_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                phase TEXT NOT NULL, note TEXT NOT NULL, changed_by BIGINT REFERENCES members(id) ON DELETE SET NULL,
                created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX campaign_phases_campaign ON campaign_phases(campaign_id, id)",
            """
            CREATE TABLE campaign_goals (id {{id}}, campaign_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                description TEXT NOT NULL, metric TEXT NOT NULL, target BIGINT NOT NULL, due_at BIGINT)
            """,
            "CREATE INDEX campaign_goals_campaign ON campaign_goals(campaign_id)",
            """
            CREATE TABLE ideas (item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                campaign_id BIGINT REFERENCES items(id) ON DELETE SET NULL, status TEXT NOT NULL, customer_role TEXT NOT NULL,
                need_type TEXT NOT NULL, account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
                support_count BIGINT NOT NULL DEFAULT 0, duplicate_of BIGINT REFERENCES items(id) ON DELETE SET NULL,
                source_thread_id BIGINT REFERENCES items(id) ON DELETE SET NULL,
                requester_id BIGINT REFERENCES members(id) ON DELETE SET NULL,
                owner_id BIGINT REFERENCES members(id) ON DELETE SET NULL, status_changed_at BIGINT NOT NULL,
                recent_supports BIGINT NOT NULL DEFAULT 0)
            """,
            "CREATE INDEX ideas_campaign ON ideas(campaign_id, item_id)",
            "CREATE INDEX ideas_trending ON ideas(recent_supports, support_count, item_id)",
            "CREATE INDEX ideas_status ON ideas(status, item_id)",
            "CREATE INDEX ideas_supported ON ideas(support_count, item_id)",
            "CREATE INDEX ideas_thread ON ideas(source_thread_id) WHERE source_thread_id IS NOT NULL",
            """
            CREATE TABLE idea_supports (idea_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, account_id BIGINT REFERENCES accounts(id)
                ON DELETE SET NULL, moved_from BIGINT, created_at BIGINT NOT NULL, PRIMARY KEY (idea_id, member_id))
            """,
            "CREATE INDEX idea_supports_member ON idea_supports(member_id, idea_id)",
            "CREATE INDEX idea_supports_recent ON idea_supports(created_at, idea_id)",
            """
            CREATE TABLE idea_answers (id {{id}}, idea_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                status TEXT NOT NULL, note TEXT NOT NULL, note_html TEXT NOT NULL,
                changed_by BIGINT REFERENCES members(id) ON DELETE SET NULL, created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX idea_answers_idea ON idea_answers(idea_id, id)",
        ]
    )

    static let knowledgeTasks = Migration(
        version: 16,
        name: "knowledge tasks: a brief, the response wanted, a segment, a deadline, a goal; responses and thanks",
        statements: [
            """
            CREATE TABLE knowledge_tasks (item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE, title TEXT NOT NULL,
                brief TEXT NOT NULL, brief_html TEXT NOT NULL, response_kind TEXT NOT NULL,
                campaign_id BIGINT REFERENCES items(id) ON DELETE SET NULL, due_at BIGINT NOT NULL, goal BIGINT NOT NULL,
                closed_at BIGINT, closed_by BIGINT REFERENCES members(id) ON DELETE SET NULL, thanks TEXT NOT NULL DEFAULT '')
            """,
            "CREATE INDEX knowledge_tasks_due ON knowledge_tasks(due_at, item_id)",
            "CREATE INDEX knowledge_tasks_campaign ON knowledge_tasks(campaign_id) WHERE campaign_id IS NOT NULL",
            """
            CREATE TABLE task_targets (task_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE, PRIMARY KEY (task_id, item_id))
            """,
            "CREATE INDEX task_targets_item ON task_targets(item_id)",
            """
            CREATE TABLE task_segments (task_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE, kind TEXT NOT NULL,
                value TEXT NOT NULL, PRIMARY KEY (task_id, kind, value))
            """,
            """
            CREATE TABLE task_responses (id {{id}}, task_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, kind TEXT NOT NULL,
                item_id BIGINT REFERENCES items(id) ON DELETE CASCADE, reply_id BIGINT REFERENCES replies(id) ON DELETE CASCADE,
                suggestion_id BIGINT REFERENCES suggested_edits(id) ON DELETE CASCADE, body TEXT NOT NULL DEFAULT '',
                body_html TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX task_responses_task ON task_responses(task_id, id)",
            "CREATE INDEX task_responses_member ON task_responses(member_id, task_id)",
        ]
    )

    /// The words of a member's name, handle and expertise, as PostgreSQL indexes them.
    static let memberWords = "to_tsvector('simple', name || ' ' || handle || ' ' || expertise)"
}
