package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a login name for a while after repeated wrong passwords, as the engine's internal domain locks an account:
 * after {@code osn.login.max.failures} (default 5) failures in a row the name is locked for
 * {@code osn.login.lock.seconds} (default 60); each further lock of the same name, without a success in between,
 * lasts twice as long, up to {@code osn.login.lock.max.seconds} (default 900). A lock always ends by itself, so the
 * real {@code admin@internal} is never locked out for good; a success clears the count.
 *
 * <p>Names are counted whether they exist or not, so a lock does not tell which users exist. The counts are in this
 * node's memory (a restart clears them; each node counts its own), bounded to {@value #MAX_NAMES} names.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_NAMES = 10_000;

    /** What {@link #failed} did: nothing more, or locked the name (then for how long, after how many failures). */
    public record Lock(Duration duration, int failures) {
    }

    private record Failures(int inARow, int locks, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock;
    private OsnConfiguration configuration;

    protected LoginThrottle() {
        // for CDI proxies
    }

    @Inject
    public LoginThrottle(OsnConfiguration configuration) {
        this(configuration, Clock.systemUTC());
    }

    public LoginThrottle(OsnConfiguration configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    /** @return until when {@code name} is locked; empty when it may try */
    public Optional<Instant> lockedUntil(String name) {
        Failures f = failures.get(name);
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil())
                ? Optional.of(f.lockedUntil()) : Optional.empty();
    }

    /** Counts a wrong password; @return the lock it started, if this failure was one too many */
    public Optional<Lock> failed(String name) {
        if (failures.size() >= MAX_NAMES && !failures.containsKey(name)) {
            forgetUnlocked();
        }
        int maxFailures = Math.max(1, configuration.getInt("osn.login.max.failures", 5));
        Failures after = failures.compute(name, (key, old) -> {
            Failures f = old == null ? new Failures(0, 0, null) : old;
            int inARow = f.inARow() + 1;
            if (inARow < maxFailures) {
                return new Failures(inARow, f.locks(), f.lockedUntil());
            }
            return new Failures(0, f.locks() + 1, clock.instant().plus(lockFor(f.locks() + 1)));
        });
        return after.inARow() == 0 ? Optional.of(new Lock(lockFor(after.locks()), maxFailures)) : Optional.empty();
    }

    /** A right password: the name starts again from no failures. */
    public void succeeded(String name) {
        failures.remove(name);
    }

    private Duration lockFor(int lockNumber) {
        long first = Math.max(1, configuration.getInt("osn.login.lock.seconds", 60));
        long max = Math.max(first, configuration.getInt("osn.login.lock.max.seconds", 900));
        long seconds = first << Math.min(lockNumber - 1, 20);
        return Duration.ofSeconds(Math.min(seconds, max));
    }

    private void forgetUnlocked() {
        Instant now = clock.instant();
        failures.values().removeIf(f -> f.lockedUntil() == null || !now.isBefore(f.lockedUntil()));
    }
}
