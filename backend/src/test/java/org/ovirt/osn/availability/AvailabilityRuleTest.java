package org.ovirt.osn.availability;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderSegment;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvailabilityRuleTest {

    private static final ProviderAgent OVS_PHYSNET1_VXLAN = new ProviderAgent("h1", "Open vSwitch agent", true,
            Set.of("physnet1"), List.of("vxlan"));
    private static final ProviderAgent OVS_PHYSNET2 = new ProviderAgent("h1", "Open vSwitch agent", true,
            Set.of("physnet2"), List.of());

    private static List<ProviderSegment> of(String type, String physnet) {
        ProviderNetwork network = new ProviderNetwork("n", "n", 1500, type, physnet, null, null, false, "ACTIVE",
                List.of(), null);
        return AvailabilityRule.segmentsOf(network, List.of());
    }

    @Test
    void shouldBeAvailableWhereAnAliveAgentMapsTheVlansPhysicalNetwork() {
        AvailabilityRule.Verdict verdict = AvailabilityRule.onHost("h1", of("vlan", "physnet1"),
                List.of(OVS_PHYSNET1_VXLAN));

        assertTrue(verdict.available());
        assertEquals("alive Open vSwitch agent on h1 maps physical network physnet1", verdict.reason());
    }

    @Test
    void shouldBeUnavailableNamingThePhysicalNetworkWhenTheAgentDoesNotMapIt() {
        AvailabilityRule.Verdict verdict = AvailabilityRule.onHost("h1", of("flat", "physnet1"),
                List.of(OVS_PHYSNET2));

        assertFalse(verdict.available());
        assertEquals("no alive L2 agent on host h1 maps physical network physnet1", verdict.reason());
    }

    @Test
    void shouldBeUnavailableWhenTheHostsAgentIsDeadOrThereIsNone() {
        ProviderAgent dead = new ProviderAgent("h1", "Open vSwitch agent", false, Set.of("physnet1"), List.of());

        AvailabilityRule.Verdict deadVerdict = AvailabilityRule.onHost("h1", of("vlan", "physnet1"), List.of(dead));
        AvailabilityRule.Verdict none = AvailabilityRule.onHost("h1", of("vlan", "physnet1"), List.of());

        assertFalse(deadVerdict.available());
        assertEquals("the provider's L2 agent on host h1 is not alive", deadVerdict.reason());
        assertFalse(none.available());
        assertEquals("the provider has no L2 agent on host h1", none.reason());
    }

    @Test
    void shouldBeAvailableForAnOverlayOnlyWhereAnAgentDoesThatTunnelType() {
        assertTrue(AvailabilityRule.onHost("h1", of("vxlan", null), List.of(OVS_PHYSNET1_VXLAN)).available());
        assertFalse(AvailabilityRule.onHost("h1", of("geneve", null), List.of(OVS_PHYSNET1_VXLAN)).available());
        assertEquals("no alive L2 agent on host h1 carries vxlan tunnels",
                AvailabilityRule.onHost("h1", of("vxlan", null), List.of(OVS_PHYSNET2)).reason());
    }

    @Test
    void shouldTakeAnyOfARoutedNetworksSegments() {
        List<ProviderSegment> routed = List.of(new ProviderSegment("s1", "n", "vlan", "physnet1"),
                new ProviderSegment("s2", "n", "vlan", "physnet2"));
        ProviderNetwork network = new ProviderNetwork("n", "n", 1500, "vlan", "physnet1", 101, null, false, "ACTIVE",
                List.of(), null);

        assertEquals(routed, AvailabilityRule.segmentsOf(network, routed));
        assertTrue(AvailabilityRule.onHost("h1", routed, List.of(OVS_PHYSNET2)).available());
        assertEquals("no alive L2 agent on host h1 maps physical network physnet1 or maps physical network physnet2",
                AvailabilityRule.onHost("h1", routed, List.of(new ProviderAgent("h1", "Linux bridge agent", true,
                        Set.of("physnet3"), List.of()))).reason());
    }

    @Test
    void shouldLetAnyAliveAgentPlugANetworkOfUnreportedType() {
        assertTrue(AvailabilityRule.onHost("h1", of(null, null), List.of(OVS_PHYSNET2)).available());
    }
}
