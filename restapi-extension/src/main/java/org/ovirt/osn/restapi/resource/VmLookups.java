package org.ovirt.osn.restapi.resource;

import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.InventoryValidator.Subject;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmValidator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finds the VM and vNIC a path names; unknown: 404, with the same message a command gives. */
final class VmLookups {

    private VmLookups() {
    }

    static Vm vm(VmInventory vms, UUID id) {
        Optional<Vm> vm = vms.vm(id);
        if (vm.isEmpty()) {
            throw notFound(VmValidator.vmExists(Subject.VM, vm, id));
        }
        return vm.get();
    }

    /** A vNIC of this VM (one of another VM is as unknown). */
    static VmNic nic(VmInventory vms, UUID vmId, UUID nicId) {
        Vm vm = vm(vms, vmId);
        Optional<VmNic> nic = vms.nic(nicId).filter(n -> n.vmId().equals(vmId));
        if (nic.isEmpty()) {
            throw notFound(VmValidator.nicExists(vm, nic, nicId));
        }
        return nic.get();
    }

    private static CommandFailedException notFound(ValidationResult failure) {
        Map<String, String> variables = new HashMap<>(failure.variables());
        variables.put("Action", "get");
        return new CommandFailedException(failure.message(), variables, null);
    }
}
