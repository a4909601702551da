package org.ovirt.osn.dal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaNetworkDao implements NetworkDao {

    static final int IDS_PER_QUERY = 10_000;

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaNetworkDao() {
        // for CDI
    }

    public JpaNetworkDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<NetworkEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(NetworkEntity.class, id));
    }

    @Override
    public Optional<NetworkEntity> findByDataCenterAndName(UUID dataCenterId, String name) {
        return JpaRows.first(em.createNamedQuery(NetworkEntity.FIND_BY_DATA_CENTER_AND_NAME, NetworkEntity.class)
                .setParameter("dataCenterId", dataCenterId)
                .setParameter("name", name));
    }

    @Override
    public Optional<NetworkEntity> findByDataCenterAndVdsmName(UUID dataCenterId, String vdsmName) {
        return JpaRows.first(em.createNamedQuery(NetworkEntity.FIND_BY_DATA_CENTER_AND_VDSM_NAME, NetworkEntity.class)
                .setParameter("dataCenterId", dataCenterId)
                .setParameter("vdsmName", vdsmName));
    }

    @Override
    public Set<UUID> findExistingIds(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(new HashSet<>(ids));
        Set<UUID> existing = new HashSet<>();
        // PostgreSQL takes at most 32767 bind parameters in one statement
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            existing.addAll(em.createNamedQuery(NetworkEntity.FIND_EXISTING_IDS, UUID.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .getResultList());
        }
        return existing;
    }

    @Override
    public List<NetworkEntity> findAll() {
        return em.createNamedQuery(NetworkEntity.FIND_ALL, NetworkEntity.class).getResultList();
    }

    @Override
    public List<NetworkEntity> findByDataCenter(UUID dataCenterId) {
        return em.createNamedQuery(NetworkEntity.FIND_BY_DATA_CENTER, NetworkEntity.class)
                .setParameter("dataCenterId", dataCenterId).getResultList();
    }

    @Override
    public List<NetworkEntity> findByCluster(UUID clusterId) {
        return em.createNamedQuery(NetworkEntity.FIND_BY_CLUSTER, NetworkEntity.class)
                .setParameter("clusterId", clusterId).getResultList();
    }

    @Override
    public void save(NetworkEntity network) {
        JpaRows.insertReferring(em, network, DataCenterEntity.class, network.getDataCenterId());
    }

    @Override
    public NetworkEntity update(NetworkEntity network) {
        NetworkEntity managed = em.merge(network);
        em.flush();
        return managed;
    }

    @Override
    public boolean remove(UUID id) {
        return JpaRows.delete(em, NetworkEntity.class, id);
    }
}
