package org.ovirt.osn.dal.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaNetworkProviderDao implements NetworkProviderDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaNetworkProviderDao() {
        // for CDI
    }

    public JpaNetworkProviderDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<NetworkProviderEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(NetworkProviderEntity.class, id));
    }

    @Override
    public Optional<NetworkProviderEntity> findByName(String name) {
        return em.createNamedQuery(NetworkProviderEntity.FIND_BY_NAME, NetworkProviderEntity.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<NetworkProviderEntity> findAll() {
        return em.createNamedQuery(NetworkProviderEntity.FIND_ALL, NetworkProviderEntity.class).getResultList();
    }

    @Override
    public void save(NetworkProviderEntity provider) {
        em.persist(provider);
        em.flush();
    }

    @Override
    public NetworkProviderEntity update(NetworkProviderEntity provider) {
        NetworkProviderEntity managed = em.merge(provider);
        em.flush();
        return managed;
    }

    @Override
    public boolean remove(UUID id) {
        NetworkProviderEntity provider = em.find(NetworkProviderEntity.class, id);
        if (provider == null) {
            return false;
        }
        em.remove(provider);
        em.flush();
        return true;
    }
}
