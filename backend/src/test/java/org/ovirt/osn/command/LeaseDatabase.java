package org.ovirt.osn.command;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.ovirt.osn.dal.lock.JpaLockLeaseDao;
import org.ovirt.osn.dal.lock.LockLeaseDao;
import org.ovirt.osn.dal.lock.LockLeaseEntity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The real {@code osn_lock} tables, migrated by the module's Flyway scripts, in a fresh in-memory H2 database or a
 * new database on the machine's PostgreSQL (dropped on {@link #close()}). Each engine node under test gets its own
 * {@link #dao()}: a connection pool of its own, each call committed on its own as {@link LockLeases}' REQUIRES_NEW
 * does in the server.
 */
final class LeaseDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final Runnable dropper;
    private final java.util.List<EntityManagerFactory> pools = new java.util.ArrayList<>();

    private LeaseDatabase(String url, String user, Runnable dropper) {
        this.url = url;
        this.user = user;
        this.dropper = dropper;
        Flyway.configure().dataSource(url, user, user).locations("classpath:db/migration").load().migrate();
    }

    static LeaseDatabase h2() {
        return new LeaseDatabase("jdbc:h2:mem:osn_lock_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1", "sa", () -> { });
    }

    static LeaseDatabase postgres() {
        String admin = System.getProperty("osn.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = "osn_test_lock_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "CREATE DATABASE " + name);
        return new LeaseDatabase(admin.substring(0, admin.lastIndexOf('/') + 1) + name, "postgres",
                () -> execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " failed on: " + sql, e);
        }
    }

    /** The DAO one engine node would use: its own pool on the shared database. */
    LockLeaseDao dao() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("osn-lock-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", user));
        pools.add(emf);
        return new AutoCommitDao(emf);
    }

    @Override
    public void close() {
        pools.forEach(EntityManagerFactory::close);
        dropper.run();
    }

    private record AutoCommitDao(EntityManagerFactory emf) implements LockLeaseDao {

        private <T> T inTransaction(Function<LockLeaseDao, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(new JpaLockLeaseDao(em));
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
        public boolean tryInsert(LockLeaseEntity lease) {
            return inTransaction(dao -> dao.tryInsert(lease));
        }

        @Override
        public Optional<LockLeaseEntity> find(String key) {
            return inTransaction(dao -> dao.find(key));
        }

        @Override
        public boolean renew(String key, String owner, OffsetDateTime expiresAt) {
            return inTransaction(dao -> dao.renew(key, owner, expiresAt));
        }

        @Override
        public boolean release(String key, String owner) {
            return inTransaction(dao -> dao.release(key, owner));
        }

        @Override
        public int renewRun(String nodeId, String runId, OffsetDateTime expiresAt) {
            return inTransaction(dao -> dao.renewRun(nodeId, runId, expiresAt));
        }

        @Override
        public int releaseEarlierRuns(String nodeId, String runId) {
            return inTransaction(dao -> dao.releaseEarlierRuns(nodeId, runId));
        }
    }
}
