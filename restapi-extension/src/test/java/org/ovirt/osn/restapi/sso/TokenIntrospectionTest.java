package org.ovirt.osn.restapi.sso;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** token-info's rules, with the real client registry (a file of this test's own) and the real token store. */
class TokenIntrospectionTest {

    private static final String CLIENT = "ovirt-provider-ovn";
    private static final String SECRET = "the-provider-s3cret";
    private static final OAuthScope PROVIDER_TOKEN_SCOPE =
            OAuthScope.parse("ovirt-app-api ovirt-ext=token-info:validate");

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock();
    private final ClientSecretHash hash = new ClientSecretHash(1_000);
    private final TokenStore tokens = new InMemoryTokenStore(clock, Duration.ofMinutes(60));
    private TokenIntrospection introspection;

    @BeforeEach
    void registerTheProvider() throws Exception {
        SsoClientsFile file = SsoClientsFile.in(dataDir);
        file.put(new SsoClient(CLIENT, hash.hash(SECRET), OAuthScope.parse(SsoClientTool.DEFAULT_SCOPE)));
        file.put(new SsoClient("no-validate", hash.hash(SECRET), OAuthScope.parse("ovirt-app-api")));
        introspection = new TokenIntrospection(new SsoClientRegistry(file, hash), tokens);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private TokenIntrospection.Answer ask(String authorization, String token) {
        return introspection.introspect(new TokenIntrospection.Request(authorization, null, null, token, null));
    }

    @Test
    void shouldAnswerWhoAnActiveTokenStandsForAsTheEngineDoes() {
        TokenStore.IssuedToken issued = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE);

        TokenIntrospection.Answer answer = ask(basic(CLIENT, SECRET), issued.token());

        assertNull(answer.error());
        JsonObject info = answer.info();
        assertEquals(true, info.getBoolean("active"));
        assertEquals("admin@internal", info.getString("user_id"));
        assertEquals("ovirt-app-api ovirt-ext=token-info:validate", info.getString("scope"));
        assertEquals(Long.toString(issued.session().expiresAt().toEpochMilli()), info.getString("exp"));
        assertEquals("bearer", info.getString("token_type"));
        assertEquals("java.util.HashMap", info.getJsonArray("ovirt").getString(0));
        JsonObject ovirt = info.getJsonArray("ovirt").getJsonObject(1);
        assertEquals(AdminCredentials.principalId("admin@internal").toString(), ovirt.getString("principal_id"));
        assertEquals("java.util.ArrayList", ovirt.getJsonArray("group_ids").getString(0));
        assertEquals(0, ovirt.getJsonArray("group_ids").getJsonArray(1).size());
    }

    @Test
    void shouldTakeTheClientFromFormFieldsAsTheEngineAlsoDoes() {
        String token = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE).token();

        TokenIntrospection.Answer answer = introspection.introspect(
                new TokenIntrospection.Request(null, CLIENT, SECRET, token, null));

        assertEquals(true, answer.info().getBoolean("active"));
    }

    @Test
    void shouldAnswerInactiveForAnUnknownExpiredOrRevokedToken() {
        String expired = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE).token();
        clock.advance(Duration.ofMinutes(60));
        String revoked = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE).token();
        tokens.revoke(revoked);

        for (String token : new String[] {expired, revoked, "never-issued"}) {
            TokenIntrospection.Answer answer = ask(basic(CLIENT, SECRET), token);
            assertNull(answer.error());
            assertEquals("{\"active\":false}", answer.info().toString());
        }
    }

    @Test
    void shouldRefuseAWrongSecretOrUnknownClientWith401() {
        String token = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE).token();

        for (String authorization : new String[] {basic(CLIENT, "n0t-the-s3cret"), basic("nobody", SECRET)}) {
            OAuthError error = ask(authorization, token).error();
            assertEquals(401, error.status());
            assertEquals("invalid_client", error.code());
            assertFalse(error.message().contains("s3cret"), error.message());
            assertFalse(error.body().toString().contains(token));
        }
    }

    @Test
    void shouldRefuseARequestWithoutClientCredentialsWith401() {
        String token = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE).token();

        for (String authorization : new String[] {null, "Bearer " + token, "Basic %%%", basic(CLIENT, "")}) {
            OAuthError error = ask(authorization, token).error();
            assertEquals(401, error.status(), String.valueOf(authorization));
            assertEquals("invalid_client", error.code());
        }
    }

    @Test
    void shouldRefuseAClientNotRegisteredForTheValidateScope() {
        String token = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE).token();

        OAuthError error = ask(basic("no-validate", SECRET), token).error();

        assertEquals(400, error.status());
        assertEquals("unauthorized_client", error.code());
    }

    @Test
    void shouldRefuseATokenNotIssuedForTheValidateScope() {
        String token = tokens.issue("admin@internal", OAuthScope.parse("ovirt-app-api")).token();

        OAuthError error = ask(basic(CLIENT, SECRET), token).error();

        assertEquals(400, error.status());
        assertEquals("invalid_scope", error.code());
    }

    @Test
    void shouldRefuseARequestedScopeBeyondTheToken() {
        String token = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE).token();

        OAuthError error = introspection.introspect(new TokenIntrospection.Request(basic(CLIENT, SECRET), null, null,
                token, "ovirt-ext=token:password-access")).error();
        TokenIntrospection.Answer within = introspection.introspect(new TokenIntrospection.Request(
                basic(CLIENT, SECRET), null, null, token, "ovirt-app-api"));

        assertEquals("invalid_scope", error.code());
        assertEquals(true, within.info().getBoolean("active"));
    }

    @Test
    void shouldRefuseTheDirectorySearchesItDoesNotOffer() {
        String token = tokens.issue("admin@internal", PROVIDER_TOKEN_SCOPE).token();

        OAuthError error = introspection.introspect(new TokenIntrospection.Request(basic(CLIENT, SECRET), null, null,
                token, OAuthScope.PUBLIC_AUTHZ_SEARCH)).error();

        assertEquals(400, error.status());
        assertEquals("invalid_request", error.code());
    }

    @Test
    void shouldAskForTheTokenWhenNoneIsSent() {
        for (String token : new String[] {null, " "}) {
            OAuthError error = ask(basic(CLIENT, SECRET), token).error();
            assertEquals(400, error.status());
            assertEquals("invalid_request", error.code());
            assertEquals("Missing parameter: 'token'", error.message());
        }
    }
}
