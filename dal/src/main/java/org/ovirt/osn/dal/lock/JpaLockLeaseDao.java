package org.ovirt.osn.dal.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.Optional;

@ApplicationScoped
public class JpaLockLeaseDao implements LockLeaseDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaLockLeaseDao() {
        // for CDI
    }

    public JpaLockLeaseDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean tryInsert(LockLeaseEntity lease) {
        // Contenders queue on the key's stripe row (held until this transaction ends), so the one after the winner
        // finds the winner's committed lease: no insert ever violates pk_osn_lock, which each database would log
        // as an error on every lost race.
        em.find(LockStripeEntity.class, LockStripeEntity.of(lease.getKey()), LockModeType.PESSIMISTIC_WRITE);
        em.createNamedQuery(LockLeaseEntity.DELETE_EXPIRED)
                .setParameter("key", lease.getKey())
                .setParameter("now", lease.getAcquiredAt())
                .executeUpdate();
        if (em.find(LockLeaseEntity.class, lease.getKey()) != null) {
            return false;
        }
        em.persist(lease);
        em.flush();
        return true;
    }

    @Override
    public Optional<LockLeaseEntity> find(String key) {
        return Optional.ofNullable(em.find(LockLeaseEntity.class, key));
    }

    @Override
    public boolean renew(String key, String owner, OffsetDateTime expiresAt) {
        return em.createNamedQuery(LockLeaseEntity.RENEW)
                .setParameter("key", key)
                .setParameter("owner", owner)
                .setParameter("expiresAt", expiresAt)
                .executeUpdate() == 1;
    }

    @Override
    public boolean release(String key, String owner) {
        return em.createNamedQuery(LockLeaseEntity.DELETE_OWNED)
                .setParameter("key", key)
                .setParameter("owner", owner)
                .executeUpdate() == 1;
    }

    @Override
    public int renewRun(String nodeId, String runId, OffsetDateTime expiresAt) {
        return em.createNamedQuery(LockLeaseEntity.RENEW_RUN)
                .setParameter("nodeId", nodeId)
                .setParameter("runId", runId)
                .setParameter("expiresAt", expiresAt)
                .executeUpdate();
    }

    @Override
    public int releaseEarlierRuns(String nodeId, String runId) {
        return em.createNamedQuery(LockLeaseEntity.DELETE_EARLIER_RUNS)
                .setParameter("nodeId", nodeId)
                .setParameter("runId", runId)
                .executeUpdate();
    }
}
