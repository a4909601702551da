package org.ovirt.osn.provisioning.release;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.ovirt.osn.dal.release.PortReleaseDao;
import org.ovirt.osn.dal.release.PortReleaseEntity;
import org.ovirt.osn.dal.release.PortReleaseOrigin;
import org.ovirt.osn.provisioning.PortRelease;
import org.ovirt.osn.provisioning.PortReleaseQueue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The release queue on {@code osn_port_release}: the row joins the caller's JTA transaction, and an interposed
 * synchronization hands it to the worker on the managed executor once that transaction has committed, so the caller
 * never waits for the provider and a rolled-back change releases nothing. Should the executor refuse the task or the
 * server stop first, the row is due already and the next poll of any node carries it out.
 */
@ApplicationScoped
public class JtaPortReleaseQueue implements PortReleaseQueue {

    private static final System.Logger LOG = System.getLogger(JtaPortReleaseQueue.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;
    @Resource
    private ManagedExecutorService managedExecutor;

    private PortReleaseDao dao;
    private PortReleaseWorker worker;
    private Executor executor;
    private Clock clock = Clock.systemUTC();

    protected JtaPortReleaseQueue() {
        // for CDI proxies
    }

    @Inject
    public JtaPortReleaseQueue(PortReleaseDao dao, PortReleaseWorker worker) {
        this.dao = dao;
        this.worker = worker;
    }

    public JtaPortReleaseQueue(PortReleaseDao dao, PortReleaseWorker worker,
                               TransactionSynchronizationRegistry transactions, Executor executor, Clock clock) {
        this(dao, worker);
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    /** @throws IllegalStateException when no transaction is active: the release would not be atomic with its cause */
    @Override
    public void enqueue(PortRelease release) {
        int status = transactions.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("A port release must be enqueued inside an active transaction, together "
                    + "with the engine change that makes it necessary (transaction status " + status + "); vNIC "
                    + release.vnicId() + ", provider " + release.providerId());
        }
        PortReleaseEntity row = new PortReleaseEntity(UUID.randomUUID(), release.providerId(), release.portId(),
                release.vnicId(), release.vnicName(), release.vmName(), PortReleaseOrigin.ENGINE,
                OffsetDateTime.now(clock));
        dao.save(row);
        transactions.registerInterposedSynchronization(new AttemptAfterCommit(row.getId()));
    }

    /** Tries the release at once, off the committing thread; a refused task is left to the poll. */
    public void attemptSoon(UUID releaseId) {
        try {
            executor().execute(() -> worker.attempt(releaseId));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.INFO, "Port release {0} waits for the next poll: {1}", releaseId,
                    e.getMessage());
        }
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }

    private final class AttemptAfterCommit implements Synchronization {

        private final UUID releaseId;

        AttemptAfterCommit(UUID releaseId) {
            this.releaseId = releaseId;
        }

        @Override
        public void beforeCompletion() {
            // nothing to do before the commit: the row is part of it
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                attemptSoon(releaseId);
            }
        }
    }
}
