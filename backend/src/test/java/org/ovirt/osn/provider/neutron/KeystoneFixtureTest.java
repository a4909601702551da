package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/**
 * Keystone v3 and v2.0 against a local fixture that plays both Keystone and a Neutron validating its tokens: token
 * reuse across threads and proxies, one re-authentication on 401 and no more, refresh before expiry, request bodies.
 */
class KeystoneFixtureTest {

    private static final String JSON = "application/json";
    private static final String TOKENS_V3 = "/v3/auth/tokens";
    private static final String TOKENS_V2 = "/v2.0/tokens";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T12:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private final AtomicInteger issued = new AtomicInteger();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private volatile Duration tokenLifetime = Duration.ofHours(1);
    private volatile long keystoneDelayMillis;
    private FixtureServer server;
    private NeutronClientHolder clients;

    @BeforeEach
    void start() {
        server = FixtureServer.http()
                .on("POST " + TOKENS_V3, this::issueV3Token)
                .on("POST " + TOKENS_V2, this::issueV2Token)
                .on("GET /v2.0/", (exchange, request) -> {
                    if (validTokens.contains(String.valueOf(request.header("X-Auth-Token")))) {
                        respond(exchange, 200, JSON, fixture("neutron-api-root.json"));
                    } else {
                        respond(exchange, 401, JSON, fixture("keystone-error-401.json"),
                                Map.of("WWW-Authenticate", "Keystone uri=\"" + server.url() + "\""));
                    }
                });
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.read.timeout", "5"), clock);
    }

    @AfterEach
    void stop() {
        clients.close();
        server.close();
    }

    private void issueV3Token(com.sun.net.httpserver.HttpExchange exchange, FixtureServer.Received request)
            throws IOException {
        pause();
        JsonNode user = MAPPER.readTree(request.body()).at("/auth/identity/password/user");
        if (!TestProviders.PASSWORD.equals(user.path("password").asText())) {
            respond(exchange, 401, JSON, fixture("keystone-error-401.json"),
                    Map.of("X-Openstack-Request-Id", "req-keystone-1"));
            return;
        }
        String token = "v3-token-" + issued.incrementAndGet();
        validTokens.add(token);
        String body = fixture("keystone-v3-token.json")
                .replace("${expires_at}", now.get().plus(tokenLifetime).toString().replace("Z", ".000000Z"));
        respond(exchange, 201, JSON, body, Map.of("X-Subject-Token", token));
    }

    private void issueV2Token(com.sun.net.httpserver.HttpExchange exchange, FixtureServer.Received request)
            throws IOException {
        pause();
        String token = "v2-token-" + issued.incrementAndGet();
        validTokens.add(token);
        respond(exchange, 200, JSON, fixture("keystone-v2-access.json")
                .replace("${token}", token).replace("${expires}", "null"));
    }

