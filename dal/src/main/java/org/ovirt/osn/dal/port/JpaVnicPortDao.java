package org.ovirt.osn.dal.port;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaVnicPortDao implements VnicPortDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaVnicPortDao() {
        // for CDI
    }

    public JpaVnicPortDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<VnicPortEntity> findByVnic(UUID vnicId) {
        return Optional.ofNullable(em.find(VnicPortEntity.class, vnicId));
    }

    @Override
    public List<VnicPortEntity> findByVnics(Collection<UUID> vnicIds) {
        if (vnicIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(VnicPortEntity.FIND_BY_VNICS, VnicPortEntity.class)
                .setParameter("vnicIds", vnicIds)
                .getResultList();
    }

    @Override
    public List<VnicPortEntity> findByVm(UUID vmId) {
        return em.createNamedQuery(VnicPortEntity.FIND_BY_VM, VnicPortEntity.class)
                .setParameter("vmId", vmId)
                .getResultList();
    }

    @Override
    public List<VnicPortEntity> findByProvider(UUID providerId) {
        return em.createNamedQuery(VnicPortEntity.FIND_BY_PROVIDER, VnicPortEntity.class)
                .setParameter("providerId", providerId)
                .getResultList();
    }

    @Override
    public void save(VnicPortEntity port) {
        em.persist(port);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean removeByVnic(UUID vnicId) {
        // through the persistence context, so a row read earlier in this transaction is not written back later
        VnicPortEntity port = em.find(VnicPortEntity.class, vnicId);
        if (port == null) {
            return false;
        }
        em.remove(port);
        em.flush();
        return true;
    }
}
