package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many Neutron API calls one provider gets at once, and the retry of a call that never reached it.
 *
 * <p>ovirt-provider-ovn serves one request at a time with a listen backlog of 5: a sixth waiting connection is
 * refused or reset, and a burst of VM starts would lose calls. So every call holds one of {@link #limit()} permits
 * while it is on the wire, and waits for one at most {@code maxWait} (then fails as a TIMEOUT naming the limit).
 *
 * <p>A call whose connection was refused, or reset or closed before any answer came, is repeated up to
 * {@value #RETRIES} times, after a short pause, when repeating it cannot do more than the first attempt could:
 * GET; PUT, which sets absolute values here (host binding, MAC, security groups), so twice is once; DELETE, whose
 * second attempt at most finds the port gone, which callers already read as deleted. Never POST: a reset after the
 * provider created a port would create a second one.
 *
 * <p>Thread-safe; shared by every proxy of one provider configuration ({@link ProviderCallLimits}).
 */
final class ProviderCallLimit {

    static final int RETRIES = 2;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);
    private static final Set<String> SAFE_TO_REPEAT = Set.of("GET", "PUT", "DELETE");

    private static final System.Logger LOG = System.getLogger(ProviderCallLimit.class.getName());

    private final String providerName;
    private final int limit;
    private final Semaphore permits;
    private final Duration maxWait;

    ProviderCallLimit(String providerName, int limit, Duration maxWait) {
        this.providerName = providerName;
        this.limit = limit;
        this.permits = new Semaphore(limit, true);
        this.maxWait = maxWait;
    }

    int limit() {
        return limit;
    }

    /** Calls on the wire right now. */
    int inUse() {
        return limit - permits.availablePermits();
    }

    /**
     * Runs {@code exchange} (one HTTP call) under a permit, repeating it where that is safe (see the class comment).
     *
     * @throws ProviderException TIMEOUT when no permit came within the wait; else whatever the last attempt threw
     */
    <T> T call(NeutronHttp.Call call, Supplier<T> exchange) {
        acquire(call);
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    return exchange.get();
                } catch (ProviderException e) {
                    if (attempt >= RETRIES || !SAFE_TO_REPEAT.contains(call.method()) || !neverReached(e)) {
                        throw e;
                    }
                    LOG.log(System.Logger.Level.INFO, "Provider {0}: {1} did not get through ({2}); trying again",
                            providerName, call.describe(), e.getMessage());
                    pause(FIRST_PAUSE.multipliedBy(1L << (2 * attempt)));
                }
            }
        } finally {
            permits.release();
        }
    }

    private void acquire(NeutronHttp.Call call) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ProviderException(ProviderErrorCode.TIMEOUT, "The provider's " + limit + " concurrent calls"
                    + " were all busy for " + maxWait.toSeconds() + " s (provider custom property "
                    + ProviderCallLimits.CONCURRENCY + ")", call.describe(), null);
        }
    }

    /**
     * Refused, or reset or closed before an answer: Apache HttpClient's {@code NoHttpResponseException} (named, not
     * imported: it belongs to the RESTEasy engine's dependencies), a {@link ConnectException}, a reset
     * {@link SocketException}. A read timeout is not among them: the provider may be working on it.
     */
    static boolean neverReached(ProviderException e) {
        if (e.code() != ProviderErrorCode.CONNECTION) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException
                    || t.getClass().getName().equals("org.apache.http.NoHttpResponseException")
                    || t instanceof SocketException && t.getMessage() != null
                    && (t.getMessage().contains("reset") || t.getMessage().contains("Broken pipe"))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
