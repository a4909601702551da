package org.ovirt.osn.dal.lock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every database must do for {@link JpaLockLeaseDao}; subclasses pick the database. */
abstract class LockLeaseDaoContract {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);

    private final TestDatabase db;

    LockLeaseDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private static String key() {
        return "provider:" + UUID.randomUUID();
    }

    /** A lost race must answer false and commit: any exception (a violated key, a rollback) fails the test. */
    private boolean tryInsert(String key, String owner, OffsetDateTime expiresAt) {
        return tryInsert(new LockLeaseEntity(key, owner, "node-of-" + owner, "run-1", NOW, expiresAt));
    }

    private boolean tryInsert(LockLeaseEntity lease) {
        return db.query(em -> new JpaLockLeaseDao(em).tryInsert(lease));
    }

    private LockLeaseEntity lease(String key) {
        return db.query(em -> new JpaLockLeaseDao(em).find(key)).orElseThrow();
    }

    @Test
    void shouldGiveTheLeaseToOneOwnerAtATime() {
        String key = key();

        assertTrue(tryInsert(key, "node-a", NOW.plusMinutes(5)));
        assertFalse(tryInsert(key, "node-b", NOW.plusMinutes(5)));
        assertEquals("node-a", db.query(em -> new JpaLockLeaseDao(em).find(key)).orElseThrow().getOwner());
    }

    @Test
    void shouldHandAnExpiredLeaseToTheNextOwner() {
        String key = key();
        assertTrue(tryInsert(key, "crashed-node", NOW.minusSeconds(1)));
        assertEquals("crashed-node", db.query(em -> new JpaLockLeaseDao(em).find(key)).orElseThrow().getOwner());

        assertTrue(tryInsert(key, "node-b", NOW.plusMinutes(5)));
        assertEquals("node-b", db.query(em -> new JpaLockLeaseDao(em).find(key)).orElseThrow().getOwner());
    }

    @Test
    void shouldReleaseAndRenewOnlyForTheOwner() {
        String key = key();
        assertTrue(tryInsert(key, "node-a", NOW.plusMinutes(5)));

        boolean renewedByOther = db.query(em -> new JpaLockLeaseDao(em).renew(key, "node-b", NOW.plusHours(1)));
        boolean releasedByOther = db.query(em -> new JpaLockLeaseDao(em).release(key, "node-b"));
        boolean renewed = db.query(em -> new JpaLockLeaseDao(em).renew(key, "node-a", NOW.plusHours(1)));
        boolean released = db.query(em -> new JpaLockLeaseDao(em).release(key, "node-a"));

        assertFalse(renewedByOther);
        assertFalse(releasedByOther);
        assertTrue(renewed);
        assertTrue(released);
        assertTrue(db.query(em -> new JpaLockLeaseDao(em).find(key)).isEmpty());
    }

    @Test
    void shouldRecordTheNodeAndRunHoldingTheLease() {
        String key = key();
        assertTrue(tryInsert(new LockLeaseEntity(key, "node-a/import", "node-a", "run-7", NOW, NOW.plusSeconds(20))));

        LockLeaseEntity lease = lease(key);
        assertEquals("node-a", lease.getNodeId());
        assertEquals("run-7", lease.getRunId());
    }

    @Test
    void shouldRenewEveryLeaseOfTheRunAndNoOtherRunsOrNodes() {
        String mine = key();
        String mineToo = key();
        String earlierRun = key();
        String otherNode = key();
        OffsetDateTime soon = NOW.plusSeconds(20);
        tryInsert(new LockLeaseEntity(mine, "a/1", "node-a", "run-2", NOW, soon));
        tryInsert(new LockLeaseEntity(mineToo, "a/2", "node-a", "run-2", NOW, NOW.minusSeconds(1)));
        tryInsert(new LockLeaseEntity(earlierRun, "a/0", "node-a", "run-1", NOW, soon));
        tryInsert(new LockLeaseEntity(otherNode, "b/1", "node-b", "run-2", NOW, soon));

        int renewed = db.query(em -> new JpaLockLeaseDao(em).renewRun("node-a", "run-2", NOW.plusMinutes(1)));

        assertEquals(2, renewed);
        assertEquals(NOW.plusMinutes(1).toInstant(), lease(mine).getExpiresAt().toInstant());
        assertEquals(NOW.plusMinutes(1).toInstant(), lease(mineToo).getExpiresAt().toInstant());
        assertEquals(soon.toInstant(), lease(earlierRun).getExpiresAt().toInstant());
        assertEquals(soon.toInstant(), lease(otherNode).getExpiresAt().toInstant());
    }

    @Test
    void shouldFreeOnlyTheLeasesOfTheNodesEarlierRuns() {
        String current = key();
        String earlier = key();
        String otherNode = key();
        OffsetDateTime later = NOW.plusMinutes(10);
        tryInsert(new LockLeaseEntity(current, "a/1", "node-restarted", "run-2", NOW, later));
        tryInsert(new LockLeaseEntity(earlier, "a/0", "node-restarted", "run-1", NOW, later));
        tryInsert(new LockLeaseEntity(otherNode, "b/1", "node-other", "run-1", NOW, later));

        int freed = db.query(em -> new JpaLockLeaseDao(em).releaseEarlierRuns("node-restarted", "run-2"));

        assertEquals(1, freed);
        assertTrue(db.query(em -> new JpaLockLeaseDao(em).find(earlier)).isEmpty());
        assertEquals("a/1", lease(current).getOwner());
        assertEquals("b/1", lease(otherNode).getOwner());
        assertTrue(tryInsert(earlier, "node-other", later));
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentOwnersWinWithoutAFailedStatement() throws Exception {
        String key = key();
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                String owner = "node-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return tryInsert(key, owner, NOW.plusMinutes(5));
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }
}
