package org.ovirt.osn.provisioning.release;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.dal.release.PortReleaseEntity;
import org.ovirt.osn.dal.release.PortReleaseOrigin;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provider.neutron.NeutronClientHolder;
import org.ovirt.osn.provider.neutron.NeutronNetworkProviderProxyFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The release worker and the reconciler against the real noauth Neutron of {@code scripts/neutron.sh}, over the real
 * {@code osn_port_release} table (an H2 file), with the provider reached through a {@link TcpForwarder} that the
 * drills stop and start. Fails, never skips, when that Neutron is not running.
 *
 * <p>Other test runs use the same Neutron: every port here is created by this class on a network of its own, with a
 * device owner unique to this run (given to the worker as {@code osn.port.device.owner}), so nothing here can find,
 * let alone delete, a port this class did not create.
 */
class PortReleaseRealNeutronTest {

    private static final String NEUTRON = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");
    private static final String RUN = "osn-test-release-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OWNER = RUN;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private static NeutronClientHolder clients;
    private static NetworkProviderProxy direct;
    private static ProviderNetwork network;

    @TempDir
    Path dir;

    private TcpForwarder forwarder;
    private NetworkProvider provider;
    private OneProviderRepository providers;
    private RecordingAuditLogger audit;
    private final Set<UUID> existingVnics = ConcurrentHashMap.newKeySet();
    private ReleaseDatabase db;

    @BeforeAll
    static void createNetwork() {
        Properties properties = new Properties();
        properties.setProperty("osn.provider.connect.timeout", "3");
        properties.setProperty("osn.provider.read.timeout", "10");
        clients = new NeutronClientHolder(new OsnConfiguration(properties, Map.of()));
        direct = proxyFactory().create(provider(NEUTRON));
        try {
            network = direct.addNetwork(ProviderNetworkSpec.tenant(RUN));
        } catch (ProviderException e) {
            throw new AssertionError(e.describe() + ". Is the Neutron of scripts/neutron.sh running?", e);
        }
    }

    @AfterAll
    static void removeNetwork() {
        try {
            if (network != null) {
                direct.findPorts(PortFilter.byNetworkId(network.externalId())).forEach(p -> direct.deletePort(p.id()));
                direct.removeNetwork(network.externalId());
            }
        } finally {
            clients.close();
        }
    }

    @BeforeEach
    void startProviderAndDatabase() {
        URI neutron = URI.create(NEUTRON);
        forwarder = new TcpForwarder(neutron.getHost(), neutron.getPort());
        provider = provider(forwarder.url());
        providers = new OneProviderRepository(provider);
        audit = new RecordingAuditLogger();
        db = ReleaseDatabase.open(dir.resolve("osn"));
        db.registerProvider(provider.id(), provider.name(), provider.url());
    }

    @AfterEach
    void stopProviderAndDatabase() {
        forwarder.close();
        db.close();
        direct.findPorts(PortFilter.byNetworkId(network.externalId())).forEach(p -> direct.deletePort(p.id()));
    }

    private static NeutronNetworkProviderProxyFactory proxyFactory() {
        return new NeutronNetworkProviderProxyFactory(clients);
    }

    private static NetworkProvider provider(String url) {
        return new NetworkProvider(UUID.randomUUID(), RUN, null, NetworkProviderType.NEUTRON, url, false, null, null,
                null, null, null, null, null, null, false, false, Map.of());
    }

    private PortReleaseWorker worker(ReleaseDatabase database, String node) {
        VmInventory vms = mock(VmInventory.class);
        when(vms.nic(any())).thenAnswer(call -> {
            UUID id = call.getArgument(0);
            return existingVnics.contains(id)
                    ? Optional.of(new VmNic(id, UUID.randomUUID(), "nic", "56:6f:00:00:00:01", null, true, true))
                    : Optional.empty();
        });
        PortReleaseSettings settings = new PortReleaseSettings(FIRST_DELAY, FIRST_DELAY.multipliedBy(2),
                Duration.ofSeconds(1), Duration.ofSeconds(3), 100, OWNER, Duration.ZERO, Duration.ZERO);
        return new PortReleaseWorker(database.rows(), providers,
                new NetworkProviderProxies(List.of(proxyFactory())), vms, audit, settings, Clock.systemUTC(),
                node + "/" + UUID.randomUUID());
    }

    private static ProviderPort port(String deviceId, String owner) {
        int bits = ThreadLocalRandom.current().nextInt(1 << 24);
        String mac = String.format(Locale.ROOT, "fa:16:3e:%02x:%02x:%02x", bits >> 16 & 0xff, bits >> 8 & 0xff,
                bits & 0xff);
        return direct.createPort(PortSpec.on(network.externalId()).withName(RUN).withMacAddress(mac)
                .withDevice(deviceId, owner));
    }

