package org.ovirt.osn.provisioning.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.dal.release.PortReleaseEntity;
import org.ovirt.osn.dal.release.PortReleaseOrigin;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderPort;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Carries out port releases: claims a release, deletes its port(s) on the provider, and then either removes the row
 * (done) or counts the failure and schedules the next attempt with exponential backoff. No transaction is open while
 * the provider is asked.
 *
 * <p>What the audit log shows, so that a mass VM removal does not flood it: nothing for a release that succeeds at
 * the first attempt (the vNIC or VM removal has its own event); one WARNING (the engine's
 * {@code REMOVE_PORT_FROM_EXTERNAL_PROVIDER_FAILED}) at the first failure, naming the vNIC id the port can be found by
 * on the provider, and none for the retries after it; one event when a release that failed before succeeds; one
 * WARNING per release dropped because its provider was removed (the port may be left on that provider).
 */
@ApplicationScoped
public class PortReleaseWorker {

    private static final System.Logger LOG = System.getLogger(PortReleaseWorker.class.getName());

    private PortReleaseRows rows;
    private NetworkProviderRepository providers;
    private NetworkProviderProxies proxies;
    private VmInventory vms;
    private AuditLogger audit;
    private PortReleaseSettings settings;
    private Clock clock;
    private String owner;

    protected PortReleaseWorker() {
        // for CDI proxies
    }

