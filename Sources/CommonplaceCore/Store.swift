/// Everything Commonplace keeps, one store per aggregate over one ``Database``.
public struct Store: Sendable {
    public let database: Database
    public let settings: SettingsStore
    public let members: MemberStore
    public let sessions: SessionStore
    public let tokens: APITokenStore
    public let signIns: SignInThrottle
    public let invitations: InvitationStore
    public let accounts: AccountStore
    public let spaces: SpaceStore
    public let posts: PostStore
    public let articles: ArticleStore
    public let actionLog: ActionLogStore
    public let suggestions: SuggestedEditStore
    public let notifications: NotificationStore
    public let tags: TagConceptStore
    public let conversations: ConversationStore
    public let faq: FAQStore
    public let follows: FollowStore
    public let flags: FlagStore
    public let similar: SimilarItems
    public let feed: FeedStore
    public let reads: ReadStore
    public let search: SearchStore
    public let expertise: ExpertiseStore
    public let campaigns: CampaignStore
    public let ideas: IdeaStore
    public let tasks: KnowledgeTaskStore

    public init(database: Database, hasher: PasswordHasher = PasswordHasher()) {
        self.database = database
        self.settings = SettingsStore(database: database)
        self.members = MemberStore(database: database, hasher: hasher)
        self.sessions = SessionStore(database: database)
        self.tokens = APITokenStore(database: database)
        self.signIns = SignInThrottle(database: database)
        self.invitations = InvitationStore(database: database, hasher: hasher)
        self.accounts = AccountStore(database: database)
        self.spaces = SpaceStore(database: database, settings: settings)
        self.posts = PostStore(database: database, spaces: spaces)
        self.articles = ArticleStore(database: database, spaces: spaces)
        self.actionLog = ActionLogStore(database: database)
        self.suggestions = SuggestedEditStore(database: database, articles: articles)
        self.notifications = NotificationStore(database: database)
        self.tags = TagConceptStore(database: database)
        self.conversations = ConversationStore(database: database, spaces: spaces)
        self.faq = FAQStore(database: database)
        self.follows = FollowStore(database: database)
        self.flags = FlagStore(database: database)
        self.similar = SimilarItems(database: database)
        self.ideas = IdeaStore(database: database, spaces: spaces)
        self.tasks = KnowledgeTaskStore(database: database, spaces: spaces)
        self.feed = FeedStore(database: database, posts: posts, conversations: conversations, ideas: ideas)
        self.reads = ReadStore(database: database)
        self.search = SearchStore(database: database)
        self.expertise = ExpertiseStore(database: database)
        self.campaigns = CampaignStore(database: database, spaces: spaces)
    }
}
