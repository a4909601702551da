package org.ovirt.osn.dal.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPortReleaseDao implements PortReleaseDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaPortReleaseDao() {
        // for CDI
    }

    public JpaPortReleaseDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(PortReleaseEntity release) {
        em.persist(release);
        em.flush();
    }

    @Override
    public Optional<PortReleaseEntity> find(UUID id) {
        return Optional.ofNullable(em.find(PortReleaseEntity.class, id));
    }

    @Override
    public List<UUID> findDue(OffsetDateTime now, int max) {
        return em.createNamedQuery(PortReleaseEntity.FIND_DUE, UUID.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public boolean claim(UUID id, String owner, OffsetDateTime now, OffsetDateTime until) {
        // one conditional UPDATE: the database's row lock decides between two nodes claiming at once
        return em.createNamedQuery(PortReleaseEntity.CLAIM)
                .setParameter("id", id)
                .setParameter("owner", owner)
                .setParameter("now", now)
                .setParameter("until", until)
                .executeUpdate() == 1;
    }

    @Override
    public Optional<String> takeOverExpiredClaim(UUID id, String owner, OffsetDateTime now, OffsetDateTime until) {
        // a scalar read, not the entity: a managed copy would hide what the UPDATE below writes from a later find
        Optional<String> previous = em.createNamedQuery(PortReleaseEntity.EXPIRED_CLAIM_OWNER, String.class)
                .setParameter("id", id)
                .setParameter("owner", owner)
                .setParameter("now", now)
                .getResultStream().findFirst();
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        // compare and set on the previous owner: of several nodes taking over one claim, one changes the row
        int taken = em.createNamedQuery(PortReleaseEntity.TAKE_OVER)
                .setParameter("id", id)
                .setParameter("owner", owner)
                .setParameter("previous", previous.get())
                .setParameter("now", now)
                .setParameter("until", until)
                .executeUpdate();
        return taken == 1 ? previous : Optional.empty();
    }

    @Override
    public boolean recordFailure(UUID id, String owner, OffsetDateTime nextAttemptAt, String lastError) {
        String error = lastError == null || lastError.length() <= PortReleaseEntity.LAST_ERROR_LENGTH ? lastError
                : lastError.substring(0, PortReleaseEntity.LAST_ERROR_LENGTH);
        return em.createNamedQuery(PortReleaseEntity.RECORD_FAILURE)
                .setParameter("id", id)
                .setParameter("owner", owner)
                .setParameter("next", nextAttemptAt)
                .setParameter("error", error)
                .executeUpdate() == 1;
    }

    @Override
    public boolean delete(UUID id) {
        return em.createNamedQuery(PortReleaseEntity.DELETE).setParameter("id", id).executeUpdate() == 1;
    }

    @Override
    public int unclaimAll(String owner) {
        return em.createNamedQuery(PortReleaseEntity.UNCLAIM_ALL).setParameter("owner", owner).executeUpdate();
    }

    @Override
    public List<PortReleaseEntity> findByProvider(UUID providerId) {
        return em.createNamedQuery(PortReleaseEntity.FIND_BY_PROVIDER, PortReleaseEntity.class)
                .setParameter("providerId", providerId)
                .getResultList();
    }

    @Override
    public PendingReleases summarizeByProvider(UUID providerId) {
        Object[] row = em.createNamedQuery(PortReleaseEntity.SUMMARIZE_BY_PROVIDER, Object[].class)
                .setParameter("providerId", providerId)
                .getSingleResult();
        return new PendingReleases(((Number) row[0]).longValue(), (OffsetDateTime) row[1]);
    }

    @Override
    public List<UUID> findWithoutProvider(OffsetDateTime now, int max) {
        return em.createNamedQuery(PortReleaseEntity.FIND_WITHOUT_PROVIDER, UUID.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public boolean isPending(UUID providerId, String portId) {
        return em.createNamedQuery(PortReleaseEntity.COUNT_PENDING_PORT, Long.class)
                .setParameter("providerId", providerId)
                .setParameter("portId", portId)
                .getSingleResult() > 0;
    }
}
