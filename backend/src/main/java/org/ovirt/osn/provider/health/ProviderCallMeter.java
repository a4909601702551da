package org.ovirt.osn.provider.health;

import org.ovirt.osn.provider.ProviderException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The measurements of one provider, fed by the calls the module makes anyway.
 *
 * <p>Two levels are fed. Every HTTP <em>attempt</em> ({@link #attemptStarted}/{@link #attemptEnded}, from the HTTP
 * wrapper, Keystone included) is counted by kind and timed. Every <em>call</em> as its caller sees it, after the
 * repetitions of a refused connection and the one re-authentication on a 401 ({@link #callSucceeded}/
 * {@link #callFailed}), sets the last success or failure and the {@link ProviderStatus}: a 401 that a fresh token
 * cures, or a reset that the repetition gets through, is counted but does not make the provider look broken.
 *
 * <p>The status is what the last call implies ({@link ProviderStatus#implied}), except that a success within the
 * recovery window after a failure is {@link ProviderStatus#DEGRADED}, so that a provider that fails every other call
 * does not flap between ok and unreachable with an audit event each time. Each change is handed to the listener once
 * (the thread that makes it hands it over); the first status known being ok is no change worth telling.
 *
 * <p>Thread-safe without locks. The call path allocates nothing: adders, a max accumulator and volatile fields, and
 * the status reference written only when it changes. A failure allocates its note.
 */
public final class ProviderCallMeter {

    private final UUID providerId;
    private final Clock clock;
    private final long recoveryWindowMillis;
    private final Consumer<ProviderStatusChange> listener;

    private volatile String providerName;
    private final LongAdder[] attempts = new LongAdder[ProviderCallKind.ALL.length];
    private final LongAdder latencyNanos = new LongAdder();
    private final LongAccumulator maxLatencyNanos = new LongAccumulator(Math::max, 0);
    private final LongAdder inFlight = new LongAdder();
    /** 0 until the first success. */
    private volatile long lastSuccessMillis;
    private volatile long lastTroubleMillis = Long.MIN_VALUE;
    private volatile ProviderFailureNote lastFailure;
    private volatile ProviderTokenNote token;
    private final AtomicReference<ProviderStatus> status = new AtomicReference<>();

    ProviderCallMeter(UUID providerId, String providerName, Clock clock, Duration recoveryWindow,
                      Consumer<ProviderStatusChange> listener) {
        this.providerId = providerId;
        this.providerName = providerName;
        this.clock = clock;
        this.recoveryWindowMillis = recoveryWindow.toMillis();
        this.listener = listener;
        for (int i = 0; i < attempts.length; i++) {
            attempts[i] = new LongAdder();
        }
    }

    /** A meter that records nothing anyone reads: for HTTP calls made outside any provider (tests, tools). */
    public static ProviderCallMeter unattached() {
        return new ProviderCallMeter(null, "", Clock.systemUTC(), Duration.ZERO, change -> { });
    }

    public UUID providerId() {
        return providerId;
    }

    public String providerName() {
        return providerName;
    }

    /** The provider was renamed; metrics keep its id as their label, so only the shown name changes. */
    void renamed(String name) {
        if (!name.equals(providerName)) {
            providerName = name;
        }
    }

    /** @return the start, to hand to {@link #attemptEnded} */
    public long attemptStarted() {
        inFlight.increment();
        return System.nanoTime();
    }

    /** @param kind how it ended; null when it ended in something that is no provider failure (a bug of ours) */
    public void attemptEnded(long startedNanos, ProviderCallKind kind) {
        long took = System.nanoTime() - startedNanos;
        inFlight.decrement();
        if (kind != null) {
            attempts[kind.ordinal()].increment();
            latencyNanos.add(took);
            maxLatencyNanos.accumulate(took);
        }
    }

    public void callSucceeded() {
        long now = clock.millis();
        if (now != lastSuccessMillis) {
            lastSuccessMillis = now;
        }
        derive(ProviderStatus.OK, now, null);
    }

    public void callFailed(ProviderException e) {
        ProviderCallKind kind = ProviderCallKind.of(e);
        ProviderStatus implied = ProviderStatus.implied(kind);
        long now = clock.millis();
        if (implied == ProviderStatus.OK) {
            // the provider answered and refused this request: as healthy as a success, and no failure of the provider
            derive(implied, now, null);
            return;
        }
        lastTroubleMillis = now;
        lastFailure = new ProviderFailureNote(Instant.ofEpochMilli(now), kind, e.getMessage(), e.request());
        derive(implied, now, e.getMessage());
    }

    /** Keystone issued a token for this provider. */
    public void tokenIssued(Instant issuedAt, Instant expiresAt) {
        token = new ProviderTokenNote(issuedAt, expiresAt);
    }

    private void derive(ProviderStatus implied, long now, String reason) {
        ProviderStatus derived = implied == ProviderStatus.OK && now - lastTroubleMillis < recoveryWindowMillis
                && lastTroubleMillis != Long.MIN_VALUE ? ProviderStatus.DEGRADED : implied;
        ProviderStatus before = status.get();
        if (before == derived) {
            return;
        }
        before = status.getAndSet(derived);
        if (before == derived || before == null && derived == ProviderStatus.OK) {
            return;
        }
        try {
            listener.accept(new ProviderStatusChange(providerId, providerName, before, derived, reason,
                    Instant.ofEpochMilli(now)));
        } catch (RuntimeException e) {
            // telling of a change (an audit write) must never fail the provider call that caused it
            System.getLogger(ProviderCallMeter.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not report the status change of provider {0} to {1}: {2}", providerName, derived, e);
        }
    }

    /** What is known now; consistent per field, not across fields (calls go on meanwhile). */
    public ProviderCallStatistics snapshot() {
        Map<ProviderCallKind, Long> counts = new EnumMap<>(ProviderCallKind.class);
        long total = 0;
        for (ProviderCallKind kind : ProviderCallKind.ALL) {
            long count = attempts[kind.ordinal()].sum();
            counts.put(kind, count);
            total += count;
        }
        long success = lastSuccessMillis;
        return new ProviderCallStatistics(providerId, providerName, status.get(), total, counts,
                Duration.ofNanos(latencyNanos.sum()), Duration.ofNanos(maxLatencyNanos.get()),
                Math.max(0, inFlight.sum()), success == 0 ? null : Instant.ofEpochMilli(success), lastFailure,
                token, clock.instant());
    }

    /** For the metrics binder, which reads single values at every scrape. */
    public long attempts(ProviderCallKind kind) {
        return attempts[kind.ordinal()].sum();
    }

    public long totalLatencyNanos() {
        return latencyNanos.sum();
    }

    public long inFlight() {
        return Math.max(0, inFlight.sum());
    }

    /** null until a call set it. */
    public ProviderStatus status() {
        return status.get();
    }

    public ProviderTokenNote token() {
        return token;
    }

    public long lastSuccessEpochMillis() {
        return lastSuccessMillis;
    }
}
