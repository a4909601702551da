package org.ovirt.osn.engine.standalone;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.dal.engine.MacPoolDao;
import org.ovirt.osn.dal.engine.VmDao;
import org.ovirt.osn.dal.engine.VmEntity;
import org.ovirt.osn.dal.engine.VmNicDao;
import org.ovirt.osn.dal.engine.VmNicEntity;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmStatus;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class StandaloneVmInventoryTest {

    @Mock
    private VmDao vms;
    @Mock
    private VmNicDao nics;
    @Mock
    private MacPoolDao macPool;

    private StandaloneVmInventory inventory() {
        return new StandaloneVmInventory(vms, nics, macPool);
    }

    private static PersistenceException uniqueViolation(String constraint) {
        return new PersistenceException("could not execute statement", new SQLException(
                "ERROR: duplicate key value violates unique constraint \"" + constraint + "\"", "23505"));
    }

    @Test
    void shouldStoreTheStatusInLowerCaseAndReadItBack() {
        UUID id = UUID.randomUUID();
        VmEntity stored = new VmEntity();
        stored.setId(id);
        stored.setName("vm1");
        stored.setClusterId(UUID.randomUUID());
        when(vms.findById(id)).thenReturn(Optional.of(stored));

        inventory().updateVmStatus(id, VmStatus.MIGRATING, UUID.randomUUID());
        Vm read = inventory().vm(id).orElseThrow();
        inventory().updateVmStatus(id, VmStatus.DOWN, null);

        assertEquals(VmStatus.DOWN, inventory().vm(id).orElseThrow().status());
        assertEquals(VmStatus.MIGRATING, read.status());
        assertEquals("down", stored.getStatus());
        assertNull(stored.getRunOnHostId());
    }

    @Test
    void shouldReportATakenVmNameNicNameOrMacAsAConflict() {
        doThrow(uniqueViolation("uq_engine_vm_name")).when(vms).save(any());
        doThrow(uniqueViolation("uq_engine_vm_nic_mac"), uniqueViolation("uq_engine_vm_nic_vm_name"))
                .when(nics).save(any());
        VmNic nic = new VmNic(UUID.randomUUID(), UUID.randomUUID(), "nic1", "56:6f:00:00:00:01", null, true, true);

        InventoryConflictException vm = assertThrows(InventoryConflictException.class, () -> inventory().addVm(
                new Vm(UUID.randomUUID(), "vm1", null, UUID.randomUUID(), VmStatus.DOWN, null)));
        InventoryConflictException mac = assertThrows(InventoryConflictException.class,
                () -> inventory().addNic(nic));
        InventoryConflictException name = assertThrows(InventoryConflictException.class,
                () -> inventory().addNic(nic));

        assertEquals(InventoryConflictException.Clash.VM_NAME, vm.clash());
        assertEquals(InventoryConflictException.Clash.MAC_ADDRESS, mac.clash());
        assertEquals(InventoryConflictException.Clash.VM_NIC_NAME, name.clash());
    }

    @Test
    void shouldCopyEveryFieldOfAVnic() {
        VmNic nic = new VmNic(UUID.randomUUID(), UUID.randomUUID(), "nic1", "56:6f:00:00:00:01", UUID.randomUUID(),
                false, true);
        ArgumentCaptor<VmNicEntity> saved = ArgumentCaptor.forClass(VmNicEntity.class);

        inventory().addNic(nic);

        verify(nics).save(saved.capture());
        when(nics.findById(nic.id())).thenReturn(Optional.of(saved.getValue()));
        assertEquals(nic, inventory().nic(nic.id()).orElseThrow());
    }
}
