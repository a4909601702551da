package org.ovirt.osn.restapi.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.provider.AddNetworkProviderCommand;
import org.ovirt.osn.command.provider.AddNetworkProviderParameters;
import org.ovirt.osn.command.provider.NetworkProviderIdParameters;
import org.ovirt.osn.command.provider.RemoveNetworkProviderCommand;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provisioning.PortRelease;
import org.ovirt.osn.provisioning.PortReleaseQueue;
import org.ovirt.osn.provisioning.release.PortReleaseRows;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside WildFly: the queue as the provisioning hooks use it, with the server's JTA transactions, managed executor
 * and scheduler, against the real Neutron. Ports are made on a network of this test's own, with device ids no one
 * else uses.
 */
@ExtendWith(ArquillianExtension.class)
class PortReleaseQueueIT {

    private static final String OWNER = "oVirt";

    @Deployment
    static WebArchive deployment() {
        return Deployments.warWith(PortReleaseQueueIT.class, RealNeutronPorts.class, RealNeutronNetworks.class);
    }

    @Inject
    PortReleaseQueue queue;
    @Inject
    PortReleaseRows rows;
    @Inject
    Transactions transactions;
    @Inject
    CommandRunner runner;
    @Inject
    AddNetworkProviderCommand addProvider;
    @Inject
    RemoveNetworkProviderCommand removeProvider;

    private RealNeutronPorts neutron;
    private UUID providerId;

    @BeforeEach
    void createNetworkAndProvider() {
        neutron = new RealNeutronPorts("osn-it-release-" + UUID.randomUUID().toString().substring(0, 8));
        NetworkProvider provider = new NetworkProvider(null, "release-" + System.nanoTime(), null,
                NetworkProviderType.NEUTRON, RealNeutronNetworks.NEUTRON, false, null, null, null, null, null, null,
                null, null, false, false, Map.of());
        providerId = runner.run(addProvider, new AddNetworkProviderParameters(provider), new CommandContext("it"));
    }

    @AfterEach
    void removeNetworkAndProvider() {
        neutron.close();
        runner.run(removeProvider, new NetworkProviderIdParameters(providerId), new CommandContext("it"));
    }

    private void enqueueInTransaction(PortRelease release) {
        transactions.inTransaction(() -> {
            queue.enqueue(release);
            return null;
        });
    }

    private static void awaitGone(String portId) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (RealNeutronPorts.exists(portId)) {
            assertTrue(System.nanoTime() < deadline, () -> "port " + portId + " was not released within 30 s");
            Thread.sleep(100);
        }
    }

    private void awaitNothingPending() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!rows.pendingFor(providerId).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the release row is still there after 30 s");
            Thread.sleep(100);
        }
    }

    @Test
    void shouldReleaseThePortOnceTheCallersTransactionHasCommitted() throws Exception {
        UUID vnic = UUID.randomUUID();
        String port = neutron.port("nic1", vnic.toString(), OWNER);

        enqueueInTransaction(new PortRelease(providerId, port, vnic, "nic1", "vm1"));

        awaitGone(port);
        awaitNothingPending();
    }

    @Test
    void shouldReleaseThePortsOfTheVnicWhenThePortIdIsUnknown() throws Exception {
        UUID vnic = UUID.randomUUID();
        String port = neutron.port("nic1", vnic.toString(), OWNER);

        enqueueInTransaction(new PortRelease(providerId, null, vnic, "nic1", "vm1"));

        awaitGone(port);
        awaitNothingPending();
    }

    @Test
    void shouldRefuseAReleaseOutsideATransaction() {
        UUID vnic = UUID.randomUUID();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> queue.enqueue(new PortRelease(providerId, "p", vnic, "nic1", "vm1")));

        assertTrue(e.getMessage().contains("active transaction"), e.getMessage());
        assertEquals(0, rows.pendingFor(providerId).size());
    }

    @Test
    void shouldReleaseNothingWhenTheCallersTransactionRollsBack() throws Exception {
        UUID vnic = UUID.randomUUID();
        String port = neutron.port("nic1", vnic.toString(), OWNER);

        assertThrows(RuntimeException.class, () -> transactions.inTransaction(() -> {
            queue.enqueue(new PortRelease(providerId, port, vnic, "nic1", "vm1"));
            throw new IllegalStateException("the engine change failed");
        }));
        // instead of waiting a while for nothing: a committed release enqueued after it must be carried out, and
        // with it nothing of this provider may stay pending; a leaked release would be pending, or done, by then
        UUID witnessVnic = UUID.randomUUID();
        String witness = neutron.port("nic2", witnessVnic.toString(), OWNER);
        enqueueInTransaction(new PortRelease(providerId, witness, witnessVnic, "nic2", "vm1"));
        awaitGone(witness);
        awaitNothingPending();

        assertTrue(RealNeutronPorts.exists(port), "the rolled-back release deleted the port");
        assertEquals(0, rows.pendingFor(providerId).size());
    }
}
