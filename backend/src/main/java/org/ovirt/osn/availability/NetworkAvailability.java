package org.ovirt.osn.availability;

import java.time.Instant;
import java.util.List;

/**
 * Where one provider network is available, host by host, as of {@code checkedAt} (when the provider last reported
 * its agents).
 *
 * @param assumed true when the provider reports no L2 agents: available everywhere by assumption
 */
public record NetworkAvailability(String providerName, String externalNetworkId, boolean assumed, Instant checkedAt,
                                  List<HostAvailability> hosts) {
}
