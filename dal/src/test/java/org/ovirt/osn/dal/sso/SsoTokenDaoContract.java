package org.ovirt.osn.dal.sso;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertViolatesPrimaryKey;

/** What every database must do for {@link JpaSsoTokenDao}; subclasses pick the database. */
abstract class SsoTokenDaoContract {

    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);

    final TestDatabase db;

    SsoTokenDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    /** A random 64-hex-digit value, shaped as a SHA-256 digest. */
    static String hash() {
        return HexFormat.of().formatHex(UUID.randomUUID().toString().repeat(2).getBytes(), 0, 32);
    }

    static SsoTokenEntity token(String hash, OffsetDateTime expiresAt, String node, String boot) {
        return new SsoTokenEntity(hash, "alice@internal", "ovirt-app-api ovirt-ext=token-info:validate",
                NOW.minusMinutes(1), expiresAt, node, boot);
    }

    void insert(SsoTokenEntity token) {
        db.run(em -> new JpaSsoTokenDao(em).insert(token));
    }

    boolean found(String hash, OffsetDateTime at) {
        return db.query(em -> new JpaSsoTokenDao(em).findValid(hash, at)).isPresent();
    }

    @Test
    void shouldFindAnUnexpiredTokenByItsHashWithWhatItWasIssuedFor() {
        String hash = hash();
        insert(token(hash, NOW.plusHours(1), "node-a", "boot-1"));

        SsoTokenEntity found = db.query(em -> new JpaSsoTokenDao(em).findValid(hash, NOW)).orElseThrow();

        assertEquals("alice@internal", found.getUserName());
        assertEquals("ovirt-app-api ovirt-ext=token-info:validate", found.getScope());
        assertEquals(NOW.plusHours(1).toInstant(), found.getExpiresAt().toInstant());
        assertEquals("node-a", found.getNodeId());
        assertFalse(found(hash(), NOW), "an unknown hash");
    }

    @Test
    void shouldNotFindATokenFromTheMomentItExpires() {
        String hash = hash();
        insert(token(hash, NOW.plusSeconds(10), "node-a", "boot-1"));

        assertTrue(found(hash, NOW.plusSeconds(9)));
        assertFalse(found(hash, NOW.plusSeconds(10)));
    }

    @Test
    void shouldRevokeByDeletingTheRowOnce() {
        String hash = hash();
        insert(token(hash, NOW.plusHours(1), "node-a", "boot-1"));

        boolean first = db.query(em -> new JpaSsoTokenDao(em).delete(hash));
        boolean second = db.query(em -> new JpaSsoTokenDao(em).delete(hash));

        assertTrue(first);
        assertFalse(second, "already gone");
        assertFalse(found(hash, NOW));
    }

    @Test
    void shouldRefuseASecondRowForOneHash() {
        String hash = hash();
        insert(token(hash, NOW.plusHours(1), "node-a", "boot-1"));

        assertViolatesPrimaryKey("pk_osn_sso_token", "osn_sso_token", "token_hash",
                () -> insert(token(hash, NOW.plusHours(2), "node-b", "boot-1")));
    }

    @Test
    void shouldPurgeExpiredTokensInBoundedBatchesAndKeepValidOnes() {
        OffsetDateTime later = NOW.plusDays(30);
        String valid = hash();
        insert(token(valid, later.plusHours(1), "node-a", "boot-1"));
        for (int i = 0; i < 5; i++) {
            insert(token(hash(), later.minusSeconds(i + 1), "node-a", "boot-1"));
        }
        // other tests' tokens expire long before "later" too; empty the backlog first, in batches
        while (db.query(em -> new JpaSsoTokenDao(em).deleteExpired(later.minusDays(29), 100)) > 0) {
            // drain what other tests left behind
        }
        int first = db.query(em -> new JpaSsoTokenDao(em).deleteExpired(later, 3));
        int second = db.query(em -> new JpaSsoTokenDao(em).deleteExpired(later, 3));
        int third = db.query(em -> new JpaSsoTokenDao(em).deleteExpired(later, 3));

        assertEquals(3, first);
        assertEquals(2, second);
        assertEquals(0, third);
        assertTrue(found(valid, later));
    }

    @Test
    void shouldDropOnlyTheTokensANodeIssuedInAnEarlierRun() {
        String earlierRun = hash();
        String thisRun = hash();
        String otherNode = hash();
        insert(token(earlierRun, NOW.plusHours(1), "node-r", "boot-1"));
        insert(token(thisRun, NOW.plusHours(1), "node-r", "boot-2"));
        insert(token(otherNode, NOW.plusHours(1), "node-s", "boot-1"));

        int dropped = db.query(em -> new JpaSsoTokenDao(em).deleteIssuedByEarlierRuns("node-r", "boot-2"));

        assertEquals(1, dropped);
        assertFalse(found(earlierRun, NOW));
        assertTrue(found(thisRun, NOW));
        assertTrue(found(otherNode, NOW));
    }
}
