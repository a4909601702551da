package org.ovirt.osn.dal.lock;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Lock leases. Each method is meant to run in a transaction of its own, committed at once, so that other nodes see
 * the lease (or its absence) immediately.
 */
public interface LockLeaseDao {

    /**
     * Takes the lease unless someone holds it: an expired lease of another owner is removed first. Contenders for
     * one key wait for each other for the length of this transaction; a lost race answers false, it never fails.
     *
     * @return whether the lease is now held by its owner
     */
    boolean tryInsert(LockLeaseEntity lease);

    Optional<LockLeaseEntity> find(String key);

    /** @return whether the owner held the lease and extended it */
    boolean renew(String key, String owner, OffsetDateTime expiresAt);

    /** @return whether the owner held the lease (it is gone now either way) */
    boolean release(String key, String owner);

    /**
     * Extends every lease the node holds in this run. One that ran out while the node was paused is extended too
     * when nobody took it meanwhile: the command holding it is still running.
     *
     * @return how many leases were extended
     */
    int renewRun(String nodeId, String runId, OffsetDateTime expiresAt);

    /**
     * Frees the leases the node took in its earlier runs: their holders died with that run.
     *
     * @return how many were freed
     */
    int releaseEarlierRuns(String nodeId, String runId);
}
