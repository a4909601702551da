package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/**
 * {@value NeutronClientHolder#POOL_SIZE} bounds the connections to one provider: with one, a second call waits for the
 * first one's connection (and gives up after the connect timeout, as when connecting), with two it goes at once.
 */
class NeutronClientPoolSizeTest {

    private static final String API_ROOT = "GET /v2.0/";

    private final CountDownLatch firstArrived = new CountDownLatch(1);
    private final CountDownLatch answerFirst = new CountDownLatch(1);
    private FixtureServer server;

    @BeforeEach
    void startServerThatHoldsTheFirstCall() {
        server = FixtureServer.http();
        server.on(API_ROOT, (exchange, request) -> {
            if (firstArrived.getCount() > 0) {
                firstArrived.countDown();
                try {
                    answerFirst.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            respond(exchange, 200, "application/json", fixture("neutron-api-root.json"));
        });
    }

    @AfterEach
    void stopServer() {
        answerFirst.countDown();
        server.close();
    }

    /**
     * The provider may have more calls in flight than the pool has connections ({@code osn.concurrency} above the
     * pool size), so what the second call waits for is the pool's connection, not a permit of the call limit.
     */
    private NetworkProviderProxy proxy(NeutronClientHolder clients) {
        return new NeutronNetworkProviderProxyFactory(clients)
                .create(TestProviders.provider(NetworkProviderType.NEUTRON, server.url())
                        .customProperties(Map.of(ProviderCallLimits.CONCURRENCY, "8")).build());
    }

    private static NeutronClientHolder clients(int poolSize) {
        return new NeutronClientHolder(TestProviders.config(NeutronClientHolder.POOL_SIZE, String.valueOf(poolSize),
                "osn.provider.connect.timeout", "1", "osn.provider.read.timeout", "30"));
    }

    @Test
    void shouldMakeASecondCallWaitForTheOnlyConnectionWhenThePoolHasOne() throws Exception {
        try (NeutronClientHolder clients = clients(1)) {
            NetworkProviderProxy proxy = proxy(clients);
            CompletableFuture<Void> first = CompletableFuture.runAsync(proxy::testConnection);
            assertTrue(firstArrived.await(10, TimeUnit.SECONDS), "the first call never reached the server");

            ProviderException second = assertThrows(ProviderException.class, proxy::testConnection);

            assertEquals(ProviderErrorCode.TIMEOUT, second.code(), second.describe());
            assertTrue(second.getMessage().startsWith("Could not connect to the provider within 1 s"),
                    second.getMessage());
            assertEquals(1, server.received().size(), "the second call never got a connection");
            answerFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldLetASecondCallGoAtOnceWhenThePoolHasTwo() throws Exception {
        try (NeutronClientHolder clients = clients(2)) {
            NetworkProviderProxy proxy = proxy(clients);
            CompletableFuture<Void> first = CompletableFuture.runAsync(proxy::testConnection);
            assertTrue(firstArrived.await(10, TimeUnit.SECONDS), "the first call never reached the server");

            proxy.testConnection();

            assertEquals(2, server.received().size());
            answerFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
        }
    }
}
