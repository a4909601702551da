package org.ovirt.osn.provisioning.release;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.ovirt.osn.dal.provider.JpaNetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;
import org.ovirt.osn.dal.provider.ProviderType;
import org.ovirt.osn.dal.release.JpaPortReleaseDao;
import org.ovirt.osn.dal.release.PortReleaseDao;
import org.ovirt.osn.dal.release.PortReleaseEntity;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The real {@code osn_port_release} table in an H2 file database migrated by the module's Flyway scripts, opened and
 * closed like a server opens and closes its database: a closed one keeps its rows for the next {@link #open}.
 */
final class ReleaseDatabase implements AutoCloseable {

    private final EntityManagerFactory emf;

    private ReleaseDatabase(String url) {
        Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
        emf = Persistence.createEntityManagerFactory("osn-release-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "sa"));
    }

    /** @param file without the {@code .mv.db} suffix */
    static ReleaseDatabase open(Path file) {
        return new ReleaseDatabase("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /** The worker's rows over this database, each operation committed on its own as in the server. */
    PortReleaseRows rows() {
        return new PortReleaseRows(new AutoCommitDao());
    }

    /** The provider's row, as adding it through the engine would write it. */
    void registerProvider(UUID id, String name, String url) {
        NetworkProviderEntity provider = new NetworkProviderEntity();
        provider.setId(id);
        provider.setName(name);
        provider.setType(ProviderType.NEUTRON);
        provider.setUrl(url);
        inTransaction(em -> {
            new JpaNetworkProviderDao(em).save(provider);
            return null;
        });
    }

    void removeProvider(UUID id) {
        inTransaction(em -> new JpaNetworkProviderDao(em).remove(id));
    }

    Optional<PortReleaseEntity> find(UUID id) {
        return inTransaction(em -> new JpaPortReleaseDao(em).find(id));
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }

    /** What {@link PortReleaseRows}' REQUIRES_NEW gives in the server: one transaction per call. */
    private final class AutoCommitDao implements PortReleaseDao {

        @Override
        public void save(PortReleaseEntity release) {
            inTransaction(em -> {
                new JpaPortReleaseDao(em).save(release);
                return null;
            });
        }

        @Override
        public Optional<PortReleaseEntity> find(UUID id) {
            return inTransaction(em -> new JpaPortReleaseDao(em).find(id));
        }

        @Override
        public List<UUID> findDue(OffsetDateTime now, int max) {
            return inTransaction(em -> new JpaPortReleaseDao(em).findDue(now, max));
        }

        @Override
        public boolean claim(UUID id, String owner, OffsetDateTime now, OffsetDateTime until) {
            return inTransaction(em -> new JpaPortReleaseDao(em).claim(id, owner, now, until));
        }

        @Override
        public Optional<String> takeOverExpiredClaim(UUID id, String owner, OffsetDateTime now, OffsetDateTime until) {
            return inTransaction(em -> new JpaPortReleaseDao(em).takeOverExpiredClaim(id, owner, now, until));
        }

        @Override
        public boolean recordFailure(UUID id, String owner, OffsetDateTime nextAttemptAt, String lastError) {
            return inTransaction(em -> new JpaPortReleaseDao(em).recordFailure(id, owner, nextAttemptAt, lastError));
        }

        @Override
        public boolean delete(UUID id) {
            return inTransaction(em -> new JpaPortReleaseDao(em).delete(id));
        }

        @Override
        public int unclaimAll(String owner) {
            return inTransaction(em -> new JpaPortReleaseDao(em).unclaimAll(owner));
        }

        @Override
        public List<PortReleaseEntity> findByProvider(UUID providerId) {
            return inTransaction(em -> new JpaPortReleaseDao(em).findByProvider(providerId));
        }

        @Override
        public PendingReleases summarizeByProvider(UUID providerId) {
            return inTransaction(em -> new JpaPortReleaseDao(em).summarizeByProvider(providerId));
        }

        @Override
        public List<UUID> findWithoutProvider(OffsetDateTime now, int max) {
            return inTransaction(em -> new JpaPortReleaseDao(em).findWithoutProvider(now, max));
        }

        @Override
        public boolean isPending(UUID providerId, String portId) {
            return inTransaction(em -> new JpaPortReleaseDao(em).isPending(providerId, portId));
        }
    }
}
