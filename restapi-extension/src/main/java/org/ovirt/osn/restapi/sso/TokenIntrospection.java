package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/**
 * What {@code POST /sso/oauth/token-info} answers: a registered SSO client (such as ovirt-provider-ovn) asks who a
 * token stands for. In order:
 * <ol>
 * <li>the client authenticates (HTTP Basic, or the form fields {@code client_id}/{@code client_secret} as the engine
 * also takes them): otherwise 401 {@code invalid_client};</li>
 * <li>the client must be registered with the scope {@code ovirt-ext=token-info:validate}: otherwise 400
 * {@code unauthorized_client};</li>
 * <li>a form field {@code token} is required: otherwise 400 {@code invalid_request};</li>
 * <li>an unknown, expired or revoked token is {@code {"active": false}};</li>
 * <li>the token must have been issued with {@code ovirt-ext=token-info:validate} in its scope, and with every value
 * of a {@code scope} form field if one is sent (as the engine checks it): otherwise 400 {@code invalid_scope};</li>
 * <li>else the token's information, shaped as the engine's (see {@link #activeAnswer}).</li>
 * </ol>
 * The engine's directory searches (the scopes {@code ovirt-ext=token-info:authz-search} and
 * {@code ovirt-ext=token-info:public-authz-search}) are not offered: 400 {@code invalid_request}.
 */
@ApplicationScoped
public class TokenIntrospection {

    /** Either an error or the JSON to answer with 200. */
    public record Answer(OAuthError error, JsonObject info) {

        static Answer of(OAuthError error) {
            return new Answer(error, null);
        }

        static Answer of(JsonObject info) {
            return new Answer(null, info);
        }
    }

    /** The request's parts that matter; the secret and the token are never printed. */
    public record Request(String authorization, String clientIdField, String clientSecretField, String token,
                          String scope) {

        @Override
        public String toString() {
            return "Request[client_id=" + clientIdField + ", scope=" + scope + "]";
        }
    }

    private SsoClientRegistry clients;
    private TokenStore tokens;

    protected TokenIntrospection() {
        // for CDI proxies
    }

    @Inject
    public TokenIntrospection(SsoClientRegistry clients, TokenStore tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    public Answer introspect(Request request) {
        Optional<BasicCredentials> credentials = clientCredentials(request);
        if (credentials.isEmpty()) {
            return Answer.of(new OAuthError(HttpServletResponse.SC_UNAUTHORIZED, OAuthError.INVALID_CLIENT,
                    "Client authentication is required: HTTP Basic with a registered SSO client's id and secret."));
        }
        Optional<SsoClient> client = clients.authenticate(credentials.get().name(), credentials.get().secret());
        if (client.isEmpty()) {
            return Answer.of(new OAuthError(HttpServletResponse.SC_UNAUTHORIZED, OAuthError.INVALID_CLIENT,
                    "Client authentication failed: unknown client or wrong secret."));
        }
        if (!client.get().scope().grants(OAuthScope.TOKEN_INFO_VALIDATE)) {
            return Answer.of(OAuthError.badRequest(OAuthError.UNAUTHORIZED_CLIENT, "The client '" + client.get().id()
                    + "' is not registered with the scope '" + OAuthScope.TOKEN_INFO_VALIDATE + "'."));
        }
        OAuthScope requested = OAuthScope.parse(request.scope());
        if (requested.grants(OAuthScope.AUTHZ_SEARCH) || requested.grants(OAuthScope.PUBLIC_AUTHZ_SEARCH)) {
            return Answer.of(OAuthError.badRequest(OAuthError.INVALID_REQUEST, "Directory searches ('"
                    + OAuthScope.AUTHZ_SEARCH + "', '" + OAuthScope.PUBLIC_AUTHZ_SEARCH
                    + "') are not supported by this engine."));
        }
        if (request.token() == null || request.token().isBlank()) {
            return Answer.of(OAuthError.missingParameter("token"));
        }
        Optional<TokenStore.Session> session = tokens.find(request.token().trim());
        if (session.isEmpty()) {
            return Answer.of(Json.createObjectBuilder().add("active", false).build());
        }
        OAuthScope granted = session.get().scope();
        if (!granted.grants(OAuthScope.TOKEN_INFO_VALIDATE)) {
            return Answer.of(OAuthError.badRequest(OAuthError.INVALID_SCOPE, "The token was not issued for the "
                    + "scope '" + OAuthScope.TOKEN_INFO_VALIDATE + "'; ask for a token with scope '"
                    + OAuthScope.API + " " + OAuthScope.TOKEN_INFO_VALIDATE + "'."));
        }
        if (!granted.grantsAll(requested)) {
            return Answer.of(OAuthError.badRequest(OAuthError.INVALID_SCOPE, "The requested scope '"
                    + granted.missingFrom(requested) + "' exceeds the scope the token was issued for."));
        }
        return Answer.of(activeAnswer(session.get()));
    }

    /**
     * The engine's answer for a valid token. Its SSO writes the {@code ovirt} map with Jackson's default typing, so
     * maps and lists come as {@code [<Java type>, <value>]} pairs; ovirt-provider-ovn's group and role plugins read
     * {@code ovirt[1].principal_id} and {@code ovirt[1].group_ids[1]}, so the same shape is kept here. The built-in
     * user is in no group.
     */
    static JsonObject activeAnswer(TokenStore.Session session) {
        return Json.createObjectBuilder()
                .add("active", true)
                .add("token_type", "bearer")
                .add("user_id", session.user())
                .add("scope", session.scope().toString())
                .add("exp", Long.toString(session.expiresAt().toEpochMilli()))
                .add("ovirt", Json.createArrayBuilder()
                        .add("java.util.HashMap")
                        .add(Json.createObjectBuilder()
                                .add("version", "0")
                                .add("principal_id", AdminCredentials.principalId(session.user()).toString())
                                .add("group_ids", Json.createArrayBuilder()
                                        .add("java.util.ArrayList")
                                        .add(Json.createArrayBuilder()))
                                .add("capability_credentials_change", false)))
                .build();
    }

    private static Optional<BasicCredentials> clientCredentials(Request request) {
        if (request.clientIdField() != null && request.clientSecretField() != null) {
            return Optional.of(new BasicCredentials(request.clientIdField(), request.clientSecretField()));
        }
        return BasicCredentials.parse(request.authorization());
    }
}
