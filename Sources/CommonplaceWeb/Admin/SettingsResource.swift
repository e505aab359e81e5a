import CommonplaceCore
import Hummingbird

/// The API form of ``InstanceSettings``: what `/api/v1/settings` sends, and what it takes back.
struct SettingsResource: ResponseEncodable, Decodable, Sendable {
    let name: String
    let registration: RegistrationPolicy
    let anonymousReading: Bool
    let spaceCreation: SpaceCreationPolicy

    init(_ value: InstanceSettings) {
        name = value.name
        registration = value.registration
        anonymousReading = value.anonymousReading
        spaceCreation = value.spaceCreation
    }

    /// The settings these stand for.
    var settings: InstanceSettings {
        InstanceSettings(name: name, registration: registration, anonymousReading: anonymousReading, spaceCreation: spaceCreation)
    }
}
