package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/** https providers: JVM trust plus the module's trust store file, host names checked, Keystone included. */
class NeutronTlsTest {

    private static final String JSON = "application/json";

    @TempDir
    static Path certificates;
    private static TestCertificates provider;
    private static TestCertificates wrongName;

    @TempDir
    Path dir;
    private Path trustStore;
    private FixtureServer server;
    private NeutronClientHolder clients;

    @BeforeAll
    static void makeCertificates() throws Exception {
        // two keytool runs side by side: each is a JVM start
        CompletableFuture<TestCertificates> other = CompletableFuture.supplyAsync(() -> {
            try {
                return TestCertificates.selfSigned(certificates, "elsewhere", "dns:provider.example");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        provider = TestCertificates.selfSigned(certificates, "provider", "ip:127.0.0.1,dns:localhost");
        wrongName = other.get(60, TimeUnit.SECONDS);
    }

    @BeforeEach
    void setUp() {
        trustStore = dir.resolve("provider-truststore.p12");
    }

    @AfterEach
    void tearDown() {
        if (clients != null) {
            clients.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void serve(TestCertificates certificate) throws GeneralSecurityException {
        server = FixtureServer.https(certificate.serverContext())
                .on("GET /v2.0/", 200, JSON, fixture("neutron-api-root.json"))
                .on("POST /v3/auth/tokens", (exchange, request) -> respond(exchange, 201, JSON,
                        fixture("keystone-v3-token.json").replace("${expires_at}", "2099-01-01T00:00:00.000000Z"),
                        Map.of("X-Subject-Token", "tls-token")));
    }

    private void useTrustStore(String password) {
        clients = new NeutronClientHolder(TestProviders.config(
                NeutronClientHolder.TRUSTSTORE, trustStore.toString(),
                NeutronClientHolder.TRUSTSTORE_PASSWORD, password));
    }

    private void testConnection(NetworkProvider config) {
        new NeutronNetworkProviderProxyFactory(clients).create(config).testConnection();
    }

    private NetworkProvider unauthenticated() {
        return TestProviders.provider(NetworkProviderType.NEUTRON, server.url()).build();
    }

    @Test
    void shouldReportTlsWhenTheCertificateIsNotTrusted() throws Exception {
        serve(provider);
        useTrustStore("changeit");

        ProviderException e = assertThrows(ProviderException.class, () -> testConnection(unauthenticated()));

        assertEquals(ProviderErrorCode.TLS, e.code());
        assertEquals("GET " + server.url() + "/v2.0/", e.request());
        assertTrue(e.getMessage().startsWith("TLS with the provider failed: "), e.getMessage());
        assertTrue(e.getMessage().contains("add that CA certificate to the trust store ("
                + NeutronClientHolder.TRUSTSTORE + ")"), e.getMessage());
    }

    @Test
    void shouldConnectWhenTheCertificateIsInTheTrustStore() throws Exception {
        serve(provider);
        provider.writeTrustStore(trustStore, "store-pass".toCharArray());
        useTrustStore("store-pass");

        assertDoesNotThrow(() -> testConnection(unauthenticated()));
    }

    @Test
    void shouldUseTheTrustStoreOfTheDataDirectoryWhenNoneIsConfigured() throws Exception {
        serve(provider);
        provider.writeTrustStore(dir.resolve(NeutronClientHolder.DEFAULT_TRUSTSTORE_FILE), "changeit".toCharArray());
        clients = new NeutronClientHolder(TestProviders.config("osn.data.dir", dir.toString()));

        assertDoesNotThrow(() -> testConnection(unauthenticated()));
    }

    @Test
    void shouldTrustACertificateImportedIntoTheTrustStoreWithoutARestart() throws Exception {
        serve(provider);
        useTrustStore("changeit");
        assertThrows(ProviderException.class, () -> testConnection(unauthenticated()));

        provider.writeTrustStore(trustStore, "changeit".toCharArray());

        assertDoesNotThrow(() -> testConnection(unauthenticated()));
    }

    @Test
    void shouldReportTlsWhenTheTrustedCertificateNamesAnotherHost() throws Exception {
        serve(wrongName);
        wrongName.writeTrustStore(trustStore, "changeit".toCharArray());
        useTrustStore("changeit");

        ProviderException e = assertThrows(ProviderException.class, () -> testConnection(unauthenticated()));

        assertEquals(ProviderErrorCode.TLS, e.code());
        assertTrue(e.getMessage().contains("<127.0.0.1> doesn't match"), e.getMessage());
        assertTrue(e.getMessage().endsWith("The certificate does not name the host of the URL; use a host name the"
                + " certificate names."), e.getMessage());
    }

    @Test
    void shouldFallBackToTheJvmTrustWhenTheTrustStorePasswordIsWrong() throws Exception {
        serve(provider);
        provider.writeTrustStore(trustStore, "changeit".toCharArray());
        useTrustStore("not-the-password");

        ProviderException e = assertThrows(ProviderException.class, () -> testConnection(unauthenticated()));

        assertEquals(ProviderErrorCode.TLS, e.code());
        assertTrue(Files.exists(trustStore));
    }

    @Test
    void shouldApplyTheSameTrustToKeystone() throws Exception {
        serve(provider);
        useTrustStore("changeit");
        NetworkProvider withKeystone = TestProviders.provider(NetworkProviderType.NEUTRON, server.url())
                .keystone(server.url() + "/v3", "ovirt", TestProviders.PASSWORD).project("service", null).build();

        ProviderException untrusted = assertThrows(ProviderException.class, () -> testConnection(withKeystone));
        provider.writeTrustStore(trustStore, "changeit".toCharArray());

        assertEquals(ProviderErrorCode.TLS, untrusted.code());
        assertEquals("POST " + server.url() + "/v3/auth/tokens?nocatalog", untrusted.request());
        assertTrue(untrusted.getMessage().contains("TLS with Keystone failed"), untrusted.getMessage());
        assertDoesNotThrow(() -> testConnection(withKeystone));
        assertEquals("tls-token", server.received().get(server.received().size() - 1).header("X-Auth-Token"));
    }

    @Test
    void shouldReportTlsWhenAnHttpsUrlPointsAtAPlainHttpPort() throws Exception {
        clients = new NeutronClientHolder(TestProviders.config());
        // a plain HTTP server answers the TLS hello with a 400 page, as Neutron's eventlet does
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> answer = CompletableFuture.runAsync(() -> {
                try (Socket socket = plain.accept()) {
                    socket.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            NetworkProvider https = TestProviders.provider(NetworkProviderType.NEUTRON,
                    "https://127.0.0.1:" + plain.getLocalPort()).build();

            ProviderException e = assertThrows(ProviderException.class, () -> testConnection(https));

            answer.get(10, TimeUnit.SECONDS);
            assertEquals(ProviderErrorCode.TLS, e.code());
            assertTrue(e.getMessage().endsWith("Does it speak https on that port?"), e.getMessage());
        }
    }

    @Test
    void shouldNotNeedATrustStoreForPlainHttp() {
        server = FixtureServer.http().on("GET /v2.0/", 200, JSON, fixture("neutron-api-root.json"));
        clients = new NeutronClientHolder(TestProviders.config());

        assertDoesNotThrow(() -> testConnection(unauthenticated()));
    }

    @Test
    void shouldNotTrustARemovedCertificateOnTheNextCallWhenAPooledConnectionWasMadeUnderIt() throws Exception {
        serve(provider);
        useTrustStore("changeit");
        ProviderTrustStoreFile store = new ProviderTrustStoreFile(trustStore, "changeit".toCharArray(),
                java.time.Clock.systemUTC());
        store.add(java.util.List.of(provider.certificate()));
        testConnection(unauthenticated());
        testConnection(unauthenticated());
        // both calls went over one kept-alive connection, which the pool now holds idle
        assertEquals(1, server.received().stream().mapToInt(FixtureServer.Received::remotePort).distinct().count());

        assertTrue(store.remove(store.list().get(0).alias()));

        ProviderException e = assertThrows(ProviderException.class, () -> testConnection(unauthenticated()));
        assertEquals(ProviderErrorCode.TLS, e.code());
        // an emptied store is no store: the untrusted-CA advice, not an "unexpected error" of no trust anchors
        assertTrue(e.getMessage().contains("add that CA certificate to the trust store"), e.getMessage());
    }
}
