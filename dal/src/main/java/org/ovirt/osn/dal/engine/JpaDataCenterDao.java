package org.ovirt.osn.dal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaDataCenterDao implements DataCenterDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaDataCenterDao() {
        // for CDI
    }

    public JpaDataCenterDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DataCenterEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(DataCenterEntity.class, id));
    }

    @Override
    public Optional<DataCenterEntity> findByName(String name) {
        return JpaRows.first(em.createNamedQuery(DataCenterEntity.FIND_BY_NAME, DataCenterEntity.class)
                .setParameter("name", name));
    }

    @Override
    public List<DataCenterEntity> findAll() {
        return em.createNamedQuery(DataCenterEntity.FIND_ALL, DataCenterEntity.class).getResultList();
    }

    @Override
    public void save(DataCenterEntity dataCenter) {
        JpaRows.insert(em, dataCenter);
    }

    @Override
    public boolean remove(UUID id) {
        return JpaRows.delete(em, DataCenterEntity.class, id);
    }
}
