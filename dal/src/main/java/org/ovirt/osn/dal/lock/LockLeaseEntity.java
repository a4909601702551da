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
public class LockLeaseEntity {

    public static final String DELETE_EXPIRED = "LockLease.deleteExpired";
    public static final String DELETE_OWNED = "LockLease.deleteOwned";
    public static final String RENEW = "LockLease.renew";

    @Id
    @Column(name = "lock_key", length = 200)
    private String key;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "acquired_at", nullable = false)
    private OffsetDateTime acquiredAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected LockLeaseEntity() {
        // for JPA
    }

    public LockLeaseEntity(String key, String owner, OffsetDateTime acquiredAt, OffsetDateTime expiresAt) {
        this.key = key;
        this.owner = owner;
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
}
