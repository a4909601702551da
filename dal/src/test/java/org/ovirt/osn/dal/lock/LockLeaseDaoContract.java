package org.ovirt.osn.dal.lock;

import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every database must do for {@link JpaLockLeaseDao}; subclasses pick the database. */
abstract class LockLeaseDaoContract {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

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

    private boolean tryInsert(String key, String owner, OffsetDateTime expiresAt) {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        try {
            return db.query(em -> {
                answer.set(new JpaLockLeaseDao(em).tryInsert(new LockLeaseEntity(key, owner, NOW, expiresAt)));
                return answer.get();
            });
        } catch (RollbackException rolledBack) {
            // a lost insert race leaves the transaction rollback-only, so its commit fails; only after the DAO said
            // "not acquired" is that the answer, any other failure is the test's
            assertEquals(Boolean.FALSE, answer.get(), () -> "the commit failed after the DAO answered " + answer.get()
                    + ": " + rolledBack);
            return false;
        }
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
    void shouldLetExactlyOneOfManyConcurrentOwnersWin() throws Exception {
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
