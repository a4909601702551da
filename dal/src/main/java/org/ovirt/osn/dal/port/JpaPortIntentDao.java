package org.ovirt.osn.dal.port;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaPortIntentDao implements PortIntentDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaPortIntentDao() {
        // for CDI
    }

    public JpaPortIntentDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public void open(List<PortIntentEntity> intents) {
        intents.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<PortIntentEntity> findByVnics(Collection<UUID> vnicIds) {
        if (vnicIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(PortIntentEntity.FIND_BY_VNICS, PortIntentEntity.class)
                .setParameter("vnicIds", vnicIds)
                .getResultList();
    }

    @Override
    public List<PortIntentEntity> findByVm(UUID vmId) {
        return em.createNamedQuery(PortIntentEntity.FIND_BY_VM, PortIntentEntity.class)
                .setParameter("vmId", vmId)
                .getResultList();
    }

    @Override
    public int closeOnProvider(UUID providerId, Collection<UUID> vnicIds) {
        if (vnicIds.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(PortIntentEntity.CLOSE_ON_PROVIDER)
                .setParameter("providerId", providerId)
                .setParameter("vnicIds", vnicIds)
                .executeUpdate();
    }

    @Override
    public int closeAttempt(UUID attemptId) {
        return em.createNamedQuery(PortIntentEntity.CLOSE_ATTEMPT).setParameter("attemptId", attemptId)
                .executeUpdate();
    }

    @Override
    public int closeOfVnic(UUID vnicId) {
        return em.createNamedQuery(PortIntentEntity.CLOSE_OF_VNIC).setParameter("vnicId", vnicId).executeUpdate();
    }

    @Override
    public int closeOfVm(UUID vmId) {
        return em.createNamedQuery(PortIntentEntity.CLOSE_OF_VM).setParameter("vmId", vmId).executeUpdate();
    }
}
