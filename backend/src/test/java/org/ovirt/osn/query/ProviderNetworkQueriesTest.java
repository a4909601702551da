package org.ovirt.osn.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderNetwork;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ProviderNetworkQueriesTest {

    private static final UUID PROVIDER = UUID.randomUUID();
    private static final ProviderNetwork BLUE = new ProviderNetwork("ext-blue", "blue", null, "geneve", null, 5, true,
            false, "ACTIVE", List.of(), "p");
    private static final ProviderNetwork RED = new ProviderNetwork("ext-red", "red", null, "geneve", null, 6, true,
            false, "ACTIVE", List.of(), "p");

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderNetworkAccess access;
    @Mock
    private ProvidedNetworkDao links;
    @Mock
    private EngineInventory inventory;
    @Mock
    private NetworkProviderProxy proxy;

    private ProviderNetworkQueries queries() {
        return new ProviderNetworkQueries(repository, access, links, inventory);
    }

    private static ProvidedNetworkEntity link(UUID network, String external, UUID dataCenter) {
        return new ProvidedNetworkEntity(UUID.randomUUID(), network, PROVIDER, external, dataCenter, null,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static LogicalNetwork network(UUID id) {
        return new LogicalNetwork(id, UUID.randomUUID(), "n", null, 0, null, true, "n");
    }

    @Test
    void shouldListEachNetworkWithTheDataCentersItIsInWhenDiscovering() {
        UUID dc = UUID.randomUUID();
        UUID live = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        when(repository.displayName(PROVIDER)).thenReturn("neutron-1");
        when(links.findByProvider(PROVIDER)).thenReturn(List.of(link(live, "ext-blue", dc),
                link(removed, "ext-blue", UUID.randomUUID())));
        when(inventory.existingNetworks(Set.of(live, removed))).thenReturn(Set.of(live));
        when(access.proxy(eq(PROVIDER), anyMap())).thenReturn(proxy);
        when(proxy.listNetworks()).thenReturn(Stream.of(BLUE, RED));

        List<DiscoveredNetwork> found = queries().networks(PROVIDER).toList();

        assertEquals(List.of(new DiscoveredNetwork(BLUE, List.of(dc)), new DiscoveredNetwork(RED, List.of())), found);
        verify(inventory, never()).network(any());
    }

    @Test
    void shouldAskTheInventoryOnceForThousandsOfImportedNetworksWhenDiscovering() {
        UUID dc = UUID.randomUUID();
        List<ProvidedNetworkEntity> imported = IntStream.range(0, 5000)
                .mapToObj(i -> link(UUID.randomUUID(), "ext-" + i, dc)).toList();
        when(repository.displayName(PROVIDER)).thenReturn("neutron-1");
        when(links.findByProvider(PROVIDER)).thenReturn(imported);
        when(inventory.existingNetworks(anyCollection())).thenAnswer(a -> new java.util.HashSet<UUID>(a.getArgument(0)));
        when(access.proxy(eq(PROVIDER), anyMap())).thenReturn(proxy);
        when(proxy.listNetworks()).thenReturn(IntStream.range(0, 5000).mapToObj(i -> new ProviderNetwork("ext-" + i,
                "n" + i, null, "geneve", null, null, true, false, "ACTIVE", List.of(), "p")));

        long inDc = queries().networks(PROVIDER).filter(n -> n.dataCenterIds().equals(List.of(dc))).count();

        assertEquals(5000, inDc);
        verify(inventory, times(1)).existingNetworks(anyCollection());
        verify(links, times(1)).findByProvider(PROVIDER);
        verify(inventory, never()).network(any());
    }

    @Test
    void shouldNotAskTheInventoryWhenTheProviderHasNoImportedNetworks() {
        when(repository.displayName(PROVIDER)).thenReturn("neutron-1");
        when(links.findByProvider(PROVIDER)).thenReturn(List.of());
        when(access.proxy(eq(PROVIDER), anyMap())).thenReturn(proxy);
        when(proxy.listNetworks()).thenReturn(Stream.of(BLUE));

        assertEquals(List.of(new DiscoveredNetwork(BLUE, List.of())), queries().networks(PROVIDER).toList());
        verify(inventory, never()).existingNetworks(anyCollection());
    }

    @Test
    void shouldFailWithExternalNetworkNotFoundWhenProviderHasNoSuchNetwork() {
        when(repository.displayName(PROVIDER)).thenReturn("neutron-1");
        when(access.proxy(eq(PROVIDER), anyMap())).thenReturn(proxy);
        when(proxy.getNetwork("nope")).thenReturn(Optional.empty());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> queries().network(PROVIDER, "nope"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_NOT_FOUND, e.engineMessage());
    }

    @Test
    void shouldListEveryProviderOfANetworkWhenAsked() {
        UUID network = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        when(links.findByNetwork(network)).thenReturn(List.of(link(network, "a", UUID.randomUUID()),
                new ProvidedNetworkEntity(UUID.randomUUID(), network, other, "b", UUID.randomUUID(), null,
                        OffsetDateTime.now(ZoneOffset.UTC))));

        assertEquals(List.of(new NetworkProviderRef(PROVIDER, "a", null), new NetworkProviderRef(other, "b", null)),
                queries().providersOf(network));
    }
}
