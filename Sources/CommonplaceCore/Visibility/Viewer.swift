/// Who is reading: a signed-in member or an anonymous visitor.
public struct Viewer: Sendable {
    public let member: Member?
    /// Whether the instance lets visitors who are not signed in read public items.
    public let anonymousReading: Bool

    public init(member: Member?, anonymousReading: Bool) {
        self.member = member
        self.anonymousReading = anonymousReading
    }

    public static func signedIn(_ member: Member) -> Viewer {
        Viewer(member: member, anonymousReading: true)
    }
}
