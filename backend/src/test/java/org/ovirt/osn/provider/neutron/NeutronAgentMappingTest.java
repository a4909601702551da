package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.ProviderAgent;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link NeutronMapper} reads of an agent's free-form {@code configurations}, per agent kind. */
class NeutronAgentMappingTest {

    @Test
    void shouldReadTheOpenVswitchAgentsBridgeMappingsAndTunnelTypes() {
        ProviderAgent agent = NeutronMapper.toDomain(new NeutronAgent("a", "h1", "Open vSwitch agent", true, true,
                Map.of("bridge_mappings", Map.of("physnet1", "br-ex"), "tunnel_types", List.of("vxlan", "gre"))));

        assertEquals(new ProviderAgent("h1", "Open vSwitch agent", true, Set.of("physnet1"), List.of("vxlan", "gre")),
                agent);
    }

    @Test
    void shouldReadOvnsStringMappingsAndLinuxBridgesInterfaceMappings() {
        ProviderAgent ovn = NeutronMapper.toDomain(new NeutronAgent("a", "h1", "OVN Controller agent", true, null,
                Map.of("bridge-mappings", "physnet1:br-ex, physnet2:br-p2")));
        ProviderAgent linuxBridge = NeutronMapper.toDomain(new NeutronAgent("b", "h2", "Linux bridge agent", true,
                true, Map.of("interface_mappings", Map.of("physnet3", "eth1"))));

        assertEquals(Set.of("physnet1", "physnet2"), ovn.physicalNetworks());
        assertEquals(Set.of("physnet3"), linuxBridge.physicalNetworks());
    }

    @Test
    void shouldCountAnAgentTheAdminSwitchedOffAsNotAliveAndADhcpAgentAsNoL2Agent() {
        ProviderAgent off = NeutronMapper.toDomain(new NeutronAgent("a", "h1", "Open vSwitch agent", true, false,
                Map.of("bridge_mappings", Map.of("physnet1", "br-ex"))));
        ProviderAgent dhcp = NeutronMapper.toDomain(new NeutronAgent("b", "h1", "DHCP agent", true, true,
                Map.of("dhcp_driver", "dnsmasq")));
        ProviderAgent bare = NeutronMapper.toDomain(new NeutronAgent("c", "h1", "x", null, null, null));

        assertFalse(off.alive());
        assertFalse(dhcp.isL2());
        assertFalse(bare.alive());
        assertTrue(off.isL2());
    }
}
