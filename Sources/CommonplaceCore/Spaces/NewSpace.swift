/// What it takes to start a space.
public struct NewSpace: Sendable {
    public var slug: String
    public var name: String
    public var purpose: String
    public var membershipPolicy: MembershipPolicy
    public var defaultVisibility: Visibility
    public var official: Bool
    public var goals: [NewGoal]

    public init(
        slug: String, name: String, purpose: String, membershipPolicy: MembershipPolicy = .open,
        defaultVisibility: Visibility = .space, official: Bool = false, goals: [NewGoal] = []
    ) {
        self.slug = slug
        self.name = name
        self.purpose = purpose
        self.membershipPolicy = membershipPolicy
        self.defaultVisibility = defaultVisibility
        self.official = official
        self.goals = goals
    }

    func validate() throws {
        var validator = Validator()
        validator.require(slug.isSlug, "slug", "Use 2–40 lowercase letters, digits or dashes.")
        validator.require((1...80).contains(name.trimmed.count), "name", "Enter a name of at most 80 characters.")
        validator.require((1...2000).contains(purpose.trimmed.count), "purpose", "Say what the space is for (at most 2,000 characters).")
        validator.require(defaultVisibility != .private, "defaultVisibility", "A space's default cannot be private.")
        validator.require(goals.count <= 10, "goals", "At most 10 goals.")
        for goal in goals {
            validator.require((1...200).contains(goal.description.trimmed.count), "goals", "Describe each goal in at most 200 characters.")
            validator.require((1...1_000_000).contains(goal.target), "goals", "A goal's target is a number from 1 to 1,000,000.")
        }
        try validator.check()
    }
}

/// A goal as entered: a description, what it counts and the number to reach.
public struct NewGoal: Sendable, Codable {
    public var description: String
    public var metric: SpaceGoal.Metric
    public var target: Int

    public init(description: String, metric: SpaceGoal.Metric, target: Int) {
        self.description = description
        self.metric = metric
        self.target = target
    }
}

/// A space as listed, with its size and the viewer's standing in it.
public struct SpaceListing: Sendable {
    public let space: Space
    public let memberCount: Int
    public let membership: SpaceMembership?
}
