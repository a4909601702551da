package org.ovirt.osn.dal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaClusterDao implements ClusterDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaClusterDao() {
        // for CDI
    }

    public JpaClusterDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ClusterEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(ClusterEntity.class, id));
    }

    @Override
    public Optional<ClusterEntity> findByName(String name) {
        return JpaRows.first(em.createNamedQuery(ClusterEntity.FIND_BY_NAME, ClusterEntity.class)
                .setParameter("name", name));
    }

    @Override
    public List<ClusterEntity> findAll() {
        return em.createNamedQuery(ClusterEntity.FIND_ALL, ClusterEntity.class).getResultList();
    }

    @Override
    public List<ClusterEntity> findByDataCenter(UUID dataCenterId) {
        return em.createNamedQuery(ClusterEntity.FIND_BY_DATA_CENTER, ClusterEntity.class)
                .setParameter("dataCenterId", dataCenterId).getResultList();
    }

    @Override
    public List<ClusterEntity> findByDefaultNetworkProvider(UUID providerId) {
        return em.createNamedQuery(ClusterEntity.FIND_BY_DEFAULT_NETWORK_PROVIDER, ClusterEntity.class)
                .setParameter("providerId", providerId).getResultList();
    }

    @Override
    public void save(ClusterEntity cluster) {
        JpaRows.insertReferring(em, cluster, DataCenterEntity.class, cluster.getDataCenterId());
    }

    @Override
    public boolean remove(UUID id) {
        return JpaRows.delete(em, ClusterEntity.class, id);
    }
}
