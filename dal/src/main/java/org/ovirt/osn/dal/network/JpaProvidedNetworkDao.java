package org.ovirt.osn.dal.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaProvidedNetworkDao implements ProvidedNetworkDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaProvidedNetworkDao() {
        // for CDI
    }

    public JpaProvidedNetworkDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ProvidedNetworkEntity> findByNetwork(UUID networkId) {
        return em.createNamedQuery(ProvidedNetworkEntity.FIND_BY_NETWORK, ProvidedNetworkEntity.class)
                .setParameter("networkId", networkId)
                .getResultList();
    }

    @Override
    public List<ProvidedNetworkEntity> findByProvider(UUID providerId) {
        return em.createNamedQuery(ProvidedNetworkEntity.FIND_BY_PROVIDER, ProvidedNetworkEntity.class)
                .setParameter("providerId", providerId)
                .getResultList();
    }

    @Override
    public List<ProvidedNetworkEntity> findByExternal(UUID providerId, String externalId) {
        return em.createNamedQuery(ProvidedNetworkEntity.FIND_BY_EXTERNAL, ProvidedNetworkEntity.class)
                .setParameter("providerId", providerId)
                .setParameter("externalId", externalId)
                .getResultList();
    }

    @Override
    public void save(ProvidedNetworkEntity link) {
        em.persist(link);
        em.flush();
    }

    @Override
    public boolean remove(UUID linkId) {
        ProvidedNetworkEntity link = em.find(ProvidedNetworkEntity.class, linkId);
        if (link == null) {
            return false;
        }
        em.remove(link);
        em.flush();
        return true;
    }

    @Override
    public int removeByNetwork(UUID networkId) {
        return em.createNamedQuery(ProvidedNetworkEntity.DELETE_BY_NETWORK)
                .setParameter("networkId", networkId)
                .executeUpdate();
    }

    @Override
    public boolean markVanished(UUID linkId, OffsetDateTime at) {
        return em.createNamedQuery(ProvidedNetworkEntity.MARK_VANISHED)
                .setParameter("id", linkId)
                .setParameter("at", at)
                .executeUpdate() == 1;
    }

    @Override
    public boolean clearVanished(UUID linkId) {
        return em.createNamedQuery(ProvidedNetworkEntity.CLEAR_VANISHED)
                .setParameter("id", linkId)
                .executeUpdate() == 1;
    }
}
