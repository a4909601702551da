package org.ovirt.osn.provisioning.release;

import org.ovirt.osn.config.OsnConfiguration;

import java.time.Duration;

/**
 * How the release worker and the reconciler pace themselves (README, "Configuration").
 *
 * @param firstRetryDelay    {@code osn.port.release.first.delay.seconds} (10): the wait after the first failure;
 *                           each further failure doubles it
 * @param maxRetryDelay      {@code osn.port.release.max.delay.seconds} (600): the longest wait between attempts;
 *                           a release is retried for ever, at least this often
 * @param pollInterval       {@code osn.port.release.poll.seconds} (10): how often each node looks for due releases
 * @param claimDuration      {@code osn.port.release.claim.seconds} (300): how long a node holds a release it works;
 *                           longer than a release takes (a few provider calls, each bounded by the provider
 *                           timeouts), and the time after which a crashed node's release is taken over
 * @param batchSize          at most this many due releases per poll
 * @param deviceOwner        {@code osn.port.device.owner}: the device owner of this engine's ports
 * @param reconcileInterval  {@code osn.port.reconcile.interval.seconds} (21600 = 6 h; 0 = off): how often the
 *                           orphan-port reconciler runs on its own
 * @param reconcileGrace     {@code osn.port.reconcile.grace.seconds} (120): how long a release found by the periodic
 *                           reconciler waits before it is carried out (the vNIC is checked again then)
 */
public record PortReleaseSettings(Duration firstRetryDelay, Duration maxRetryDelay, Duration pollInterval,
                                  Duration claimDuration, int batchSize, String deviceOwner,
                                  Duration reconcileInterval, Duration reconcileGrace) {

    public static PortReleaseSettings from(OsnConfiguration configuration) {
        return new PortReleaseSettings(
                positive(configuration, "osn.port.release.first.delay.seconds", 10),
                positive(configuration, "osn.port.release.max.delay.seconds", 600),
                positive(configuration, "osn.port.release.poll.seconds", 10),
                positive(configuration, "osn.port.release.claim.seconds", 300),
                100,
                configuration.portDeviceOwner(),
                configuration.getSeconds("osn.port.reconcile.interval.seconds", 21600),
                configuration.getSeconds("osn.port.reconcile.grace.seconds", 120));
    }

    /**
     * The wait after the {@code failedAttempts}-th failure in a row: the first delay, doubled for each further
     * failure, never more than the maximum.
     */
    public Duration retryDelay(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        Duration delay = firstRetryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }

    public boolean reconcilesPeriodically() {
        return !reconcileInterval.isZero() && !reconcileInterval.isNegative();
    }

    private static Duration positive(OsnConfiguration configuration, String key, int defaultSeconds) {
        Duration value = configuration.getSeconds(key, defaultSeconds);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalStateException("Setting " + key + " must be at least 1 second, not " + value);
        }
        return value;
    }
}