    private PortReleaseEntity enqueued(ReleaseDatabase database, String portId, UUID vnicId) {
        PortReleaseEntity release = new PortReleaseEntity(UUID.randomUUID(), provider.id(), portId, vnicId, "nic1",
                RUN + "-vm", PortReleaseOrigin.ENGINE, OffsetDateTime.now(ZoneOffset.UTC));
        database.rows().add(release);
        return release;
    }

    private static boolean exists(String portId) {
        return direct.getPort(portId).isPresent();
    }

    private static void sleepPast(OffsetDateTime moment) throws InterruptedException {
        long millis = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), moment).toMillis();
        Thread.sleep(Math.max(0, millis) + 50);
    }

    @Test
    void shouldDeleteThePortAndCountAPortThatIsAlreadyGoneAsDone() {
        UUID vnic = UUID.randomUUID();
        ProviderPort created = port(vnic.toString(), OWNER);
        PortReleaseEntity first = enqueued(db, created.id(), vnic);
        PortReleaseEntity again = enqueued(db, created.id(), vnic);
        PortReleaseWorker worker = worker(db, "node-a");

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(first.getId()));
        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(again.getId()), "404 counts as done");

        assertTrue(direct.getPort(created.id()).isEmpty());
        assertTrue(db.find(first.getId()).isEmpty());
        assertTrue(db.find(again.getId()).isEmpty());
        assertEquals(List.of(), audit.all(), "a release that succeeds at once writes no event");
    }

    @Test
    void shouldDeleteOnlyThisEnginesPortsOfTheVnicWhenThePortIdIsUnknown() {
        UUID vnic = UUID.randomUUID();
        ProviderPort mine = port(vnic.toString(), OWNER);
        ProviderPort someoneElses = port(vnic.toString(), RUN + "-other-owner");
        PortReleaseEntity release = enqueued(db, null, vnic);

        assertEquals(PortReleaseWorker.Outcome.DONE, worker(db, "node-a").attempt(release.getId()));

        assertTrue(direct.getPort(mine.id()).isEmpty());
        assertTrue(exists(someoneElses.id()), "a port of another device owner stays");
    }

    @Test
    void shouldRetryWithBackoffWhileTheProviderIsUnreachableAndReleaseThePortOnceItIsBack() throws Exception {
        UUID vnic = UUID.randomUUID();
        ProviderPort created = port(vnic.toString(), OWNER);
        PortReleaseWorker worker = worker(db, "node-a");
        forwarder.stop();
        PortReleaseEntity release = enqueued(db, created.id(), vnic);

        assertEquals(PortReleaseWorker.Outcome.RETRY_LATER, worker.attempt(release.getId()));
        assertTrue(forwarder.resetConnections() > 0, "the attempt went to the stopped provider");
        PortReleaseEntity afterFirst = db.find(release.getId()).orElseThrow();
        assertEquals(1, afterFirst.getAttempts());
        assertTrue(afterFirst.getLastError().contains("DELETE " + forwarder.url()), afterFirst.getLastError());
        assertEquals(0, worker.runDue(), "not due before the first delay");

        sleepPast(afterFirst.getNextAttemptAt());
        assertEquals(0, worker.runDue());
        PortReleaseEntity afterSecond = db.find(release.getId()).orElseThrow();
        assertEquals(2, afterSecond.getAttempts());
        assertTrue(Duration.between(afterFirst.getNextAttemptAt(), afterSecond.getNextAttemptAt())
                .compareTo(FIRST_DELAY.multipliedBy(2)) >= 0, "the second delay is twice the first");
        assertEquals(1, audit.of(AuditLogType.REMOVE_PORT_FROM_EXTERNAL_PROVIDER_FAILED).size(), "one warning");
        String warning = audit.of(AuditLogType.REMOVE_PORT_FROM_EXTERNAL_PROVIDER_FAILED).get(0).message();
        assertTrue(warning.contains(vnic.toString()) && warning.contains(RUN), warning);
        assertTrue(exists(created.id()));

        forwarder.start();
        sleepPast(afterSecond.getNextAttemptAt());
        assertEquals(1, worker.runDue());

        assertTrue(direct.getPort(created.id()).isEmpty());
        assertTrue(db.find(release.getId()).isEmpty());
        assertEquals(1, audit.of(AuditLogType.PORT_RELEASED_AFTER_RETRIES).size());
        assertEquals(1, audit.of(AuditLogType.REMOVE_PORT_FROM_EXTERNAL_PROVIDER_FAILED).size());
    }

    @Test
    void shouldCarryOutPendingReleasesWhenAFreshWorkerStartsOverTheSameDatabaseAfterARestart() throws Exception {
        UUID vnic = UUID.randomUUID();
        ProviderPort created = port(vnic.toString(), OWNER);
        forwarder.stop();
        PortReleaseEntity release = enqueued(db, created.id(), vnic);
        assertEquals(PortReleaseWorker.Outcome.RETRY_LATER, worker(db, "before-restart").attempt(release.getId()));
        PortReleaseEntity pending = db.find(release.getId()).orElseThrow();
        assertEquals(1, pending.getAttempts());
        db.close();

        // the "server" is down: database closed, worker gone; then it starts again with the provider back
        forwarder.start();
        db = ReleaseDatabase.open(dir.resolve("osn"));
        PortReleaseWorker afterRestart = worker(db, "after-restart");
        sleepPast(pending.getNextAttemptAt());

        assertEquals(1, afterRestart.runDue());
        assertTrue(direct.getPort(created.id()).isEmpty());
        assertTrue(db.find(release.getId()).isEmpty());
    }

    @Test
    void shouldTakeOverTheReleaseOfACrashedNodeWhenItsClaimRunsOut() throws Exception {
        UUID vnic = UUID.randomUUID();
        ProviderPort created = port(vnic.toString(), OWNER);
        PortReleaseEntity release = enqueued(db, created.id(), vnic);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime claimEnds = now.plusSeconds(2);
        assertTrue(db.rows().claim(release.getId(), "crashed-node", now, claimEnds).isPresent());
        PortReleaseWorker survivor = worker(db, "node-b");

        assertEquals(PortReleaseWorker.Outcome.NOT_CLAIMED, survivor.attempt(release.getId()));
        assertEquals(0, survivor.runDue());
        assertTrue(exists(created.id()));

        sleepPast(claimEnds);
        assertEquals(1, survivor.runDue());
        assertTrue(direct.getPort(created.id()).isEmpty());
    }

    @Test
    void shouldDropThePendingReleaseWithAWarningAtTheNextPollWhenItsProviderWasRemoved() {
        UUID vnic = UUID.randomUUID();
        ProviderPort created = port(vnic.toString(), OWNER);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PortReleaseEntity release = new PortReleaseEntity(UUID.randomUUID(), provider.id(), created.id(), vnic,
                "nic1", RUN + "-vm", PortReleaseOrigin.ENGINE, now, now.plusHours(1));
        db.rows().add(release);
        providers.removeProvider();
        db.removeProvider(provider.id());

        assertEquals(1, worker(db, "node-a").runDue(), "dropped at once, although its next attempt is an hour away");

        assertTrue(db.find(release.getId()).isEmpty());
        assertEquals(1, audit.of(AuditLogType.PORT_RELEASE_DROPPED_PROVIDER_REMOVED).size());
        assertTrue(exists(created.id()), "nothing is asked of a provider the engine no longer knows");
    }

    @Test
    void shouldReleaseOrphanPortsThroughTheQueueAndKeepThePortsOfExistingVnics() {
        UUID liveVnic = UUID.randomUUID();
        existingVnics.add(liveVnic);
        ProviderPort live = port(liveVnic.toString(), OWNER);
        ProviderPort orphan1 = port(UUID.randomUUID().toString(), OWNER);
        ProviderPort orphan2 = port(UUID.randomUUID().toString(), OWNER);
        ProviderPort notAVnic = port(RUN + "-router", OWNER);
        PortReleaseWorker worker = worker(db, "node-a");
        JtaPortReleaseQueue queue = mock(JtaPortReleaseQueue.class);
        OrphanPortReconciler reconciler = new OrphanPortReconciler(
                vnicInventory(), db.rows(), queue, OWNER, Clock.systemUTC());
        NetworkProviderProxy viaForwarder = proxyFactory().create(provider);

        Set<String> reported = Set.copyOf(reconciler.orphans(viaForwarder, network.externalId())
                .map(ProviderPort::id).toList());
        OrphanPortReconciler.Result result = reconciler.queueOrphans(provider.id(), viaForwarder,
                network.externalId(), Duration.ZERO);
        OrphanPortReconciler.Result again = reconciler.queueOrphans(provider.id(), viaForwarder,
                network.externalId(), Duration.ZERO);
        int released = worker.runDue();

        assertEquals(Set.of(orphan1.id(), orphan2.id()), reported);
        assertEquals(2, result.queued());
        assertEquals(2, again.alreadyPending(), "a pending orphan is not queued twice");
        assertEquals(2, released);
        assertTrue(direct.getPort(orphan1.id()).isEmpty());
        assertTrue(direct.getPort(orphan2.id()).isEmpty());
        assertTrue(exists(live.id()), "the port of an existing vNIC stays");
        assertTrue(exists(notAVnic.id()), "a port whose device id is no vNIC id stays");
    }

    private VmInventory vnicInventory() {
        VmInventory vms = mock(VmInventory.class);
        when(vms.nic(any())).thenAnswer(call -> existingVnics.contains(call.<UUID>getArgument(0))
                ? Optional.of(new VmNic(call.getArgument(0), UUID.randomUUID(), "nic", "56:6f:00:00:00:02", null,
                true, true))
                : Optional.empty());
        return vms;
    }
}
