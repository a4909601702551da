package org.ovirt.osn.restapi.sso;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code POST /ovirt-engine/sso/oauth/token}: the engine's password grant, as the oVirt SDKs, ovirt-web-ui and
 * ovirt-provider-ovn use it. The scope must include {@code ovirt-app-api}; the token is recorded with the scope asked
 * for (ovirt-provider-ovn asks {@code ovirt-app-api ovirt-ext=token-info:validate}, which token-info requires).
 * Answers JSON: the token, or 400 with {@code error_code}/{@code error} as the engine does for that scope.
 */
@WebServlet("/sso/oauth/token")
public class OAuthTokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The scope is stored with the token ({@code osn_sso_token.scope}); a longer one is refused, not truncated. */
    static final int MAX_SCOPE_LENGTH = 1000;

    @Inject
    transient PasswordLogin logins;
    @Inject
    transient TokenStore tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String grantType = request.getParameter("grant_type");
        OAuthScope scope = OAuthScope.parse(request.getParameter("scope"));
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        if (!"password".equals(grantType)) {
            OAuthError.badRequest(OAuthError.UNSUPPORTED_GRANT_TYPE,
                    "The only supported grant_type is 'password'.").send(response);
            return;
        }
        if (!scope.values().contains(OAuthScope.API)) {
            OAuthError.badRequest(OAuthError.INVALID_SCOPE, "The scope must include '" + OAuthScope.API + "'.")
                    .send(response);
            return;
        }
        if (scope.toString().length() > MAX_SCOPE_LENGTH) {
            OAuthError.badRequest(OAuthError.INVALID_SCOPE, "The scope must not be longer than " + MAX_SCOPE_LENGTH
                    + " characters.").send(response);
            return;
        }
        if (user == null || password == null) {
            OAuthError.badRequest(OAuthError.INVALID_REQUEST, "username and password are required.").send(response);
            return;
        }
        PasswordLogin.Result login = logins.login(user, password, "sso");
        if (login.outcome() == PasswordLogin.Outcome.LOCKED) {
            OAuthError.badRequest(OAuthError.ACCESS_DENIED, "Cannot authenticate user '" + user
                    + "': The account is locked for a while after too many failed logins.").send(response);
            return;
        }
        if (login.user().isEmpty()) {
            OAuthError.badRequest(OAuthError.ACCESS_DENIED, "Cannot authenticate user '" + user
                    + "': The username or password is incorrect.").send(response);
            return;
        }
        TokenStore.IssuedToken issued = tokens.issue(user, scope);
        SsoJson.write(response, HttpServletResponse.SC_OK, Json.createObjectBuilder()
                .add("access_token", issued.token())
                .add("scope", issued.session().scope().toString())
                .add("exp", Long.toString(issued.session().expiresAt().toEpochMilli()))
                .add("token_type", "bearer")
                .build());
    }
}
