package org.ovirt.osn.command;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.job.JobNode;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps this node's lock leases alive while it runs, so that they can be short: at start (after the schema
 * migration, before requests) it frees the leases an earlier run of this node left, then it renews every lease of
 * this run each {@link ProviderLocking#renewalInterval()}. A node that dies stops renewing, and its leases run out
 * {@code osn.lock.ttl.seconds} later for every other node; a node that restarts frees them at once.
 *
 * <p>A fixed-delay task of the managed executor rather than an EJB timer, for the reasons given in
 * {@code PortReleaseScheduler}; each run catches what it throws, or the executor would never run it again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class LockLeaseKeeper {

    private static final System.Logger LOG = System.getLogger(LockLeaseKeeper.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;
    @Inject
    private LockLeases leases;
    @Inject
    private ProviderLocking locking;
    @Inject
    private JobNode node;
    @Inject
    private AuditLogger auditLogger;

    private ScheduledFuture<?> renewal;

    @PostConstruct
    void start() {
        freeLeftByEarlierRuns(leases, node, auditLogger);
        long interval = locking.renewalInterval().toMillis();
        renewal = scheduler.scheduleWithFixedDelay(() -> renew(leases, locking.ttl()), interval, interval,
                TimeUnit.MILLISECONDS);
        LOG.log(System.Logger.Level.INFO, "Lock leases of node {0} last {1} and are renewed every {2}",
                node.nodeId(), locking.ttl(), locking.renewalInterval());
    }

    @PreDestroy
    void stop() {
        if (renewal != null) {
            renewal.cancel(false);
        }
    }

    /** @return how many leases were freed; a failure is logged and does not stop the deployment */
    static int freeLeftByEarlierRuns(LockLeases leases, JobNode node, AuditLogger auditLogger) {
        try {
            int freed = leases.releaseEarlierRuns();
            if (freed > 0) {
                auditLogger.log(AuditLogType.LOCKS_FREED_AT_START,
                        Map.of("Count", String.valueOf(freed), "NodeId", node.nodeId()), null);
            }
            return freed;
        } catch (RuntimeException e) {
            // they run out on their own after osn.lock.ttl.seconds
            LOG.log(System.Logger.Level.ERROR, "Could not free the lock leases left by an earlier run", e);
            return 0;
        }
    }

    static void renew(LockLeases leases, Duration ttl) {
        try {
            leases.renewHeld(ttl);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not renew this node's lock leases; trying again at the next "
                    + "turn. Leases not renewed within their lifetime may be taken by another node", e);
        }
    }
}
