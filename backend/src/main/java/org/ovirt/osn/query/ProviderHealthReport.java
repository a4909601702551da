package org.ovirt.osn.query;

import org.ovirt.osn.provider.health.ProviderCallStatistics;

import java.time.Instant;

/**
 * What is known of one provider's health: this node's measurements of its calls, and from the shared database the
 * port releases waiting for it and its last synchronization.
 *
 * @param oldestPendingRelease null when none is pending
 * @param lastSync             null when it was never synchronized (as far as the audit log remembers)
 */
public record ProviderHealthReport(ProviderCallStatistics calls, long pendingReleases, Instant oldestPendingRelease,
                                   LastSync lastSync) {

    /**
     * @param succeeded whether it ran through (some networks may still have failed: see the message)
     * @param message   the audit event's text
     */
    public record LastSync(Instant at, boolean succeeded, String message) {
    }
}
