package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/** testConnection and the HTTP wrapper's error mapping, against recorded provider answers on a local server. */
class NeutronProxyFixtureTest {

    private static final String JSON = "application/json";
    private static final String API_ROOT = "GET /v2.0/";
    private static final int LIMIT = 4096;

    private static NeutronClientHolder clients;
    private static NeutronNetworkProviderProxyFactory factory;
    private FixtureServer server;

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config(
                "osn.provider.connect.timeout", "1",
                "osn.provider.read.timeout", "1",
                NeutronClientHolder.MAX_RESPONSE_BYTES, String.valueOf(LIMIT)));
        factory = new NeutronNetworkProviderProxyFactory(clients);
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @BeforeEach
    void startServer() {
        server = FixtureServer.http();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private NetworkProviderProxy proxy(String url) {
        return factory.create(TestProviders.provider(NetworkProviderType.NEUTRON, url).build());
    }

    private ProviderException failure(String url) {
        return assertThrows(ProviderException.class, () -> proxy(url).testConnection());
    }

    @Test
    void shouldSucceedWithoutTokenWhenNeutronListsItsResources() {
        server.on(API_ROOT, 200, JSON, fixture("neutron-api-root.json"));

        proxy(server.url()).testConnection();

        FixtureServer.Received request = server.received().get(0);
        assertEquals("/v2.0/", request.path());
        assertNull(request.header("X-Auth-Token"));
        assertEquals(JSON, request.header("Accept"));
    }

    @Test
    void shouldSucceedWhenOvirtProviderOvnListsItsVersions() {
        server.on(API_ROOT, 200, JSON, fixture("ovn-api-root.json"));

        NetworkProviderProxy proxy = new ExternalNetworkProviderProxyFactory(clients)
                .create(TestProviders.provider(NetworkProviderType.EXTERNAL, server.url()).build());

        assertDoesNotThrow(proxy::testConnection);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//", "/v2.0", "/v2.0/"})
    void shouldCallTheApiRootWhenTheUrlEndsInASlashOrTheVersion(String suffix) {
        server.on(API_ROOT, 200, JSON, fixture("neutron-api-root.json"));

        proxy(server.url() + suffix).testConnection();

        assertEquals("/v2.0/", server.received().get(0).path());
    }

    @Test
    void shouldReuseOneKeptAliveConnectionWhenCallsFollowEachOther() {
        server.on(API_ROOT, 200, JSON, fixture("neutron-api-root.json"));
        NetworkProviderProxy proxy = proxy(server.url());

        for (int i = 0; i < 5; i++) {
            proxy.testConnection();
        }

        assertEquals(1, server.received().stream().mapToInt(FixtureServer.Received::remotePort).distinct().count());
    }

    @Test
    void shouldReportNotANeutronApiWithTypeAndRequestIdWhenTheApiRootAnswers404() {
        server.on(API_ROOT, (exchange, request) -> respond(exchange, 404, JSON,
                fixture("neutron-error-404-network-not-found.json"),
                Map.of("X-Openstack-Request-Id", "req-1234")));

        ProviderException e = failure(server.url());

        assertAll(
                () -> assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code()),
                () -> assertEquals(404, e.httpStatus()),
                () -> assertEquals("GET " + server.url() + "/v2.0/", e.request()),
                () -> assertEquals("NetworkNotFound", e.providerErrorType()),
                () -> assertEquals("req-1234", e.requestId()),
                () -> assertEquals(ProviderErrorCode.NOT_FOUND, ((ProviderException) e.getCause()).code()),
                () -> assertTrue(((ProviderException) e.getCause()).getMessage().contains(
                        "Network 00000000-0000-0000-0000-000000000000 could not be found."), e.getMessage()),
                () -> assertTrue(e.describe().contains("-> HTTP 404 NetworkNotFound, request id req-1234"),
                        e.describe()));
    }

    @Test
    void shouldSayTheUrlIsNoNeutronApiNamingItWhenAnotherHttpServerAnswers404() {
        // any web server that is not Neutron: a plain 404 page for /v2.0/
        server.on(API_ROOT, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code());
        assertEquals("The URL does not lead to a Neutron v2.0 API: GET " + server.url() + "/v2.0/ answered HTTP 404"
                + " (not found), and a Neutron answers its API root; use the URL of the Neutron endpoint itself,"
                + " without /v2.0.", e.getMessage());
    }

    @Test
    void shouldReportConflictWhenNeutronAnswers409() {
        server.on(API_ROOT, 409, JSON, fixture("neutron-error-409-mac-in-use.json"));

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.CONFLICT, e.code());
        assertEquals("MacAddressInUse", e.providerErrorType());
        assertTrue(e.getMessage().contains("The mac address fa:16:3e:00:00:01 is in use."), e.getMessage());
    }

    @Test
    void shouldReadTheErrorBodyOfOvirtProviderOvn() {
        server.on(API_ROOT, 404, JSON, fixture("ovn-error-404.json"));

        // a 404 on the API root is "no Neutron API" to testConnection; the provider's own answer is its cause
        ProviderException e = (ProviderException) failure(server.url()).getCause();

        assertEquals(ProviderErrorCode.NOT_FOUND, e.code());
        assertEquals("Not Found", e.providerErrorType());
        assertTrue(e.getMessage().endsWith(
                ": Incorrect path: /v2.0/networks/0c6b8f3e-0000-4000-8000-000000000000/extra"), e.getMessage());
    }

    @Test
    void shouldReportBadRequestWhenNeutronAnswers400() {
        server.on(API_ROOT, 400, JSON, "{\"NeutronError\": {\"type\": \"HTTPBadRequest\", \"message\":"
                + " \"['foo'] is invalid attribute for filtering\", \"detail\": \"\"}}");

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.BAD_REQUEST, e.code());
        assertEquals("HTTPBadRequest", e.providerErrorType());
    }

    @Test
    void shouldReportAuthenticationWhenNeutronForbidsTheRequest() {
        server.on(API_ROOT, 403, JSON, "{\"NeutronError\": {\"type\": \"PolicyNotAuthorized\", \"message\":"
                + " \"rule:get_network is disallowed by policy\", \"detail\": \"\"}}");

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.AUTHENTICATION, e.code());
        assertEquals(403, e.httpStatus());
    }

    @Test
    void shouldSayAuthenticationIsMissingWhenAProviderWithoutItGets401() {
        server.on(API_ROOT, 401, JSON, fixture("keystone-error-401.json"));

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.AUTHENTICATION, e.code());
        assertEquals(1, server.received().size(), "no retry without a token");
        assertTrue(e.getMessage().contains("none is configured"), e.getMessage());
    }

    @Test
    void shouldReportProviderErrorWithAnExcerptWhenAProxyAnswersHtml502() {
        server.on(API_ROOT, 502, "text/html", fixture("proxy-502.html"));

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.PROVIDER_ERROR, e.code());
        assertEquals(502, e.httpStatus());
        assertNull(e.providerErrorType());
        assertTrue(e.getMessage().endsWith(": 502 Bad Gateway 502 Bad Gateway nginx/1.22.1"), e.getMessage());
    }

    @Test
    void shouldReportProviderErrorWhenNeutronAnswers503WithoutBody() {
        server.on(API_ROOT, 503, null, null);

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.PROVIDER_ERROR, e.code());
        assertEquals("The provider failed with HTTP 503", e.getMessage());
    }

    @Test
    void shouldReportBadResponseWhenTheAnswerIsNotJson() {
        server.on(API_ROOT, 200, "text/plain", "Welcome to nginx!\u0000\u0001 garbage");

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code());
        assertEquals(200, e.httpStatus());
        assertTrue(e.getMessage().startsWith("The provider does not answer as a Neutron v2.0 API: The answer is not"
                + " JSON: Welcome to nginx!"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"foo\": 1}", "[{\"resources\": []}]", "{\"resources\": {}}", "\"v2.0\"",
            "{\"resources\": []} trailing"})
    void shouldReportBadResponseWhenTheJsonIsNotANeutronApiRoot(String body) {
        server.on(API_ROOT, 200, JSON, body);

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code());
        assertTrue(e.getMessage().startsWith("The provider does not answer as a Neutron v2.0 API"), e.getMessage());
    }

    @Test
    void shouldReportBadResponseWhenTheAnswerIsLargerThanTheLimit() {
        server.on(API_ROOT, 200, JSON, "{\"resources\": [], \"padding\": \"" + "x".repeat(LIMIT) + "\"}");

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code());
        assertTrue(e.getMessage().contains("larger than " + LIMIT + " bytes"), e.getMessage());
    }

    @Test
    void shouldStopReadingWhenAnAnswerWithoutLengthNeverEnds() {
        server.on(API_ROOT, (exchange, request) -> {
            exchange.getResponseHeaders().set("Content-Type", JSON);
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]".repeat(32).getBytes();
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                    out.flush();
                }
            } catch (IOException clientHungUp) {
                exchange.close();
            }
        });

        // were the client to drain the rest before closing, this would never return
        ProviderException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failure(server.url()));

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code());
    }

    @Test
    void shouldReportTimeoutWhenTheProviderAcceptsButNeverAnswers() throws IOException {
        // the kernel completes the handshake for the backlog; nobody ever reads or answers
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();

            ProviderException e = failure("http://127.0.0.1:" + silent.getLocalPort());

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(ProviderErrorCode.TIMEOUT, e.code());
            assertEquals(0, e.httpStatus());
            assertTrue(e.getMessage().startsWith("The provider did not answer within 1 s"), e.getMessage());
            assertTrue(causes(e).stream().anyMatch(t -> t.getClass() == SocketTimeoutException.class),
                    "the read timeout, not a connect timeout or another failure: " + causes(e));
            // it waited for the 1 s read timeout; the upper bound only catches a wait that ignores it
            assertTrue(took.compareTo(Duration.ofMillis(900)) >= 0, "took " + took);
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
        }
    }

    @Test
    void shouldReportTimeoutWithTheStatusWhenTheBodyStallsHalfWay() {
        server.on(API_ROOT, (exchange, request) -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"resources\": [".getBytes());
            exchange.getResponseBody().flush();
            pause(Duration.ofSeconds(3));
            exchange.close();
        });

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.TIMEOUT, e.code());
        assertEquals(200, e.httpStatus());
    }

    @Test
    void shouldReportConnectionWhenTheBodyIsCutShort() {
        server.on(API_ROOT, (exchange, request) -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"resources\": [".getBytes());
            exchange.getResponseBody().flush();
            try {
                exchange.close();   // the JDK server drops the connection: fewer bytes than announced
            } catch (RuntimeException expected) {
                // "insufficient bytes written to stream"
            }
        });

        ProviderException e = failure(server.url());

        assertEquals(ProviderErrorCode.CONNECTION, e.code());
        assertEquals(200, e.httpStatus());
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldReportConnectionWhenNothingListensOnThePort() throws IOException {
        try (RefusingPort nobody = new RefusingPort()) {
            ProviderException e = failure(nobody.url("http"));

            assertEquals(ProviderErrorCode.CONNECTION, e.code());
            assertEquals("GET http://127.0.0.1:" + nobody.port() + "/v2.0/", e.request());
            assertTrue(e.getMessage().startsWith("Could not reach the provider: "), e.getMessage());
            assertTrue(causes(e).stream().anyMatch(ConnectException.class::isInstance), "refused: " + causes(e));
        }
    }

    @Test
    void shouldReportConnectionWhenTheHostIsUnknown() {
        ProviderException e = failure("http://no-such-host.invalid:9696");

        assertEquals(ProviderErrorCode.CONNECTION, e.code());
        assertTrue(e.getMessage().startsWith("Unknown host no-such-host.invalid"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1:9696", "127.0.0.1:9696", "http://", "http://bad host:9696", ""})
    void shouldReportConnectionWithoutCallingWhenTheUrlIsNotHttp(String url) {
        ProviderException e = failure(url);

        assertEquals(ProviderErrorCode.CONNECTION, e.code());
        assertTrue(e.getMessage().contains("is not an http or https URL"), e.getMessage());
    }
}
