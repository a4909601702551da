package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operations against the real keystone-mode Neutron and Keystone of {@code scripts/neutron.sh}, with Keystone reached
 * through a {@link CountingForwarder} that counts token requests. Fails, never skips, when they are not running;
 * removes what it creates.
 */
class NeutronRealKeystoneOperationsTest {

    private static final String RUN = RealNeutron.runPrefix("keystone");
    private static final String TOKENS = "/v3/auth/tokens";

    private static CountingForwarder keystone;
    private static NetworkProvider provider;
    private static String networkId;
    private NeutronClientHolder clients;
    private NeutronNetworkProviderProxyFactory factory;

    @BeforeAll
    static void createNetwork() {
        keystone = new CountingForwarder(RealNeutron.KEYSTONE_URL.replaceAll("/v3/?$", ""));
        provider = RealNeutron.keystone(RealNeutron.KEYSTONE_NEUTRON_URL, keystone.url() + "/v3");
        try (NeutronClientHolder setup = new NeutronClientHolder(TestProviders.config())) {
            networkId = new NeutronNetworkProviderProxyFactory(setup).create(provider)
                    .addNetwork(ProviderNetworkSpec.tenant(RUN)).externalId();
        } catch (ProviderException e) {
            throw new AssertionError(e.describe() + "." + RealNeutron.NOT_RUNNING, e);
        }
    }

    @AfterAll
    static void removeNetwork() {
        try (NeutronClientHolder cleanup = new NeutronClientHolder(TestProviders.config())) {
            NetworkProviderProxy proxy = new NeutronNetworkProviderProxyFactory(cleanup).create(provider);
            proxy.findPorts(PortFilter.byNetworkId(networkId)).forEach(p -> proxy.deletePort(p.id()));
            proxy.removeNetwork(networkId);
        } finally {
            keystone.close();
        }
    }

    /** A holder of its own per test: its token cache starts empty, so the count starts at 0. */
    @BeforeEach
    void createClients() {
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.read.timeout", "60"));
        factory = new NeutronNetworkProviderProxyFactory(clients);
        keystone.reset();
    }

    @AfterEach
    void closeClients() {
        clients.close();
    }

    @Test
    void shouldAuthenticateOnceForManyOperationsOfProxiesCreatedPerOperation() {
        ProviderPort created = factory.create(provider).createPort(PortSpec.on(networkId)
                .withDevice(RUN + "-once", RUN).withHostBinding("host-a"));
        Optional<ProviderPort> found = factory.create(provider).findPorts(PortFilter.byDeviceId(RUN + "-once"))
                .findFirst();
        ProviderPort updated = factory.create(provider).updatePort(created.id(),
                PortUpdate.none().withHostBinding("host-b"));
        Optional<ProviderNetwork> network = factory.create(provider).getNetwork(networkId);
        boolean deleted = factory.create(provider).deletePort(created.id());

        assertAll(
                () -> assertEquals(Optional.of(created.id()), found.map(ProviderPort::id)),
                () -> assertEquals("ACTIVE", created.status()),
                () -> assertEquals("host-b", updated.hostBinding()),
                () -> assertTrue(network.isPresent()),
                () -> assertTrue(deleted),
                () -> assertEquals(1, keystone.count("POST", TOKENS), keystone.forwarded().toString()));
    }

    @Test
    void shouldServeEightThreadsCreatingFindingAndDeletingPortsOnOneProxyWithOneToken() throws Exception {
        NetworkProviderProxy proxy = factory.create(provider);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                String device = RUN + "-thread-" + t;
                results.add(threads.submit(() -> {
                    go.await();
                    return createFindAndDelete(proxy, device);
                }));
            }
            go.countDown();
            for (Future<List<String>> result : results) {
                List<String> problems = result.get(120, TimeUnit.SECONDS);
                assertEquals(List.of(), problems);
            }
        } finally {
            threads.shutdownNow();
        }

        assertAll(
                () -> assertEquals(1, keystone.count("POST", TOKENS), "one token for all threads"),
                () -> assertEquals(0, proxy.findPorts(PortFilter.byDeviceOwner(RUN)).count(), "nothing left"));
    }

    /** One thread's work: a single create, a bulk create of two, lookups, an update and deletes. */
    private static List<String> createFindAndDelete(NetworkProviderProxy proxy, String device) {
        List<String> problems = new ArrayList<>();
        ProviderPort single = proxy.createPort(PortSpec.on(networkId).withDevice(device, RUN)
                .withMacAddress(RealNeutron.randomMac()).withHostBinding("host-" + device));
        List<ProviderPort> bulk = proxy.createPorts(List.of(
                PortSpec.on(networkId).withDevice(device, RUN).withName("b0"),
                PortSpec.on(networkId).withDevice(device, RUN).withName("b1")));
        List<ProviderPort> mine = proxy.findPorts(PortFilter.byDeviceId(device)).toList();
        if (mine.size() != 3) {
            problems.add(device + ": found " + mine.size() + " ports instead of 3");
        }
        List<ProviderPort> byMac = proxy.findPorts(PortFilter.byMacAddress(single.macAddress())).toList();
        if (byMac.size() != 1 || !byMac.get(0).id().equals(single.id())) {
            problems.add(device + ": by MAC found " + byMac);
        }
        ProviderPort moved = proxy.updatePort(single.id(), PortUpdate.none().withHostBinding("other-" + device));
        if (!("other-" + device).equals(moved.hostBinding())) {
            problems.add(device + ": host not updated: " + moved.hostBinding());
        }
        for (ProviderPort port : List.of(single, bulk.get(0), bulk.get(1))) {
            if (!proxy.deletePort(port.id())) {
                problems.add(device + ": port " + port.id() + " was already gone");
            }
        }
        if (proxy.deletePort(single.id())) {
            problems.add(device + ": a second delete said it deleted");
        }
        assertFalse(proxy.getPort(single.id()).isPresent());
        return problems;
    }
}
