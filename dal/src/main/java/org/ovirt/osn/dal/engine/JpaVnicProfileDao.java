package org.ovirt.osn.dal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaVnicProfileDao implements VnicProfileDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaVnicProfileDao() {
        // for CDI
    }

    public JpaVnicProfileDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<VnicProfileEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(VnicProfileEntity.class, id));
    }

    @Override
    public Optional<VnicProfileEntity> findByNetworkAndName(UUID networkId, String name) {
        return JpaRows.first(em.createNamedQuery(VnicProfileEntity.FIND_BY_NETWORK_AND_NAME, VnicProfileEntity.class)
                .setParameter("networkId", networkId)
                .setParameter("name", name));
    }

    @Override
    public List<VnicProfileEntity> findAll() {
        return em.createNamedQuery(VnicProfileEntity.FIND_ALL, VnicProfileEntity.class).getResultList();
    }

    @Override
    public List<VnicProfileEntity> findByNetwork(UUID networkId) {
        return em.createNamedQuery(VnicProfileEntity.FIND_BY_NETWORK, VnicProfileEntity.class)
                .setParameter("networkId", networkId).getResultList();
    }

    @Override
    public void save(VnicProfileEntity profile) {
        JpaRows.insertReferring(em, profile, NetworkEntity.class, profile.getNetworkId());
    }

    @Override
    public boolean remove(UUID id) {
        return JpaRows.delete(em, VnicProfileEntity.class, id);
    }
}
