import CommonplaceCore

extension Audience {
    /// The audience a form names: @handles and account slugs, each separated by spaces or commas.
    init(formMembers: String?, formAccounts: String?) {
        self.init(
            members: Tags.parseList(formMembers ?? "").map { $0.trimmingCharacters(in: ["@"]) },
            accounts: Tags.parseList(formAccounts ?? ""))
    }

    /// The audience a JSON body names, if any.
    init(_ input: PostInput.AudienceInput?) {
        self.init(members: input?.members ?? [], accounts: input?.accounts ?? [])
    }
}
