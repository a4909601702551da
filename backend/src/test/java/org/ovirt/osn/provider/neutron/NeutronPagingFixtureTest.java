package org.ovirt.osn.provider.neutron;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/**
 * Paging and capability detection against a local Neutron look-alike whose pages can be cut, capped and disturbed in
 * ways the real one does only by chance: a full last page with a {@code next} link, a server-side cap on
 * {@code limit}, links to a host this engine cannot reach, markers deleted between pages, and garbage.
 */
class NeutronPagingFixtureTest {

    private static final String JSON = "application/json";
    private static final int PAGE_SIZE = 3;
    private static final int LIMIT = 4096;

    private static NeutronClientHolder clients;
    private FixtureServer server;
    private NetworkProvider provider;
    private NetworkProviderProxy proxy;
    /** The networks the look-alike holds, in id order. */
    private final List<String> ids = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile int cap = Integer.MAX_VALUE;
    private volatile boolean restartOnUnknownMarker;

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.read.timeout", "5",
                NeutronClientHolder.PAGE_SIZE, String.valueOf(PAGE_SIZE),
                NeutronClientHolder.MAX_RESPONSE_BYTES, String.valueOf(LIMIT)));
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @BeforeEach
    void startServer() {
        server = FixtureServer.http()
                .on("GET /v2.0/extensions", 200, JSON, fixture("neutron-extensions.json"))
                .on("GET /v2.0/networks", this::page);
        provider = TestProviders.provider(NetworkProviderType.NEUTRON, server.url()).build();
        proxy = new NeutronNetworkProviderProxyFactory(clients).create(provider);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private void networks(int count) {
        IntStream.rangeClosed(1, count).forEach(i -> ids.add(String.format("%08d-0000-4000-8000-000000000000", i)));
    }

    /** Neutron's paging: id order, a next link on every full page, the applied limit in the links. */
    private void page(HttpExchange exchange, FixtureServer.Received request) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        queries.add(query == null ? "" : query);
        Map<String, String> parameters = query == null ? Map.of() : java.util.Arrays.stream(query.split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        int limit = Math.min(Integer.parseInt(parameters.getOrDefault("limit", "0")), cap);
        if (limit <= 0) {
            limit = Integer.MAX_VALUE;
        }
        String marker = parameters.get("marker");
        int from = 0;
        if (marker != null) {
            int at = ids.indexOf(marker);
            if (at < 0 && !restartOnUnknownMarker) {
                respond(exchange, 404, JSON, fixture("neutron-error-404-network-not-found.json"));
                return;
            }
            from = at + 1;
        }
        List<String> page = ids.subList(Math.min(from, ids.size()), (int) Math.min((long) from + limit, ids.size()));
        StringBuilder body = new StringBuilder("{\"networks\": [");
        body.append(page.stream().map(id -> "{\"id\": \"" + id + "\", \"name\": \"n-" + id.substring(0, 8)
                + "\", \"status\": \"ACTIVE\"}").collect(Collectors.joining(", ")));
        body.append("], \"networks_links\": [");
        if (!page.isEmpty() && page.size() == limit) {
            body.append("{\"rel\": \"next\", \"href\": \"http://neutron.internal:9696/v2.0/networks?limit=")
                    .append(limit).append("&marker=").append(page.get(page.size() - 1)).append("\"}");
        }
        body.append("]}");
        respond(exchange, 200, JSON, body.toString());
    }

    private List<String> listedIds() {
        return proxy.listNetworks().map(ProviderNetwork::externalId).toList();
    }

    @Test
    void shouldStopOnTheEmptyPageAfterAFullLastPageThatStillHasANextLink() {
        networks(6);

        List<String> listed = listedIds();

        assertAll(
                () -> assertEquals(ids, listed),
                () -> assertEquals(List.of("limit=3", "limit=3&marker=" + ids.get(2), "limit=3&marker=" + ids.get(5)),
                        queries, "the third page is empty and ends it"));
    }

    @Test
    void shouldStopOnAShortPageWithoutAskingForAnother() {
        networks(7);

        assertEquals(ids, listedIds());
        assertEquals(3, queries.size());
    }

    @Test
    void shouldKeepPagingWhenTheProviderCapsTheLimitBelowOurs() {
        cap = 2;
        networks(7);

        List<String> listed = listedIds();

        assertAll(
                () -> assertEquals(ids, listed, "a capped page of 2 is not a short page of 3"),
                () -> assertEquals(4, queries.size(), queries.toString()));
    }

    @Test
    void shouldTakeTheMarkerOfTheNextLinkButCallTheConfiguredUrl() {
        networks(4);

        assertEquals(ids, listedIds());
        assertEquals(2, server.count("GET", "/v2.0/networks"), "neutron.internal was never called");
    }

    @Test
    void shouldResumeFromAnEarlierItemWhenTheMarkerWasDeleted() {
        networks(8);
        Iterator<ProviderNetwork> networks = proxy.listNetworks().iterator();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < PAGE_SIZE; i++) {
            listed.add(networks.next().externalId());
        }
        List<String> expected = new ArrayList<>(ids);
        ids.remove(listed.get(2));
        expected.remove(listed.get(2));
        expected.removeAll(listed);

        networks.forEachRemaining(n -> listed.add(n.externalId()));

        assertEquals(ids.size() + 1, listed.size(), listed.toString());
        assertEquals(expected, listed.subList(PAGE_SIZE, listed.size()));
        assertTrue(queries.contains("limit=3&marker=" + listed.get(1)), queries.toString());
    }

    @Test
    void shouldRecogniseAProviderThatStartsOverWhenItsMarkerIsGone() {
        restartOnUnknownMarker = true;
        networks(8);
        Iterator<ProviderNetwork> networks = proxy.listNetworks().iterator();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 2 * PAGE_SIZE; i++) {
            listed.add(networks.next().externalId());
        }
        ids.remove(listed.get(listed.size() - 1));

        networks.forEachRemaining(n -> listed.add(n.externalId()));

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), listed.stream().map(id -> Integer.parseInt(id.substring(0, 8)))
                .toList());
        assertTrue(queries.contains("limit=3&marker=" + listed.get(4)), "resumed after the item before: " + queries);
    }

    @Test
    void shouldStartOverAndSkipWhatWasListedWhenTheWholePageBeforeWasDeleted() {
        restartOnUnknownMarker = true;
        networks(8);
        Iterator<ProviderNetwork> networks = proxy.listNetworks().iterator();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < PAGE_SIZE; i++) {
            listed.add(networks.next().externalId());
        }
        ids.removeAll(listed);

        networks.forEachRemaining(n -> listed.add(n.externalId()));

        assertEquals(8, listed.size(), listed.toString());
        assertEquals(8, listed.stream().distinct().count());
    }

    /**
     * Starting over after the last page was deleted under the walk passes again over pages listed long before; none
     * of them may come out a second time (a discovery during a mass deletion on the provider once listed some networks
     * dozens of times).
     */
    @Test
    void shouldHandOutNothingTwiceWhenItStartsOverBehindSeveralListedPages() {
        restartOnUnknownMarker = true;
        networks(4 * PAGE_SIZE);
        Iterator<ProviderNetwork> networks = proxy.listNetworks().iterator();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 3 * PAGE_SIZE; i++) {
            listed.add(networks.next().externalId());
        }
        ids.removeAll(listed.subList(2 * PAGE_SIZE, 3 * PAGE_SIZE));

        networks.forEachRemaining(n -> listed.add(n.externalId()));

        assertEquals(listed.stream().distinct().toList(), listed);
        assertEquals(4 * PAGE_SIZE, listed.size(), listed.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<html><body>maintenance</body></html>",
            "{\"networks\": {\"id\": \"x\"}}",
            "{\"networks\": [null]}",
            "{\"subnets\": []}",
            "{\"networks\": []} trailing"})
    void shouldReportABadResponseWhenAPageIsNotANetworkList(String garbage) {
        server.on("GET /v2.0/networks", 200, JSON, garbage);

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.listNetworks().count());

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code(), e.describe());
    }

    @Test
    void shouldReportABadResponseWhenAPageIsLargerThanTheLimit() {
        server.on("GET /v2.0/networks", 200, JSON, "{\"networks\": [" + "{\"id\": \"x\"},".repeat(LIMIT / 10)
                + "{\"id\": \"y\"}]}");

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.listNetworks().count());

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code());
        assertTrue(e.getMessage().contains("larger than " + LIMIT), e.getMessage());
    }

    @Test
    void shouldFailOnTheCallNotOnTheStreamWhenTheFirstPageFails() {
        server.on("GET /v2.0/networks", 503, "text/plain", "Service Unavailable");

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.listNetworks());

        assertEquals(ProviderErrorCode.PROVIDER_ERROR, e.code());
    }

    @Test
    void shouldDetectCapabilitiesOnceForEightThreadsAndProxiesOfTheSameProvider() throws Exception {
        server.on("GET /v2.0/extensions", (exchange, request) -> {
            sleep(300);
            respond(exchange, 200, JSON, fixture("neutron-extensions.json"));
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ProviderCapabilities>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> {
                    go.await();
                    return new NeutronNetworkProviderProxyFactory(clients).create(provider).capabilities();
                }));
            }
            go.countDown();
            for (Future<ProviderCapabilities> result : results) {
                assertEquals(new ProviderCapabilities(true, true, true, true, true), result.get(10, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(1, server.count("GET", "/v2.0/extensions"));
    }

    @Test
    void shouldDetectAgainWhenTheProviderCouldNotBeAskedTheFirstTime() {
        server.on("GET /v2.0/extensions", 503, "text/plain", "Service Unavailable");
        ProviderException e = assertThrows(ProviderException.class, () -> proxy.capabilities());
        server.on("GET /v2.0/extensions", 200, JSON, fixture("neutron-extensions.json"));

        ProviderCapabilities detected = proxy.capabilities();

        assertAll(
                () -> assertEquals(503, e.httpStatus()),
                () -> assertEquals(new ProviderCapabilities(true, true, true, true, true), detected),
                () -> assertEquals(2, server.count("GET", "/v2.0/extensions")));
    }

    @Test
    void shouldDetectAgainForTheSameProviderAtAnotherUrl() {
        proxy.capabilities();
        FixtureServer other = FixtureServer.http().on("GET /v2.0/extensions", 200, JSON,
                fixture("ovn-extensions.json"));
        try {
            NetworkProvider moved = TestProviders.provider(NetworkProviderType.NEUTRON, other.url())
                    .id(provider.id()).build();

            ProviderCapabilities atNewUrl = new NeutronNetworkProviderProxyFactory(clients).create(moved)
                    .capabilities();

            assertEquals(ProviderCapabilities.BASIC, atNewUrl);
        } finally {
            other.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
