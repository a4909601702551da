package org.ovirt.osn.command.sync;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link AutoSync} every {@code osn.sync.interval.seconds} (default 300, as the engine's
 * ExternalNetworkProviderSynchronizationRate; 0 turns it off) on the server's managed scheduled executor, with a
 * fixed delay so that passes never overlap on one node. The first pass waits one interval, so start-up stays quick.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class NetworkSyncScheduler {

    static final String INTERVAL = "osn.sync.interval.seconds";
    static final int DEFAULT_INTERVAL = 300;
    private static final System.Logger LOG = System.getLogger(NetworkSyncScheduler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService executor;
    @Inject
    OsnConfiguration configuration;
    @Inject
    AutoSync autoSync;

    private ScheduledFuture<?> scheduled;

    @PostConstruct
    void start() {
        int interval = configuration.getInt(INTERVAL, DEFAULT_INTERVAL);
        if (interval <= 0) {
            LOG.log(System.Logger.Level.INFO, "Periodic network sync is off ({0}={1})", INTERVAL, interval);
            return;
        }
        scheduled = executor.scheduleWithFixedDelay(this::pass, interval, interval, TimeUnit.SECONDS);
        LOG.log(System.Logger.Level.INFO, "Periodic network sync of auto-sync providers every {0} s", interval);
    }

    private void pass() {
        try {
            autoSync.runOnce();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again; the next pass must still come
            LOG.log(System.Logger.Level.ERROR, "Periodic network sync pass failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
