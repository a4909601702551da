package org.ovirt.osn.command.network;

import java.util.UUID;

/**
 * @param externalId          the provider's id of the network
 * @param publicUse           whether everyone may use the default vNIC profile
 * @param attachToAllClusters attach the new network (not required) to every cluster of the data center
 */
public record ImportExternalNetworkParameters(UUID providerId, String externalId, UUID dataCenterId,
                                              boolean publicUse, boolean attachToAllClusters) {
}
