package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.health.ProviderCallKind;
import org.ovirt.osn.provider.health.ProviderCallMeter;
import org.ovirt.osn.provider.health.ProviderCallStatistics;
import org.ovirt.osn.provider.health.ProviderHealthRegistry;
import org.ovirt.osn.provider.health.ProviderStatus;
import org.ovirt.osn.provider.health.ProviderStatusChange;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measuring in the HTTP wrapper against the real Neutron of scripts/neutron.sh (noauth and keystone mode) and a
 * port that refuses connections: every attempt is counted by its kind, and the status follows the calls.
 */
class NeutronCallMeasuringRealTest {

    private static final List<ProviderStatusChange> CHANGES = new CopyOnWriteArrayList<>();
    private static ProviderHealthRegistry registry;
    private static NeutronClientHolder clients;

    @BeforeAll
    static void createClients() {
        registry = new ProviderHealthRegistry(Clock.systemUTC(), Duration.ofSeconds(60), CHANGES::add);
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.connect.timeout", "5",
                "osn.provider.read.timeout", "30"), Clock.systemUTC(), registry);
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static ProviderCallStatistics statistics(NetworkProvider provider) {
        return registry.meter(provider.id()).map(ProviderCallMeter::snapshot).orElseThrow();
    }

    @Test
    void shouldCountEachCallToTheRealNeutronAsASuccess() {
        NetworkProvider provider = RealNeutron.noauth(RealNeutron.NOAUTH_URL);
        var proxy = clients.proxyFor(provider, true);

        proxy.testConnection();
        proxy.listNetworks().limit(1).toList();
        proxy.getNetwork("00000000-0000-0000-0000-000000000000");

        ProviderCallStatistics statistics = statistics(provider);
        // the API root, the extensions (paging detection), the networks page, the network that is not there
        assertEquals(4, statistics.totalAttempts(), statistics + RealNeutron.NOT_RUNNING);
        assertEquals(3, statistics.attempts().get(ProviderCallKind.SUCCESS));
        assertEquals(1, statistics.attempts().get(ProviderCallKind.HTTP_4XX));
        assertEquals(ProviderStatus.OK, statistics.status());
        assertNotNull(statistics.lastSuccess());
        assertNull(statistics.lastFailure());
        assertTrue(statistics.totalLatency().toNanos() > 0);
        assertEquals(0, statistics.inFlight());
        assertNull(statistics.token(), "no Keystone in noauth mode");
    }

    @Test
    void shouldCountEveryAttemptOnARefusingPortAndCallTheProviderUnreachableOnce() throws Exception {
        try (RefusingPort refusing = new RefusingPort()) {
            NetworkProvider provider = RealNeutron.noauth(refusing.url("http"));

            assertThrows(ProviderException.class, () -> clients.proxyFor(provider, true).testConnection());

            ProviderCallStatistics statistics = statistics(provider);
            assertEquals(1 + ProviderCallLimit.RETRIES, statistics.attempts().get(ProviderCallKind.CONNECTION),
                    "a refused GET is repeated, each attempt counted");
            assertEquals(ProviderStatus.UNREACHABLE, statistics.status());
            assertEquals(ProviderCallKind.CONNECTION, statistics.lastFailure().kind());
            assertEquals(1, CHANGES.stream().filter(c -> c.providerId().equals(provider.id())).count(), CHANGES.toString());
        }
    }

    @Test
    void shouldCountKeystoneCallsAndKeepTheTokenExpiry() {
        NetworkProvider provider = RealNeutron.keystone(RealNeutron.KEYSTONE_NEUTRON_URL, RealNeutron.KEYSTONE_URL);

        clients.proxyFor(provider, true).testConnection();

        ProviderCallStatistics statistics = statistics(provider);
        assertEquals(2, statistics.attempts().get(ProviderCallKind.SUCCESS), "Keystone's token, then the API root"
                + RealNeutron.NOT_RUNNING);
        assertNotNull(statistics.token());
        assertTrue(statistics.token().expiresAt().isAfter(statistics.token().issuedAt()), statistics.token().toString());
        assertEquals(ProviderStatus.OK, statistics.status());
    }

    @Test
    void shouldCallAProviderWhoseKeystoneRefusesThePasswordAuthenticationFailed() {
        NetworkProvider provider = TestProviders.provider(org.ovirt.osn.provider.NetworkProviderType.NEUTRON,
                        RealNeutron.KEYSTONE_NEUTRON_URL)
                .keystone(RealNeutron.KEYSTONE_URL, RealNeutron.USER, "wrong-password")
                .project(RealNeutron.PROJECT, "Default").userDomain("Default").build();

        assertThrows(ProviderException.class, () -> clients.proxyFor(provider, true).testConnection());

        ProviderCallStatistics statistics = statistics(provider);
        assertEquals(1, statistics.attempts().get(ProviderCallKind.AUTHENTICATION), statistics.toString());
        assertEquals(ProviderStatus.AUTHENTICATION_FAILED, statistics.status());
        assertNull(statistics.token());
        assertTrue(!statistics.lastFailure().reason().contains("wrong-password"), "no secret in the reason");
    }
}
