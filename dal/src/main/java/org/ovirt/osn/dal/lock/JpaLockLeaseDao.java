package org.ovirt.osn.dal.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

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
        em.createNamedQuery(LockLeaseEntity.DELETE_EXPIRED)
                .setParameter("key", lease.getKey())
                .setParameter("now", lease.getAcquiredAt())
                .executeUpdate();
        if (em.find(LockLeaseEntity.class, lease.getKey()) != null) {
            return false;
        }
        try {
            em.persist(lease);
            em.flush();
            return true;
        } catch (PersistenceException raceLost) {
            // another node inserted the same key between our check and our insert; the primary key decided.
            // The transaction is marked for rollback now; the caller's transaction ends here anyway.
            return false;
        }
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
}
