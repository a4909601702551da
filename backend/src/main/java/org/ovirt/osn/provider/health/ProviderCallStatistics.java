package org.ovirt.osn.provider.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What this engine node measured of one provider since it started (see {@link ProviderCallMeter}).
 *
 * @param status        null when no call was made yet
 * @param attempts      HTTP calls (Keystone's included) by how they ended, every kind present
 * @param totalLatency  the time all of them took together
 * @param lastSuccess   null when no call has succeeded yet
 * @param lastFailure   null when none has failed
 * @param token         null when the provider needs no token or none was issued yet
 * @param measuredAt    when this was read, for the token's age and the failure's
 */
public record ProviderCallStatistics(UUID providerId, String providerName, ProviderStatus status, long totalAttempts,
                                     Map<ProviderCallKind, Long> attempts, Duration totalLatency, Duration maxLatency,
                                     long inFlight, Instant lastSuccess, ProviderFailureNote lastFailure,
                                     ProviderTokenNote token, Instant measuredAt) {

    public ProviderCallStatistics {
        attempts = Map.copyOf(attempts);
    }

    /** Attempts that did not end in {@link ProviderCallKind#SUCCESS}. */
    public long failedAttempts() {
        return totalAttempts - attempts.getOrDefault(ProviderCallKind.SUCCESS, 0L);
    }
}
