package org.ovirt.osn.provider;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules the SPI's domain records keep by themselves. */
class ProviderDomainRecordsTest {

    private static ProviderPort port(String deviceId, String owner, String mac, String network) {
        return new ProviderPort("p", network, mac, "nic1", deviceId, owner, null, null, null, true, null, "DOWN",
                null, null);
    }

    @Test
    void shouldRefuseAPortFilterWithoutAnyCriterion() {
        assertThrows(IllegalArgumentException.class, () -> new PortFilter(null, null, null, null));
    }

    @Test
    void shouldMatchOnlyWhenEverySetCriterionMatchesAndMacAddressesIgnoreCase() {
        PortFilter filter = PortFilter.byDeviceId("vnic-1").andDeviceOwner("oVirt").andMacAddress("FA:16:3E:00:00:01");

        assertAll(
                () -> assertTrue(filter.matches(port("vnic-1", "oVirt", "fa:16:3e:00:00:01", "n1"))),
                () -> assertFalse(filter.matches(port("vnic-2", "oVirt", "fa:16:3e:00:00:01", "n1"))),
                () -> assertFalse(filter.matches(port("vnic-1", "compute:nova", "fa:16:3e:00:00:01", "n1"))),
                () -> assertFalse(filter.matches(port("vnic-1", "oVirt", null, "n1"))),
                () -> assertTrue(PortFilter.byNetworkId("n1").matches(port(null, null, null, "n1"))),
                () -> assertFalse(PortFilter.byNetworkId("n1").matches(port(null, null, null, "n2"))));
    }

    @Test
    void shouldKeepNullSecurityGroupsApartFromAnEmptyList() {
        List<String> mutable = new ArrayList<>(List.of("sg1"));
        PortSpec explicit = PortSpec.on("n1").withSecurityGroups(mutable);
        mutable.clear();

        assertAll(
                () -> assertNull(PortSpec.on("n1").securityGroups(), "provider default"),
                () -> assertEquals(List.of(), PortSpec.on("n1").withSecurityGroups(List.of()).securityGroups()),
                () -> assertEquals(List.of("sg1"), explicit.securityGroups(), "copied, not shared"),
                () -> assertTrue(PortSpec.on("n1").adminStateUp()));
    }

    @Test
    void shouldKnowAnEmptyUpdate() {
        assertTrue(PortUpdate.none().isEmpty());
        assertFalse(PortUpdate.none().withHostBinding("").isEmpty());
    }

    @Test
    void shouldRefuseAVlanWithoutPhysicalNetworkOrOutOfRange() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new ProviderNetworkSpec("n", null, null, 10, null)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> ProviderNetworkSpec.vlan("n", "physnet1", 4095)),
                () -> assertEquals("vlan", ProviderNetworkSpec.vlan("n", "physnet1", 10).networkType()),
                () -> assertEquals("flat", ProviderNetworkSpec.flat("n", "physnet1").networkType()),
                () -> assertNull(ProviderNetworkSpec.tenant("n").networkType()));
    }

    @Test
    void shouldRefuseIpv6ModesOnAnIpv4SubnetAndAnUnknownIpVersion() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> ProviderSubnetSpec.ipv4("s", "10.0.0.0/24").withIpv6Modes("slaac", null)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new ProviderSubnetSpec("s", "10.0.0.0/24", 5, null, null, true, null, null)),
                () -> assertEquals(List.of(), new ProviderSubnetSpec("s", "10.0.0.0/24", 4, null, null, true, null,
                        null).dnsServers()));
    }
}
