package org.ovirt.osn.dal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaVmDao implements VmDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaVmDao() {
        // for CDI
    }

    public JpaVmDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<VmEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(VmEntity.class, id));
    }

    @Override
    public Optional<VmEntity> findByName(String name) {
        return JpaRows.first(em.createNamedQuery(VmEntity.FIND_BY_NAME, VmEntity.class).setParameter("name", name));
    }

    @Override
    public List<VmEntity> findAll() {
        return em.createNamedQuery(VmEntity.FIND_ALL, VmEntity.class).getResultList();
    }

    @Override
    public List<VmEntity> findByCluster(UUID clusterId) {
        return em.createNamedQuery(VmEntity.FIND_BY_CLUSTER, VmEntity.class)
                .setParameter("clusterId", clusterId).getResultList();
    }

    @Override
    public List<VmEntity> findByHost(UUID hostId) {
        return em.createNamedQuery(VmEntity.FIND_BY_HOST, VmEntity.class)
                .setParameter("hostId", hostId).getResultList();
    }

    @Override
    public void save(VmEntity vm) {
        JpaRows.insertReferring(em, vm, ClusterEntity.class, vm.getClusterId());
    }

    @Override
    public VmEntity update(VmEntity vm) {
        VmEntity managed = em.merge(vm);
        em.flush();
        return managed;
    }

    @Override
    public boolean remove(UUID id) {
        // the database would cascade too; removing them here keeps this persistence context from holding stale vNICs
        new JpaVmNicDao(em).findByVm(id).forEach(em::remove);
        return JpaRows.delete(em, VmEntity.class, id);
    }
}
