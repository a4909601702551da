package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against the real Neutron and Keystone of {@code scripts/neutron.sh} (noauth on 9696, keystone mode on 9697, Keystone
 * on 5000). These fail, never skip, when that Neutron is not running: start it with
 * {@code NEUTRON_AUTH=noauth scripts/neutron.sh start} and {@code NEUTRON_AUTH=keystone scripts/neutron.sh start}.
 * URLs and credentials come from the system properties {@code osn.test.*}.
 */
class NeutronRealProviderTest {

    private static final String NOAUTH_URL = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");
    private static final String KEYSTONE_NEUTRON_URL =
            System.getProperty("osn.test.keystone.neutron.url", "http://127.0.0.1:9697");
    private static final String KEYSTONE_URL =
            System.getProperty("osn.test.keystone.url", "http://127.0.0.1:5000/v3");
    private static final String USER = System.getProperty("osn.test.keystone.user", "ovirt");
    private static final String PASSWORD = System.getProperty("osn.test.keystone.password", "ovirt-secret");
    private static final String PROJECT = System.getProperty("osn.test.keystone.project", "service");
    private static final String NOT_RUNNING = " Is the Neutron of scripts/neutron.sh running?";

    private static NeutronClientHolder clients;
    private static NeutronNetworkProviderProxyFactory factory;

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config(
                "osn.provider.connect.timeout", "5", "osn.provider.read.timeout", "30"));
        factory = new NeutronNetworkProviderProxyFactory(clients);
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static NetworkProvider withKeystone(String password) {
        return withKeystone(KEYSTONE_URL, password);
    }

    private static NetworkProvider withKeystone(String keystoneUrl, String password) {
        return TestProviders.provider(NetworkProviderType.NEUTRON, KEYSTONE_NEUTRON_URL)
                .keystone(keystoneUrl, USER, password).project(PROJECT, "Default").build();
    }

    private static void assertConnects(NetworkProviderProxy proxy) {
        try {
            proxy.testConnection();
        } catch (ProviderException e) {
            throw new AssertionError(e.describe() + "." + NOT_RUNNING, e);
        }
    }

    @Test
    void shouldConnectWhenNeutronRunsWithoutAuthentication() {
        assertConnects(factory.create(TestProviders.provider(NetworkProviderType.NEUTRON, NOAUTH_URL).build()));
    }

    @Test
    void shouldConnectWithAKeystoneV3TokenWhenNeutronRequiresOneAndReuseIt() {
        URI keystone = URI.create(KEYSTONE_URL);
        String keystoneServer = keystone.getScheme() + "://" + keystone.getAuthority();
        try (CountingForwarder counted = new CountingForwarder(keystoneServer)) {
            NetworkProviderProxy proxy = factory.create(withKeystone(counted.url() + keystone.getPath(), PASSWORD));
            String tokens = keystone.getPath().replaceAll("/+$", "") + "/auth/tokens";

            assertConnects(proxy);
            assertEquals(1, counted.count("POST", tokens), "one token for the first call: " + counted.forwarded());
            assertConnects(proxy);
            assertEquals(1, counted.count("POST", tokens), "the second call reuses it: " + counted.forwarded());
        }
    }

    @Test
    void shouldReportAuthenticationWithoutThePasswordWhenKeystoneRefusesIt() {
        String wrong = "not-" + PASSWORD;

        ProviderException e = assertThrows(ProviderException.class,
                () -> factory.create(withKeystone(wrong)).testConnection());

        assertAll(
                () -> assertEquals(ProviderErrorCode.AUTHENTICATION, e.code(), e.describe() + NOT_RUNNING),
                () -> assertEquals(401, e.httpStatus()),
                () -> assertTrue(e.getMessage().contains(KEYSTONE_URL.replaceAll("/+$", "")), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("'" + USER + "'"), e.getMessage()),
                () -> assertNotNull(e.requestId(), "Keystone sends x-openstack-request-id"),
                () -> assertFalse(e.describe().contains(wrong), e.describe()),
                () -> assertFalse(String.valueOf(e).contains(wrong)));
    }

    @Test
    void shouldReportAuthenticationWhenAKeystoneModeNeutronGetsNoToken() {
        NetworkProvider noAuth = TestProviders.provider(NetworkProviderType.NEUTRON, KEYSTONE_NEUTRON_URL).build();

        ProviderException e = assertThrows(ProviderException.class, () -> factory.create(noAuth).testConnection());

        assertEquals(ProviderErrorCode.AUTHENTICATION, e.code(), e.describe() + NOT_RUNNING);
        assertEquals(401, e.httpStatus());
        assertEquals("Unauthorized", e.providerErrorType());
    }

    @Test
    void shouldReportARefusedConnectionWhenNothingListensOnThePort() throws IOException {
        try (RefusingPort nobody = new RefusingPort()) {
            NetworkProvider unreachable = TestProviders.provider(NetworkProviderType.NEUTRON, nobody.url("http"))
                    .build();
            long started = System.nanoTime();

            ProviderException e = assertThrows(ProviderException.class,
                    () -> factory.create(unreachable).testConnection());

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(ProviderErrorCode.CONNECTION, e.code(), e.describe());
            // refused by the host, not given up on after the 5 s connect timeout (which would be TIMEOUT)
            assertTrue(causes(e).stream().anyMatch(ConnectException.class::isInstance), "refused: " + causes(e));
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    @Test
    void shouldReportNotFoundWithNeutronTypeAndRequestIdForAnUnknownNetwork() {
        NeutronHttp.Call call = NeutronHttp.Call.get(ProviderUrls.join(NOAUTH_URL,
                "/v2.0/networks/00000000-0000-0000-0000-000000000000", "provider URL"));

        ProviderException e = assertThrows(ProviderException.class,
                () -> clients.http().exchange(call, Void.class,
                        org.ovirt.osn.provider.health.ProviderCallMeter.unattached()));

        assertAll(
                () -> assertEquals(ProviderErrorCode.NOT_FOUND, e.code(), e.describe() + NOT_RUNNING),
                () -> assertEquals("NetworkNotFound", e.providerErrorType()),
                () -> assertTrue(e.requestId() != null && e.requestId().startsWith("req-"), e.describe()),
                () -> assertTrue(e.getMessage().endsWith(
                        "Network 00000000-0000-0000-0000-000000000000 could not be found."), e.getMessage()));
    }
}
