package org.ovirt.osn.command.network;

import java.util.List;
import java.util.UUID;

/**
 * A new subnet of a provider network, as the admin gave it (checked by {@link SubnetValidator}).
 *
 * @param externalNetworkId the provider's id of the network
 * @param ipVersion         4 or 6, or null for the CIDR's
 */
public record AddSubnetToProviderParameters(UUID providerId, String externalNetworkId, String name, String cidr,
                                            Integer ipVersion, String gateway, List<String> dnsServers,
                                            String ipv6AddressMode, String ipv6RaMode) {

    public AddSubnetToProviderParameters {
        dnsServers = dnsServers == null ? List.of() : List.copyOf(dnsServers);
    }
}
