package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.health.ProviderCallMeter;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The token of one provider configuration, shared by every thread and every proxy of that configuration: fetched once,
 * reused until shortly before it expires, dropped when the provider rejects it.
 *
 * <p>Thread-safe. While one thread authenticates the others wait for its result instead of asking Keystone
 * themselves; if that attempt fails, they get the same failure rather than trying again one after the other, each
 * paying a full timeout.
 */
final class KeystoneTokenSource {

    private final KeystoneAuthenticator authenticator;
    private final Clock clock;
    private final ProviderCallMeter meter;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile KeystoneToken current;
    /** Written under the lock; read before taking it to learn whether an attempt finished while waiting. */
    private volatile long finishedAttempts;
    private ProviderException lastFailure;
    /** A token that got a 403 although it was fetched after one: its 403s are refusals, not a stale token. */
    private volatile String forbiddenFresh;

    KeystoneTokenSource(KeystoneAuthenticator authenticator, Clock clock) {
        this(authenticator, clock, ProviderCallMeter.unattached());
    }

    /** @param meter told of each token issued, for the provider's statistics (issued at, expires at) */
    KeystoneTokenSource(KeystoneAuthenticator authenticator, Clock clock, ProviderCallMeter meter) {
        this.authenticator = authenticator;
        this.clock = clock;
        this.meter = meter;
    }

    /**
     * A token that is not about to expire, from the cache or from Keystone.
     *
     * @throws ProviderException when Keystone cannot be reached or refuses the credentials
     */
    String token() {
        KeystoneToken token = current;
        if (token != null && token.usableAt(clock.instant())) {
            return token.id();
        }
        long finishedBefore = finishedAttempts;
        lock.lock();
        try {
            token = current;
            if (token != null && token.usableAt(clock.instant())) {
                return token.id();
            }
            if (finishedAttempts != finishedBefore && lastFailure != null) {
                throw ProviderFailures.reword(lastFailure, lastFailure.getMessage());
            }
            try {
                token = authenticator.authenticate();
            } catch (ProviderException e) {
                lastFailure = e;
                throw e;
            } finally {
                finishedAttempts++;
            }
            lastFailure = null;
            current = token;
            meter.tokenIssued(token.issuedAt(), token.expiresAt());
            return token.id();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A token fetched from Keystone now, which replaces the shared one: the connectivity test proves the credentials
     * rather than a token that an earlier call got with them.
     *
     * @throws ProviderException when Keystone cannot be reached or refuses the credentials
     */
    KeystoneToken renew() {
        lock.lock();
        try {
            KeystoneToken token;
            try {
                token = authenticator.authenticate();
            } finally {
                finishedAttempts++;
            }
            lastFailure = null;
            current = token;
            meter.tokenIssued(token.issuedAt(), token.expiresAt());
            return token;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets {@code rejected} so that the next {@link #token()} asks Keystone again. A token that was already
     * replaced (another thread saw the same 401 first) is left alone, so concurrent 401s cost one re-authentication.
     */
    void invalidate(String rejected) {
        lock.lock();
        try {
            KeystoneToken token = current;
            if (token != null && token.id().equals(rejected)) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * After a 403 with {@code forbidden}: forgets it as {@link #invalidate} does, unless this token is one that was
     * already fetched anew after a 403 and was refused as well.
     *
     * @return whether the call is worth repeating with {@link #token()}
     */
    boolean invalidateForbidden(String forbidden) {
        if (forbidden.equals(forbiddenFresh)) {
            return false;
        }
        invalidate(forbidden);
        return true;
    }

    /** The token fetched after a 403 got a 403 too: further 403s with it are not retried. */
    void forbiddenDespiteFreshToken(String token) {
        forbiddenFresh = token;
    }
}
