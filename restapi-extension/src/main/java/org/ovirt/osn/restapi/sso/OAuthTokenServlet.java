package org.ovirt.osn.restapi.sso;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

/**
 * {@code POST /ovirt-engine/sso/oauth/token}: the engine's password grant, as the oVirt SDKs and ovirt-web-ui use
 * it. Answers JSON: the token, or 400 with {@code error_code}/{@code error} as the engine does.
 */
@WebServlet("/sso/oauth/token")
public class OAuthTokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SCOPE = "ovirt-app-api";

    @Inject
    transient AdminCredentials credentials;
    @Inject
    transient TokenStore tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String grantType = request.getParameter("grant_type");
        String scope = request.getParameter("scope");
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        if (!"password".equals(grantType)) {
            deny(response, "unsupported_grant_type", "The only supported grant_type is 'password'.");
            return;
        }
        if (scope == null || Arrays.stream(scope.split(" ")).noneMatch(SCOPE::equals)) {
            deny(response, "invalid_scope", "The scope must include '" + SCOPE + "'.");
            return;
        }
        if (user == null || password == null) {
            deny(response, "invalid_request", "username and password are required.");
            return;
        }
        if (!credentials.verify(user, password)) {
            deny(response, "access_denied", "Cannot authenticate user '" + user
                    + "': The username or password is incorrect.");
            return;
        }
        String token = tokens.issue(user);
        long expires = tokens.find(token).orElseThrow().expiresAt().toEpochMilli();
        write(response, HttpServletResponse.SC_OK, Json.createObjectBuilder()
                .add("access_token", token)
                .add("scope", scope)
                .add("exp", Long.toString(expires))
                .add("token_type", "bearer")
                .build());
    }

    private static void deny(HttpServletResponse response, String code, String message) throws IOException {
        write(response, HttpServletResponse.SC_BAD_REQUEST,
                Json.createObjectBuilder().add("error_code", code).add("error", message).build());
    }

    static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
