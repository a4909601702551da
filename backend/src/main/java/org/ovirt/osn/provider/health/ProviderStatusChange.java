package org.ovirt.osn.provider.health;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider's derived status changed; fired once per change (as a CDI event in the server).
 *
 * @param before null when this is the first status known since the engine started
 * @param reason the failure that caused the change (its message names no secret); null for a recovery
 */
public record ProviderStatusChange(UUID providerId, String providerName, ProviderStatus before, ProviderStatus after,
                                   String reason, Instant at) {
}
