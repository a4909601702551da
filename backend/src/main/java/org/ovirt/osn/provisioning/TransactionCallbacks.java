package org.ovirt.osn.provisioning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must follow the outcome of the caller's JTA transaction: provider calls, which cannot take part in it.
 * Callbacks run on the thread that ends the transaction, after the database has committed or rolled back; they must
 * not throw (a failure is logged).
 */
@ApplicationScoped
public class TransactionCallbacks {

    private static final System.Logger LOG = System.getLogger(TransactionCallbacks.class.getName());

    @Resource
    private TransactionSynchronizationRegistry registry;

    protected TransactionCallbacks() {
        // for CDI
    }

    public TransactionCallbacks(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** @throws IllegalStateException when no transaction is active */
    public void afterRollback(Runnable work) {
        register(work, false);
    }

    /** @throws IllegalStateException when no transaction is active */
    public void afterCommit(Runnable work) {
        register(work, true);
    }

    private void register(Runnable work, boolean onCommit) {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Provisioning must run inside an active transaction");
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the outcome is not known yet
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == onCommit) {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "Work after the end of a transaction failed", e);
                    }
                }
            }
        });
    }
}
