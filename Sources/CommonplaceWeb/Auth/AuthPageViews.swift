import CommonplaceCore

extension SignInPage: PageView {
    var main: HTML {
        """
        <div class="narrow card">
          <h1>Sign in</h1>
          \(error.map { "<div class=\"alert\" role=\"alert\">\($0)</div>" as HTML })
          <form method="post" action="\(SiteURL.signIn)" class="stack">
            \(csrfField(chrome.csrf))
            \(hiddenField("next", next))
            <label>E-mail <input type="email" name="email" value="\(email)" autocomplete="username" required autofocus></label>
            <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
            <div class="actions"><button type="submit">Sign in</button></div>
          </form>
          \(openRegistration
            ? "<p>New here? <a href=\"\(SiteURL.signUp)\">Create an account</a></p>"
            : "<p class=\"hint\">Membership is by invitation: ask an admin for a link.</p>")
        </div>
        """
    }
}

extension SignUpPage: PageView {
    var main: HTML {
        """
        <div class="narrow card">
          \(invitation.map { "<h1>Join</h1><p>You are invited as <strong>\($0.description)</strong>.</p>" as HTML }
            ?? "<h1>Create an account</h1><p>Customers, suppliers, partners and volunteers are welcome.</p>")
          \(if: errors.any, "<div class=\"alert\" role=\"alert\">Please check the fields marked below.</div>")
          <form method="post" action="\(invitation.map { SiteURL.join($0.code) } ?? .signUp)" class="stack">
            \(csrfField(chrome.csrf))
            <label>Name <input name="name" value="\(form.name)" required maxlength="100" autocomplete="name"></label>
            \(fieldError(errors, "name"))
            <label>Handle <input name="handle" value="\(form.handle)" required pattern="[a-z0-9][a-z0-9-]{1,39}" autocomplete="username">
              <span class="hint">How others @mention you: lowercase letters, digits and dashes.</span></label>
            \(fieldError(errors, "handle"))
            <label>E-mail <input type="email" name="email" value="\(form.email)" required\(if: invitation?.fixedEmail == true, " readonly")></label>
            \(fieldError(errors, "email"))
            <label>Password <input type="password" name="password" required minlength="10" autocomplete="new-password">
              <span class="hint">At least 10 characters.</span></label>
            \(fieldError(errors, "password"))
            \(if: invitation == nil, """
            <label>You are a
              <select name="relation">\(options(relations))</select>
            </label>
            \(fieldError(errors, "relation"))
        """)
            <div class="actions"><button type="submit">\(invitation == nil ? "Create account" : "Join")</button></div>
          </form>
        </div>
        """
    }
}
