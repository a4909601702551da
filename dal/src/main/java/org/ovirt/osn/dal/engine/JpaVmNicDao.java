package org.ovirt.osn.dal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaVmNicDao implements VmNicDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaVmNicDao() {
        // for CDI
    }

    public JpaVmNicDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<VmNicEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(VmNicEntity.class, id));
    }

    @Override
    public List<VmNicEntity> findByVm(UUID vmId) {
        return em.createNamedQuery(VmNicEntity.FIND_BY_VM, VmNicEntity.class)
                .setParameter("vmId", vmId).getResultList();
    }

    @Override
    public Optional<VmNicEntity> findByVmAndName(UUID vmId, String name) {
        return JpaRows.first(em.createNamedQuery(VmNicEntity.FIND_BY_VM_AND_NAME, VmNicEntity.class)
                .setParameter("vmId", vmId).setParameter("name", name));
    }

    @Override
    public Optional<VmNicEntity> findByMac(String mac) {
        return JpaRows.first(em.createNamedQuery(VmNicEntity.FIND_BY_MAC, VmNicEntity.class)
                .setParameter("mac", mac));
    }

    @Override
    public List<VmNicEntity> findByProfile(UUID profileId) {
        return em.createNamedQuery(VmNicEntity.FIND_BY_PROFILE, VmNicEntity.class)
                .setParameter("profileId", profileId).getResultList();
    }

    @Override
    public List<VmNicEntity> findByNetwork(UUID networkId) {
        return em.createNamedQuery(VmNicEntity.FIND_BY_NETWORK, VmNicEntity.class)
                .setParameter("networkId", networkId).getResultList();
    }

    @Override
    public void save(VmNicEntity nic) {
        JpaRows.insertReferring(em, nic, VmEntity.class, nic.getVmId(), VnicProfileEntity.class,
                nic.getVnicProfileId());
    }

    @Override
    public VmNicEntity update(VmNicEntity nic) {
        VmNicEntity managed = em.merge(nic);
        em.flush();
        return managed;
    }

    @Override
    public boolean remove(UUID id) {
        return JpaRows.delete(em, VmNicEntity.class, id);
    }
}
