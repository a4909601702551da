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
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.engine.standalone.command.Inventories.CLUSTER;
import static org.ovirt.osn.engine.standalone.command.Inventories.HOST;
import static org.ovirt.osn.engine.standalone.command.Vms.DOWN;
import static org.ovirt.osn.engine.standalone.command.Vms.FOREIGN_HOST;
import static org.ovirt.osn.engine.standalone.command.Vms.HOST2;
import static org.ovirt.osn.engine.standalone.command.Vms.UP;

@ExtendWith(MockitoExtension.class)
class VmCommandsTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private VmNicLifecycle lifecycle;

    private static AddVmParameters add(String name, UUID clusterId) {
        return new AddVmParameters(new Vm(null, name, null, clusterId, VmStatus.UP, HOST.id()));
    }

    @Test
    void shouldAddADownVmWhenTheClusterExistsAndTheNameIsFree() {
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(vms.vmByName("vm2")).thenReturn(Optional.empty());
        AddVmParameters parameters = add("vm2", CLUSTER.id());
        AddVmCommand command = new AddVmCommand(inventory, vms);

        assertTrue(command.validate(parameters).isValid());
        assertEquals(parameters.vm().id(), command.execute(parameters));

        verify(vms).addVm(parameters.vm());
        assertEquals(VmStatus.DOWN, parameters.vm().status());
        assertNull(parameters.vm().runOnHostId());
    }

    @Test
    void shouldRecordWhoAddedTheVmAsItsOwner() {
        AddVmParameters parameters = new AddVmParameters(
                new Vm(null, "vm3", null, CLUSTER.id(), VmStatus.DOWN, null), "alice@internal");

        new AddVmCommand(inventory, vms).execute(parameters);

        verify(vms).addVm(parameters.vm());
        verify(vms).setOwner(parameters.vm().id(), "alice@internal");
    }

    @Test
    void shouldAddAVmWithoutOwnerWhenNoneIsGiven() {
        AddVmParameters parameters = add("vm4", CLUSTER.id());

        new AddVmCommand(inventory, vms).execute(parameters);

        verify(vms, never()).setOwner(any(), any());
    }

    @Test
    void shouldRefuseAVmWithABadNameWithoutClusterInAnUnknownClusterOrWithATakenName() {
        UUID unknown = UUID.randomUUID();
        when(inventory.cluster(unknown)).thenReturn(Optional.empty());
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(vms.vmByName("vm1")).thenReturn(Optional.of(DOWN));
        AddVmCommand command = new AddVmCommand(inventory, vms);

        assertEquals(EngineMessage.VALIDATION_INVENTORY_NAME_INVALID,
                command.validate(add("vm 1", CLUSTER.id())).message());
        ValidationResult noCluster = command.validate(add("vm2", null));
        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, noCluster.message());
        assertEquals(Map.of("Type", "VM", "Field", "cluster"), noCluster.variables());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_DOESNT_EXIST,
                command.validate(add("vm2", unknown)).message());
        ValidationResult taken = command.validate(add("vm1", CLUSTER.id()));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_NAME_IN_USE, taken.message());
        assertEquals("Cannot add VM. The name vm1 is already used by another VM.",
                Inventories.rendered(taken, Map.of("Action", "add")));
    }

    @Test
    void shouldReportALostNameRaceAsTheNameInUse() {
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        doThrow(Inventories.conflict(InventoryConflictException.Clash.VM_NAME)).when(vms).addVm(any());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> new AddVmCommand(inventory, vms).execute(add("vm2", CLUSTER.id())));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_NAME_IN_USE, e.engineMessage());
    }

    @Test
    void shouldRemoveAVmOnlyWhenItIsDown() {
        UUID unknown = UUID.randomUUID();
        when(vms.vm(unknown)).thenReturn(Optional.empty());
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(UP), Optional.of(UP), Optional.of(DOWN));
        RemoveVmCommand command = new RemoveVmCommand(vms, lifecycle);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_DOESNT_EXIST,
                command.validate(new InventoryIdParameters(unknown)).message());
        ValidationResult running = command.validate(new InventoryIdParameters(DOWN.id()));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_DOWN, running.message());
        assertEquals("up", running.variables().get("VmStatus"));
        command.execute(new InventoryIdParameters(DOWN.id()));
        verify(vms).removeVm(DOWN.id());
    }

    @Test
    void shouldStartOnTheGivenHostOfTheVmCluster() {
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(inventory.host(HOST2.id())).thenReturn(Optional.of(HOST2));
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        StartVmParameters parameters = new StartVmParameters(DOWN.id(), HOST2.id());
        StartVmCommand command = new StartVmCommand(inventory, vms, lifecycle);

        assertTrue(command.validate(parameters).isValid());
        assertEquals(HOST2.id(), command.execute(parameters));

        verify(vms).updateVmStatus(DOWN.id(), VmStatus.UP, HOST2.id());
    }

    @Test
    void shouldStartOnTheLeastBusyHostOfTheClusterWhenNoneIsGiven() {
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.hostsOf(CLUSTER.id())).thenReturn(List.of(HOST, HOST2));
        when(vms.vmsOnHost(HOST.id())).thenReturn(List.of(UP));
        when(vms.vmsOnHost(HOST2.id())).thenReturn(List.of());
        StartVmParameters parameters = new StartVmParameters(DOWN.id(), null);
        StartVmCommand command = new StartVmCommand(inventory, vms, lifecycle);

        assertTrue(command.validate(parameters).isValid());
        assertEquals(HOST2.id(), command.execute(parameters));
    }

    @Test
    void shouldRefuseToStartAVmThatRunsOrHasNoHostOrAHostOutsideItsCluster() {
        UUID running = UUID.randomUUID();
        when(vms.vm(running)).thenReturn(Optional.of(UP));
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.hostsOf(CLUSTER.id())).thenReturn(List.of());
        when(inventory.host(FOREIGN_HOST.id())).thenReturn(Optional.of(FOREIGN_HOST));
        StartVmCommand command = new StartVmCommand(inventory, vms, lifecycle);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_DOWN,
                command.validate(new StartVmParameters(running, null)).message());
        ValidationResult noHost = command.validate(new StartVmParameters(DOWN.id(), null));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NO_HOST_IN_CLUSTER, noHost.message());
        assertEquals("Cannot run VM. Cluster Default of VM vm1 has no host to run it on.",
                Inventories.rendered(noHost, Map.of("Action", "run")));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_NOT_IN_VM_CLUSTER,
                command.validate(new StartVmParameters(DOWN.id(), FOREIGN_HOST.id())).message());
    }

    @Test
    void shouldRefuseToStartOnAnUnknownHost() {
        UUID unknown = UUID.randomUUID();
        when(vms.vm(DOWN.id())).thenReturn(Optional.of(DOWN));
        when(inventory.host(unknown)).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_DOESNT_EXIST,
                new StartVmCommand(inventory, vms, lifecycle).validate(new StartVmParameters(DOWN.id(), unknown)).message());
    }

    @Test
    void shouldStopARunningVmAndRefuseOneThatIsDown() {
        UUID down = UUID.randomUUID();
        when(vms.vm(down)).thenReturn(Optional.of(DOWN));
        when(vms.vm(UP.id())).thenReturn(Optional.of(UP));
        StopVmCommand command = new StopVmCommand(vms, lifecycle);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_RUNNING,
                command.validate(new InventoryIdParameters(down)).message());
        assertTrue(command.validate(new InventoryIdParameters(UP.id())).isValid());
        command.execute(new InventoryIdParameters(UP.id()));
        verify(vms).updateVmStatus(UP.id(), VmStatus.DOWN, null);
    }

    @Test
    void shouldMigrateAnUpVmToAnotherHostOfItsCluster() {
        when(vms.vm(UP.id())).thenReturn(Optional.of(UP));
        when(inventory.host(HOST2.id())).thenReturn(Optional.of(HOST2));
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        MigrateVmCommand command = new MigrateVmCommand(inventory, vms, lifecycle);

        assertTrue(command.validate(new MigrateVmParameters(UP.id(), HOST2.id())).isValid());
        command.execute(new MigrateVmParameters(UP.id(), HOST2.id()));

        verify(vms).updateVmStatus(UP.id(), VmStatus.UP, HOST2.id());
    }

    @Test
    void shouldRefuseToMigrateADownVmWithoutHostToItsOwnHostOrOutOfItsCluster() {
        UUID down = UUID.randomUUID();
        when(vms.vm(down)).thenReturn(Optional.of(DOWN));
        when(vms.vm(UP.id())).thenReturn(Optional.of(UP));
        when(inventory.host(HOST.id())).thenReturn(Optional.of(HOST));
        when(inventory.host(FOREIGN_HOST.id())).thenReturn(Optional.of(FOREIGN_HOST));
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        MigrateVmCommand command = new MigrateVmCommand(inventory, vms, lifecycle);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_UP,
                command.validate(new MigrateVmParameters(down, HOST2.id())).message());
        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED,
                command.validate(new MigrateVmParameters(UP.id(), null)).message());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_MIGRATION_TO_SAME_HOST,
                command.validate(new MigrateVmParameters(UP.id(), HOST.id())).message());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_NOT_IN_VM_CLUSTER,
                command.validate(new MigrateVmParameters(UP.id(), FOREIGN_HOST.id())).message());
        verify(vms, never()).updateVmStatus(any(), any(), any());
    }

    @Test
    void shouldRefuseToRemoveAClusterThatHasVmsOrAHostThatVmsRunOn() {
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.hostsOf(CLUSTER.id())).thenReturn(List.of());
        when(vms.vmsOf(CLUSTER.id())).thenReturn(List.of(DOWN));
        when(inventory.host(HOST.id())).thenReturn(Optional.of(HOST));
        when(vms.vmsOnHost(HOST.id())).thenReturn(List.of(UP));

        ValidationResult cluster = new RemoveClusterCommand(inventory, vms)
                .validate(new InventoryIdParameters(CLUSTER.id()));
        ValidationResult host = new RemoveHostCommand(inventory, vms).validate(new InventoryIdParameters(HOST.id()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_HAS_VMS, cluster.message());
        assertEquals("Cannot remove cluster. Cluster Default still has VMs: vm1.",
                Inventories.rendered(cluster, Map.of("Action", "remove")));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_RUNS_VMS, host.message());
    }
}
