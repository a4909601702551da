package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemoryTokenStoreTest {

    private static final OAuthScope SCOPE = OAuthScope.parse("ovirt-app-api ovirt-ext=token-info:validate");

    private final MovableClock clock = new MovableClock();
    private final TokenStore store = new InMemoryTokenStore(clock, Duration.ofMinutes(30));

    @Test
    void shouldFindTheUserOfAFreshToken() {
        String token = store.issue("admin@internal", SCOPE).token();

        assertEquals("admin@internal", store.find(token).orElseThrow().user());
        assertEquals(clock.instant().plus(Duration.ofMinutes(30)), store.find(token).orElseThrow().expiresAt());
    }

    @Test
    void shouldRecordTheScopeTheTokenWasIssuedFor() {
        TokenStore.IssuedToken issued = store.issue("admin@internal", SCOPE);

        assertEquals(SCOPE, store.find(issued.token()).orElseThrow().scope());
        assertEquals(store.find(issued.token()).orElseThrow(), issued.session());
    }

    @Test
    void shouldRejectATokenOnceItHasExpired() {
        String token = store.issue("admin@internal", SCOPE).token();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(store.find(token).isPresent());

        clock.advance(Duration.ofMinutes(1));

        assertTrue(store.find(token).isEmpty());
    }

    @Test
    void shouldApplyAChangedLifetimeToTheNextTokenWhenTheSettingChanges() {
        AtomicReference<Duration> lifetime = new AtomicReference<>(Duration.ofHours(1));
        TokenStore changing = new InMemoryTokenStore(clock, lifetime::get);
        String before = changing.issue("admin@internal", SCOPE).token();

        lifetime.set(Duration.ofSeconds(2));
        String after = changing.issue("admin@internal", SCOPE).token();
        clock.advance(Duration.ofSeconds(2));

        assertTrue(changing.find(after).isEmpty());
        assertTrue(changing.find(before).isPresent());
    }

    @Test
    void shouldRejectUnknownBlankAndRevokedTokens() {
        String token = store.issue("admin@internal", SCOPE).token();
        store.revoke(token);

        assertTrue(store.find(token).isEmpty());
        assertTrue(store.find("garbage").isEmpty());
        assertTrue(store.find("").isEmpty());
        assertTrue(store.find(null).isEmpty());
    }

    @Test
    void shouldIssueDistinctUnguessableTokens() {
        String a = store.issue("u", SCOPE).token();
        String b = store.issue("u", SCOPE).token();

        assertNotEquals(a, b);
        assertTrue(a.length() >= 43, "256 random bits, base64url");
    }

    @Test
    void shouldNotPrintTheTokenOfAnIssuedToken() {
        TokenStore.IssuedToken issued = store.issue("admin@internal", SCOPE);

        assertTrue(!issued.toString().contains(issued.token()), issued.toString());
    }
}
