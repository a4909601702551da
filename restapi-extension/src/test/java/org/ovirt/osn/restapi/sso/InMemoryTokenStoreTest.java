package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemoryTokenStoreTest {

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final MovableClock clock = new MovableClock();
    private final TokenStore store = new InMemoryTokenStore(clock, Duration.ofMinutes(30));

    @Test
    void shouldFindTheUserOfAFreshToken() {
        String token = store.issue("admin@internal");

        assertEquals("admin@internal", store.find(token).orElseThrow().user());
        assertEquals(clock.instant().plus(Duration.ofMinutes(30)), store.find(token).orElseThrow().expiresAt());
    }

    @Test
    void shouldRejectATokenOnceItHasExpired() {
        String token = store.issue("admin@internal");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(token).isPresent());

        clock.advance(Duration.ofMinutes(1));

        assertTrue(store.find(token).isEmpty());
    }

    @Test
    void shouldRejectUnknownBlankAndRevokedTokens() {
        String token = store.issue("admin@internal");
        store.revoke(token);

        assertTrue(store.find(token).isEmpty());
        assertTrue(store.find("garbage").isEmpty());
        assertTrue(store.find("").isEmpty());
        assertTrue(store.find(null).isEmpty());
    }

    @Test
    void shouldIssueDistinctUnguessableTokens() {
        String a = store.issue("u");
        String b = store.issue("u");

        assertNotEquals(a, b);
        assertTrue(a.length() >= 43, "256 random bits, base64url");
    }
}
