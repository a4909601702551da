package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proxy against ovirt-provider-ovn's Keystone v2.0 of its own and its single-threaded server
 * ({@link EmulatedOvirtProviderOvn}): a token it no longer knows is 403, answered with one re-authentication, and a
 * 403 that a fresh token gets too is a refusal that costs no further ones; {@code "expires": null} tokens are kept for
 * {@link KeystoneToken#ASSUMED_LIFETIME}; twenty VMs' worth of calls at once all succeed within its backlog.
 */
class NeutronOvnAuthAndLimitsTest {

    private static final String USER = "admin@internal";

    private final MutableClock clock = new MutableClock();
    private EmulatedOvirtProviderOvn ovn;
    private NeutronClientHolder clients;
    private String network;

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-04T20:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    @BeforeEach
    void start() {
        ovn = EmulatedOvirtProviderOvn.withAuthentication(USER, TestProviders.PASSWORD);
        network = ovn.resources().addNetwork("ovn-net");
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.read.timeout", "10"), clock);
    }

    @AfterEach
    void stop() {
        clients.close();
        ovn.close();
    }

    private NetworkProviderProxy proxy(Map<String, String> customProperties) {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.EXTERNAL, ovn.url())
                .keystone(ovn.keystoneUrl(), USER, TestProviders.PASSWORD).customProperties(customProperties).build();
        return new ExternalNetworkProviderProxyFactory(clients).create(provider);
    }

    @Test
    void shouldAuthenticateAgainOnceWhenTheProviderAnswers403ToAForgottenToken() {
        NetworkProviderProxy proxy = proxy(Map.of());
        proxy.listNetworks().count();
        ovn.resources().forgetTokens();

        long networks = proxy.listNetworks().count();

        assertAll(
                () -> assertEquals(1, networks),
                () -> assertEquals(2, ovn.resources().tokensIssued()),
                () -> assertEquals(1, ovn.resources().forbidden()));
    }

    @Test
    void shouldAuthenticateAgainOnlyOnceForManyConcurrent403s() throws Exception {
        NetworkProviderProxy proxy = proxy(Map.of());
        proxy.listNetworks().count();
        ovn.resources().forgetTokens();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> proxy.listNetworks().count());
            }
            for (Future<Long> result : threads.invokeAll(calls)) {
                assertEquals(1, result.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(2, ovn.resources().tokensIssued(), "one token at first, one after the 403s");
    }

    @Test
    void shouldTakeA403ThatAFreshTokenGetsTooAsARefusalWithoutMoreReauthentication() {
        NetworkProviderProxy proxy = proxy(Map.of());
        proxy.listNetworks().count();
        ovn.resources().forbidEverything(true);

        ProviderException first = assertThrows(ProviderException.class, () -> proxy.listNetworks().count());
        ProviderException second = assertThrows(ProviderException.class, () -> proxy.getPort("p1"));

        assertAll(
                () -> assertEquals(ProviderErrorCode.AUTHENTICATION, first.code()),
                () -> assertEquals(403, first.httpStatus()),
                () -> assertEquals("Forbidden", first.providerErrorType()),
                () -> assertTrue(first.getMessage().endsWith("does not permit this request: Not authorized"),
                        first.getMessage()),
                () -> assertEquals(403, second.httpStatus()),
                () -> assertEquals(2, ovn.resources().tokensIssued(), "one re-authentication, no storm"),
                () -> assertEquals(3, ovn.resources().forbidden()));
    }

    @Test
    void shouldKeepATokenWithoutExpiryForTheAssumedLifetimeOnly() {
        NetworkProviderProxy proxy = proxy(Map.of());
        proxy.listNetworks().count();
        clock.advance(KeystoneToken.ASSUMED_LIFETIME.minus(KeystoneToken.REFRESH_MARGIN).minusSeconds(1));
        proxy.listNetworks().count();
        int beforeItIsDue = ovn.resources().tokensIssued();

        clock.advance(Duration.ofSeconds(2));
        proxy.listNetworks().count();

        assertAll(
                () -> assertEquals(1, beforeItIsDue, "\"expires\": null is no reason to ask for every call"),
                () -> assertEquals(2, ovn.resources().tokensIssued(), "nor to keep it for ever"),
                () -> assertEquals(0, ovn.resources().forbidden()));
    }

    /** What twenty VMs of two vNICs starting at once ask: each looks its ports up and creates them. */
    private List<Callable<List<ProviderPort>>> twentyVmStarts(NetworkProviderProxy proxy) {
        List<Callable<List<ProviderPort>>> starts = new ArrayList<>();
        for (int vm = 0; vm < 20; vm++) {
            List<String> devices = List.of("vm" + vm + "-nic1", "vm" + vm + "-nic2");
            starts.add(() -> {
                proxy.findPorts(PortFilter.byDeviceIds(devices).andDeviceOwner("oVirt")).toList();
                return proxy.createPorts(devices.stream()
                        .map(d -> PortSpec.on(network).withDevice(d, "oVirt")).toList());
            });
        }
        return starts;
    }

    @Test
    void shouldServeTwentyConcurrentVmStartsWithinTheProvidersBacklog() throws Exception {
        NetworkProviderProxy proxy = proxy(Map.of());
        ovn.serviceTime(Duration.ofMillis(2));
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            for (Future<List<ProviderPort>> start : threads.invokeAll(twentyVmStarts(proxy))) {
                assertEquals(2, start.get().size());
            }
        } finally {
            threads.shutdownNow();
        }

        assertAll(
                () -> assertEquals(40, ovn.resources().ports().size()),
                () -> assertEquals(0, ovn.resets(), "no connection beyond its backlog"),
                () -> assertEquals(1, ovn.maxInService()),
                () -> assertTrue(ovn.maxConnections() <= ProviderCallLimits.DEFAULT_EXTERNAL_LIMIT + 1,
                        "at most the limit and the token request: " + ovn.maxConnections()),
                () -> assertEquals(0, ovn.bulkAttempts()));
    }

    @Test
    void shouldLoseCallsBeyondTheBacklogWhenTheLimitIsRaisedAboveIt() throws Exception {
        NetworkProviderProxy proxy = proxy(Map.of(ProviderCallLimits.CONCURRENCY, "40"));
        ovn.serviceTime(Duration.ofMillis(5));
        ExecutorService threads = Executors.newFixedThreadPool(20);
        int failed = 0;
        try {
            for (Future<List<ProviderPort>> start : threads.invokeAll(twentyVmStarts(proxy))) {
                try {
                    start.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof ProviderException, e.getCause().toString());
                    failed++;
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertTrue(ovn.resets() > 0, "the emulated backlog overflows");
        assertTrue(failed > 0, "a POST that was reset is not repeated, so its VM fails");
    }

    /**
     * End to end on the emulator: a lookup made while the provider restarts is answered once it is back, and a create
     * whose connection was refused is not sent again. Which failures are repeated, and how often, is
     * {@link ProviderCallLimitTest}'s to prove with counted attempts; here the provider comes back when the lookup
     * says it tries again.
     */
    @Test
    void shouldAnswerALookupOnceTheProviderIsBackButNeverRepeatARefusedCreate() {
        NetworkProviderProxy proxy = proxy(Map.of());
        proxy.listNetworks().count();
        Handler listenAgainOnRetry = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ovn.listenAgain();
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger retryLog = Logger.getLogger(ProviderCallLimit.class.getName());
        retryLog.addHandler(listenAgainOnRetry);
        try {
            ovn.stopListening();
            List<ProviderPort> found = proxy.findPorts(PortFilter.byDeviceId("vm-nic1")).toList();
            retryLog.removeHandler(listenAgainOnRetry);

            ovn.stopListening();
            ProviderException create = assertThrows(ProviderException.class,
                    () -> proxy.createPort(PortSpec.on(network).withDevice("vm-nic1", "oVirt")));
            ovn.listenAgain();

            assertAll(
                    () -> assertEquals(List.of(), found),
                    () -> assertEquals(1, ovn.requests("GET /v2.0/ports")),
                    () -> assertEquals(ProviderErrorCode.CONNECTION, create.code()),
                    () -> assertTrue(create.getMessage().matches(".*(refused|reset).*"), create.getMessage()),
                    () -> assertEquals(0, ovn.requests("POST /v2.0/ports"), "a POST is not repeated"),
                    () -> assertEquals(0, ovn.resources().ports().size()));
        } finally {
            retryLog.removeHandler(listenAgainOnRetry);
            ovn.listenAgain();
        }
    }
}
