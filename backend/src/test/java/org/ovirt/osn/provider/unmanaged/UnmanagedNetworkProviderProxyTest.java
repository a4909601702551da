package org.ovirt.osn.provider.unmanaged;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderSubnetSpec;
import org.ovirt.osn.provider.ProviderTypeTraits;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unmanaged type: nothing to call, so every answer comes from here; what it cannot keep it refuses. */
class UnmanagedNetworkProviderProxyTest {

    /** A URL nothing listens on: a call would fail the test with a CONNECTION error, not pass quietly. */
    private static final NetworkProvider PROVIDER = new NetworkProvider(UUID.randomUUID(), "lab-unmanaged", null,
            NetworkProviderType.UNMANAGED, "http://127.0.0.1:1", false, null, null, null, null, null, null, null,
            "CUSTOM_PLUGIN", false, false, null);

    private final UnmanagedNetworkProviderProxyFactory factory = new UnmanagedNetworkProviderProxyFactory();
    private final NetworkProviderProxy proxy = factory.create(PROVIDER);

    @Test
    void shouldDeclareItselfUnmanagedWithTheVnicProviderTypeOvirtHandsToHosts() {
        assertEquals(NetworkProviderType.UNMANAGED, factory.type());
        assertEquals(new ProviderTypeTraits("unmanaged", false), factory.traits());
    }

    @Test
    void shouldPassTheConnectivityTestAndShowNoCertificatesWithoutACall() {
        assertDoesNotThrow(proxy::testConnection);
        assertEquals(List.of(), proxy.certificateChain());
    }

    @Test
    void shouldListNothingSinceItsNetworksLiveOnlyInTheEngine() {
        assertEquals(List.of(), proxy.listNetworks().toList());
        assertTrue(proxy.getNetwork("anything").isEmpty());
        assertEquals(List.of(), proxy.listSubnets("anything").toList());
        assertEquals(List.of(), proxy.findPorts(PortFilter.byDeviceId(UUID.randomUUID().toString()))
                .toList());
        assertTrue(proxy.getPort("p").isEmpty());
    }

    @Test
    void shouldGiveAnExportedNetworkAFreshIdAndForgetItOnRemoval() {
        ProviderNetwork first = proxy.addNetwork(ProviderNetworkSpec.vlan("blue", "physnet1", 12).withMtu(1400));
        ProviderNetwork second = proxy.addNetwork(ProviderNetworkSpec.tenant("green"));

        assertEquals("blue", first.name());
        assertEquals(1400, first.mtu());
        assertEquals("physnet1", first.physicalNetwork());
        assertEquals(12, first.vlanId());
        assertEquals(first.externalId(), UUID.fromString(first.externalId()).toString());
        assertNotEquals(first.externalId(), second.externalId());
        assertTrue(proxy.removeNetwork(first.externalId()));
    }

    @Test
    void shouldRefuseSubnetsAndPortsNamingTheProvider() {
        ProviderException subnet = assertThrows(ProviderException.class, () -> proxy.addSubnet("n",
                new ProviderSubnetSpec("s", "10.0.0.0/24", 4, null, List.of(), true, null, null)));
        assertEquals(ProviderErrorCode.BAD_REQUEST, subnet.code());
        assertTrue(subnet.getMessage().contains("lab-unmanaged"), subnet.getMessage());
        assertTrue(subnet.getMessage().contains("unmanaged"), subnet.getMessage());
        assertThrows(ProviderException.class, () -> proxy.removeSubnet("s"));
        assertThrows(ProviderException.class, () -> proxy.createPorts(List.of(PortSpec.on("n"))));
        assertThrows(ProviderException.class, () -> proxy.createPort(PortSpec.on("n")));
        assertEquals(List.of(), proxy.createPorts(List.of()));
        assertFalse(proxy.deletePort("p"), "no port was ever made here");
    }

    @Test
    void shouldRefuseAProviderOfAnotherType() {
        NetworkProvider external = new NetworkProvider(UUID.randomUUID(), "ovn", null, NetworkProviderType.EXTERNAL,
                "http://127.0.0.1:1", false, null, null, null, null, null, null, null, null, false, false, null);

        assertThrows(IllegalArgumentException.class, () -> factory.create(external));
    }
}
