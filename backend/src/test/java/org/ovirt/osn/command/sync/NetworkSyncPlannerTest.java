package org.ovirt.osn.command.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Kind;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Status;
import static org.ovirt.osn.command.sync.SyncFixtures.DC;
import static org.ovirt.osn.command.sync.SyncFixtures.OTHER_DC;
import static org.ovirt.osn.command.sync.SyncFixtures.OVS;
import static org.ovirt.osn.command.sync.SyncFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.sync.SyncFixtures.engineNetwork;
import static org.ovirt.osn.command.sync.SyncFixtures.link;
import static org.ovirt.osn.command.sync.SyncFixtures.onProvider;

@ExtendWith(MockitoExtension.class)
class NetworkSyncPlannerTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private ProvidedNetworkDao links;

    private NetworkSyncPlanner planner() {
        return new NetworkSyncPlanner(inventory, vms, links);
    }

    private void dataCentersKnown() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
    }

    @Test
    void shouldImportANewNetworkOnlyIntoDataCentersWhoseClustersUseTheProviderByDefault() {
        dataCentersKnown();
        when(links.findByProvider(PROVIDER_ID)).thenReturn(List.of());
        when(inventory.clustersWithDefaultNetworkProvider(PROVIDER_ID)).thenReturn(List.of(OVS));

        List<NetworkSyncChange> plan = planner().plan(PROVIDER_ID, List.of(onProvider("ext-1", "blue", 1442)));

        assertEquals(1, plan.size());
        NetworkSyncChange change = plan.get(0);
        assertEquals(Kind.IMPORT, change.kind());
        assertEquals(Status.PLANNED, change.status());
        assertEquals(DC.id(), change.dataCenterId());
        assertEquals(List.of(OVS.id()), change.clusterIds());
        assertEquals(1442, change.mtu());
    }

    @Test
    void shouldNotImportAgainWhereTheNetworkIsImportedAndFollowItsNameAndMtu() {
        dataCentersKnown();
        LogicalNetwork blue = engineNetwork("blue", 1500, DC.id());
        ProvidedNetworkEntity link = link(blue.id(), "ext-1", DC.id());
        when(links.findByProvider(PROVIDER_ID)).thenReturn(List.of(link));
        when(inventory.network(blue.id())).thenReturn(Optional.of(blue));
        when(links.findByNetwork(blue.id())).thenReturn(List.of(link));
        when(inventory.clustersWithDefaultNetworkProvider(PROVIDER_ID)).thenReturn(List.of(OVS));

        List<NetworkSyncChange> plan = planner().plan(PROVIDER_ID, List.of(onProvider("ext-1", "navy", 1442)));

        assertEquals(1, plan.size());
        NetworkSyncChange change = plan.get(0);
        assertEquals(Kind.UPDATE, change.kind());
        assertEquals("navy", change.name());
        assertEquals("blue", change.previousName());
        assertEquals(1442, change.mtu());
        assertEquals(1500, change.previousMtu());
    }

    @Test
    void shouldLeaveANetworkAloneWhenThisProviderIsNotItsFirstProvider() {
        LogicalNetwork blue = engineNetwork("blue", 0, OTHER_DC.id());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ProvidedNetworkEntity first = link(blue.id(), UUID.randomUUID(), "other", OTHER_DC.id(), now.minusDays(1));
        ProvidedNetworkEntity ours = link(blue.id(), PROVIDER_ID, "ext-1", OTHER_DC.id(), now);
        when(links.findByProvider(PROVIDER_ID)).thenReturn(List.of(ours));
        when(inventory.network(blue.id())).thenReturn(Optional.of(blue));
        when(links.findByNetwork(blue.id())).thenReturn(List.of(first, ours));
        when(inventory.clustersWithDefaultNetworkProvider(PROVIDER_ID)).thenReturn(List.of());

        assertEquals(List.of(), planner().plan(PROVIDER_ID, List.of(onProvider("ext-1", "renamed", null))));
    }

    @Test
    void shouldRemoveAVanishedNetworkNoVnicUsesAndKeepOneThatVnicsUse() {
        when(inventory.dataCenter(OTHER_DC.id())).thenReturn(Optional.of(OTHER_DC));
        LogicalNetwork idle = engineNetwork("idle", 0, OTHER_DC.id());
        LogicalNetwork used = engineNetwork("used", 0, OTHER_DC.id());
        ProvidedNetworkEntity idleLink = link(idle.id(), "ext-idle", OTHER_DC.id());
        ProvidedNetworkEntity usedLink = link(used.id(), "ext-used", OTHER_DC.id());
        when(links.findByProvider(PROVIDER_ID)).thenReturn(List.of(idleLink, usedLink));
        when(inventory.network(idle.id())).thenReturn(Optional.of(idle));
        when(inventory.network(used.id())).thenReturn(Optional.of(used));
        when(links.findByNetwork(idle.id())).thenReturn(List.of(idleLink));
        when(links.findByNetwork(used.id())).thenReturn(List.of(usedLink));
        when(vms.nicsOnNetwork(idle.id())).thenReturn(List.of());
        UUID vm = UUID.randomUUID();
        when(vms.nicsOnNetwork(used.id())).thenReturn(List.of(
                new VmNic(UUID.randomUUID(), vm, "nic1", "56:6f:00:00:00:01", UUID.randomUUID(), true, true)));
        when(vms.vm(vm)).thenReturn(Optional.of(new Vm(vm, "web", null, UUID.randomUUID(), VmStatus.UP, null)));
        when(inventory.clustersWithDefaultNetworkProvider(PROVIDER_ID)).thenReturn(List.of());

        List<NetworkSyncChange> plan = planner().plan(PROVIDER_ID, List.of());

        assertEquals(List.of(Kind.REMOVE, Kind.KEEP), plan.stream().map(NetworkSyncChange::kind).toList());
        assertEquals(idle.id(), plan.get(0).networkId());
        assertEquals(1, plan.get(1).vnicCount());
        assertEquals(List.of("web"), plan.get(1).vmNames());
    }

    @Test
    void shouldOnlyUnlinkAVanishedNetworkThatOtherProvidersStillProvide() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        LogicalNetwork shared = engineNetwork("shared", 0, DC.id());
        ProvidedNetworkEntity ours = link(shared.id(), "ext-shared", DC.id());
        when(links.findByProvider(PROVIDER_ID)).thenReturn(List.of(ours));
        when(inventory.network(shared.id())).thenReturn(Optional.of(shared));
        when(links.findByNetwork(shared.id())).thenReturn(List.of(ours,
                link(shared.id(), UUID.randomUUID(), "theirs", DC.id(), OffsetDateTime.now(ZoneOffset.UTC))));
        when(inventory.clustersWithDefaultNetworkProvider(PROVIDER_ID)).thenReturn(List.of());

        List<NetworkSyncChange> plan = planner().plan(PROVIDER_ID, List.of());

        assertEquals(Kind.UNLINK, plan.get(0).kind());
    }

    @Test
    void shouldIgnoreLinksWhoseEngineNetworkIsGone() {
        UUID removed = UUID.randomUUID();
        when(links.findByProvider(PROVIDER_ID)).thenReturn(List.of(link(removed, "ext-1", DC.id())));
        when(inventory.network(removed)).thenReturn(Optional.empty());
        when(inventory.clustersWithDefaultNetworkProvider(PROVIDER_ID)).thenReturn(List.of());

        assertEquals(List.of(), planner().plan(PROVIDER_ID, List.of()));
    }
}
