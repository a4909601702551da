package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderSegment;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderFixedIp;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one translation between Neutron's wire records and the provider SPI's domain records, both ways. Lenient about
 * what providers leave out (ovirt-provider-ovn has no {@code shared}, {@code status} on ports, nor any
 * {@code binding:*} but the host), strict about nothing: checking values is the domain's job.
 */
final class NeutronMapper {

    private NeutronMapper() {
    }

    static ProviderNetwork toDomain(NeutronNetwork n) {
        return new ProviderNetwork(n.id(), n.name(), n.mtu(), n.networkType(), n.physicalNetwork(),
                n.segmentationId(), n.portSecurityEnabled(), Boolean.TRUE.equals(n.shared()), n.status(),
                n.subnets(), project(n.projectId(), n.tenantId()));
    }

    /** Agent configuration keys that map physical networks to something on the host, by agent kind. */
    private static final List<String> MAPPING_KEYS = List.of("bridge_mappings", "interface_mappings",
            "device_mappings", "bridge-mappings");

    static ProviderAgent toDomain(NeutronAgent a) {
        Map<String, Object> configurations = a.configurations() == null ? Map.of() : a.configurations();
        Set<String> physicalNetworks = new TreeSet<>();
        for (String key : MAPPING_KEYS) {
            physicalNetworks.addAll(physicalNetworksOf(configurations.get(key)));
        }
        List<String> tunnelTypes = configurations.get("tunnel_types") instanceof List<?> types
                ? types.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        // an agent switched off by the admin plugs nothing, however alive it is
        boolean alive = Boolean.TRUE.equals(a.alive()) && !Boolean.FALSE.equals(a.adminStateUp());
        return new ProviderAgent(a.host(), a.agentType(), alive, physicalNetworks, tunnelTypes);
    }

    /** An object {@code {physnet: bridge}}, or ML2/OVN's string {@code "physnet1:br-ex,physnet2:br-p2"}. */
    private static Set<String> physicalNetworksOf(Object mappings) {
        if (mappings instanceof Map<?, ?> map) {
            return map.keySet().stream().filter(String.class::isInstance).map(String.class::cast)
                    .collect(Collectors.toSet());
        }
        if (mappings instanceof String text) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(m -> m.indexOf(':') > 0)
                    .map(m -> m.substring(0, m.indexOf(':')).strip()).collect(Collectors.toSet());
        }
        return Set.of();
    }

    static ProviderSegment toDomain(NeutronSegment s) {
        return new ProviderSegment(s.id(), s.networkId(), s.networkType(), s.physicalNetwork());
    }

    static NeutronNetwork toWire(ProviderNetworkSpec spec) {
        return new NeutronNetwork(null, spec.name(), true, null, null, null, spec.mtu(), spec.portSecurityEnabled(),
                spec.networkType(), spec.physicalNetwork(), spec.vlanId(), null, null);
    }

    static ProviderSubnet toDomain(NeutronSubnet s) {
        return new ProviderSubnet(s.id(), s.networkId(), s.name(), s.cidr(),
                s.ipVersion() == null ? 4 : s.ipVersion(), s.gatewayIp(), s.dnsNameservers(),
                Boolean.TRUE.equals(s.enableDhcp()), s.ipv6AddressMode(), s.ipv6RaMode());
    }

    static NeutronSubnet toWire(String networkId, ProviderSubnetSpec spec) {
        return new NeutronSubnet(null, networkId, spec.name(), spec.cidr(), spec.ipVersion(), spec.gatewayIp(),
                spec.dnsServers().isEmpty() ? null : spec.dnsServers(), spec.dhcpEnabled(), spec.ipv6AddressMode(),
                spec.ipv6RaMode());
    }

    static ProviderPort toDomain(NeutronPort p) {
        List<ProviderFixedIp> fixedIps = p.fixedIps() == null ? List.of()
                : p.fixedIps().stream().map(ip -> new ProviderFixedIp(ip.subnetId(), ip.ipAddress())).toList();
        // a provider that leaves admin_state_up out does not take ports down
        boolean adminStateUp = p.adminStateUp() == null || p.adminStateUp();
        return new ProviderPort(p.id(), p.networkId(), p.macAddress(), p.name(), p.deviceId(), p.deviceOwner(),
                p.hostId(), p.securityGroups(), p.portSecurityEnabled(), adminStateUp, fixedIps, p.status(),
                p.vifType(), project(p.projectId(), p.tenantId()));
    }

    static NeutronPort toWire(PortSpec spec) {
        return new NeutronPort(null, spec.name(), spec.networkId(), spec.macAddress(), spec.adminStateUp(), null,
                spec.deviceId(), spec.deviceOwner(), fixedIps(spec.fixedIps()), spec.securityGroups(),
                spec.portSecurityEnabled(), spec.hostBinding(), null, null, null, null, spec.projectId(), null);
    }

    static NeutronPort toWire(PortUpdate update) {
        return new NeutronPort(null, update.name(), null, update.macAddress(), update.adminStateUp(), null,
                update.deviceId(), update.deviceOwner(), null, update.securityGroups(), update.portSecurityEnabled(),
                update.hostBinding(), null, null, null, null, null, null);
    }

    private static List<NeutronPort.FixedIp> fixedIps(List<ProviderFixedIp> fixedIps) {
        return fixedIps == null ? null
                : fixedIps.stream().map(ip -> new NeutronPort.FixedIp(ip.subnetId(), ip.ipAddress())).toList();
    }

    private static String project(String projectId, String tenantId) {
        return projectId != null ? projectId : tenantId;
    }
}
