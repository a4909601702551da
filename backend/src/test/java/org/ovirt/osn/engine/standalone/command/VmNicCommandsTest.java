package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmNic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.engine.standalone.command.Inventories.CLUSTER;
import static org.ovirt.osn.engine.standalone.command.Inventories.NETWORK;
import static org.ovirt.osn.engine.standalone.command.Inventories.PROFILE;
import static org.ovirt.osn.engine.standalone.command.Vms.ATTACHED;
import static org.ovirt.osn.engine.standalone.command.Vms.DOWN;
import static org.ovirt.osn.engine.standalone.command.Vms.NIC;
import static org.ovirt.osn.engine.standalone.command.Vms.UP;

@ExtendWith(MockitoExtension.class)
class VmNicCommandsTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private VmNicLifecycle lifecycle;

    private static AddVmNicParameters add(String name, String mac, UUID profileId) {
        return new AddVmNicParameters(new VmNic(null, DOWN.id(), name, mac, profileId, true, true));
    }

    private void profileAttachedToTheCluster() {
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.clusterAttachmentsOfNetwork(NETWORK.id())).thenReturn(List.of(ATTACHED));
    }

    @Test
    void shouldAddAVnicWithAMacFromThePoolWhenNoneIsGiven() {
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nicByName(DOWN.id(), "nic2")).thenReturn(Optional.empty());
        profileAttachedToTheCluster();
        when(vms.allocateMac()).thenReturn(Optional.of("56:6f:00:00:00:07"));
        AddVmNicParameters parameters = add("nic2", null, PROFILE.id());
        AddVmNicCommand command = new AddVmNicCommand(inventory, vms, lifecycle);

        assertTrue(command.validate(parameters).isValid());
        UUID id = command.execute(parameters);

        verify(vms).addNic(parameters.nic().withMacAddress("56:6f:00:00:00:07"));
        assertEquals(parameters.nic().id(), id);
    }

    @Test
    void shouldKeepAGivenMacInLowerCaseAndAllowTheEmptyProfile() {
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nicByName(DOWN.id(), "nic2")).thenReturn(Optional.empty());
        when(vms.nicByMac("02:00:00:aa:bb:cc")).thenReturn(Optional.empty());
        AddVmNicParameters parameters = add("nic2", "02:00:00:AA:BB:CC", null);
        AddVmNicCommand command = new AddVmNicCommand(inventory, vms, lifecycle);

        assertTrue(command.validate(parameters).isValid());
        command.execute(parameters);

        verify(vms).addNic(parameters.nic());
        verify(vms, never()).allocateMac();
        assertEquals("02:00:00:aa:bb:cc", parameters.nic().macAddress());
    }

    @Test
    void shouldRefuseAMalformedMulticastOrTakenMac() {
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nicByName(DOWN.id(), "nic2")).thenReturn(Optional.empty());
        when(vms.nicByMac(NIC.macAddress())).thenReturn(Optional.of(NIC));
        AddVmNicCommand command = new AddVmNicCommand(inventory, vms, lifecycle);

        assertEquals(EngineMessage.VALIDATION_VM_NIC_MAC_ADDRESS_INVALID,
                command.validate(add("nic2", "56-6f-00-00-00-01", null)).message());
        assertEquals(EngineMessage.VALIDATION_VM_NIC_MAC_ADDRESS_INVALID,
                command.validate(add("nic2", "01:00:5e:00:00:01", null)).message());
        ValidationResult taken = command.validate(add("nic2", NIC.macAddress(), null));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE, taken.message());
        assertEquals("Cannot add vNIC. The MAC address 56:6f:00:00:00:01 is already in use.",
                Inventories.rendered(taken, Map.of("Action", "add")));
    }

    @Test
    void shouldRefuseATakenNameAnUnknownProfileOrOneWhoseNetworkIsNotInTheVmCluster() {
        UUID unknown = UUID.randomUUID();
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nicByName(DOWN.id(), "nic1")).thenReturn(Optional.of(NIC));
        when(vms.nicByName(DOWN.id(), "nic2")).thenReturn(Optional.empty());
        when(inventory.vnicProfile(unknown)).thenReturn(Optional.empty());
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.clusterAttachmentsOfNetwork(NETWORK.id())).thenReturn(List.of());
        AddVmNicCommand command = new AddVmNicCommand(inventory, vms, lifecycle);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_NIC_NAME_IN_USE,
                command.validate(add("nic1", null, null)).message());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_DOESNT_EXIST,
                command.validate(add("nic2", null, unknown)).message());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_IN_VM_CLUSTER,
                command.validate(add("nic2", null, PROFILE.id())).message());
    }

    @Test
    void shouldRefuseAVnicOfAnUnknownVm() {
        UUID unknown = UUID.randomUUID();
        when(vms.vm(unknown)).thenReturn(Optional.empty());

        ValidationResult result = new AddVmNicCommand(inventory, vms, lifecycle)
                .validate(new AddVmNicParameters(new VmNic(null, unknown, "nic1", null, null, true, true)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_DOESNT_EXIST, result.message());
        assertEquals("vNIC", result.variables().get("Type"));
    }

    @Test
    void shouldFailWhenThePoolIsUsedUpOrAConcurrentVnicTookTheMac() {
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.allocateMac()).thenReturn(Optional.empty());
        AddVmNicCommand command = new AddVmNicCommand(inventory, vms, lifecycle);

        CommandFailedException exhausted = assertThrows(CommandFailedException.class,
                () -> command.execute(add("nic2", null, null)));
        doThrow(Inventories.conflict(InventoryConflictException.Clash.MAC_ADDRESS)).when(vms).addNic(any());
        CommandFailedException race = assertThrows(CommandFailedException.class,
                () -> command.execute(add("nic2", "02:00:00:00:00:01", null)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_MAC_POOL_EXHAUSTED, exhausted.engineMessage());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE, race.engineMessage());
        assertEquals("02:00:00:00:00:01", race.variables().get("MacAddress"));
    }

    @Test
    void shouldUpdateNameProfileAndLinkButKeepThePluggedState() {
        VmNic changed = new VmNic(NIC.id(), DOWN.id(), "eth0", NIC.macAddress(), null, false, false);
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nic(NIC.id())).thenReturn(Optional.of(NIC));
        when(vms.nicByName(DOWN.id(), "eth0")).thenReturn(Optional.empty());
        when(vms.nicByMac(NIC.macAddress())).thenReturn(Optional.of(NIC));
        UpdateVmNicCommand command = new UpdateVmNicCommand(inventory, vms, lifecycle);

        assertTrue(command.validate(new UpdateVmNicParameters(changed)).isValid());
        command.execute(new UpdateVmNicParameters(changed));

        verify(vms).updateNic(changed.withPlugged(true));
    }

    @Test
    void shouldChangeTheMacOnlyWhileTheVnicIsUnplugged() {
        VmNic newMac = NIC.withMacAddress("02:00:00:00:00:02");
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nic(NIC.id())).thenReturn(Optional.of(NIC), Optional.of(NIC), Optional.of(NIC.withPlugged(false)));
        when(vms.nicByName(DOWN.id(), "nic1")).thenReturn(Optional.of(NIC));
        profileAttachedToTheCluster();
        when(vms.nicByMac("02:00:00:00:00:02")).thenReturn(Optional.empty());
        UpdateVmNicCommand command = new UpdateVmNicCommand(inventory, vms, lifecycle);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_NIC_MAC_CHANGE_WHILE_PLUGGED,
                command.validate(new UpdateVmNicParameters(newMac)).message());
        assertTrue(command.validate(new UpdateVmNicParameters(newMac)).isValid());
    }

    @Test
    void shouldRefuseAVnicOfAnotherVm() {
        VmNic foreign = new VmNic(UUID.randomUUID(), UUID.randomUUID(), "nic1", "02:00:00:00:00:03", null, true,
                true);
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nic(foreign.id())).thenReturn(Optional.of(foreign));

        ValidationResult result = new RemoveVmNicCommand(vms, lifecycle).validate(new VmNicParameters(DOWN.id(), foreign.id()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_NIC_DOESNT_EXIST, result.message());
    }

    @Test
    void shouldRemoveAVnicUnlessItIsPluggedIntoARunningVm() {
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(UP));
        when(vms.nic(NIC.id())).thenReturn(Optional.of(NIC));
        RemoveVmNicCommand command = new RemoveVmNicCommand(vms, lifecycle);
        VmNicParameters parameters = new VmNicParameters(DOWN.id(), NIC.id());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_NIC_PLUGGED_INTO_RUNNING_VM,
                command.validate(parameters).message());
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        assertTrue(command.validate(parameters).isValid());
        command.execute(parameters);
        verify(vms).removeNic(NIC.id());
    }

    @Test
    void shouldPlugAnUnpluggedVnicOfARunningVmAndRefuseToPlugItTwice() {
        VmNic unplugged = NIC.withPlugged(false);
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(UP));
        when(vms.nic(NIC.id())).thenReturn(Optional.of(unplugged), Optional.of(unplugged), Optional.of(unplugged),
                Optional.of(NIC), Optional.of(NIC));
        ActivateVmNicCommand command = new ActivateVmNicCommand(vms, lifecycle);
        VmNicParameters parameters = new VmNicParameters(DOWN.id(), NIC.id());

        assertTrue(command.validate(parameters).isValid());
        command.execute(parameters);
        verify(vms).updateNic(NIC);
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_NIC_ALREADY_PLUGGED, command.validate(parameters).message());
    }

    @Test
    void shouldUnplugAPluggedVnicAndRefuseToUnplugItTwice() {
        VmNic unplugged = NIC.withPlugged(false);
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(vms.nic(NIC.id())).thenReturn(Optional.of(NIC), Optional.of(NIC), Optional.of(NIC),
                Optional.of(unplugged), Optional.of(unplugged));
        DeactivateVmNicCommand command = new DeactivateVmNicCommand(vms, lifecycle);
        VmNicParameters parameters = new VmNicParameters(DOWN.id(), NIC.id());

        assertTrue(command.validate(parameters).isValid());
        command.execute(parameters);
        verify(vms).updateNic(unplugged);
        ValidationResult twice = command.validate(parameters);
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_NIC_ALREADY_UNPLUGGED, twice.message());
        assertEquals("Cannot deactivate vNIC. vNIC nic1 of VM vm1 is already unplugged.",
                Inventories.rendered(twice, Map.of("Action", "deactivate")));
    }

    @Test
    void shouldRefuseToRemoveAProfileOrANetworkThatVnicsAreConnectedThrough() {
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        when(vms.nicsUsingProfile(PROFILE.id())).thenReturn(List.of(NIC));
        when(vms.nicsOnNetwork(NETWORK.id())).thenReturn(List.of(NIC));
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));

        ValidationResult profile = new RemoveVnicProfileCommand(inventory, vms)
                .validate(new InventoryIdParameters(PROFILE.id()));
        ValidationResult network = new RemoveNetworkCommand(inventory, vms)
                .validate(new InventoryIdParameters(NETWORK.id()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_USED_BY_VM_NICS, profile.message());
        assertEquals("Cannot remove vNIC profile. red is used by vNICs of VMs: vm1.",
                Inventories.rendered(profile, Map.of("Action", "remove")));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_USED_BY_VM_NICS, network.message());
    }
}
