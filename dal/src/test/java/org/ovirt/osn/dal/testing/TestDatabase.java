package org.ovirt.osn.dal.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fresh, migrated database of its own for one test class: an in-memory H2 one, or a new database on the real
 * PostgreSQL server (dropped again on {@link #close()}).
 */
public final class TestDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final Runnable dropper;
    private final EntityManagerFactory emf;

    private TestDatabase(String jdbcUrl, String user, String password, Runnable dropper) {
        this.jdbcUrl = jdbcUrl;
        this.dropper = dropper;
        Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration").load().migrate();
        this.emf = Persistence.createEntityManagerFactory("osn-test", Map.of(
                "jakarta.persistence.jdbc.url", jdbcUrl,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
    }

    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:osn_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase(url, "sa", "sa", () -> { });
    }

    /**
     * Creates {@code osn_test_<random>} on the PostgreSQL server named by {@code osn.test.pg.url} (default
     * 127.0.0.1:5432, user postgres, trust auth). Fails, rather than skips, when the server does not answer.
     */
    public static TestDatabase postgres() {
        String adminUrl = System.getProperty("osn.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("osn.test.pg.user", "postgres");
        String password = System.getProperty("osn.test.pg.password", "postgres");
        String dbName = "osn_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(adminUrl, user, password, "CREATE DATABASE " + dbName);
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + dbName;
        return new TestDatabase(url, user, password,
                () -> execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " failed on: " + sql, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Runs the work in one committed transaction (rolled back if it throws) and returns its result. */
    public <T> T query(Function<EntityManager, T> work) {
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

    /** Runs the work in one committed transaction (rolled back if it throws). */
    public void run(Consumer<EntityManager> work) {
        query(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        emf.close();
        dropper.run();
    }
}
