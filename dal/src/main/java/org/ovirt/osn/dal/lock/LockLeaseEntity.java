package org.ovirt.osn.dal.lock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A held lock: who holds which key until when. The primary key makes holding exclusive. */
@Entity
@Table(name = "osn_lock")
@NamedQuery(name = LockLeaseEntity.DELETE_EXPIRED,
        query = "DELETE FROM LockLeaseEntity l WHERE l.key = :key AND l.expiresAt < :now")
@NamedQuery(name = LockLeaseEntity.DELETE_OWNED,
        query = "DELETE FROM LockLeaseEntity l WHERE l.key = :key AND l.owner = :owner")
@NamedQuery(name = LockLeaseEntity.RENEW,
        query = "UPDATE LockLeaseEntity l SET l.expiresAt = :expiresAt WHERE l.key = :key AND l.owner = :owner")
@NamedQuery(name = LockLeaseEntity.RENEW_RUN,
        query = "UPDATE LockLeaseEntity l SET l.expiresAt = :expiresAt WHERE l.nodeId = :nodeId AND l.runId = :runId")
@NamedQuery(name = LockLeaseEntity.DELETE_EARLIER_RUNS,
        query = "DELETE FROM LockLeaseEntity l WHERE l.nodeId = :nodeId AND l.runId <> :runId")
public class LockLeaseEntity {

    public static final String DELETE_EXPIRED = "LockLease.deleteExpired";
    public static final String DELETE_OWNED = "LockLease.deleteOwned";
    public static final String RENEW = "LockLease.renew";
    public static final String RENEW_RUN = "LockLease.renewRun";
    public static final String DELETE_EARLIER_RUNS = "LockLease.deleteEarlierRuns";

    @Id
    @Column(name = "lock_key", length = 200)
    private String key;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "acquired_at", nullable = false)
    private OffsetDateTime acquiredAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    /** The engine node holding the lease; null on leases written before V15. */
    @Column(name = "node_id", length = 200)
    private String nodeId;

    /** The run of the application on that node (new at each start). */
    @Column(name = "run_id", length = 64)
    private String runId;

    protected LockLeaseEntity() {
        // for JPA
    }

    public LockLeaseEntity(String key, String owner, OffsetDateTime acquiredAt, OffsetDateTime expiresAt) {
        this(key, owner, null, null, acquiredAt, expiresAt);
    }

    public LockLeaseEntity(String key, String owner, String nodeId, String runId, OffsetDateTime acquiredAt,
                           OffsetDateTime expiresAt) {
        this.key = key;
        this.owner = owner;
        this.nodeId = nodeId;
        this.runId = runId;
        this.acquiredAt = acquiredAt;
        this.expiresAt = expiresAt;
    }

    public String getKey() {
        return key;
    }

    public String getOwner() {
        return owner;
    }

    public OffsetDateTime getAcquiredAt() {
        return acquiredAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getRunId() {
        return runId;
    }
}
