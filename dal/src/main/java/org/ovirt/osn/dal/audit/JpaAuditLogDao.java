package org.ovirt.osn.dal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaAuditLogDao implements AuditLogDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaAuditLogDao() {
        // for CDI
    }

    public JpaAuditLogDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(AuditLogEntity entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditLogEntity> findNewestFirst(int first, int max) {
        return em.createNamedQuery(AuditLogEntity.FIND_NEWEST_FIRST, AuditLogEntity.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<AuditLogEntity> findNewestOfProvider(UUID providerId, Collection<Integer> eventCodes) {
        return em.createNamedQuery(AuditLogEntity.FIND_NEWEST_OF_PROVIDER, AuditLogEntity.class)
                .setParameter("providerId", providerId)
                .setParameter("codes", eventCodes)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
