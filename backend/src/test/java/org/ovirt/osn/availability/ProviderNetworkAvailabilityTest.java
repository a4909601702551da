package org.ovirt.osn.availability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provisioning.HostBindings;
import org.ovirt.osn.provisioning.ProvidingNetworks;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ProviderNetworkAvailabilityTest {

    private static final NetworkProvider OVN = new NetworkProvider(UUID.randomUUID(), "ovn", null,
            NetworkProviderType.EXTERNAL, "http://127.0.0.1:9696", false, null, null, null, null, null, null, null,
            "OVIRT_PROVIDER_OVN", false, false, null);
    private static final Host H1 = new Host(UUID.randomUUID(), "h1", null, "h1.example", UUID.randomUUID());
    private static final Host H2 = new Host(UUID.randomUUID(), "h2", null, "h2.example", UUID.randomUUID());

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderNetworkAccess access;
    @Mock
    private HostBindings hostBindings;
    @Mock
    private EngineInventory inventory;
    @Mock
    private ProvidingNetworks providing;
    @Mock
    private NetworkProviderProxy proxy;

    private ProviderNetworkAvailability availability() {
        return new ProviderNetworkAvailability(repository, access,
                new AgentsViews(Duration.ofSeconds(10), Clock.systemUTC()), hostBindings, inventory, providing);
    }

    private void givenProvider() {
        when(repository.displayName(OVN.id())).thenReturn(OVN.name());
        when(repository.findByIdWithoutSecrets(OVN.id())).thenReturn(Optional.of(OVN));
        when(access.proxy(eq(OVN.id()), anyMap())).thenReturn(proxy);
        when(inventory.hosts()).thenReturn(List.of(H2, H1));
        when(hostBindings.bindingFor(H1, OVN)).thenReturn("chassis-1");
        when(hostBindings.bindingFor(H2, OVN)).thenReturn("chassis-2");
    }

    @Test
    void shouldAssumeEveryHostAndSaySoWhenTheProviderReportsNoAgents() {
        givenProvider();
        when(proxy.listAgents()).thenReturn(List.of());

        NetworkAvailability result = availability().ofNetwork(OVN.id(), "net-1", false);

        assertTrue(result.assumed());
        assertEquals(List.of("h1", "h2"), result.hosts().stream().map(h -> h.host().name()).toList());
        assertTrue(result.hosts().stream().allMatch(h -> h.available() && h.assumed()));
        assertTrue(result.hosts().get(0).reason().contains("reports no L2 agents"), result.hosts().get(0).reason());
        verify(proxy, never()).getNetwork("net-1");
    }

    @Test
    void shouldMatchHostsToAgentsByTheirBindingHostId() {
        givenProvider();
        when(proxy.listAgents()).thenReturn(List.of(new ProviderAgent("chassis-1", "Open vSwitch agent", true,
                Set.of("physnet1"), List.of())));
        when(proxy.listSegments()).thenAnswer(i -> Stream.empty());
        when(proxy.getNetwork("net-1")).thenReturn(Optional.of(new ProviderNetwork("net-1", "blue", 1500, "vlan",
                "physnet1", 101, null, false, "ACTIVE", List.of(), null)));

        NetworkAvailability result = availability().ofNetwork(OVN.id(), "net-1", false);

        assertFalse(result.assumed());
        assertTrue(result.hosts().get(0).available(), result.hosts().get(0).reason());
        assertEquals("chassis-1", result.hosts().get(0).providerHost());
        assertFalse(result.hosts().get(1).available());
        verify(proxy).getNetwork("net-1");
    }
}
