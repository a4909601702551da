package org.ovirt.osn.provider;

import java.util.List;
import java.util.Objects;

/**
 * A subnet to create on a provider network.
 *
 * @param ipVersion       4 or 6
 * @param gatewayIp       null lets the provider choose (the first address of the CIDR)
 * @param dnsServers      null or empty for none
 * @param dhcpEnabled     ovirt-provider-ovn accepts only true
 * @param ipv6AddressMode only for IPv6: {@code slaac}, {@code dhcpv6-stateful}, {@code dhcpv6-stateless}; or null
 * @param ipv6RaMode      only for IPv6, the same values; or null
 */
public record ProviderSubnetSpec(String name, String cidr, int ipVersion, String gatewayIp, List<String> dnsServers,
                                 boolean dhcpEnabled, String ipv6AddressMode, String ipv6RaMode) {

    public ProviderSubnetSpec {
        Objects.requireNonNull(cidr, "cidr");
        if (ipVersion != 4 && ipVersion != 6) {
            throw new IllegalArgumentException("The IP version is 4 or 6, not " + ipVersion);
        }
        if (ipVersion == 4 && (ipv6AddressMode != null || ipv6RaMode != null)) {
            throw new IllegalArgumentException("IPv6 address and RA modes need an IPv6 subnet");
        }
        dnsServers = dnsServers == null ? List.of() : List.copyOf(dnsServers);
    }

    /** An IPv4 subnet with DHCP, the provider's default gateway and no DNS servers. */
    public static ProviderSubnetSpec ipv4(String name, String cidr) {
        return new ProviderSubnetSpec(name, cidr, 4, null, List.of(), true, null, null);
    }

    /** An IPv6 subnet with stateful DHCPv6, the provider's default gateway and no DNS servers. */
    public static ProviderSubnetSpec ipv6(String name, String cidr) {
        return new ProviderSubnetSpec(name, cidr, 6, null, List.of(), true, "dhcpv6-stateful", null);
    }

    public ProviderSubnetSpec withGateway(String value) {
        return new ProviderSubnetSpec(name, cidr, ipVersion, value, dnsServers, dhcpEnabled, ipv6AddressMode,
                ipv6RaMode);
    }

    public ProviderSubnetSpec withDnsServers(List<String> value) {
        return new ProviderSubnetSpec(name, cidr, ipVersion, gatewayIp, value, dhcpEnabled, ipv6AddressMode,
                ipv6RaMode);
    }

    public ProviderSubnetSpec withDhcp(boolean value) {
        return new ProviderSubnetSpec(name, cidr, ipVersion, gatewayIp, dnsServers, value, ipv6AddressMode,
                ipv6RaMode);
    }

    public ProviderSubnetSpec withIpv6Modes(String addressMode, String raMode) {
        return new ProviderSubnetSpec(name, cidr, ipVersion, gatewayIp, dnsServers, dhcpEnabled, addressMode, raMode);
    }
}
