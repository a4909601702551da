package org.ovirt.osn.query;

import java.util.UUID;

/**
 * One provider of an engine network: which provider, its id for the network there, and the data center network that
 * carries a flat or VLAN provider network on the hosts (null for a tunnelled one).
 */
public record NetworkProviderRef(UUID providerId, String externalId, UUID physicalNetworkId) {
}
