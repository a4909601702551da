package org.ovirt.osn.provisioning.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.AuditedResult;
import org.ovirt.osn.dal.release.PortReleaseEntity;
import org.ovirt.osn.dal.release.PortReleaseOrigin;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.ProviderPort;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the engine's orphan ports on a provider and releases them through the durable queue.
 *
 * <p>An orphan is a port whose device owner is this engine's ({@code osn.port.device.owner}) and whose device id is
 * the id of no existing vNIC. A port of that owner whose device id is no UUID was not made for a vNIC and is left
 * alone. The provider is asked with a server-side device owner filter, page by page; one page and the ports queued
 * so far (up to {@link #LISTED_AT_MOST}) are all that is held in memory.
 *
 * <p>A port is never deleted while its vNIC exists: the reconciler checks the vNIC when it finds the port, and the
 * worker checks it again right before deleting (a vNIC whose transaction had not committed yet when the port was
 * found exists by then). Ports found by the periodic run wait {@code osn.port.reconcile.grace.seconds} first.
 */
@ApplicationScoped
public class OrphanPortReconciler {

    /** The queued ports a reconcile result lists; beyond that it only counts. */
    public static final int LISTED_AT_MOST = 1000;

    private VmInventory vms;
    private PortReleaseRows rows;
    private JtaPortReleaseQueue queue;
    private String deviceOwner;
    private Clock clock;

    protected OrphanPortReconciler() {
        // for CDI proxies
    }

    @Inject
    public OrphanPortReconciler(VmInventory vms, PortReleaseRows rows, JtaPortReleaseQueue queue,
                                PortReleaseWorker worker) {
        this(vms, rows, queue, worker.settings().deviceOwner(), Clock.systemUTC());
    }

    public OrphanPortReconciler(VmInventory vms, PortReleaseRows rows, JtaPortReleaseQueue queue,
                                String deviceOwner, Clock clock) {
        this.vms = vms;
        this.rows = rows;
        this.queue = queue;
        this.deviceOwner = deviceOwner;
        this.clock = clock;
    }

    public String deviceOwner() {
        return deviceOwner;
    }

    /** What one reconcile queued: the count, and the first {@link #LISTED_AT_MOST} ports. */
    public record Result(int queued, int alreadyPending, List<ProviderPort> listed) implements AuditedResult {

        @Override
        public Map<String, String> auditVariables() {
            return Map.of("Count", Integer.toString(queued));
        }
    }

    /**
     * The orphans, lazily: pages are fetched while the stream is consumed.
     *
     * @param networkId only the ports of this provider network; null for all of the provider's
     */
    public Stream<ProviderPort> orphans(NetworkProviderProxy proxy, String networkId) {
        PortFilter filter = PortFilter.byDeviceOwner(deviceOwner);
        if (networkId != null) {
            filter = filter.andNetworkId(networkId);
        }
        return proxy.findPorts(filter).filter(this::isOrphan);
    }

    /**
     * Queues a release of every orphan that has none pending yet, each committed on its own (a provider failure on
     * a later page keeps what was queued before it).
     *
     * @param delay how long the releases wait before they are first due; zero = tried at once
     */
    public Result queueOrphans(UUID providerId, NetworkProviderProxy proxy, String networkId, Duration delay) {
        List<ProviderPort> listed = new ArrayList<>();
        int[] counts = new int[2];
        Consumer<ProviderPort> queueOne = port -> {
            if (rows.isPending(providerId, port.id())) {
                counts[1]++;
                return;
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            PortReleaseEntity row = new PortReleaseEntity(UUID.randomUUID(), providerId, port.id(),
                    UUID.fromString(port.deviceId()), port.name(), null, PortReleaseOrigin.RECONCILER, now,
                    now.plus(delay));
            rows.add(row);
            if (delay.isZero()) {
                queue.attemptSoon(row.getId());
            }
            counts[0]++;
            if (listed.size() < LISTED_AT_MOST) {
                listed.add(port);
            }
        };
        orphans(proxy, networkId).forEach(queueOne);
        return new Result(counts[0], counts[1], List.copyOf(listed));
    }

    private boolean isOrphan(ProviderPort port) {
        return vnicId(port).map(id -> vms.nic(id).isEmpty()).orElse(false);
    }

    private static Optional<UUID> vnicId(ProviderPort port) {
        if (port.deviceId() == null || port.deviceId().length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(port.deviceId()));
        } catch (IllegalArgumentException notAVnic) {
            return Optional.empty();
        }
    }
}
