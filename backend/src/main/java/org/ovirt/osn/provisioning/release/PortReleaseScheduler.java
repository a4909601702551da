package org.ovirt.osn.provisioning.release;

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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the release worker's poll and the periodic reconcile on this node when the deployment starts (after the
 * schema migration, so a restart picks up the releases left pending at once) and stops them when it stops.
 *
 * <p>Why a {@link ManagedScheduledExecutorService} with a fixed delay rather than EJB timers: the rows are the
 * durable state, so a persistent timer would only duplicate it per node; a fixed delay never runs two polls of one
 * node at once (an interval timer whose run overlaps the next is skipped with a warning); and no container
 * transaction wraps the work, which must not hold one while a provider answers. Every run catches what it throws,
 * because a periodic task that throws is never run again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class PortReleaseScheduler {

    private static final System.Logger LOG = System.getLogger(PortReleaseScheduler.class.getName());
    private static final long FIRST_POLL_MILLIS = 1000;

    @Resource
    private ManagedScheduledExecutorService scheduler;
    @Inject
    private PortReleaseWorker worker;
    @Inject
    private PeriodicPortReconcile reconcile;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    @PostConstruct
    void start() {
        PortReleaseSettings settings = worker.settings();
        tasks.add(scheduler.scheduleWithFixedDelay(guarded("port release poll", () -> worker.runDue()),
                FIRST_POLL_MILLIS, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS));
        if (settings.reconcilesPeriodically()) {
            long interval = settings.reconcileInterval().toMillis();
            tasks.add(scheduler.scheduleWithFixedDelay(guarded("periodic port reconcile", reconcile::runOnce),
                    interval, interval, TimeUnit.MILLISECONDS));
        }
        LOG.log(System.Logger.Level.INFO, "Port release worker polls every {0}; orphan ports of device owner {1} are "
                        + "reconciled {2}", settings.pollInterval(), settings.deviceOwner(),
                settings.reconcilesPeriodically() ? "every " + settings.reconcileInterval() : "only on request");
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
        try {
            worker.giveBackClaims();
        } catch (RuntimeException e) {
            // the claims run out on their own
            LOG.log(System.Logger.Level.WARNING, "Could not give back the port release claims", e);
        }
    }

    private static Runnable guarded(String what, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, what + " failed; it runs again at its next turn", e);
            }
        };
    }
}
