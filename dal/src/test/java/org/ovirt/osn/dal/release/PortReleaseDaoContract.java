package org.ovirt.osn.dal.release;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.provider.JpaNetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;
import org.ovirt.osn.dal.provider.ProviderType;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every database must do for {@link JpaPortReleaseDao}; subclasses pick the database. */
abstract class PortReleaseDaoContract {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);

    private final TestDatabase db;

    PortReleaseDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private PortReleaseEntity saved(UUID provider, String portId, OffsetDateTime created) {
        PortReleaseEntity release = new PortReleaseEntity(UUID.randomUUID(), provider, portId, UUID.randomUUID(),
                "nic1", "vm1", PortReleaseOrigin.ENGINE, created);
        db.run(em -> new JpaPortReleaseDao(em).save(release));
        return release;
    }

    private PortReleaseEntity read(UUID id) {
        return db.query(em -> new JpaPortReleaseDao(em).find(id)).orElseThrow();
    }

    private boolean claim(UUID id, String owner, OffsetDateTime now, OffsetDateTime until) {
        return db.query(em -> new JpaPortReleaseDao(em).claim(id, owner, now, until));
    }

    private Optional<String> takeOver(UUID id, String owner, OffsetDateTime now) {
        return db.query(em -> new JpaPortReleaseDao(em).takeOverExpiredClaim(id, owner, now, now.plusMinutes(5)));
    }

    private List<UUID> due(OffsetDateTime now) {
        return db.query(em -> new JpaPortReleaseDao(em).findDue(now, 1000));
    }

    @Test
    void shouldReadBackEveryFieldOfANewRelease() {
        UUID provider = UUID.randomUUID();
        PortReleaseEntity release = new PortReleaseEntity(UUID.randomUUID(), provider, null, UUID.randomUUID(),
                "nic9", "vm9", PortReleaseOrigin.RECONCILER, NOW, NOW.plusMinutes(2));
        db.run(em -> new JpaPortReleaseDao(em).save(release));

        PortReleaseEntity read = read(release.getId());

        assertEquals(provider, read.getProviderId());
        assertNull(read.getPortId());
        assertEquals(release.getVnicId(), read.getVnicId());
        assertEquals("nic9", read.getVnicName());
        assertEquals("vm9", read.getVmName());
        assertEquals(PortReleaseOrigin.RECONCILER, read.getOrigin());
        assertEquals(0, read.getAttempts());
        assertEquals(NOW.plusMinutes(2).toInstant(), read.getNextAttemptAt().toInstant());
        assertEquals(NOW.toInstant(), read.getCreatedAt().toInstant());
        assertNull(read.getClaimedBy());
        assertNull(read.getLastError());
    }

    @Test
    void shouldFindANewReleaseDueAtOnceAndAFutureOneNotYet() {
        PortReleaseEntity now = saved(UUID.randomUUID(), "p-now", NOW);
        PortReleaseEntity later = saved(UUID.randomUUID(), "p-later", NOW.plusHours(1));

        List<UUID> due = due(NOW);

        assertTrue(due.contains(now.getId()));
        assertFalse(due.contains(later.getId()));
    }

    @Test
    void shouldGiveTheClaimToOneOwnerUntilItRunsOut() {
        UUID id = saved(UUID.randomUUID(), "p", NOW).getId();

        assertTrue(claim(id, "node-a", NOW, NOW.plusMinutes(5)));
        assertFalse(claim(id, "node-b", NOW.plusMinutes(1), NOW.plusMinutes(6)));
        assertFalse(due(NOW.plusMinutes(1)).contains(id), "a claimed row is not due for others");
        assertTrue(due(NOW.plusMinutes(6)).contains(id), "a crashed node's claim runs out");
        assertTrue(claim(id, "node-b", NOW.plusMinutes(6), NOW.plusMinutes(11)));
        assertEquals("node-b", read(id).getClaimedBy());
    }

    @Test
    void shouldTakeOverAClaimThatRanOutNamingItsOwnerAndNoOtherClaim() {
        UUID unclaimed = saved(UUID.randomUUID(), "p-free", NOW).getId();
        UUID live = saved(UUID.randomUUID(), "p-live", NOW).getId();
        UUID ranOut = saved(UUID.randomUUID(), "p-dead", NOW).getId();
        assertTrue(claim(live, "node-a", NOW, NOW.plusMinutes(10)));
        assertTrue(claim(ranOut, "node-a", NOW, NOW.plusMinutes(1)));
        OffsetDateTime later = NOW.plusMinutes(2);

        assertEquals(Optional.empty(), takeOver(unclaimed, "node-b", later));
        assertEquals(Optional.empty(), takeOver(live, "node-b", later));
        assertEquals(Optional.of("node-a"), takeOver(ranOut, "node-b", later));
        assertEquals("node-b", read(ranOut).getClaimedBy());
        assertEquals(Optional.empty(), takeOver(ranOut, "node-c", later), "node-b's claim is live");
        assertEquals("node-a", read(live).getClaimedBy());
        assertNull(read(unclaimed).getClaimedBy());
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentNodesTakeOverARunOutClaim() throws Exception {
        UUID id = saved(UUID.randomUUID(), "p", NOW).getId();
        assertTrue(claim(id, "killed-node", NOW, NOW.plusMinutes(1)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<String>>> takers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String owner = "node-" + i;
                takers.add(() -> takeOver(id, owner, NOW.plusMinutes(2)));
            }
            int winners = 0;
            for (Future<Optional<String>> result : pool.invokeAll(takers)) {
                winners += result.get().map(previous -> {
                    assertEquals("killed-node", previous);
                    return 1;
                }).orElse(0);
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentClaimersWin() throws Exception {
        UUID id = saved(UUID.randomUUID(), "p", NOW).getId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claimers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String owner = "node-" + i;
                claimers.add(() -> {
                    try {
                        return claim(id, owner, NOW, NOW.plusMinutes(5));
                    } catch (RuntimeException lostOnALock) {
                        return false;
                    }
                });
            }
            int winners = 0;
            for (Future<Boolean> result : pool.invokeAll(claimers)) {
                winners += result.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldCountAFailureScheduleTheNextAttemptAndGiveTheClaimBack() {
        UUID id = saved(UUID.randomUUID(), "p", NOW).getId();
        claim(id, "node-a", NOW, NOW.plusMinutes(5));

        boolean recorded = db.query(em -> new JpaPortReleaseDao(em)
                .recordFailure(id, "node-a", NOW.plusSeconds(20), "x".repeat(3000)));

        PortReleaseEntity read = read(id);
        assertTrue(recorded);
        assertEquals(1, read.getAttempts());
        assertEquals(NOW.plusSeconds(20).toInstant(), read.getNextAttemptAt().toInstant());
        assertEquals(PortReleaseEntity.LAST_ERROR_LENGTH, read.getLastError().length());
        assertNull(read.getClaimedBy());
        assertNull(read.getClaimedUntil());
        assertFalse(due(NOW.plusSeconds(19)).contains(id));
        assertTrue(due(NOW.plusSeconds(20)).contains(id));
    }

    @Test
    void shouldNotRecordAFailureForAnOwnerWhoseClaimWasTakenOver() {
        UUID id = saved(UUID.randomUUID(), "p", NOW).getId();
        claim(id, "slow-node", NOW, NOW.plusMinutes(1));
        claim(id, "node-b", NOW.plusMinutes(2), NOW.plusMinutes(7));

        boolean recorded = db.query(em -> new JpaPortReleaseDao(em)
                .recordFailure(id, "slow-node", NOW.plusMinutes(3), "late"));

        assertFalse(recorded);
        assertEquals(0, read(id).getAttempts());
    }

    @Test
    void shouldDeleteADoneReleaseOnce() {
        UUID id = saved(UUID.randomUUID(), "p", NOW).getId();

        boolean first = db.query(em -> new JpaPortReleaseDao(em).delete(id));
        boolean second = db.query(em -> new JpaPortReleaseDao(em).delete(id));

        assertTrue(first);
        assertFalse(second);
        assertFalse(claim(id, "node-a", NOW, NOW.plusMinutes(5)), "a gone row cannot be claimed");
    }

    @Test
    void shouldGiveBackTheClaimsOfOneOwnerOnly() {
        UUID mine = saved(UUID.randomUUID(), "p1", NOW).getId();
        UUID theirs = saved(UUID.randomUUID(), "p2", NOW).getId();
        claim(mine, "stopping-node", NOW, NOW.plusMinutes(5));
        claim(theirs, "other-node", NOW, NOW.plusMinutes(5));

        int given = db.query(em -> new JpaPortReleaseDao(em).unclaimAll("stopping-node"));

        assertEquals(1, given);
        assertTrue(due(NOW).contains(mine));
        assertFalse(due(NOW).contains(theirs));
    }

    @Test
    void shouldListAProvidersPendingReleasesAndTellWhetherAPortIsPending() {
        UUID provider = UUID.randomUUID();
        saved(provider, "p-1", NOW);
        saved(provider, null, NOW.plusSeconds(1));
        saved(UUID.randomUUID(), "p-1", NOW);

        assertEquals(2, db.query(em -> new JpaPortReleaseDao(em).findByProvider(provider)).size());
        boolean pending = db.query(em -> new JpaPortReleaseDao(em).isPending(provider, "p-1"));
        boolean other = db.query(em -> new JpaPortReleaseDao(em).isPending(provider, "p-2"));
        assertTrue(pending);
        assertFalse(other);
    }

    @Test
    void shouldCountAProvidersPendingReleasesAndNameTheOldest() {
        UUID provider = UUID.randomUUID();
        saved(provider, "p-1", NOW.minusMinutes(5));
        saved(provider, "p-2", NOW);
        saved(UUID.randomUUID(), "p-3", NOW.minusHours(1));

        PortReleaseDao.PendingReleases pending = db.query(em -> new JpaPortReleaseDao(em).summarizeByProvider(provider));
        PortReleaseDao.PendingReleases none =
                db.query(em -> new JpaPortReleaseDao(em).summarizeByProvider(UUID.randomUUID()));

        assertEquals(2, pending.count());
        assertEquals(NOW.minusMinutes(5).toInstant(), pending.oldestCreatedAt().toInstant());
        assertEquals(new PortReleaseDao.PendingReleases(0, null), none);
    }

    @Test
    void shouldFindTheReleasesOfARemovedProviderDueOrNotButNotThoseOfAnExistingOne() {
        NetworkProviderEntity provider = new NetworkProviderEntity();
        provider.setId(UUID.randomUUID());
        provider.setName("release-" + provider.getId());
        provider.setType(ProviderType.NEUTRON);
        provider.setUrl("http://127.0.0.1:9696");
        db.run(em -> new JpaNetworkProviderDao(em).save(provider));
        UUID kept = saved(provider.getId(), "p-1", NOW).getId();
        UUID gone = saved(UUID.randomUUID(), "p-2", NOW.plusHours(1)).getId();
        UUID goneButClaimed = saved(UUID.randomUUID(), "p-3", NOW).getId();
        claim(goneButClaimed, "node-a", NOW, NOW.plusMinutes(5));

        List<UUID> found = db.query(em -> new JpaPortReleaseDao(em).findWithoutProvider(NOW, 1000));

        assertTrue(found.contains(gone), "not due yet, but its provider is gone");
        assertFalse(found.contains(kept));
        assertFalse(found.contains(goneButClaimed), "a node works it right now");
    }
}
