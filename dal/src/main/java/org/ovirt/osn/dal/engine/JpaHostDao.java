package org.ovirt.osn.dal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaHostDao implements HostDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaHostDao() {
        // for CDI
    }

    public JpaHostDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<HostEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(HostEntity.class, id));
    }

    @Override
    public Optional<HostEntity> findByName(String name) {
        return JpaRows.first(em.createNamedQuery(HostEntity.FIND_BY_NAME, HostEntity.class)
                .setParameter("name", name));
    }

    @Override
    public Optional<HostEntity> findByAddress(String address) {
        return JpaRows.first(em.createNamedQuery(HostEntity.FIND_BY_ADDRESS, HostEntity.class)
                .setParameter("address", address));
    }

    @Override
    public List<HostEntity> findAll() {
        return em.createNamedQuery(HostEntity.FIND_ALL, HostEntity.class).getResultList();
    }

    @Override
    public List<HostEntity> findByCluster(UUID clusterId) {
        return em.createNamedQuery(HostEntity.FIND_BY_CLUSTER, HostEntity.class)
                .setParameter("clusterId", clusterId).getResultList();
    }

    @Override
    public void save(HostEntity host) {
        JpaRows.insertReferring(em, host, ClusterEntity.class, host.getClusterId());
    }

    @Override
    public boolean remove(UUID id) {
        return JpaRows.delete(em, HostEntity.class, id);
    }

    @Override
    public Optional<String> findProviderBinding(UUID hostId, String pluginType) {
        return Optional.ofNullable(em.find(HostProviderBindingEntity.class,
                        new HostProviderBindingEntity.Key(hostId, pluginType)))
                .map(HostProviderBindingEntity::getBindingHostId);
    }

    @Override
    public void saveProviderBinding(UUID hostId, String pluginType, String bindingHostId) {
        HostProviderBindingEntity existing = em.find(HostProviderBindingEntity.class,
                new HostProviderBindingEntity.Key(hostId, pluginType));
        if (existing == null) {
            JpaRows.insert(em, new HostProviderBindingEntity(hostId, pluginType, bindingHostId));
        } else {
            existing.setBindingHostId(bindingHostId);
            em.flush();
        }
    }
}
