package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stalled-provider drill (scripts/drill-provider-faults.sh stall) found the calls of one stalled provider served
 * one after the other behind its capability detection, each waiting a read timeout of its own, while they held the
 * server's request threads. Calls that wait for a detection that fails must fail with it.
 */
class NeutronCapabilityWaitTest {

    private static final int CALLS = 6;

    private NeutronClientHolder clients;
    private FixtureServer silent;
    private final CountDownLatch released = new CountDownLatch(1);

    @BeforeEach
    void start() {
        clients = new NeutronClientHolder(TestProviders.config(
                "osn.provider.connect.timeout", "1", "osn.provider.read.timeout", "1"));
        // accepts and never answers (until the test ends)
        silent = FixtureServer.http().on("GET /v2.0/extensions", (exchange, request) -> {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        released.countDown();
        silent.close();
        clients.close();
    }

    @Test
    void shouldFailEveryCallWaitingForADetectionWithinAboutOneReadTimeoutWhenTheProviderStalls() throws Exception {
        NetworkProviderProxy proxy = new NeutronNetworkProviderProxyFactory(clients)
                .create(TestProviders.provider(NetworkProviderType.NEUTRON, silent.url()).build());
        ExecutorService pool = Executors.newFixedThreadPool(CALLS);
        try {
            long started = System.nanoTime();
            List<Future<ProviderException>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(pool.submit(() -> {
                    try {
                        proxy.capabilities();
                        return null;
                    } catch (ProviderException e) {
                        return e;
                    }
                }));
            }
            for (Future<ProviderException> call : calls) {
                ProviderException failure = call.get(30, TimeUnit.SECONDS);
                assertEquals(ProviderErrorCode.TIMEOUT, failure == null ? null : failure.code());
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            // one after the other, it took CALLS read timeouts (6 s); together, about one
            assertTrue(seconds < 3.5, "the waiting calls took " + seconds + " s");
            assertEquals(1, silent.received().size(), "one detection asked the provider");
        } finally {
            pool.shutdownNow();
        }
    }
}
