package org.ovirt.osn.sso;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.sso.JpaSsoTokenDao;
import org.ovirt.osn.dal.sso.SsoTokenDao;
import org.ovirt.osn.dal.sso.SsoTokenEntity;
import org.ovirt.osn.job.JobNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two engine nodes on one PostgreSQL database, each with its own {@link SharedSsoTokens} over its own connections:
 * what issue #13 §4 asks of tokens behind a load balancer without sticky sessions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSsoTokensTwoNodesPostgresTest {

    private static final String SCOPE = "ovirt-app-api ovirt-ext=token-info:validate";

    private final String adminUrl = System.getProperty("osn.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private final String dbName = "osn_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private String url;
    private EntityManagerFactory nodeAConnections;
    private EntityManagerFactory nodeBConnections;

    @BeforeAll
    void createDatabase() {
        execute(adminUrl, "CREATE DATABASE " + dbName);
        url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + dbName;
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load()
                .migrate();
        nodeAConnections = connections();
        nodeBConnections = connections();
    }

    @AfterAll
    void dropDatabase() {
        nodeAConnections.close();
        nodeBConnections.close();
        execute(adminUrl, "DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
    }

    private SharedSsoTokens node(EntityManagerFactory connections, String nodeId, String runId) {
        return new SharedSsoTokens(new TransactionPerCallDao(connections), new JobNode(nodeId, runId));
    }

    @Test
    void shouldAcceptOnNodeBATokenNodeAIssued() {
        SharedSsoTokens a = node(nodeAConnections, "node-a", "run-1");
        SharedSsoTokens b = node(nodeBConnections, "node-b", "run-1");

        SharedSsoTokens.Issued issued = a.issue("alice@internal", SCOPE, Duration.ofHours(1));

        assertEquals(Optional.of(issued.stored()), b.find(issued.token()));
    }

    @Test
    void shouldRefuseOnNodeAATokenRevokedOnNodeB() {
        SharedSsoTokens a = node(nodeAConnections, "node-a", "run-1");
        SharedSsoTokens b = node(nodeBConnections, "node-b", "run-1");
        SharedSsoTokens.Issued issued = a.issue("alice@internal", SCOPE, Duration.ofHours(1));
        assertTrue(a.find(issued.token()).isPresent());

        b.revoke(issued.token());

        assertTrue(a.find(issued.token()).isEmpty());
    }

    @Test
    void shouldDropOnlyItsOwnEarlierRunsTokensWhenNodeBRestarts() {
        SharedSsoTokens a = node(nodeAConnections, "node-a", "run-1");
        SharedSsoTokens bBefore = node(nodeBConnections, "node-b", "run-1");
        String ofA = a.issue("alice@internal", SCOPE, Duration.ofHours(1)).token();
        String ofB = bBefore.issue("bob@internal", SCOPE, Duration.ofHours(1)).token();

        SharedSsoTokens bAfterRestart = node(nodeBConnections, "node-b", "run-2");
        int dropped = bAfterRestart.dropIssuedByEarlierRuns();

        assertEquals(1, dropped);
        assertTrue(bAfterRestart.find(ofB).isEmpty(), "node B's own token of its earlier run");
        assertTrue(bAfterRestart.find(ofA).isPresent(), "node A's token, on node B");
        assertTrue(a.find(ofA).isPresent(), "node A's token, on node A");
    }

    @Test
    void shouldKeepOnlyTheDigestOfATokenInTheTable() throws SQLException {
        SharedSsoTokens a = node(nodeAConnections, "node-a", "run-1");
        String token = a.issue("carol@internal", SCOPE, Duration.ofHours(1)).token();

        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT token_hash FROM osn_sso_token WHERE user_name = 'carol@internal'")) {
            assertTrue(rows.next());
            String stored = rows.getString(1);
            assertEquals(SharedSsoTokens.digest(token), stored);
            assertFalse(stored.contains(token));
            assertEquals(64, stored.length());
            assertFalse(rows.next());
        }
    }

    private EntityManagerFactory connections() {
        return Persistence.createEntityManagerFactory("osn-sso-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "postgres",
                "jakarta.persistence.jdbc.password", "postgres"));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " failed on: " + sql, e);
        }
    }

    /** What the container's transaction around each {@link SharedSsoTokens} call gives: one per call, committed. */
    private static final class TransactionPerCallDao implements SsoTokenDao {

        private final EntityManagerFactory connections;

        TransactionPerCallDao(EntityManagerFactory connections) {
            this.connections = connections;
        }

        private <T> T inTransaction(Function<SsoTokenDao, T> work) {
            EntityManager em = connections.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(new JpaSsoTokenDao(em));
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
        public void insert(SsoTokenEntity token) {
            inTransaction(dao -> {
                dao.insert(token);
                return null;
            });
        }

        @Override
        public Optional<SsoTokenEntity> findValid(String tokenHash, OffsetDateTime now) {
            return inTransaction(dao -> dao.findValid(tokenHash, now));
        }

        @Override
        public boolean delete(String tokenHash) {
            return inTransaction(dao -> dao.delete(tokenHash));
        }

        @Override
        public int deleteExpired(OffsetDateTime now, int limit) {
            return inTransaction(dao -> dao.deleteExpired(now, limit));
        }

        @Override
        public int deleteIssuedByEarlierRuns(String nodeId, String bootId) {
            return inTransaction(dao -> dao.deleteIssuedByEarlierRuns(nodeId, bootId));
        }
    }
}