    private void pause() {
        try {
            Thread.sleep(keystoneDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private NetworkProvider v3Provider(String password) {
        return TestProviders.provider(NetworkProviderType.NEUTRON, server.url())
                .keystone(server.url() + "/v3/", "ovirt", password)
                .project("service", null)
                .build();
    }

    private NetworkProviderProxy neutronProxy(NetworkProvider provider) {
        return new NeutronNetworkProviderProxyFactory(clients).create(provider);
    }

    private JsonNode bodyOf(String path) throws IOException {
        return MAPPER.readTree(server.received().stream().filter(r -> r.path().equals(path)).findFirst()
                .orElseThrow().body());
    }

    @Test
    void shouldAskKeystoneOnceWhenEightThreadsShareOneProxy() throws Exception {
        keystoneDelayMillis = 200;
        NetworkProviderProxy proxy = neutronProxy(v3Provider(TestProviders.PASSWORD));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit(() -> {
                    go.await();
                    for (int j = 0; j < 3; j++) {
                        proxy.testConnection();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get(20, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(1, server.count("POST", TOKENS_V3));
        assertEquals(24, server.count("GET", "/v2.0/"));
    }

    @Test
    void shouldShareTheTokenWhenEachOperationCreatesItsOwnProxy() {
        NetworkProvider provider = v3Provider(TestProviders.PASSWORD);

        neutronProxy(provider).testConnection();
        neutronProxy(provider).testConnection();

        assertEquals(1, server.count("POST", TOKENS_V3));
    }

    @Test
    void shouldAskForANewTokenWhenThePasswordOfTheProviderChanged() {
        NetworkProvider provider = v3Provider(TestProviders.PASSWORD);
        neutronProxy(provider).testConnection();

        ProviderException e = assertThrows(ProviderException.class,
                () -> neutronProxy(provider.withPassword("changed")).testConnection());

        assertEquals(ProviderErrorCode.AUTHENTICATION, e.code());
        assertEquals(2, server.count("POST", TOKENS_V3));
    }

    @Test
    void shouldSendAPasswordBodyWithDomainsAndProjectScopeToKeystoneV3() throws IOException {
        neutronProxy(v3Provider(TestProviders.PASSWORD)).testConnection();

        JsonNode auth = bodyOf(TOKENS_V3).get("auth");
        FixtureServer.Received neutronCall = server.received().get(1);
        assertAll(
                () -> assertEquals("[\"password\"]", auth.at("/identity/methods").toString()),
                () -> assertEquals("ovirt", auth.at("/identity/password/user/name").asText()),
                () -> assertEquals("Default", auth.at("/identity/password/user/domain/name").asText()),
                () -> assertEquals("service", auth.at("/scope/project/name").asText()),
                () -> assertEquals("Default", auth.at("/scope/project/domain/name").asText()),
                () -> assertEquals("v3-token-1", neutronCall.header("X-Auth-Token")));
    }

    @Test
    void shouldAskForAnUnscopedV3TokenInTheConfiguredDomainWhenNoProjectIsSet() throws IOException {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.NEUTRON, server.url())
                .keystone(server.url() + "/v3", "ovirt", TestProviders.PASSWORD).userDomain("ldap").build();

        neutronProxy(provider).testConnection();

        JsonNode auth = bodyOf(TOKENS_V3).get("auth");
        assertEquals("ldap", auth.at("/identity/password/user/domain/name").asText());
        assertFalse(auth.has("scope"));
    }

    @Test
    void shouldAuthenticateAgainExactlyOnceWhenNeutronRejectsTheCachedToken() {
        NetworkProviderProxy proxy = neutronProxy(v3Provider(TestProviders.PASSWORD));
        proxy.testConnection();
        validTokens.clear();    // e.g. Keystone restarted, or the token was revoked

        proxy.testConnection();

        assertEquals(2, server.count("POST", TOKENS_V3));
        assertEquals(3, server.count("GET", "/v2.0/"));
        assertEquals("v3-token-2", server.received().get(server.received().size() - 1).header("X-Auth-Token"));
    }

    @Test
    void shouldNotLoopWhenNeutronRejectsTheFreshTokenToo() {
        server.on("GET /v2.0/", 401, JSON, fixture("keystone-error-401.json"));
        NetworkProviderProxy proxy = neutronProxy(v3Provider(TestProviders.PASSWORD));

        ProviderException e = assertThrows(ProviderException.class, proxy::testConnection);

        assertEquals(ProviderErrorCode.AUTHENTICATION, e.code());
        assertEquals(401, e.httpStatus());
        assertEquals(2, server.count("POST", TOKENS_V3));
        assertEquals(2, server.count("GET", "/v2.0/"));
    }

    @Test
    void shouldFetchANewTokenShortlyBeforeTheOldOneExpires() {
        NetworkProviderProxy proxy = neutronProxy(v3Provider(TestProviders.PASSWORD));
        proxy.testConnection();

        now.set(now.get().plus(Duration.ofMinutes(58)));
        proxy.testConnection();
        assertEquals(1, server.count("POST", TOKENS_V3), "still an hour's token, two minutes left");

        now.set(now.get().plus(Duration.ofSeconds(61)));
        proxy.testConnection();
        assertEquals(2, server.count("POST", TOKENS_V3), "less than a minute left");
    }

    @Test
    void shouldNameKeystoneAndUserButNeverThePasswordWhenKeystoneRefusesIt() {
        String wrong = "Wr0ng-Pa55word";
        NetworkProvider provider = v3Provider(wrong);

        ProviderException e = assertThrows(ProviderException.class, () -> neutronProxy(provider).testConnection());

        assertAll(
                () -> assertEquals(ProviderErrorCode.AUTHENTICATION, e.code()),
                () -> assertEquals(401, e.httpStatus()),
                () -> assertEquals("POST " + server.url() + "/v3/auth/tokens?nocatalog", e.request()),
                () -> assertEquals("req-keystone-1", e.requestId()),
                () -> assertEquals("Keystone at " + server.url() + "/v3 refused the credentials of user 'ovirt'"
                        + " (domain Default)", e.getMessage()),
                () -> assertFalse(e.describe().contains(wrong)),
                () -> assertFalse(e.toString().contains(wrong)),
                () -> assertEquals(0, server.count("GET", "/v2.0/")));
    }

    @Test
    void shouldReportBadResponseWhenKeystoneV3AnswersWithoutSubjectToken() {
        server.on("POST " + TOKENS_V3, 201, JSON, fixture("keystone-v3-token.json"));

        ProviderException e = assertThrows(ProviderException.class,
                () -> neutronProxy(v3Provider(TestProviders.PASSWORD)).testConnection());

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code());
        assertTrue(e.getMessage().contains("no X-Subject-Token header"), e.getMessage());
    }

    @Test
    void shouldReportConnectionNamingKeystoneWhenItIsUnreachable() {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.NEUTRON, server.url())
                .keystone("http://127.0.0.1:1/v3", "ovirt", TestProviders.PASSWORD).build();

        ProviderException e = assertThrows(ProviderException.class, () -> neutronProxy(provider).testConnection());

        assertEquals(ProviderErrorCode.CONNECTION, e.code());
        assertTrue(e.getMessage().startsWith("Authenticating user 'ovirt' (domain Default) with Keystone at"
                + " http://127.0.0.1:1/v3 failed: Could not reach Keystone: "), e.getMessage());
    }

    @Test
    void shouldSendATenantScopedV2BodyForAnOpenStackNeutronProvider() throws IOException {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.NEUTRON, server.url())
                .keystone(server.url() + "/v2.0/", "ovirt", TestProviders.PASSWORD).tenant("service").build();

        neutronProxy(provider).testConnection();

        JsonNode auth = bodyOf(TOKENS_V2).get("auth");
        assertEquals("service", auth.path("tenantName").asText());
        assertEquals("ovirt", auth.at("/passwordCredentials/username").asText());
        assertEquals(TestProviders.PASSWORD, auth.at("/passwordCredentials/password").asText());
        assertEquals("v2-token-1", server.received().get(1).header("X-Auth-Token"));
    }

    @Test
    void shouldSendAnUnscopedV2BodyForAnExternalProviderAndKeepATokenWithoutExpiry() throws IOException {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.EXTERNAL, server.url())
                .keystone(server.url() + "/v2.0", "admin@internal", TestProviders.PASSWORD).build();
        NetworkProviderProxy proxy = new ExternalNetworkProviderProxyFactory(clients).create(provider);

        proxy.testConnection();
        now.set(now.get().plus(Duration.ofMinutes(3)));
        proxy.testConnection();

        JsonNode auth = bodyOf(TOKENS_V2).get("auth");
        assertFalse(auth.has("tenantName"));
        assertEquals("admin@internal", auth.at("/passwordCredentials/username").asText());
        assertEquals(1, server.count("POST", TOKENS_V2), "ovirt-provider-ovn sends expires: null");
    }

    @Test
    void shouldRefuseAnUnscopedV2TokenForAnOpenStackNeutronProviderWithoutCallingKeystone() {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.NEUTRON, server.url())
                .keystone(server.url() + "/v2.0", "ovirt", TestProviders.PASSWORD).build();

        ProviderException e = assertThrows(ProviderException.class, () -> neutronProxy(provider).testConnection());

        assertEquals(ProviderErrorCode.AUTHENTICATION, e.code());
        assertTrue(e.getMessage().contains("needs a tenant name"), e.getMessage());
        assertNull(e.request());
        assertTrue(server.received().isEmpty());
    }

    @Test
    void shouldKeepOneTokenSourcePerProviderWhenItsConfigurationChanges() {
        KeystoneTokenCache cache = new KeystoneTokenCache(null, clock);
        NetworkProvider provider = v3Provider(TestProviders.PASSWORD).withId(UUID.randomUUID());

        KeystoneTokenSource first = cache.sourceFor(provider, true);
        KeystoneTokenSource same = cache.sourceFor(provider, true);
        cache.sourceFor(provider.withPassword("changed"), true);
        cache.sourceFor(v3Provider(TestProviders.PASSWORD).withId(UUID.randomUUID()), true);

        assertSame(first, same);
        assertEquals(2, cache.size(), "the stale configuration was dropped, the other provider kept");
    }
}
