package org.ovirt.osn.provisioning.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderException;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The reconciler's own runs ({@code osn.port.reconcile.interval.seconds}): every managed provider, its orphans queued
 * for release after the grace period. It writes an audit event only when it queued something or failed, so a quiet
 * system's log stays quiet. Every node runs it; a port already pending is not queued twice.
 */
@ApplicationScoped
public class PeriodicPortReconcile {

    static final String USER = "periodic port reconciler";

    private static final System.Logger LOG = System.getLogger(PeriodicPortReconcile.class.getName());

    private NetworkProviderRepository providers;
    private ProviderNetworkAccess access;
    private OrphanPortReconciler reconciler;
    private AuditLogger audit;
    private Duration grace;

    protected PeriodicPortReconcile() {
        // for CDI proxies
    }

    @Inject
    public PeriodicPortReconcile(NetworkProviderRepository providers, ProviderNetworkAccess access,
                                 OrphanPortReconciler reconciler, AuditLogger audit, PortReleaseWorker worker) {
        this(providers, access, reconciler, audit, worker.settings().reconcileGrace());
    }

    public PeriodicPortReconcile(NetworkProviderRepository providers, ProviderNetworkAccess access,
                                 OrphanPortReconciler reconciler, AuditLogger audit, Duration grace) {
        this.providers = providers;
        this.access = access;
        this.reconciler = reconciler;
        this.audit = audit;
        this.grace = grace;
    }

    public void runOnce() {
        for (NetworkProvider provider : providers.findAllWithoutSecrets()) {
            // a provider that keeps no ports has none to be orphaned
            if (access.traits(provider).managed()) {
                reconcile(provider);
            }
        }
    }

    private void reconcile(NetworkProvider provider) {
        Map<String, String> variables = new HashMap<>();
        variables.put("ProviderName", provider.name());
        variables.put("DeviceOwner", reconciler.deviceOwner());
        variables.put("UserName", USER);
        variables.put("Action", "reconcile ports of");
        try {
            OrphanPortReconciler.Result result = reconciler.queueOrphans(provider.id(),
                    access.proxy(provider.id(), variables), null, grace);
            if (result.queued() > 0) {
                variables.put("Count", Integer.toString(result.queued()));
                audit.log(AuditLogType.ORPHAN_PORTS_QUEUED_FOR_RELEASE, variables, provider.id());
            }
        } catch (ProviderException e) {
            variables.put("Reason", e.describe());
            audit.log(AuditLogType.ORPHAN_PORTS_RECONCILE_FAILED, variables, provider.id());
        } catch (CommandFailedException e) {
            // removed meanwhile, or its password unreadable
            variables.put("Reason", e.getMessage());
            audit.log(AuditLogType.ORPHAN_PORTS_RECONCILE_FAILED, variables, provider.id());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Periodic port reconcile of provider " + provider.name()
                    + " failed", e);
        }
    }
}
