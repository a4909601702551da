package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class KeystoneTokenSourceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Mock
    private KeystoneAuthenticator authenticator;

    private static KeystoneToken token(String id) {
        return KeystoneToken.issued(id, NOW.plus(Duration.ofHours(1)).toString(), NOW);
    }

    private static ProviderException refused() {
        return new ProviderException(ProviderErrorCode.AUTHENTICATION, "refused", 401, "POST /v3/auth/tokens",
                "Unauthorized", null, null);
    }

    @Test
    void shouldAuthenticateOnceWhileTheTokenIsFresh() {
        when(authenticator.authenticate()).thenReturn(token("a"));
        KeystoneTokenSource source = new KeystoneTokenSource(authenticator, clock);

        assertEquals("a", source.token());
        assertEquals("a", source.token());

        verify(authenticator, times(1)).authenticate();
    }

    @Test
    void shouldAuthenticateAgainWhenTheTokenWasRejected() {
        when(authenticator.authenticate()).thenReturn(token("a"), token("b"));
        KeystoneTokenSource source = new KeystoneTokenSource(authenticator, clock);

        source.invalidate(source.token());

        assertEquals("b", source.token());
    }

    @Test
    void shouldKeepTheNewTokenWhenAnOlderOneIsReportedRejectedLate() {
        when(authenticator.authenticate()).thenReturn(token("a"), token("b"));
        KeystoneTokenSource source = new KeystoneTokenSource(authenticator, clock);
        source.invalidate(source.token());
        source.token();

        source.invalidate("a");    // a second thread that also got a 401 with "a"

        assertEquals("b", source.token());
        verify(authenticator, times(2)).authenticate();
    }

    @Test
    void shouldTryAgainOnTheNextCallAfterAFailure() {
        when(authenticator.authenticate()).thenThrow(refused()).thenReturn(token("a"));
        KeystoneTokenSource source = new KeystoneTokenSource(authenticator, clock);

        assertThrows(ProviderException.class, source::token);

        assertEquals("a", source.token());
    }

    @Test
    void shouldGiveThreadsThatWaitedTheSameFailureInsteadOfAskingAgain() throws Exception {
        CountDownLatch inKeystone = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        when(authenticator.authenticate()).thenAnswer(call -> {
            inKeystone.countDown();
            if (!answer.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the second caller never started waiting for this answer");
            }
            throw refused();
        });
        KeystoneTokenSource source = new KeystoneTokenSource(authenticator, clock);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(source::token);
        assertTrue(inKeystone.await(10, TimeUnit.SECONDS), "the first caller never asked Keystone");
        Thread[] waiter = new Thread[1];
        CompletableFuture<String> second = new CompletableFuture<>();
        waiter[0] = new Thread(() -> {
            try {
                second.complete(source.token());
            } catch (RuntimeException e) {
                second.completeExceptionally(e);
            }
        });
        waiter[0].start();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiter[0].getState() != Thread.State.WAITING) {
            assertTrue(System.nanoTime() < giveUp, () -> "the second caller never waited: " + waiter[0].getState());
            Thread.onSpinWait();
        }

        answer.countDown();

        ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
        ProviderException shared = assertInstanceOf(ProviderException.class, e.getCause());
        assertEquals(401, shared.httpStatus());
        assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
        verify(authenticator, times(1)).authenticate();
    }

    @Test
    void shouldRefreshAMinuteBeforeExpiryAndShortLivedTokensHalfWay() {
        KeystoneToken hour = KeystoneToken.issued("a", "2026-11-25T13:00:00.000000Z", NOW);
        KeystoneToken shortLived = KeystoneToken.issued("b", "2026-11-25T12:01:00Z", NOW);

        assertEquals(Instant.parse("2026-11-25T12:59:00Z"), hour.refreshAfter());
        assertEquals(Instant.parse("2026-11-25T12:00:30Z"), shortLived.refreshAfter());
    }

    @Test
    void shouldReadTheExpiryFormatsOfKeystoneAndOvirtProviderOvn() {
        assertEquals(Instant.parse("2026-11-25T13:21:02Z"), KeystoneToken.parseExpiry("2026-11-25T13:21:02.000000Z"));
        assertEquals(Instant.parse("2026-11-25T13:21:02Z"), KeystoneToken.parseExpiry("2026-11-25T13:21:02Z"));
        assertEquals(Instant.parse("2026-11-25T13:21:02Z"), KeystoneToken.parseExpiry("2026-11-25T13:21:02"));
        assertEquals(Instant.parse("2026-11-25T11:21:02Z"), KeystoneToken.parseExpiry("2026-11-25T13:21:02+02:00"));
        assertEquals(null, KeystoneToken.parseExpiry(null));
        assertEquals(null, KeystoneToken.parseExpiry("tomorrow"));
        assertEquals(NOW.plus(KeystoneToken.ASSUMED_LIFETIME), KeystoneToken.issued("c", null, NOW).expiresAt());
    }

    @Test
    void shouldHideSecretsInEveryToString() {
        String password = TestProviders.PASSWORD;
        KeystoneCredentials credentials = KeystoneCredentials.of(TestProviders
                .provider(org.ovirt.osn.provider.NetworkProviderType.NEUTRON, "http://n:9696")
                .keystone("http://k:5000/v3", "ovirt", password).project("service", null).build());

        String all = credentials + " " + KeystoneV3AuthRequest.password(credentials) + " "
                + KeystoneV2AuthRequest.password(credentials) + " " + token("the-token") + " "
                + new KeystoneV2AccessResponse.Token("the-token", null);

        assertFalse(all.contains(password), all);
        assertFalse(all.contains("the-token"), all);
        assertTrue(all.contains("ovirt"), all);
    }
}
