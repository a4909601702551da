package org.ovirt.osn.restapi.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings that only a server of their own can show taking effect: {@code osn.sso.token.lifetime} (a bearer token
 * stops working after it), {@code osn.login.max.failures} and {@code osn.login.lock.seconds} (wrong passwords lock
 * even the admin, for that long only) and {@code osn.provider.pool.size} (no more calls to one provider at a time than the pool
 * holds). Runs its own server next to the Arquillian one, one port offset above {@link PortReleaseAcrossRestartIT}'s.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SettingsTakeEffectIT {

    private static final int PORT_OFFSET = Integer.getInteger("it.restart.port.offset", 700) + 1;
    private static final String PASSWORD = "settings-" + Long.toHexString(System.nanoTime());
    private static final int TOKEN_LIFETIME_SECONDS = 3;
    private static final int POOL_SIZE = 2;
    private static final int MAX_FAILURES = 3;
    private static final int LOCK_SECONDS = 3;

    private static StandaloneServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "settings-");
        server = new StandaloneServerProcess(folder, PORT_OFFSET, PASSWORD, List.of(
                "-Dosn.sso.token.lifetime=" + TOKEN_LIFETIME_SECONDS, "-Dosn.provider.pool.size=" + POOL_SIZE,
                "-Dosn.login.max.failures=" + MAX_FAILURES, "-Dosn.login.lock.seconds=" + LOCK_SECONDS,
                "-Dosn.sync.interval.seconds=0", "-Dosn.port.reconcile.interval.seconds=0"));
        server.start();
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api" + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", Http.XML);
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                ("admin@internal:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldRefuseABearerTokenOnceItsLifetimeIsOver() throws Exception {
        String form = "grant_type=password&scope=ovirt-app-api&username=admin%40internal&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        long loggedIn = System.nanoTime();
        Http.Answer login = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sso/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", Http.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, login.status(), login.body());
        String token = login.json().getString("access_token");
        HttpRequest.Builder withToken = api("").header("Authorization", "Bearer " + token).GET();

        assertEquals(200, Http.send(withToken).status(), "the token works while it lives");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        while ((status = Http.send(withToken).status()) == 200) {
            assertTrue(System.nanoTime() < deadline, "the token still works 60 s after a lifetime of "
                    + TOKEN_LIFETIME_SECONDS + " s");
            TimeUnit.MILLISECONDS.sleep(250);
        }
        long livedMillis = (System.nanoTime() - loggedIn) / 1_000_000;

        assertEquals(401, status);
        assertTrue(livedMillis >= TOKEN_LIFETIME_SECONDS * 1000L - 50, "refused before its lifetime was over: "
                + livedMillis + " ms");
        assertEquals(200, Http.send(basic(api("")).GET()).status(), "the server itself still answers");
    }

    private static Http.Answer login(String password) {
        String form = "grant_type=password&scope=ovirt-app-api&username=admin%40internal&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sso/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", Http.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    @Test
    void shouldLockTheAdminForTheLockTimeOnlyAfterWrongPasswordsAndAuditIt() throws Exception {
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertEquals(400, login("wrong-" + i).status());
        }
        long locked = System.nanoTime();

        Http.Answer refused = login(PASSWORD);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getString("error").contains("locked"), refused.body());
        assertEquals(401, Http.send(basic(api("")).GET()).status(), "Basic is locked too");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        while ((status = Http.send(basic(api("")).GET()).status()) == 401) {
            assertTrue(System.nanoTime() < deadline, "still locked 60 s after a lock of " + LOCK_SECONDS + " s");
            TimeUnit.MILLISECONDS.sleep(250);
        }
        long lockedMillis = (System.nanoTime() - locked) / 1_000_000;
        assertEquals(200, status);
        assertTrue(lockedMillis >= LOCK_SECONDS * 1000L - 50, "unlocked after " + lockedMillis + " ms");
        assertEquals(200, login(PASSWORD).status());
        Http.Answer events = Http.send(basic(api("/events")).GET());
        assertEquals("1", events.xpath("count(/events/event[code=9360 and contains(description, "
                + "'admin@internal')])"), events.body());
    }

    @Test
    void shouldCallOneProviderOnNoMoreConnectionsAtATimeThanThePoolHolds() throws Exception {
        int callers = 6;
        try (HeldNeutron neutron = new HeldNeutron()) {
            Http.Answer added = Http.send(basic(api("/openstacknetworkproviders")).header("Content-Type", Http.XML)
                    .POST(HttpRequest.BodyPublishers.ofString("<openstack_network_provider><name>pool</name><type>"
                            + "neutron</type><url>" + neutron.url() + "</url><requires_authentication>false"
                            + "</requires_authentication></openstack_network_provider>")));
            assertEquals(201, added.status(), added.body());
            String networks = "/openstacknetworkproviders/" + added.xpath("/openstack_network_provider/@id")
                    + "/networks";
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                List<Future<Http.Answer>> answers = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    answers.add(pool.submit(() -> Http.send(basic(api(networks)).GET())));
                }
                // each listing is held by the provider until the test lets one go, and only once the pool is full
                // again: had the pool room for more, more would be waiting by then
                for (int released = 0; released < callers; released++) {
                    neutron.awaitWaiting(Math.min(POOL_SIZE, callers - released));
                    neutron.releaseOne();
                }
                for (Future<Http.Answer> answer : answers) {
                    assertEquals(200, answer.get(120, TimeUnit.SECONDS).status());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(callers, neutron.served(), "every listing reached the provider");
            assertEquals(POOL_SIZE, neutron.mostAtOnce(), "the pool size bounds the calls in flight");
        }
    }

    /**
     * A Neutron without paging whose network listings wait until the test releases them one by one, counting how many
     * wait at once.
     */
    private static final class HeldNeutron implements AutoCloseable {

        private final HttpServer http;
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final Semaphore releases = new Semaphore(0);
        private final AtomicInteger waiting = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicInteger served = new AtomicInteger();

        HeldNeutron() throws IOException {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", this::handle);
            http.setExecutor(executor);
            http.start();
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.endsWith("/v2.0/networks")) {
                    int now = waiting.incrementAndGet();
                    mostAtOnce.accumulateAndGet(now, Math::max);
                    try {
                        if (!releases.tryAcquire(90, TimeUnit.SECONDS)) {
                            throw new IOException("not released within 90 s");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } finally {
                        waiting.decrementAndGet();
                    }
                    served.incrementAndGet();
                    answer(exchange, 200, "{\"networks\":[]}");
                } else if (path.endsWith("/v2.0/extensions")) {
                    answer(exchange, 200, "{\"extensions\":[]}");
                } else {
                    answer(exchange, 404, "{\"NeutronError\":{\"type\":\"HTTPNotFound\",\"message\":\"no\"}}");
                }
            }
        }

        void awaitWaiting(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (waiting.get() < count) {
                assertTrue(System.nanoTime() < deadline, "only " + waiting.get() + " listings reached the provider, "
                        + "expected " + count);
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }

        void releaseOne() {
            releases.release();
        }

        int mostAtOnce() {
            return mostAtOnce.get();
        }

        int served() {
            return served.get();
        }

        private static void answer(HttpExchange exchange, int status, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            http.stop(0);
            executor.shutdownNow();
        }
    }
}
