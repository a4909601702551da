package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ovirt-provider-ovn's default auth plugin (AuthorizationByUserName) against this engine, over HTTP exactly as it
 * talks: a password grant with scope {@code ovirt-app-api ovirt-ext=token-info:validate}, then token-info with HTTP
 * Basic of its SSO client on every request. The client is registered with {@code scripts/sso-client.sh}, as the
 * README tells an admin to, into the IT server's data directory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoTokenInfoIT {

    private static final String CLIENT = "ovirt-provider-ovn";
    /** Each run its own secret, so a leak into the log cannot come from an earlier run. */
    private static final String SECRET = "it-" + UUID.randomUUID();
    private static final String NO_VALIDATE_CLIENT = "osn-it-no-validate";
    private static final String PROVIDER_SCOPE = "ovirt-app-api ovirt-ext=token-info:validate";
    private static final String LIFETIME = "osn.sso.token.lifetime";

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void registerTheProvidersClient() throws Exception {
        ssoClientTool(SECRET, "register", CLIENT);
        ssoClientTool(SECRET, "register", NO_VALIDATE_CLIENT, "--scope", "ovirt-app-api");
    }

    @AfterAll
    static void removeTheClients() throws Exception {
        ssoClientTool(null, "remove", CLIENT);
        ssoClientTool(null, "remove", NO_VALIDATE_CLIENT);
    }

    /** Runs scripts/sso-client.sh on the IT server's data directory. */
    private static void ssoClientTool(String secret, String... args) throws Exception {
        Path dataDir = Path.of(System.getProperty("osn.it.data.dir", "target/it-data")).toAbsolutePath();
        ProcessBuilder command = new ProcessBuilder("../scripts/sso-client.sh");
        command.command().addAll(List.of(args));
        command.command().addAll(List.of("--data-dir", dataDir.toString()));
        command.redirectErrorStream(true);
        if (secret != null) {
            command.environment().put("OSN_SSO_CLIENT_SECRET", secret);
        }
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertFalse(output.contains(SECRET), "the tool does not echo a given secret: " + output);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** The provider's {@code create_token}. */
    private static Http.Answer passwordGrant(String password, String scope) {
        return Http.form("/sso/oauth/token", Map.of("grant_type", "password", "scope", scope,
                "username", "admin@internal", "password", password));
    }

    private static String providerToken() {
        Http.Answer answer = passwordGrant(Http.adminPassword(), PROVIDER_SCOPE);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getString("access_token");
    }

    /** The provider's {@code get_token_info}. */
    private static Http.Answer tokenInfo(String authorization, String token) {
        return Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/sso/oauth/token-info"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("token", token)))));
    }

    private static Http.Answer logout(HttpRequest.Builder request) {
        return Http.send(request.uri(URI.create(Http.BASE + "/services/sso-logout"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    private static int apiStatus(String token) {
        return Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api"))
                .header("Authorization", "Bearer " + token).GET()).status();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void shouldValidateATokenOfThePasswordGrantForTheProvidersClient() {
        Http.Answer grant = passwordGrant(Http.adminPassword(), PROVIDER_SCOPE);
        assertEquals(200, grant.status(), grant.body());
        assertEquals(PROVIDER_SCOPE, grant.json().getString("scope"));
        String token = grant.json().getString("access_token");

        Http.Answer info = tokenInfo(basic(CLIENT, SECRET), token);

        assertEquals(200, info.status(), info.body());
        assertTrue(info.contentType().startsWith("application/json"), info.contentType());
        assertTrue(info.json().getBoolean("active"));
        assertEquals("admin@internal", info.json().getString("user_id"));
        assertEquals(PROVIDER_SCOPE, info.json().getString("scope"));
        assertEquals(grant.json().getString("exp"), info.json().getString("exp"));
        JsonObject ovirt = info.json().getJsonArray("ovirt").getJsonObject(1);
        assertEquals(36, ovirt.getString("principal_id").length(), ovirt.toString());
        assertEquals(0, ovirt.getJsonArray("group_ids").getJsonArray(1).size());
        assertEquals(200, apiStatus(token));
    }

    @Test
    void shouldRefuseAWrongClientSecretWithAnOAuthError401() {
        String token = providerToken();
        String wrong = "wrong-" + UUID.randomUUID();

        Http.Answer info = tokenInfo(basic(CLIENT, wrong), token);

        assertEquals(401, info.status(), info.body());
        assertEquals("invalid_client", info.json().getString("error_code"));
        assertFalse(info.json().getString("error").isBlank());
        assertTrue(info.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertFalse(info.body().contains(wrong) || info.body().contains(token), info.body());
    }

    @Test
    void shouldRefuseAClientNotRegisteredForTheValidateScope() {
        Http.Answer info = tokenInfo(basic(NO_VALIDATE_CLIENT, SECRET), providerToken());

        assertEquals(400, info.status(), info.body());
        assertEquals("unauthorized_client", info.json().getString("error_code"));
    }

    @Test
    void shouldRefuseATokenIssuedWithoutTheValidateScope() {
        Http.Answer grant = passwordGrant(Http.adminPassword(), "ovirt-app-api");

        Http.Answer info = tokenInfo(basic(CLIENT, SECRET), grant.json().getString("access_token"));

        assertEquals(400, info.status(), info.body());
        assertEquals("invalid_scope", info.json().getString("error_code"));
    }

    @Test
    void shouldAnswerAWrongPasswordOfTheProvidersGrantInTheEnginesShape() {
        String wrong = "wrong-" + UUID.randomUUID();

        Http.Answer grant = passwordGrant(wrong, PROVIDER_SCOPE);

        assertEquals(400, grant.status(), grant.body());
        assertEquals("access_denied", grant.json().getString("error_code"));
        assertFalse(grant.json().getString("error").isBlank());
        assertFalse(grant.body().contains(wrong), grant.body());
    }

    @Test
    void shouldMakeATokenInactiveAndRefuseItOnTheApiOnceLoggedOutWithItsBearerHeader() {
        String token = providerToken();
        assertTrue(tokenInfo(basic(CLIENT, SECRET), token).json().getBoolean("active"));

        Http.Answer out = logout(HttpRequest.newBuilder().header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("scope=ovirt-app-api")));

        assertEquals(200, out.status(), out.body());
        assertEquals("{}", out.body());
        Http.Answer info = tokenInfo(basic(CLIENT, SECRET), token);
        assertEquals(200, info.status(), info.body());
        assertEquals("{\"active\":false}", info.body());
        assertEquals(401, apiStatus(token));
    }

    @Test
    void shouldRefuseALogoutThatNamesNoToken() {
        Http.Answer out = logout(HttpRequest.newBuilder()
                .POST(HttpRequest.BodyPublishers.ofString("scope=ovirt-app-api")));

        assertEquals(400, out.status(), out.body());
        assertEquals("invalid_request", out.json().getString("error_code"));
        assertTrue(out.json().getString("error").contains("token"), out.body());
    }

    @Test
    void shouldMakeATokenInactiveOnceItHasExpired() throws Exception {
        assertTrue(tokenInfo(basic(CLIENT, SECRET), providerToken()).json().getBoolean("active"));
        String token;
        long exp;
        setLifetime("5");
        try {
            Http.Answer grant = passwordGrant(Http.adminPassword(), PROVIDER_SCOPE);
            token = grant.json().getString("access_token");
            exp = Long.parseLong(grant.json().getString("exp"));
        } finally {
            setLifetime(null);
        }
        assertTrue(exp <= System.currentTimeMillis() + 6_000, "the short lifetime applied: " + exp);
        assertTrue(tokenInfo(basic(CLIENT, SECRET), token).json().getBoolean("active"), "active before it expires");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Answer info = tokenInfo(basic(CLIENT, SECRET), token);
        while (info.json().getBoolean("active")) {
            assertTrue(System.nanoTime() < deadline, "still active a minute after its exp: " + info.body());
            Thread.sleep(500);
            info = tokenInfo(basic(CLIENT, SECRET), token);
        }

        assertTrue(System.currentTimeMillis() >= exp, "inactive only after exp");
        assertEquals("{\"active\":false}", info.body());
        assertEquals(401, apiStatus(token));
    }

    @Test
    void shouldWriteNoSecretOfTheFlowIntoTheServerLog() throws IOException {
        String token = providerToken();
        tokenInfo(basic(CLIENT, SECRET), token);
        tokenInfo(basic(CLIENT, "wrong-" + SECRET), token);
        logout(HttpRequest.newBuilder().header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertFalse(ServerLog.contains(SECRET), "the client secret");
        assertFalse(ServerLog.contains(token), "the token");
        assertFalse(ServerLog.contains(Http.adminPassword()), "the admin password");
        String file = Files.readString(Path.of(System.getProperty("osn.it.data.dir", "target/it-data"),
                "sso-clients.properties"));
        assertFalse(file.contains(SECRET), "the clients file holds only hashes");
    }

    /** Sets (or, with {@code null}, removes) the server's token lifetime, a system property read at each issue. */
    private void setLifetime(String seconds) throws IOException {
        ModelNode operation = new ModelNode();
        operation.get("address").add("system-property", LIFETIME);
        operation.get("operation").set(seconds == null ? "remove" : "add");
        if (seconds != null) {
            operation.get("value").set(seconds);
        }
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }
}
