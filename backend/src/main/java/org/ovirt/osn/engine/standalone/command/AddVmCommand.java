package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;

import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.Subject.VM;
import static org.ovirt.osn.engine.InventoryValidator.clusterExists;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.simpleNameValid;
import static org.ovirt.osn.engine.VmValidator.MAX_VM_NAME;
import static org.ovirt.osn.engine.VmValidator.vmNameFree;

/** Adds a VM, down, to a cluster, owned by the user who adds it (see {@link AddVmParameters#owner}). */
@ApplicationScoped
public class AddVmCommand implements Command<AddVmParameters, UUID> {

    private EngineInventory inventory;
    private VmInventory vms;

    protected AddVmCommand() {
        // for CDI proxies
    }

    @Inject
    public AddVmCommand(EngineInventory inventory, VmInventory vms) {
        this.inventory = inventory;
        this.vms = vms;
    }

    @Override
    public ValidationResult validate(AddVmParameters parameters) {
        Vm vm = parameters.vm();
        return ValidationResult.firstFailure(
                () -> simpleNameValid(VM, vm.name(), MAX_VM_NAME),
                () -> fits(VM, "description", vm.description(), MAX_DESCRIPTION),
                () -> given(VM, "cluster", vm.clusterId()),
                () -> clusterExists(VM, inventory.cluster(vm.clusterId()), vm.clusterId()),
                () -> vmNameFree(vm, vms.vmByName(vm.name())));
    }

    @Override
    public UUID execute(AddVmParameters parameters) {
        try {
            vms.addVm(parameters.vm());
            if (parameters.owner() != null) {
                vms.setOwner(parameters.vm().id(), parameters.owner());
            }
        } catch (InventoryConflictException e) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VM_NAME_IN_USE,
                    auditVariables(parameters), e);
        }
        return parameters.vm().id();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddVmParameters parameters) {
        return InventoryNames.variables("add", "VmName", parameters.vm().name(),
                "ClusterName", InventoryNames.cluster(inventory, parameters.vm().clusterId()));
    }
}
