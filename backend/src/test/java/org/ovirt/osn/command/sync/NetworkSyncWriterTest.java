package org.ovirt.osn.command.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Kind;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Status;
import static org.ovirt.osn.command.sync.SyncFixtures.DC;
import static org.ovirt.osn.command.sync.SyncFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.sync.SyncFixtures.engineNetwork;
import static org.ovirt.osn.command.sync.SyncFixtures.link;

@ExtendWith(MockitoExtension.class)
class NetworkSyncWriterTest {

    private static final LogicalNetwork BLUE = engineNetwork("blue", 1500, DC.id());

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private ProvidedNetworkDao links;

    private NetworkSyncWriter writer() {
        return new NetworkSyncWriter(inventory, vms, links);
    }

    private static NetworkSyncChange change(Kind kind, String name, Integer mtu) {
        return new NetworkSyncChange(kind, Status.PLANNED, "ext-1", BLUE.id(), name, "blue", mtu, 1500, DC.id(),
                DC.name(), List.of(), 0, List.of(), null);
    }

    @Test
    void shouldRenameAndChangeTheMtuButKeepTheVdsmNameWhenUpdating() {
        when(inventory.network(BLUE.id())).thenReturn(Optional.of(BLUE));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.networkByName(DC.id(), "navy")).thenReturn(Optional.empty());
        ArgumentCaptor<LogicalNetwork> updated = ArgumentCaptor.forClass(LogicalNetwork.class);

        assertEquals(Status.DONE, writer().update(change(Kind.UPDATE, "navy", 1442)).status());

        verify(inventory).updateNetwork(updated.capture());
        assertEquals("navy", updated.getValue().name());
        assertEquals(1442, updated.getValue().mtu());
        assertEquals("blue", updated.getValue().vdsmName());
    }

    @Test
    void shouldFailWithNameInUseWhenTheNewNameIsTakenInTheDataCenter() {
        when(inventory.network(BLUE.id())).thenReturn(Optional.of(BLUE));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.networkByName(DC.id(), "red")).thenReturn(Optional.of(engineNetwork("red", 0, DC.id())));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> writer().update(change(Kind.UPDATE, "red", 1500)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, e.engineMessage());
        verify(inventory, never()).updateNetwork(any());
    }

    @Test
    void shouldFailWithMtuOutOfRangeWhenTheProvidersMtuDoesNotFitTheEngine() {
        when(inventory.network(BLUE.id())).thenReturn(Optional.of(BLUE));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> writer().update(change(Kind.UPDATE, "blue", 40)));

        assertEquals(EngineMessage.VALIDATION_NETWORK_MTU_OUT_OF_RANGE, e.engineMessage());
    }

    @Test
    void shouldRemoveTheNetworkAndItsLinksWhenNoVnicUsesIt() {
        when(inventory.network(BLUE.id())).thenReturn(Optional.of(BLUE));
        when(vms.nicsOnNetwork(BLUE.id())).thenReturn(List.of());

        assertEquals(Status.DONE, writer().remove(change(Kind.REMOVE, "blue", null)).status());

        verify(links).removeByNetwork(BLUE.id());
        verify(inventory).removeNetwork(BLUE.id());
    }

    @Test
    void shouldKeepTheNetworkWhenAVnicStartedToUseItSinceThePlan() {
        when(inventory.network(BLUE.id())).thenReturn(Optional.of(BLUE));
        when(vms.nicsOnNetwork(BLUE.id())).thenReturn(List.of(new VmNic(UUID.randomUUID(), UUID.randomUUID(),
                "nic1", "56:6f:00:00:00:01", UUID.randomUUID(), true, true)));

        NetworkSyncChange kept = writer().remove(change(Kind.REMOVE, "blue", null));

        assertEquals(Kind.KEEP, kept.kind());
        assertEquals(1, kept.vnicCount());
        verify(inventory, never()).removeNetwork(any());
    }

    @Test
    void shouldDropOnlyThisProvidersLinkWhenUnlinking() {
        ProvidedNetworkEntity ours = link(BLUE.id(), "ext-1", DC.id());
        ProvidedNetworkEntity theirs = link(BLUE.id(), UUID.randomUUID(), "other", DC.id(),
                OffsetDateTime.now(ZoneOffset.UTC));
        when(links.findByNetwork(BLUE.id())).thenReturn(List.of(ours, theirs));

        writer().unlink(PROVIDER_ID, change(Kind.UNLINK, "blue", null));

        verify(links).remove(ours.getId());
        verify(links, never()).remove(theirs.getId());
    }

    @Test
    void shouldMarkOnlyThisProvidersLinkOfAKeptNetworkAsVanished() {
        ProvidedNetworkEntity ours = link(BLUE.id(), "ext-1", DC.id());
        ProvidedNetworkEntity theirs = link(BLUE.id(), UUID.randomUUID(), "other", DC.id(),
                OffsetDateTime.now(ZoneOffset.UTC));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        when(links.findByNetwork(BLUE.id())).thenReturn(List.of(ours, theirs));
        when(links.markVanished(ours.getId(), now)).thenReturn(true);

        assertTrue(writer().markVanished(PROVIDER_ID, change(Kind.KEEP, "blue", null), now));

        verify(links, never()).markVanished(theirs.getId(), now);
    }

    @Test
    void shouldSayAKeptNetworkWasMarkedBeforeSoThatItIsNotWarnedAboutAgain() {
        ProvidedNetworkEntity ours = link(BLUE.id(), "ext-1", DC.id());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        when(links.findByNetwork(BLUE.id())).thenReturn(List.of(ours));
        when(links.markVanished(ours.getId(), now)).thenReturn(false);

        assertFalse(writer().markVanished(PROVIDER_ID, change(Kind.KEEP, "blue", null), now));
    }

    @Test
    void shouldClearTheMarkOnlyOfMarkedNetworksThatAreOnTheProviderAgain() {
        OffsetDateTime earlier = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        ProvidedNetworkEntity back = mock(ProvidedNetworkEntity.class);
        when(back.getVanishedAt()).thenReturn(earlier);
        when(back.getExternalId()).thenReturn("ext-back");
        when(back.getId()).thenReturn(UUID.randomUUID());
        ProvidedNetworkEntity stillGone = mock(ProvidedNetworkEntity.class);
        when(stillGone.getVanishedAt()).thenReturn(earlier);
        when(stillGone.getExternalId()).thenReturn("ext-gone");
        ProvidedNetworkEntity neverGone = mock(ProvidedNetworkEntity.class);
        when(neverGone.getVanishedAt()).thenReturn(null);
        when(links.findByProvider(PROVIDER_ID)).thenReturn(List.of(back, stillGone, neverGone));
        when(links.clearVanished(back.getId())).thenReturn(true);

        assertEquals(List.of(back), writer().clearReappeared(PROVIDER_ID, Set.of("ext-back", "ext-never")));

        verify(links).clearVanished(back.getId());
        verifyNoMoreInteractions(links);
    }
}