    @Inject
    public PortReleaseWorker(PortReleaseRows rows, NetworkProviderRepository providers, NetworkProviderProxies proxies,
                             VmInventory vms, AuditLogger audit, OsnConfiguration configuration) {
        this(rows, providers, proxies, vms, audit, PortReleaseSettings.from(configuration), Clock.systemUTC(),
                configuration.get("osn.node.id", ProcessHandle.current().pid() + "@" + hostName())
                        + "/port-release/" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** @param owner this worker's claim name: unique per node and server start */
    public PortReleaseWorker(PortReleaseRows rows, NetworkProviderRepository providers, NetworkProviderProxies proxies,
                             VmInventory vms, AuditLogger audit, PortReleaseSettings settings, Clock clock,
                             String owner) {
        this.rows = rows;
        this.providers = providers;
        this.proxies = proxies;
        this.vms = vms;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.owner = owner;
    }

    public PortReleaseSettings settings() {
        return settings;
    }

    /**
     * Works every release that is due and unclaimed, up to the batch size, and every release whose provider was
     * removed (dropped with a warning); what fails waits for its next attempt.
     *
     * @return how many releases were completed (done or dropped)
     */
    public int runDue() {
        OffsetDateTime now = now();
        // a removed provider's releases first, due or not: the admin hears at once which ports may be left behind
        Set<UUID> ids = new LinkedHashSet<>(rows.withoutProvider(now, settings.batchSize()));
        ids.addAll(rows.due(now, settings.batchSize()));
        int completed = 0;
        for (UUID id : ids) {
            if (attempt(id) == Outcome.DONE) {
                completed++;
            }
        }
        return completed;
    }

    /** What one {@link #attempt} came to. */
    public enum Outcome {
        /** The port is gone (or the release no longer applies) and the release is removed from the queue. */
        DONE,
        /** The attempt failed; the release waits for its next attempt. */
        RETRY_LATER,
        /** Another node works it right now, or it is done already. */
        NOT_CLAIMED
    }

    /** One attempt at one release, if this worker gets the claim on it. Never throws. */
    public Outcome attempt(UUID id) {
        OffsetDateTime now = now();
        Optional<PortReleaseRows.Claim> claimed;
        try {
            claimed = rows.claimOrTakeOver(id, owner, now, now.plus(settings.claimDuration()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not claim port release " + id + "; the next poll retries", e);
            return Outcome.NOT_CLAIMED;
        }
        if (claimed.isEmpty()) {
            return Outcome.NOT_CLAIMED;
        }
        PortReleaseEntity release = claimed.get().release();
        if (claimed.get().takenOverFrom() != null) {
            auditTakeOver(release, claimed.get().takenOverFrom());
        }
        try {
            return carryOut(release);
        } catch (ProviderException e) {
            return failed(release, e.describe());
        } catch (PasswordCipher.SecretUnreadableException e) {
            return failed(release, "the provider's stored password cannot be decrypted (is osn.secret.key.file the "
                    + "key it was stored with?)");
        } catch (RuntimeException e) {
            // the message of an unknown exception might carry anything; the server log has it, the row gets the kind
            LOG.log(System.Logger.Level.WARNING, "Port release " + id + " failed", e);
            return failed(release, "internal error (" + e.getClass().getSimpleName() + "), see the server log");
        }
    }

    /** Gives back this worker's claims, so that another node or the next start takes them over at once. */
    public void giveBackClaims() {
        int given = rows.unclaimAll(owner);
        if (given > 0) {
            LOG.log(System.Logger.Level.INFO, "Gave back {0} port release claim(s) of {1}", given, owner);
        }
    }

    private Outcome carryOut(PortReleaseEntity release) {
        Optional<NetworkProvider> provider = providers.findById(release.getProviderId());
        if (provider.isEmpty()) {
            rows.done(release.getId());
            audit.log(AuditLogType.PORT_RELEASE_DROPPED_PROVIDER_REMOVED,
                    variables(release, String.valueOf(release.getProviderId())), release.getProviderId());
            return Outcome.DONE;
        }
        String providerName = provider.get().name();
        if (release.getOrigin() == PortReleaseOrigin.RECONCILER && vms.nic(release.getVnicId()).isPresent()) {
            rows.done(release.getId());
            audit.log(AuditLogType.ORPHAN_PORT_KEPT_VNIC_EXISTS, variables(release, providerName),
                    release.getProviderId());
            return Outcome.DONE;
        }
        NetworkProviderProxy proxy = proxies.proxyFor(provider.get());
        int deleted = release.getPortId() != null ? deleteById(proxy, release.getPortId())
                : deleteByDevice(proxy, release.getVnicId());
        rows.done(release.getId());
        if (release.getAttempts() > 0) {
            audit.log(AuditLogType.PORT_RELEASED_AFTER_RETRIES, variables(release, providerName),
                    release.getProviderId());
        } else {
            LOG.log(System.Logger.Level.DEBUG, "Released {0} port(s) of vNIC {1} on provider {2}", deleted,
                    release.getVnicId(), providerName);
        }
        return Outcome.DONE;
    }

    /** A port that is already gone counts as released. */
    private static int deleteById(NetworkProviderProxy proxy, String portId) {
        return proxy.deletePort(portId) ? 1 : 0;
    }

    /** The module never learnt the port id: the ports whose device is the vNIC and whose owner is this engine. */
    private int deleteByDevice(NetworkProviderProxy proxy, UUID vnicId) {
        // collected first: a vNIC has a port or two, and deleting while paging could shift the pages
        List<ProviderPort> ports = proxy.findPorts(PortFilter.byDeviceId(vnicId.toString())
                .andDeviceOwner(settings.deviceOwner())).toList();
        int deleted = 0;
        for (ProviderPort port : ports) {
            deleted += deleteById(proxy, port.id());
        }
        return deleted;
    }

    private Outcome failed(PortReleaseEntity release, String reason) {
        int failedAttempts = release.getAttempts() + 1;
        OffsetDateTime next = now().plus(settings.retryDelay(failedAttempts));
        boolean recorded;
        try {
            recorded = rows.recordFailure(release.getId(), owner, next, reason);
        } catch (RuntimeException e) {
            // the claim runs out and the release is tried again then; nothing is lost
            LOG.log(System.Logger.Level.WARNING, "Could not record the failure of port release " + release.getId(), e);
            return Outcome.RETRY_LATER;
        }
        if (recorded && failedAttempts == 1) {
            String providerName = providers.displayName(release.getProviderId());
            Map<String, String> variables = variables(release, providerName);
            variables.put("Reason", reason);
            variables.put("NextAttempt", next.toString());
            audit.log(AuditLogType.REMOVE_PORT_FROM_EXTERNAL_PROVIDER_FAILED, variables, release.getProviderId());
        } else {
            LOG.log(System.Logger.Level.DEBUG, "Port release {0} failed {1} times; next attempt at {2}: {3}",
                    release.getId(), failedAttempts, next, reason);
        }
        return Outcome.RETRY_LATER;
    }

    /**
     * Once per takeover (only one node wins it): the admin learns that a node stopped while it worked this release,
     * and that the port may have been deleted already by that node (a repeated delete of a gone port is harmless).
     */
    private void auditTakeOver(PortReleaseEntity release, String previousOwner) {
        try {
            Map<String, String> variables = variables(release, providers.displayName(release.getProviderId()));
            variables.put("PreviousOwner", previousOwner);
            variables.put("Owner", owner);
            audit.log(AuditLogType.PORT_RELEASE_TAKEN_OVER, variables, release.getProviderId());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not audit the takeover of port release " + release.getId(), e);
        }
    }

    private static Map<String, String> variables(PortReleaseEntity release, String providerName) {
        Map<String, String> variables = new HashMap<>();
        variables.put("VnicName", release.getVnicName() == null ? release.getVnicId().toString()
                : release.getVnicName());
        variables.put("VnicId", release.getVnicId().toString());
        variables.put("VmName", release.getVmName() == null ? "(unknown)" : release.getVmName());
        variables.put("PortId", release.getPortId() == null ? "with device id " + release.getVnicId()
                : release.getPortId());
        variables.put("ProviderName", providerName);
        variables.put("ProviderId", release.getProviderId().toString());
        variables.put("Attempts", Integer.toString(release.getAttempts()));
        variables.put("UserName", "internal");
        return variables;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
