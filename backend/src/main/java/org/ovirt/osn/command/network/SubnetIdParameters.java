package org.ovirt.osn.command.network;

import java.util.UUID;

/** One subnet of a provider network, by the provider's ids. */
public record SubnetIdParameters(UUID providerId, String externalNetworkId, String subnetId) {
}
