package org.ovirt.osn.availability;

import org.ovirt.osn.engine.LogicalNetwork;

import java.time.Instant;
import java.util.UUID;

/** Whether a host can plug one engine network provided by a provider, through the provider network its ports use. */
public record HostNetworkAvailability(LogicalNetwork network, UUID providerId, String providerName,
                                      String externalNetworkId, boolean available, boolean assumed, String reason,
                                      Instant checkedAt) {
}
