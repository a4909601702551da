package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ProviderLocking;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.engine.standalone.command.Inventories.CLUSTER;
import static org.ovirt.osn.engine.standalone.command.Inventories.DC;
import static org.ovirt.osn.engine.standalone.command.Inventories.HOST;

@ExtendWith(MockitoExtension.class)
class ForceRemoveDataCenterCommandTest {

    private static final Vm WEB = new Vm(UUID.randomUUID(), "web", null, CLUSTER.id(), VmStatus.DOWN, null);
    private static final Vm DB = new Vm(UUID.randomUUID(), "db", null, CLUSTER.id(), VmStatus.DOWN, null);
    private static final InventoryIdParameters PARAMETERS = new InventoryIdParameters(DC.id());

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private VmNicLifecycle lifecycle;
    @Mock
    private ProviderLocking locking;
    @Mock
    private Transactions transactions;

    private ForceRemoveDataCenterCommand command() {
        return new ForceRemoveDataCenterCommand(inventory, vms, lifecycle, locking, transactions);
    }

    @SuppressWarnings("unchecked")
    private void transactionsRunTheWork() {
        when(transactions.inTransaction(any())).thenAnswer(i -> ((Supplier<Object>) i.getArgument(0)).get());
    }

    @Test
    void shouldRefuseNamingTheVmsOfTheDataCenterThatAreNotDown() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.clustersOf(DC.id())).thenReturn(List.of(CLUSTER));
        when(vms.vmsOf(CLUSTER.id())).thenReturn(List.of(WEB,
                new Vm(DB.id(), "db", null, CLUSTER.id(), VmStatus.UP, HOST.id())));

        ValidationResult result = command().validate(PARAMETERS);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_HAS_VMS_NOT_DOWN, result.message());
        assertEquals(Map.of("DataCenterName", "Default", "VmNames", "db"), result.variables());
    }

    @Test
    void shouldReleaseThePortsOfEachVmBeforeItsRowsGoThenRemoveHostsClustersAndTheDataCenter() {
        transactionsRunTheWork();
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.clustersOf(DC.id())).thenReturn(List.of(CLUSTER));
        when(vms.vmsOf(CLUSTER.id())).thenReturn(List.of(WEB, DB));
        when(inventory.hostsOf(CLUSTER.id())).thenReturn(List.of(HOST));
        ProviderLocking.Held webLock = mock(ProviderLocking.Held.class);
        ProviderLocking.Held dbLock = mock(ProviderLocking.Held.class);
        when(locking.lockVm(WEB.id())).thenReturn(webLock);
        when(locking.lockVm(DB.id())).thenReturn(dbLock);

        command().execute(PARAMETERS);

        InOrder order = inOrder(locking, transactions, lifecycle, vms, inventory, webLock, dbLock);
        order.verify(locking).lockVm(WEB.id());
        order.verify(locking).lockVm(DB.id());
        order.verify(transactions).inTransaction(any());
        order.verify(lifecycle).vmRemoving(WEB.id());
        order.verify(vms).removeVm(WEB.id());
        order.verify(lifecycle).vmRemoving(DB.id());
        order.verify(vms).removeVm(DB.id());
        order.verify(inventory).removeHost(HOST.id());
        order.verify(inventory).removeCluster(CLUSTER.id());
        order.verify(inventory).removeDataCenter(DC.id());
        order.verify(webLock).close();
        order.verify(dbLock).close();
    }

    @Test
    void shouldRemoveNothingWhenAVmStartedBeforeTheLockWasTaken() {
        transactionsRunTheWork();
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.clustersOf(DC.id())).thenReturn(List.of(CLUSTER));
        Vm started = new Vm(WEB.id(), "web", null, CLUSTER.id(), VmStatus.UP, HOST.id());
        when(vms.vmsOf(CLUSTER.id())).thenReturn(List.of(WEB), List.of(started));
        ProviderLocking.Held webLock = mock(ProviderLocking.Held.class);
        when(locking.lockVm(WEB.id())).thenReturn(webLock);

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command().execute(PARAMETERS));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_HAS_VMS_NOT_DOWN, e.engineMessage());
        verifyNoInteractions(lifecycle);
        verify(inventory, never()).removeDataCenter(any());
        verify(webLock).close();
    }

    @Test
    void shouldFailAsChangedMeanwhileAndRemoveNothingWhenAVmAppearedAfterTheLocksWereTaken() {
        transactionsRunTheWork();
        when(inventory.clustersOf(DC.id())).thenReturn(List.of(CLUSTER));
        when(vms.vmsOf(CLUSTER.id())).thenReturn(List.of(WEB), List.of(WEB, DB));
        ProviderLocking.Held webLock = mock(ProviderLocking.Held.class);
        when(locking.lockVm(WEB.id())).thenReturn(webLock);

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command().execute(PARAMETERS));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CHANGED_CONCURRENTLY, e.engineMessage());
        verifyNoInteractions(lifecycle);
        verify(vms, never()).removeVm(any());
        verify(inventory, never()).removeDataCenter(any());
        verify(webLock).close();
    }

    @Test
    void shouldGiveBackTheLocksItHasWhenAVmIsLockedByAnotherCommand() {
        when(inventory.clustersOf(DC.id())).thenReturn(List.of(CLUSTER));
        when(vms.vmsOf(CLUSTER.id())).thenReturn(List.of(WEB, DB));
        ProviderLocking.Held webLock = mock(ProviderLocking.Held.class);
        when(locking.lockVm(WEB.id())).thenReturn(webLock);
        when(locking.lockVm(DB.id())).thenThrow(new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VM_LOCKED,
                Map.of("VmId", DB.id().toString(), "Holder", "a start"), null));

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command().execute(PARAMETERS));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_LOCKED, e.engineMessage());
        assertEquals(DB.id().toString(), e.variables().get("VmId"));
        verify(webLock).close();
        verifyNoInteractions(transactions, lifecycle);
    }
}
