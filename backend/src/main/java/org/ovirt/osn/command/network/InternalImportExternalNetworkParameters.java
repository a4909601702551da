package org.ovirt.osn.command.network;

import org.ovirt.osn.provider.ProviderNetwork;

import java.util.List;
import java.util.UUID;

/**
 * A provider network, as the caller already got it from the provider, to become a new network of a data center.
 *
 * @param description the engine network's description; null for none (import and sync give none)
 * @param publicUse   whether everyone may use the default vNIC profile
 * @param clusterIds  clusters of the data center to attach the new network to (not required)
 */
public record InternalImportExternalNetworkParameters(UUID providerId, ProviderNetwork network, UUID dataCenterId,
                                                      String description, boolean publicUse, List<UUID> clusterIds) {

    public InternalImportExternalNetworkParameters {
        clusterIds = clusterIds == null ? List.of() : List.copyOf(clusterIds);
    }
}
