package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.command.network.AddSubnetToProviderParameters;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.model.OpenStackSubnet;

import java.util.Locale;
import java.util.UUID;

/** Subnets of provider networks between the oVirt model and the commands. */
public final class SubnetMapper {

    private SubnetMapper() {
    }

    /** @param networkHref the href of the subnet's {@code openstack_network} */
    public static OpenStackSubnet toModel(ProviderSubnet subnet, String networkHref) {
        OpenStackSubnet m = new OpenStackSubnet();
        m.setId(subnet.id());
        m.setHref(networkHref + "/subnets/" + subnet.id());
        m.setName(subnet.name());
        m.setCidr(subnet.cidr());
        m.setIpVersion("v" + subnet.ipVersion());
        m.setGateway(subnet.gatewayIp());
        m.dnsServerList(subnet.dnsServers());
        m.setIpv6AddressMode(subnet.ipv6AddressMode());
        m.setIpv6RaMode(subnet.ipv6RaMode());
        OpenStackNetwork network = new OpenStackNetwork();
        network.setId(subnet.networkId());
        network.setHref(networkHref);
        m.setOpenstackNetwork(network);
        return m;
    }

    /** {@code ip_version} is {@code v4}/{@code v6} (also {@code 4}/{@code 6}); left out, the CIDR's. */
    public static AddSubnetToProviderParameters toParameters(OpenStackSubnet m, UUID providerId, String networkId) {
        return new AddSubnetToProviderParameters(providerId, networkId, m.getName(), m.getCidr(),
                ipVersion(m.getIpVersion()), m.getGateway(), m.dnsServerList(), m.getIpv6AddressMode(),
                m.getIpv6RaMode());
    }

    private static Integer ipVersion(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "v4", "4" -> 4;
            case "v6", "6" -> 6;
            default -> throw new InvalidRepresentationException("ip_version must be v4 or v6, not '" + value + "'");
        };
    }
}
