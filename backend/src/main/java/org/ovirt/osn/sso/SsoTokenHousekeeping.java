package org.ovirt.osn.sso;

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
import org.ovirt.osn.config.OsnConfiguration;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * At start (after the schema migration, before requests are taken) drops the tokens this node issued in an earlier
 * run, so a restart logs this node's users out as the engine's restart does, and leaves other nodes' tokens alone.
 * Then deletes expired rows every {@code osn.sso.token.purge.seconds} (default 300), at most
 * {@value #PURGE_BATCH} rows per transaction and {@value #PURGE_BATCHES} batches per run. An expired token is refused
 * by its expiry whether or not its row is gone yet; the purge only keeps the table small.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class SsoTokenHousekeeping {

    private static final System.Logger LOG = System.getLogger(SsoTokenHousekeeping.class.getName());
    static final int PURGE_BATCH = 1000;
    static final int PURGE_BATCHES = 10;

    @Resource
    private ManagedScheduledExecutorService scheduler;
    @Inject
    private SharedSsoTokens tokens;
    @Inject
    private OsnConfiguration configuration;

    private ScheduledFuture<?> purge;

    @PostConstruct
    void start() {
        try {
            int dropped = tokens.dropIssuedByEarlierRuns();
            LOG.log(System.Logger.Level.INFO, "Dropped {0} SSO tokens this node issued before its restart", dropped);
        } catch (RuntimeException e) {
            // the tokens still expire on their own; the deployment must not fail for this
            LOG.log(System.Logger.Level.ERROR, "Could not drop the SSO tokens of this node's earlier run", e);
        }
        long interval = configuration.getSeconds("osn.sso.token.purge.seconds", 300).toMillis();
        purge = scheduler.scheduleWithFixedDelay(this::purgeExpired, interval, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (purge != null) {
            purge.cancel(false);
        }
    }

    private void purgeExpired() {
        try {
            for (int batch = 0; batch < PURGE_BATCHES && tokens.purgeExpired(PURGE_BATCH) == PURGE_BATCH; batch++) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again
            LOG.log(System.Logger.Level.WARNING, "Purging expired SSO tokens failed; it runs again at its next turn",
                    e);
        }
    }
}
