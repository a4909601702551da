package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VnicProfile;

import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VM_NIC;
import static org.ovirt.osn.engine.InventoryValidator.simpleNameValid;
import static org.ovirt.osn.engine.InventoryValidator.vnicProfileExists;
import static org.ovirt.osn.engine.VmValidator.MAX_VM_NIC_NAME;
import static org.ovirt.osn.engine.VmValidator.macFree;
import static org.ovirt.osn.engine.VmValidator.macValid;
import static org.ovirt.osn.engine.VmValidator.nicExists;
import static org.ovirt.osn.engine.VmValidator.nicNameFree;
import static org.ovirt.osn.engine.VmValidator.profileInVmCluster;
import static org.ovirt.osn.engine.VmValidator.vmExists;

/** The rule chains the vNIC commands share. */
final class VmNicRules {

    private VmNicRules() {
    }

    /** The VM exists, and the vNIC is one of its own. */
    static ValidationResult nicOfVm(VmInventory vms, UUID vmId, UUID nicId) {
        return ValidationResult.firstFailure(
                () -> vmExists(VM_NIC, vms.vm(vmId), vmId),
                () -> nicExists(vms.vm(vmId).orElseThrow(), vms.nic(nicId), nicId));
    }

    /** Name, profile and (when given) MAC address of a vNIC that is added or changed on an existing VM. */
    static ValidationResult nicValid(EngineInventory inventory, VmInventory vms, Vm vm, VmNic nic) {
        return ValidationResult.firstFailure(
                () -> simpleNameValid(VM_NIC, nic.name(), MAX_VM_NIC_NAME),
                () -> nicNameFree(vm, nic, vms.nicByName(vm.id(), nic.name())),
                () -> profileUsable(inventory, vm, nic.vnicProfileId()),
                () -> nic.macAddress() == null ? ValidationResult.VALID : ValidationResult.firstFailure(
                        () -> macValid(nic.macAddress()),
                        () -> macFree(nic, vms.nicByMac(nic.macAddress()))));
    }

    /** No profile (the empty one), or one whose network is attached to the VM's cluster. */
    private static ValidationResult profileUsable(EngineInventory inventory, Vm vm, UUID profileId) {
        if (profileId == null) {
            return ValidationResult.VALID;
        }
        return ValidationResult.firstFailure(
                () -> vnicProfileExists(VM_NIC, inventory.vnicProfile(profileId), profileId),
                () -> {
                    VnicProfile profile = inventory.vnicProfile(profileId).orElseThrow();
                    return profileInVmCluster(vm, inventory.cluster(vm.clusterId()).orElseThrow(), profile,
                            inventory.clusterAttachmentsOfNetwork(profile.networkId()));
                });
    }
}
