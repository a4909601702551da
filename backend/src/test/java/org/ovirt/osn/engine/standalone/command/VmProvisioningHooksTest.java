package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmStatus;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.engine.standalone.command.Inventories.HOST;
import static org.ovirt.osn.engine.standalone.command.Inventories.PROFILE;
import static org.ovirt.osn.engine.standalone.command.Vms.DOWN;
import static org.ovirt.osn.engine.standalone.command.Vms.HOST2;
import static org.ovirt.osn.engine.standalone.command.Vms.NIC;
import static org.ovirt.osn.engine.standalone.command.Vms.UP;

/** Where each standalone VM flow calls {@link VmNicLifecycle}, and which VM it locks. */
@ExtendWith(MockitoExtension.class)
class VmProvisioningHooksTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private VmNicLifecycle lifecycle;

    @Test
    void shouldProvisionOnTheChosenHostBeforeTheVmCountsAsUp() {
        when(inventory.host(HOST2.id())).thenReturn(Optional.of(HOST2));

        new StartVmCommand(inventory, vms, lifecycle).execute(new StartVmParameters(DOWN.id(), HOST2.id()));

        InOrder order = inOrder(lifecycle, vms);
        order.verify(lifecycle).vmStarting(DOWN.id(), HOST2.id());
        order.verify(vms).updateVmStatus(DOWN.id(), VmStatus.UP, HOST2.id());
    }

    @Test
    void shouldLeaveTheVmDownWhenProvisioningFailsOnStart() {
        when(inventory.host(HOST2.id())).thenReturn(Optional.of(HOST2));
        CommandFailedException refused = new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_BINDING_FAILED, Map.of(), null);
        when(lifecycle.vmStarting(DOWN.id(), HOST2.id())).thenThrow(refused);

        assertSame(refused, assertThrows(CommandFailedException.class, () -> new StartVmCommand(inventory, vms,
                lifecycle).execute(new StartVmParameters(DOWN.id(), HOST2.id()))));

        verify(vms, never()).updateVmStatus(any(), any(), any());
    }

    @Test
    void shouldRecordTheStopAndKeepThePorts() {
        new StopVmCommand(vms, lifecycle).execute(new InventoryIdParameters(UP.id()));

        verify(lifecycle).vmStopped(UP.id());
        verify(vms).updateVmStatus(UP.id(), VmStatus.DOWN, null);
    }

    @Test
    void shouldRebindAfterTheVmMoved() {
        new MigrateVmCommand(inventory, vms, lifecycle).execute(new MigrateVmParameters(UP.id(), HOST2.id()));

        InOrder order = inOrder(lifecycle, vms);
        order.verify(vms).updateVmStatus(UP.id(), VmStatus.UP, HOST2.id());
        order.verify(lifecycle).vmMigrated(UP.id(), HOST2.id());
    }

    @Test
    void shouldReleaseThePortsBeforeTheVmRowsGo() {
        new RemoveVmCommand(vms, lifecycle).execute(new InventoryIdParameters(DOWN.id()));

        InOrder order = inOrder(lifecycle, vms);
        order.verify(lifecycle).vmRemoving(DOWN.id());
        order.verify(vms).removeVm(DOWN.id());
    }

    @Test
    void shouldHotPlugANewPluggedVnicOfARunningVm() {
        VmNic nic = new VmNic(UUID.randomUUID(), UP.id(), "nic2", "56:6f:00:00:00:02", PROFILE.id(), true, true);
        when(vms.vm(UP.id())).thenReturn(Optional.of(UP));

        new AddVmNicCommand(inventory, vms, lifecycle).execute(new AddVmNicParameters(nic));

        InOrder order = inOrder(lifecycle, vms);
        order.verify(vms).addNic(nic);
        order.verify(lifecycle).vnicPlugging(nic.id(), HOST.id());
    }

    @Test
    void shouldNotProvisionAVnicAddedToAVmThatIsDown() {
        VmNic nic = new VmNic(UUID.randomUUID(), DOWN.id(), "nic2", "56:6f:00:00:00:02", PROFILE.id(), true, true);
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));

        new AddVmNicCommand(inventory, vms, lifecycle).execute(new AddVmNicParameters(nic));

        verifyNoInteractions(lifecycle);
    }

    @Test
    void shouldHotPlugOnTheHostOfARunningVmBeforeTheVnicCountsAsPlugged() {
        VmNic unplugged = NIC.withPlugged(false);
        when(vms.vm(UP.id())).thenReturn(Optional.of(UP));
        when(vms.nic(NIC.id())).thenReturn(Optional.of(unplugged));

        new ActivateVmNicCommand(vms, lifecycle).execute(new VmNicParameters(UP.id(), NIC.id()));

        InOrder order = inOrder(lifecycle, vms);
        order.verify(lifecycle).vnicPlugging(NIC.id(), HOST.id());
        order.verify(vms).updateNic(NIC.withPlugged(true));
    }

    @Test
    void shouldOnlyRecordAPlugIntoAVmThatIsDown() {
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nic(NIC.id())).thenReturn(Optional.of(NIC.withPlugged(false)));

        new ActivateVmNicCommand(vms, lifecycle).execute(new VmNicParameters(DOWN.id(), NIC.id()));

        verifyNoInteractions(lifecycle);
        verify(vms).updateNic(NIC.withPlugged(true));
    }

    @Test
    void shouldRecordAnUnplug() {
        when(vms.nic(NIC.id())).thenReturn(Optional.of(NIC));

        new DeactivateVmNicCommand(vms, lifecycle).execute(new VmNicParameters(UP.id(), NIC.id()));

        verify(lifecycle).vnicUnplugged(NIC.id());
    }

    @Test
    void shouldReleaseThePortBeforeTheVnicRowGoes() {
        new RemoveVmNicCommand(vms, lifecycle).execute(new VmNicParameters(DOWN.id(), NIC.id()));

        InOrder order = inOrder(lifecycle, vms);
        order.verify(lifecycle).vnicRemoving(NIC.id());
        order.verify(vms).removeNic(NIC.id());
    }

    @Test
    void shouldMoveThePortOfAPluggedVnicOfARunningVmToItsNewProfile() {
        UUID newProfile = UUID.randomUUID();
        VmNic current = new VmNic(NIC.id(), UP.id(), "nic1", NIC.macAddress(), PROFILE.id(), true, true);
        VmNic changed = new VmNic(NIC.id(), UP.id(), "nic1", NIC.macAddress(), newProfile, true, true);
        when(vms.nic(NIC.id())).thenReturn(Optional.of(current));
        when(vms.vm(UP.id())).thenReturn(Optional.of(UP));

        new UpdateVmNicCommand(inventory, vms, lifecycle).execute(new UpdateVmNicParameters(changed));

        InOrder order = inOrder(lifecycle, vms);
        order.verify(lifecycle).vnicProfileChanging(NIC.id(), newProfile);
        order.verify(vms).updateNic(changed);
        order.verify(lifecycle).vnicPlugging(NIC.id(), HOST.id());
    }

    @Test
    void shouldLeaveThePortAloneWhenTheProfileStays() {
        VmNic renamed = new VmNic(NIC.id(), UP.id(), "eth0", NIC.macAddress(), PROFILE.id(), true, true);
        when(vms.nic(NIC.id())).thenReturn(Optional.of(NIC));
        when(vms.vm(UP.id())).thenReturn(Optional.of(UP));

        new UpdateVmNicCommand(inventory, vms, lifecycle).execute(new UpdateVmNicParameters(renamed));

        verifyNoInteractions(lifecycle);
    }

    @Test
    void shouldLockTheVmEveryVmAndVnicFlowIsAbout() {
        VmNicParameters nic = new VmNicParameters(UP.id(), NIC.id());
        assertEquals(UP.id(), new StartVmCommand(inventory, vms, lifecycle).lockedVm(
                new StartVmParameters(UP.id(), null)));
        assertEquals(UP.id(), new StopVmCommand(vms, lifecycle).lockedVm(new InventoryIdParameters(UP.id())));
        assertEquals(UP.id(), new MigrateVmCommand(inventory, vms, lifecycle).lockedVm(
                new MigrateVmParameters(UP.id(), HOST2.id())));
        assertEquals(UP.id(), new RemoveVmCommand(vms, lifecycle).lockedVm(new InventoryIdParameters(UP.id())));
        assertEquals(UP.id(), new AddVmNicCommand(inventory, vms, lifecycle).lockedVm(new AddVmNicParameters(NIC)));
        assertEquals(UP.id(), new UpdateVmNicCommand(inventory, vms, lifecycle).lockedVm(
                new UpdateVmNicParameters(new VmNic(NIC.id(), UP.id(), "n", "m", null, true, true))));
        assertEquals(UP.id(), new RemoveVmNicCommand(vms, lifecycle).lockedVm(nic));
        assertEquals(UP.id(), new ActivateVmNicCommand(vms, lifecycle).lockedVm(nic));
        assertEquals(UP.id(), new DeactivateVmNicCommand(vms, lifecycle).lockedVm(nic));
    }
}
