import CommonplaceCore
import Hummingbird

/// The API form of ``SpaceMembership``: what `/api/v1` sends, apart from the domain type.
struct SpaceMembershipResource: ResponseEncodable, Sendable {
    let role: SpaceMembership.Role
    let status: SpaceMembership.Status

    init(_ value: SpaceMembership) {
        role = value.role
        status = value.status
    }
}

/// The API form of ``SpaceGoal``: what `/api/v1` sends, apart from the domain type.
struct GoalResource: ResponseEncodable, Sendable {
    let id: Int
    let description: String
    let metric: SpaceGoal.Metric
    let target: Int
    let current: Int

    init(_ value: SpaceGoal) {
        id = value.id
        description = value.description
        metric = value.metric
        target = value.target
        current = value.current
    }
}
