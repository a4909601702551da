package org.ovirt.osn.command;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.job.JobNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two engine nodes' {@link LockLeases} on one real database, with one clock the test moves: what a node that dies,
 * lives on, or restarts does to the locks the other node waits for. Subclasses pick the database.
 */
abstract class LockLeasesTwoNodesContract {

    private static final Duration TTL = Duration.ofSeconds(20);

    private final LeaseDatabase db;
    private final MovableClock clock = new MovableClock();

    LockLeasesTwoNodesContract(LeaseDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private LockLeases node(String nodeId, String runId) {
        return new LockLeases(db.dao(), new JobNode(nodeId, runId), clock);
    }

    private static String providerKey() {
        return "provider:" + UUID.randomUUID();
    }

    @Test
    void shouldFreeADeadNodesLockForTheOtherNodeOnceItsTtlRunsOut() {
        LockLeases nodeA = node("node-a", "run-1");
        LockLeases nodeB = node("node-b", "run-1");
        String key = providerKey();
        assertTrue(nodeA.tryAcquire(key, "node-a/import", TTL));

        // node A is killed: nobody renews its lease any more
        clock.advance(TTL.minusSeconds(1));
        assertFalse(nodeB.tryAcquire(key, "node-b/sync", TTL));
        clock.advance(Duration.ofSeconds(2));
        assertTrue(nodeB.tryAcquire(key, "node-b/sync", TTL));
        assertEquals("node-b/sync", nodeB.holder(key));
    }

    @Test
    void shouldKeepALiveNodesLockWhileItRenewsLongPastTheTtl() {
        LockLeases nodeA = node("node-a", "run-1");
        LockLeases nodeB = node("node-b", "run-1");
        String key = providerKey();
        assertTrue(nodeA.tryAcquire(key, "node-a/long-import", TTL));

        for (int renewal = 0; renewal < 12; renewal++) {
            clock.advance(Duration.ofSeconds(5));
            assertTrue(nodeA.renewHeld(TTL) >= 1);
            assertFalse(nodeB.tryAcquire(key, "node-b/sync", TTL), "taken after " + (renewal + 1) * 5 + " s");
        }
        assertEquals("node-a/long-import", nodeB.holder(key));

        nodeA.release(key, "node-a/long-import");
        assertTrue(nodeB.tryAcquire(key, "node-b/sync", TTL));
    }

    @Test
    void shouldNotRenewTheOtherNodesLeases() {
        LockLeases nodeA = node("node-a", "run-1");
        LockLeases nodeB = node("node-b", "run-1");
        String key = providerKey();
        assertTrue(nodeB.tryAcquire(key, "node-b/import", TTL));

        clock.advance(TTL.plusSeconds(1));
        nodeA.renewHeld(TTL);

        assertTrue(nodeA.tryAcquire(key, "node-a/sync", TTL));
    }

    @Test
    void shouldFreeTheLocksOfANodesEarlierRunWhenItStartsAgainAndNoOtherNodes() {
        LockLeases crashedRun = node("node-a", "run-1");
        LockLeases nodeB = node("node-b", "run-1");
        String leftByCrash = providerKey();
        String heldByB = providerKey();
        assertTrue(crashedRun.tryAcquire(leftByCrash, "node-a/import", TTL));
        assertTrue(nodeB.tryAcquire(heldByB, "node-b/import", TTL));

        LockLeases restarted = node("node-a", "run-2");
        int freed = restarted.releaseEarlierRuns();

        assertTrue(freed >= 1);
        // no time has passed: the lease is free because the restart freed it, not because it ran out
        assertTrue(nodeB.tryAcquire(leftByCrash, "node-b/sync", TTL));
        assertFalse(restarted.tryAcquire(heldByB, "node-a/sync", TTL));
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
