package org.ovirt.osn.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.dal.lock.LockLeaseDao;
import org.ovirt.osn.dal.lock.LockLeaseEntity;
import org.ovirt.osn.job.JobNode;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Lease operations, each committed on its own so every node sees it at once. Every lease is taken for this node's
 * current run ({@link JobNode}): {@link #renewHeld} extends them all while the node lives, {@link #releaseEarlierRuns}
 * frees what an earlier run of the node left.
 */
@ApplicationScoped
public class LockLeases {

    private LockLeaseDao dao;
    private JobNode node;
    private Clock clock;

    protected LockLeases() {
        // for CDI proxies
    }

    @Inject
    public LockLeases(LockLeaseDao dao, JobNode node) {
        this(dao, node, Clock.systemUTC());
    }

    public LockLeases(LockLeaseDao dao, JobNode node, Clock clock) {
        this.dao = dao;
        this.node = node;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String key, String owner, Duration ttl) {
        OffsetDateTime now = now();
        return dao.tryInsert(new LockLeaseEntity(key, owner, node.nodeId(), node.runId(), now, now.plus(ttl)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String holder(String key) {
        return dao.find(key).map(LockLeaseEntity::getOwner).orElse(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String key, String owner) {
        dao.release(key, owner);
    }

    /** @return how many leases of this run were extended to now + ttl */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int renewHeld(Duration ttl) {
        return dao.renewRun(node.nodeId(), node.runId(), now().plus(ttl));
    }

    /** @return how many leases this node's earlier runs left behind (now freed) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseEarlierRuns() {
        return dao.releaseEarlierRuns(node.nodeId(), node.runId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
