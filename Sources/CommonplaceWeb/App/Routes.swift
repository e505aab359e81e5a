import CommonplaceCore
import Hummingbird

/// Every route of Commonplace, top to bottom: operations, pages, then the API.
///
/// Operations routes answer without touching members or sessions, so `/readyz` can report a
/// database that is down; everything else goes through authentication and CSRF checks, and its
/// errors are rendered inside them, so an error page still shows who is signed in.
func registerRoutes(on router: Router<AppRequestContext>, site: Site, assets: StaticAssets) {
    let operations = Operations(store: site.store, assets: assets)
    router.get("/healthz", use: operations.health)
    router.get("/readyz", use: operations.ready)
    router.get("/metrics", use: operations.metrics)
    router.get("/api/openapi.json", use: operations.openAPI)
    router.get("/static/:file", use: operations.asset)

    let pages = router.group()
        .add(middleware: AuthenticationMiddleware(store: site.store))
        .add(middleware: CSRFMiddleware(secureCookies: site.configuration.secureCookies))
        .add(middleware: ErrorMiddleware(renderer: site.renderer, settings: site.store.settings))
    let posts = PostPages(site: site)
    let auth = AuthPages(site: site)
    let spaces = SpacePages(site: site)
    let members = MemberPages(site: site)
    let admin = AdminPages(site: site)
    let articles = ArticlePages(site: site)
    let signedIn = pages.group(context: SignedInContext.self)

    pages.get("/", use: posts.home)
    pages.get("/posts/:id", use: posts.show)
    signedIn.post("/posts", use: posts.create)
    signedIn.post("/posts/:id/delete", use: posts.delete)
    pages.get("/tags/:tag", use: posts.tag)

    pages.get("/signin", use: auth.signInForm)
    pages.post("/signin", use: auth.signIn)
    pages.post("/signout", use: auth.signOut)
    pages.get("/signup", use: auth.signUpForm)
    pages.post("/signup", use: auth.signUp)
    pages.get("/join/:code", use: auth.joinForm)
    pages.post("/join/:code", use: auth.join)

    pages.get("/spaces", use: spaces.list)
    signedIn.get("/spaces/new", use: spaces.newForm)
    signedIn.post("/spaces", use: spaces.create)
    pages.get("/spaces/:slug", use: spaces.show)
    signedIn.get("/spaces/:slug/edit", use: spaces.editForm)
    signedIn.post("/spaces/:slug/edit", use: spaces.update)
    signedIn.post("/spaces/:slug/join", use: spaces.join)
    signedIn.post("/spaces/:slug/leave", use: spaces.leave)
    signedIn.post("/spaces/:slug/members", use: spaces.admit)
    signedIn.post("/spaces/:slug/requests/:handle/decline", use: spaces.decline)

    pages.get("/spaces/:slug/articles", use: articles.manual)
    signedIn.get("/spaces/:slug/articles/new", use: articles.newForm)
    signedIn.post("/spaces/:slug/articles", use: articles.create)
    pages.get("/spaces/:slug/log", use: articles.spaceLog)
    pages.get("/articles/:id", use: articles.show)
    signedIn.get("/articles/:id/edit", use: articles.editForm)
    signedIn.post("/articles/:id/edit", use: articles.update)
    pages.get("/articles/:id/history", use: articles.history)
    pages.get("/articles/:id/revisions/:number", use: articles.revision)
    signedIn.post("/articles/:id/revisions/:number/restore", use: articles.restore)
    pages.get("/articles/:id/diff", use: articles.diff)
    pages.get("/articles/:id/log", use: articles.articleLog)

    signedIn.get("/members", use: members.directory)
    pages.get("/members/:handle", use: members.profile)
    signedIn.get("/settings", use: members.settings)
    signedIn.post("/settings/profile", use: members.updateProfile)
    signedIn.post("/settings/password", use: members.changePassword)
    signedIn.post("/settings/tokens", use: members.createToken)
    signedIn.post("/settings/tokens/:id/revoke", use: members.revokeToken)

    signedIn.get("/admin", use: admin.show)
    signedIn.get("/admin/log", use: articles.instanceLog)
    signedIn.post("/admin/settings", use: admin.updateSettings)
    signedIn.post("/admin/invitations", use: admin.invite)
    signedIn.post("/admin/accounts", use: admin.createAccount)
    signedIn.post("/admin/bots", use: admin.createBot)
    signedIn.post("/admin/members/:handle", use: admin.updateMember)

    registerAPIRoutes(on: pages, site: site)
}

/// The JSON API under `/api/v1`, described by `Resources/openapi.json`.
func registerAPIRoutes(on pages: RouterGroup<AppRequestContext>, site: Site) {
    let api = pages.group("/api/v1")
    let signedIn = api.group(context: SignedInContext.self)
    let posts = PostsAPI(store: site.store)
    let spaces = SpacesAPI(store: site.store)
    let members = MembersAPI(store: site.store)
    let accounts = AccountsAPI(store: site.store)
    let tokens = TokensAPI(store: site.store, throttle: site.throttle)
    let admin = AdminAPI(store: site.store)
    let articles = ArticlesAPI(store: site.store)

    signedIn.get("/me", use: members.me)
    signedIn.patch("/me", use: members.updateMe)
    signedIn.get("/members", use: members.list)
    api.get("/members/:handle", use: members.show)

    api.get("/posts", use: posts.list)
    signedIn.post("/posts", use: posts.create)
    api.get("/posts/:id", use: posts.show)
    signedIn.delete("/posts/:id", use: posts.delete)

    api.get("/spaces", use: spaces.list)
    signedIn.post("/spaces", use: spaces.create)
    api.get("/spaces/:slug", use: spaces.show)
    signedIn.put("/spaces/:slug", use: spaces.update)
    signedIn.post("/spaces/:slug/membership", use: spaces.join)
    signedIn.delete("/spaces/:slug/membership", use: spaces.leave)
    api.get("/spaces/:slug/members", use: spaces.members)
    signedIn.put("/spaces/:slug/members/:handle", use: spaces.admit)

    api.get("/articles", use: articles.list)
    signedIn.post("/articles", use: articles.create)
    api.get("/articles/:id", use: articles.show)
    signedIn.put("/articles/:id", use: articles.update)
    api.get("/articles/:id/revisions", use: articles.revisions)
    api.get("/articles/:id/revisions/:number", use: articles.revision)
    signedIn.post("/articles/:id/revisions/:number/restore", use: articles.restore)
    api.get("/articles/:id/diff", use: articles.diff)
    api.get("/articles/:id/log", use: articles.log)
    api.get("/spaces/:slug/log", use: articles.spaceLog)
    signedIn.get("/log", use: articles.instanceLog)

    signedIn.get("/accounts", use: accounts.list)
    signedIn.post("/accounts", use: accounts.create)
    signedIn.get("/accounts/:slug", use: accounts.show)

    signedIn.get("/tokens", use: tokens.list)
    api.post("/tokens", use: tokens.create)
    signedIn.delete("/tokens/:id", use: tokens.revoke)

    signedIn.post("/bots", use: admin.createBot)
    signedIn.post("/invitations", use: admin.invite)
    signedIn.get("/settings", use: admin.settings)
    signedIn.put("/settings", use: admin.updateSettings)
}
