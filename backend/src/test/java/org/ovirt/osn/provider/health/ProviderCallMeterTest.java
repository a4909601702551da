package org.ovirt.osn.provider.health;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderCallMeterTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final MovingClock clock = new MovingClock();
    private final List<ProviderStatusChange> changes = new ArrayList<>();
    private final ProviderHealthRegistry registry = new ProviderHealthRegistry(clock, WINDOW, changes::add);
    private final UUID providerId = UUID.randomUUID();
    private final ProviderCallMeter meter = registry.meterFor(providerId, "neutron-1");

    private static ProviderException failure(ProviderErrorCode code, int status) {
        return new ProviderException(code, code + " happened", status, "GET http://neutron/v2.0/ports", null, null,
                null);
    }

    private void attempt(ProviderCallKind kind) {
        meter.attemptEnded(meter.attemptStarted(), kind);
    }

    @Test
    void shouldCountEveryAttemptByHowItEnded() {
        attempt(ProviderCallKind.SUCCESS);
        attempt(ProviderCallKind.SUCCESS);
        attempt(ProviderCallKind.CONNECTION);
        attempt(ProviderCallKind.HTTP_5XX);

        ProviderCallStatistics statistics = meter.snapshot();

        assertEquals(4, statistics.totalAttempts());
        assertEquals(2, statistics.attempts().get(ProviderCallKind.SUCCESS));
        assertEquals(1, statistics.attempts().get(ProviderCallKind.CONNECTION));
        assertEquals(1, statistics.attempts().get(ProviderCallKind.HTTP_5XX));
        assertEquals(0, statistics.attempts().get(ProviderCallKind.TLS));
        assertEquals(2, statistics.failedAttempts());
        assertEquals(0, statistics.inFlight());
    }

    @Test
    void shouldCountACallInFlightUntilItEnds() {
        long started = meter.attemptStarted();

        assertEquals(1, meter.snapshot().inFlight());
        meter.attemptEnded(started, ProviderCallKind.SUCCESS);
        assertEquals(0, meter.snapshot().inFlight());
    }

    @Test
    void shouldAddTheLatencyOfEachAttemptAndKeepTheLongest() throws InterruptedException {
        long started = meter.attemptStarted();
        Thread.sleep(20);
        meter.attemptEnded(started, ProviderCallKind.SUCCESS);
        attempt(ProviderCallKind.SUCCESS);

        ProviderCallStatistics statistics = meter.snapshot();

        assertTrue(statistics.maxLatency().toMillis() >= 20, statistics.maxLatency().toString());
        assertTrue(statistics.totalLatency().compareTo(statistics.maxLatency()) >= 0);
    }

    @Test
    void shouldMapFailuresToTheirKind() {
        assertEquals(ProviderCallKind.HTTP_4XX, ProviderCallKind.of(failure(ProviderErrorCode.NOT_FOUND, 404)));
        assertEquals(ProviderCallKind.HTTP_5XX, ProviderCallKind.of(failure(ProviderErrorCode.PROVIDER_ERROR, 503)));
        assertEquals(ProviderCallKind.HTTP_4XX, ProviderCallKind.of(failure(ProviderErrorCode.PROVIDER_ERROR, 405)));
        assertEquals(ProviderCallKind.HTTP_OTHER, ProviderCallKind.of(failure(ProviderErrorCode.PROVIDER_ERROR, 302)));
        assertEquals(ProviderCallKind.AUTHENTICATION,
                ProviderCallKind.of(failure(ProviderErrorCode.AUTHENTICATION, 401)));
        assertEquals(ProviderCallKind.TLS, ProviderCallKind.of(failure(ProviderErrorCode.TLS, 0)));
    }

    @Test
    void shouldKnowNoStatusBeforeTheFirstCall() {
        assertNull(meter.snapshot().status());
        assertNull(meter.snapshot().lastSuccess());
        assertNull(meter.snapshot().lastFailure());
    }

    @Test
    void shouldBeOkAfterASuccessWithoutTellingAnyone() {
        meter.callSucceeded();

        assertEquals(ProviderStatus.OK, meter.status());
        assertEquals(clock.instant(), meter.snapshot().lastSuccess());
        assertTrue(changes.isEmpty(), "the first status being ok is no change: " + changes);
    }

    @Test
    void shouldBeUnreachableWhenTheLastCallGotNoAnswer() {
        meter.callSucceeded();
        clock.advance(Duration.ofSeconds(5));

        meter.callFailed(failure(ProviderErrorCode.CONNECTION, 0));

        assertEquals(ProviderStatus.UNREACHABLE, meter.status());
        ProviderFailureNote note = meter.snapshot().lastFailure();
        assertEquals(clock.instant(), note.at());
        assertEquals(ProviderCallKind.CONNECTION, note.kind());
        assertEquals("CONNECTION happened", note.reason());
        assertEquals("GET http://neutron/v2.0/ports", note.request());
    }

    @Test
    void shouldBeAuthenticationFailedWhenTheCredentialsWereRefused() {
        meter.callFailed(failure(ProviderErrorCode.AUTHENTICATION, 401));

        assertEquals(ProviderStatus.AUTHENTICATION_FAILED, meter.status());
    }

    @Test
    void shouldBeDegradedWhenTheProviderAnswersWithAServerError() {
        meter.callFailed(failure(ProviderErrorCode.PROVIDER_ERROR, 500));

        assertEquals(ProviderStatus.DEGRADED, meter.status());
    }

    @Test
    void shouldStayOkWhenTheProviderRefusesOneRequest() {
        meter.callSucceeded();

        meter.callFailed(failure(ProviderErrorCode.NOT_FOUND, 404));
        meter.callFailed(failure(ProviderErrorCode.CONFLICT, 409));

        assertEquals(ProviderStatus.OK, meter.status());
        assertNull(meter.snapshot().lastFailure(), "a refused request is no failure of the provider");
        assertTrue(changes.isEmpty());
    }

    @Test
    void shouldBeDegradedAfterRecoveringUntilTheWindowPassedWithoutFailure() {
        meter.callFailed(failure(ProviderErrorCode.CONNECTION, 0));
        clock.advance(Duration.ofSeconds(10));

        meter.callSucceeded();
        assertEquals(ProviderStatus.DEGRADED, meter.status());

        clock.advance(WINDOW.minusSeconds(11));
        meter.callSucceeded();
        assertEquals(ProviderStatus.DEGRADED, meter.status(), "59 s after the failure");

        clock.advance(Duration.ofSeconds(1));
        meter.callSucceeded();
        assertEquals(ProviderStatus.OK, meter.status(), "60 s after the failure");
    }

    @Test
    void shouldTellEachChangeOnceWithItsCause() {
        meter.callSucceeded();
        meter.callFailed(failure(ProviderErrorCode.TIMEOUT, 0));
        meter.callFailed(failure(ProviderErrorCode.TIMEOUT, 0));
        meter.callFailed(failure(ProviderErrorCode.CONNECTION, 0));
        clock.advance(Duration.ofSeconds(1));
        meter.callSucceeded();
        meter.callSucceeded();
        clock.advance(WINDOW);
        meter.callSucceeded();
        meter.callSucceeded();

        assertEquals(List.of(ProviderStatus.UNREACHABLE, ProviderStatus.DEGRADED, ProviderStatus.OK),
                changes.stream().map(ProviderStatusChange::after).toList());
        ProviderStatusChange down = changes.get(0);
        assertEquals(ProviderStatus.OK, down.before());
        assertEquals("TIMEOUT happened", down.reason());
        assertEquals(providerId, down.providerId());
        assertEquals("neutron-1", down.providerName());
        assertNull(changes.get(2).reason());
    }

    @Test
    void shouldTellAFirstStatusThatIsNotOk() {
        meter.callFailed(failure(ProviderErrorCode.AUTHENTICATION, 401));

        assertEquals(1, changes.size());
        assertNull(changes.get(0).before());
        assertEquals(ProviderStatus.AUTHENTICATION_FAILED, changes.get(0).after());
    }

    @Test
    void shouldNotFailTheCallWhenTellingTheChangeFails() {
        ProviderCallMeter failing = new ProviderHealthRegistry(clock, WINDOW, change -> {
            throw new IllegalStateException("the audit log is down");
        }).meterFor(UUID.randomUUID(), "p");

        failing.callFailed(failure(ProviderErrorCode.CONNECTION, 0));

        assertEquals(ProviderStatus.UNREACHABLE, failing.status());
    }

    @Test
    void shouldKeepTheTokenIssueAndExpiry() {
        Instant issued = clock.instant();
        meter.tokenIssued(issued, issued.plus(Duration.ofHours(1)));

        assertEquals(issued.plus(Duration.ofHours(1)), meter.snapshot().token().expiresAt());
        assertEquals(issued, meter.snapshot().token().issuedAt());
    }

    @Test
    void shouldKeepOneMeterPerProviderAndItsNewName() {
        assertSame(meter, registry.meterFor(providerId, "renamed"));
        assertEquals("renamed", meter.providerName());
        assertEquals(1, registry.meters().size());
    }

    @Test
    void shouldTellAListenerOfEveryMeterNowAndLater() {
        List<UUID> seen = new ArrayList<>();
        registry.onEveryMeter(m -> seen.add(m.providerId()));
        UUID other = UUID.randomUUID();
        registry.meterFor(other, "other");
        registry.meterFor(other, "other");

        assertEquals(List.of(providerId, other), seen);
    }

    @Test
    void shouldForgetARemovedProviderAndTellTheListenersOnce() {
        List<UUID> forgotten = new ArrayList<>();
        registry.onEveryMeter(new ProviderMeterListener() {
            @Override
            public void measured(ProviderCallMeter m) {
                // only the forgetting is under test
            }

            @Override
            public void forgotten(ProviderCallMeter m) {
                forgotten.add(m.providerId());
            }
        });

        assertSame(meter, registry.forget(providerId).orElseThrow());
        assertTrue(registry.forget(providerId).isEmpty());

        assertEquals(List.of(providerId), forgotten);
        assertTrue(registry.meter(providerId).isEmpty());
        assertTrue(registry.meters().isEmpty());
    }

    @Test
    void shouldGiveAProviderWithoutIdAMeterNobodyReads() {
        registry.meterFor(null, "being added").callFailed(failure(ProviderErrorCode.CONNECTION, 0));

        assertEquals(1, registry.meters().size());
        assertTrue(changes.isEmpty());
    }
}
