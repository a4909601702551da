package org.ovirt.osn.engine.standalone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.ovirt.osn.command.PersistenceErrors;
import org.ovirt.osn.dal.engine.MacPoolDao;
import org.ovirt.osn.dal.engine.VmDao;
import org.ovirt.osn.dal.engine.VmEntity;
import org.ovirt.osn.dal.engine.VmNicDao;
import org.ovirt.osn.dal.engine.VmNicEntity;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.InventoryConflictException.Clash;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmStatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The VMs, vNICs and MAC pool kept in the {@code engine_vm*} and {@code engine_mac_pool} tables. */
@ApplicationScoped
public class StandaloneVmInventory implements VmInventory {

    /** Unique constraints of V5__engine_vms.sql and the clash each one reports. */
    private static final Map<String, Clash> UNIQUE_CONSTRAINTS = Map.of(
            "uq_engine_vm_name", Clash.VM_NAME,
            "uq_engine_vm_nic_vm_name", Clash.VM_NIC_NAME,
            "uq_engine_vm_nic_mac", Clash.MAC_ADDRESS);

    private VmDao vms;
    private VmNicDao nics;
    private MacPoolDao macPool;

    protected StandaloneVmInventory() {
        // for CDI proxies
    }

    @Inject
    public StandaloneVmInventory(VmDao vms, VmNicDao nics, MacPoolDao macPool) {
        this.vms = vms;
        this.nics = nics;
        this.macPool = macPool;
    }

    @Override
    public List<Vm> vms() {
        return vms.findAll().stream().map(StandaloneVmInventory::toDomain).toList();
    }

    @Override
    public List<Vm> vmsOf(UUID clusterId) {
        return vms.findByCluster(clusterId).stream().map(StandaloneVmInventory::toDomain).toList();
    }

    @Override
    public List<Vm> vmsOnHost(UUID hostId) {
        return vms.findByHost(hostId).stream().map(StandaloneVmInventory::toDomain).toList();
    }

    @Override
    public Optional<Vm> vm(UUID id) {
        return vms.findById(id).map(StandaloneVmInventory::toDomain);
    }

    @Override
    public Optional<Vm> vmByName(String name) {
        return vms.findByName(name).map(StandaloneVmInventory::toDomain);
    }

    @Override
    public void addVm(Vm vm) {
        VmEntity e = new VmEntity();
        e.setId(vm.id());
        e.setName(vm.name());
        e.setDescription(vm.description());
        e.setClusterId(vm.clusterId());
        e.setStatus(status(vm.status()));
        e.setRunOnHostId(vm.runOnHostId());
        write(() -> vms.save(e));
    }

    @Override
    public Optional<String> ownerOf(UUID vmId) {
        return vms.findById(vmId).map(VmEntity::getOwner);
    }

    @Override
    public void setOwner(UUID vmId, String owner) {
        VmEntity e = vms.findById(vmId).orElseThrow(() -> new IllegalStateException("VM " + vmId + " vanished"));
        e.setOwner(owner);
        vms.update(e);
    }

    @Override
    public void updateVmStatus(UUID id, VmStatus status, UUID runOnHostId) {
        VmEntity e = vms.findById(id).orElseThrow(() -> new IllegalStateException("VM " + id + " vanished"));
        e.setStatus(status(status));
        e.setRunOnHostId(runOnHostId);
        vms.update(e);
    }

    @Override
    public void removeVm(UUID id) {
        vms.remove(id);
    }

    @Override
    public List<VmNic> nicsOf(UUID vmId) {
        return nics.findByVm(vmId).stream().map(StandaloneVmInventory::toDomain).toList();
    }

    @Override
    public Optional<VmNic> nic(UUID id) {
        return nics.findById(id).map(StandaloneVmInventory::toDomain);
    }

    @Override
    public Optional<VmNic> nicByName(UUID vmId, String name) {
        return nics.findByVmAndName(vmId, name).map(StandaloneVmInventory::toDomain);
    }

    @Override
    public List<VmNic> nicsUsingProfile(UUID vnicProfileId) {
        return nics.findByProfile(vnicProfileId).stream().map(StandaloneVmInventory::toDomain).toList();
    }

    @Override
    public List<VmNic> nicsOnNetwork(UUID networkId) {
        return nics.findByNetwork(networkId).stream().map(StandaloneVmInventory::toDomain).toList();
    }

    @Override
    public Optional<VmNic> nicByMac(String macAddress) {
        return nics.findByMac(macAddress).map(StandaloneVmInventory::toDomain);
    }

    @Override
    public Optional<String> allocateMac() {
        return macPool.allocate();
    }

    @Override
    public void addNic(VmNic nic) {
        VmNicEntity e = new VmNicEntity();
        e.setId(nic.id());
        e.setVmId(nic.vmId());
        copy(nic, e);
        write(() -> nics.save(e));
    }

    @Override
    public void updateNic(VmNic nic) {
        VmNicEntity e = nics.findById(nic.id())
                .orElseThrow(() -> new IllegalStateException("vNIC " + nic.id() + " vanished"));
        copy(nic, e);
        write(() -> nics.update(e));
    }

    @Override
    public void removeNic(UUID id) {
        nics.remove(id);
    }

    /** Runs a write; a unique constraint that fires is a race lost to a concurrent writer. */
    private static void write(Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            for (Map.Entry<String, Clash> constraint : UNIQUE_CONSTRAINTS.entrySet()) {
                if (PersistenceErrors.violates(e, constraint.getKey())) {
                    throw new InventoryConflictException(constraint.getValue(), e);
                }
            }
            throw e;
        }
    }

    private static void copy(VmNic nic, VmNicEntity e) {
        e.setName(nic.name());
        e.setMacAddress(nic.macAddress());
        e.setVnicProfileId(nic.vnicProfileId());
        e.setPlugged(nic.plugged());
        e.setLinked(nic.linked());
    }

    private static String status(VmStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Vm toDomain(VmEntity e) {
        return new Vm(e.getId(), e.getName(), e.getDescription(), e.getClusterId(),
                VmStatus.valueOf(e.getStatus().toUpperCase(Locale.ROOT)), e.getRunOnHostId());
    }

    private static VmNic toDomain(VmNicEntity e) {
        return new VmNic(e.getId(), e.getVmId(), e.getName(), e.getMacAddress(), e.getVnicProfileId(), e.isPlugged(),
                e.isLinked());
    }
}
