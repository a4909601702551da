package org.ovirt.osn.restapi.sso;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /ovirt-engine/services/sso-logout}: revokes the token of the form field {@code token} (the SDKs send it
 * on close) and the one of an {@code Authorization: Bearer} header (the caller's own session, as the engine ends it).
 * Answers {@code {}}, also for a token that was not valid any more (revoking is idempotent); a request that names no
 * token at all is a 400, not a silent success.
 */
@WebServlet("/services/sso-logout")
public class SsoLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TokenStore tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<String> named = new LinkedHashSet<>();
        String field = request.getParameter("token");
        if (field != null && !field.isBlank()) {
            named.add(field.trim());
        }
        bearerToken(request.getHeader("Authorization")).ifPresent(named::add);
        if (named.isEmpty()) {
            OAuthError.badRequest(OAuthError.INVALID_REQUEST, "Missing parameter: 'token' (or an 'Authorization: "
                    + "Bearer' header): there is no token to revoke.").send(response);
            return;
        }
        named.forEach(tokens::revoke);
        SsoJson.write(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().build());
    }

    static Optional<String> bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
