package org.ovirt.osn.dal.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSsoTokenDao implements SsoTokenDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaSsoTokenDao() {
        // for CDI
    }

    public JpaSsoTokenDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(SsoTokenEntity token) {
        em.persist(token);
        em.flush();
    }

    @Override
    public Optional<SsoTokenEntity> findValid(String tokenHash, OffsetDateTime now) {
        SsoTokenEntity token = em.find(SsoTokenEntity.class, tokenHash);
        return token == null || !now.isBefore(token.getExpiresAt()) ? Optional.empty() : Optional.of(token);
    }

    @Override
    public boolean delete(String tokenHash) {
        return em.createNamedQuery(SsoTokenEntity.DELETE_BY_HASH).setParameter("hash", tokenHash)
                .executeUpdate() == 1;
    }

    @Override
    public int deleteExpired(OffsetDateTime now, int limit) {
        // JPQL has no DELETE ... LIMIT: pick the batch by the expires_at index, then delete it by primary key
        List<String> hashes = em.createNamedQuery(SsoTokenEntity.FIND_EXPIRED, String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        if (hashes.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(SsoTokenEntity.DELETE_BY_HASHES).setParameter("hashes", hashes).executeUpdate();
    }

    @Override
    public int deleteIssuedByEarlierRuns(String nodeId, String bootId) {
        return em.createNamedQuery(SsoTokenEntity.DELETE_OF_EARLIER_RUNS)
                .setParameter("nodeId", nodeId)
                .setParameter("bootId", bootId)
                .executeUpdate();
    }
}
