package org.ovirt.osn.provider;

import java.util.List;

/**
 * A subnet of a provider network, as the provider reports it.
 *
 * @param ipVersion       4 or 6
 * @param gatewayIp       null when the subnet has no gateway
 * @param dnsServers      never null
 * @param ipv6AddressMode {@code slaac}, {@code dhcpv6-stateful}, {@code dhcpv6-stateless}, or null
 * @param ipv6RaMode      the same values, or null
 */
public record ProviderSubnet(
        String id,
        String networkId,
        String name,
        String cidr,
        int ipVersion,
        String gatewayIp,
        List<String> dnsServers,
        boolean dhcpEnabled,
        String ipv6AddressMode,
        String ipv6RaMode) {

    public ProviderSubnet {
        dnsServers = dnsServers == null ? List.of() : List.copyOf(dnsServers);
    }
}
