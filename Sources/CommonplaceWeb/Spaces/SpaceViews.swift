import CommonplaceCore

/// A space as pages show it.
struct SpaceView {
    let slug: String
    let url: SiteURL
    let name: String
    let purpose: String
    let policy: String
    let defaultVisibility: String
    let official: Bool
    let memberCount: Int?
    let status: String?

    init(_ space: Space, memberCount: Int? = nil, membership: SpaceMembership? = nil) {
        self.slug = space.slug
        self.url = .space(space.slug)
        self.name = space.name
        self.purpose = space.purpose
        self.policy = Self.policyLabel(space.membershipPolicy)
        self.defaultVisibility = space.defaultVisibility.label
        self.official = space.official
        self.memberCount = memberCount
        self.status = membership.map { $0.status == .requested ? "Requested" : ($0.role == .moderator ? "Moderator" : "Member") }
    }
}

/// A goal with its progress bar.
struct GoalView {
    let description: String
    let current: Int
    let target: Int
    let percent: Int
    let metric: String

    init(_ goal: SpaceGoal) {
        self.description = goal.description
        self.current = goal.current
        self.target = goal.target
        self.percent = goal.percent
        self.metric = goal.metric.rawValue
    }
}

/// A member in a space's member list.
struct SpaceMemberView {
    let member: MemberView
    let isModerator: Bool
}

/// The form for starting a space.
struct SpaceForm: Decodable {
    var slug: String?
    var name: String?
    var purpose: String?
    var membershipPolicy: String?
    var defaultVisibility: String?
    var official: String?
    var goals: String?

    init() {}

    /// The form filled in with a space as it is, goals one per line.
    init(_ space: Space, goals: [SpaceGoal]) {
        slug = space.slug
        name = space.name
        purpose = space.purpose
        membershipPolicy = space.membershipPolicy.rawValue
        defaultVisibility = space.defaultVisibility.rawValue
        official = space.official ? "on" : nil
        self.goals = goals.map { "\($0.description) | \($0.metric.rawValue) | \($0.target)" }.joined(separator: "\n")
    }

    enum CodingKeys: String, CodingKey {
        case slug, name, purpose, official, goals
        case membershipPolicy = "membership_policy"
        case defaultVisibility = "default_visibility"
    }

    /// Goals are written one per line: "Answer 50 questions | posts | 50".
    func newSpace() throws -> NewSpace {
        var problems: [FieldProblem] = []
        let policy = MembershipPolicy(rawValue: membershipPolicy ?? "open")
        if policy == nil { problems.append(FieldProblem(field: "membership_policy", message: "Choose a membership policy.")) }
        let visibility = Visibility(rawValue: defaultVisibility ?? "space")
        if visibility == nil { problems.append(FieldProblem(field: "default_visibility", message: "Choose a default visibility.")) }
        var parsedGoals: [NewGoal] = []
        for line in (goals ?? "").split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, let metric = SpaceGoal.Metric(rawValue: parts[1].lowercased()), let target = Int(parts[2]) else {
                problems.append(
                    FieldProblem(field: "goals", message: "Write each goal as: description | members or posts | target number."))
                continue
            }
            parsedGoals.append(NewGoal(description: parts[0], metric: metric, target: target))
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return NewSpace(
            slug: (slug ?? "").lowercased(), name: name ?? "", purpose: purpose ?? "", membershipPolicy: policy!,
            defaultVisibility: visibility!, official: official == "on", goals: parsedGoals)
    }
}
