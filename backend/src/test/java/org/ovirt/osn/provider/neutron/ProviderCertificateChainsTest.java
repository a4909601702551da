package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;

/** Fetching the chain a TLS endpoint presents: trusted or not, with SNI, and each way it can fail. */
class ProviderCertificateChainsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    static Path certificates;
    private static TestCertificates provider;
    private static X509Certificate providerCertificate;

    private FixtureServer server;

    @BeforeAll
    static void makeCertificate() throws Exception {
        provider = TestCertificates.selfSigned(certificates, "chain-provider", "ip:127.0.0.1,dns:localhost");
        KeyStore keytoolStore = KeyStore.getInstance(certificates.resolve("chain-provider.p12").toFile(),
                TestCertificates.STORE_PASSWORD);
        providerCertificate = (X509Certificate) keytoolStore.getCertificate("chain-provider");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static ProviderException failure(String url) {
        return assertThrows(ProviderException.class, () -> ProviderCertificateChains.fetch(url, TIMEOUT, TIMEOUT));
    }

    @Test
    void shouldFetchThePresentedCertificateWithItsFingerprintWhenNothingTrustsIt() throws Exception {
        server = FixtureServer.https(provider.serverContext()).on("GET /v2.0/", 200, "application/json",
                fixture("neutron-api-root.json"));

        List<ProviderCertificate> chain = ProviderCertificateChains.fetch(server.url() + "/", TIMEOUT, TIMEOUT);

        assertEquals(1, chain.size());
        ProviderCertificate presented = chain.get(0);
        assertEquals(0, presented.index());
        assertEquals("CN=chain-provider", presented.subject());
        assertEquals("CN=chain-provider", presented.issuer());
        assertTrue(presented.selfSigned());
        assertEquals(PemCertificates.sha256Fingerprint(providerCertificate), presented.sha256Fingerprint());
        assertEquals(providerCertificate, PemCertificates.parse(presented.pem()));
        assertEquals(List.of(), server.received(), "only a handshake, no request");
    }

    @Test
    void shouldSendTheHostNameAsSniWhenTheUrlNamesAHost() throws Exception {
        try (SSLServerSocket listener = (SSLServerSocket) provider.serverContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> sni = new CompletableFuture<>();
            SSLParameters parameters = listener.getSSLParameters();
            parameters.setSNIMatchers(List.of(new SNIMatcher(0) {
                @Override
                public boolean matches(SNIServerName name) {
                    sni.complete(((SNIHostName) name).getAsciiName());
                    return true;
                }
            }));
            listener.setSSLParameters(parameters);
            CompletableFuture<Void> handshake = CompletableFuture.runAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) listener.accept()) {
                    accepted.startHandshake();
                    accepted.getInputStream().read();
                } catch (Exception ignored) {
                    // the client hangs up after the handshake
                }
            });

            List<ProviderCertificate> chain = ProviderCertificateChains.fetch(
                    "https://localhost:" + listener.getLocalPort(), TIMEOUT, TIMEOUT);

            handshake.get(10, TimeUnit.SECONDS);
            assertEquals("localhost", sni.get(0, TimeUnit.SECONDS));
            assertEquals("CN=chain-provider", chain.get(0).subject());
        }
    }

    @Test
    void shouldSendNoSniWhenTheHostIsAnAddressOrANameSniCannotCarry() {
        assertEquals(Optional.of(new SNIHostName("neutron.example.com")),
                ProviderCertificateChains.sniFor("neutron.example.com"));
        assertEquals(Optional.empty(), ProviderCertificateChains.sniFor("10.0.0.1"));
        assertEquals(Optional.empty(), ProviderCertificateChains.sniFor("[fd00::1]"));
        assertEquals(Optional.empty(), ProviderCertificateChains.sniFor("my_host"));
        assertEquals(Optional.empty(), ProviderCertificateChains.sniFor("neutron.example.com."));
    }

    @Test
    void shouldRefuseAnHttpUrlAsTlsWithoutConnecting() {
        ProviderException e = failure("http://127.0.0.1:9");

        assertEquals(ProviderErrorCode.TLS, e.code());
        assertEquals("The provider URL 'http://127.0.0.1:9' is not https: the provider is called without TLS, so it"
                + " has no certificate to fetch or trust", e.getMessage());
    }

    @Test
    void shouldRefuseAsConnectionWhenTheUrlIsNotAnHttpsUrlWithAHost() {
        assertEquals(ProviderErrorCode.CONNECTION, failure("ftp://127.0.0.1/").code());
        assertEquals(ProviderErrorCode.CONNECTION, failure("https:///v2.0").code());
        assertEquals(ProviderErrorCode.CONNECTION, failure("https://bad host/").code());
        assertEquals(ProviderErrorCode.CONNECTION, failure(null).code());
    }

    @Test
    void shouldReportTlsWhenThePortSpeaksPlainHttp() throws Exception {
        // a plain HTTP server answers the TLS hello with a 400 page, as Neutron's eventlet does
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> answer = CompletableFuture.runAsync(() -> {
                try (Socket accepted = plain.accept()) {
                    accepted.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            ProviderException e = failure("https://127.0.0.1:" + plain.getLocalPort());

            answer.get(10, TimeUnit.SECONDS);
            assertEquals(ProviderErrorCode.TLS, e.code());
            assertTrue(e.getMessage().startsWith("The provider did not complete a TLS handshake: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("Does it speak https on that port?"), e.getMessage());
            assertEquals("TLS handshake with 127.0.0.1:" + plain.getLocalPort(), e.request());
        }
    }

    @Test
    void shouldReportConnectionWhenNothingListens() throws Exception {
        try (RefusingPort nobody = new RefusingPort()) {
            ProviderException e = failure(nobody.url("https"));

            assertEquals(ProviderErrorCode.CONNECTION, e.code());
            assertTrue(e.getMessage().startsWith("Could not reach the provider: "), e.getMessage());
            assertInstanceOf(ConnectException.class, e.getCause(), "refused, not timed out");
        }
    }

    @Test
    void shouldReportConnectionWhenTheHostIsUnknown() {
        ProviderException e = failure("https://no-such-host.invalid:9696");

        assertEquals(ProviderErrorCode.CONNECTION, e.code());
        assertEquals("Unknown host no-such-host.invalid in the URL of the provider", e.getMessage());
    }

    @Test
    void shouldReportTimeoutWithinTheReadTimeoutWhenTheServerNeverAnswersTheHandshake() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> {
                try (Socket accepted = silent.accept(); InputStream in = accepted.getInputStream()) {
                    in.readAllBytes();
                } catch (Exception ignored) {
                    // the client gives up
                }
            });
            long start = System.nanoTime();

            ProviderException e = failure("https://127.0.0.1:" + silent.getLocalPort());

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ProviderErrorCode.TIMEOUT, e.code());
            assertTrue(e.getMessage().startsWith("The provider did not complete the TLS handshake within 2 s"),
                    e.getMessage());
            // the read timeout fired during the handshake (the connect timeout fails earlier, with its own text)
            assertInstanceOf(SocketTimeoutException.class, e.getCause());
            holding.get(10, TimeUnit.SECONDS);
            // it waited for the timeout; the upper bound only catches a wait that ignores it, on a loaded machine
            assertTrue(millis >= 1_900 && millis < 30_000, "took " + millis + " ms");
        }
    }

    @Test
    void shouldFetchWithTheConfiguredTimeoutsWhenGivenOnlyTheUrl() throws Exception {
        server = FixtureServer.https(provider.serverContext());

        List<ProviderCertificate> chain = ProviderCertificateChains.fetch(server.url());

        assertEquals(PemCertificates.sha256Fingerprint(providerCertificate), chain.get(0).sha256Fingerprint());
    }
}
