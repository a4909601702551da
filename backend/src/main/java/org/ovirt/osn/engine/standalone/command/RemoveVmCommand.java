package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;

import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VM;
import static org.ovirt.osn.engine.VmValidator.isDown;
import static org.ovirt.osn.engine.VmValidator.vmExists;

/** Removes a VM that is down, with its vNICs. */
@ApplicationScoped
public class RemoveVmCommand implements Command<InventoryIdParameters, Void> {

    private VmInventory vms;
    private VmNicLifecycle lifecycle;

    protected RemoveVmCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveVmCommand(VmInventory vms, VmNicLifecycle lifecycle) {
        this.vms = vms;
        this.lifecycle = lifecycle;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        return ValidationResult.firstFailure(
                () -> vmExists(VM, vms.vm(parameters.id()), parameters.id()),
                () -> isDown(vms.vm(parameters.id()).orElseThrow()));
    }

    @Override
    public Void execute(InventoryIdParameters parameters) {
        // the ports' release is queued in this transaction, before the rows go (oVirt: RemoveVmCommand.removeVm)
        lifecycle.vmRemoving(parameters.id());
        vms.removeVm(parameters.id());
        return null;
    }

    @Override
    public UUID lockedVm(InventoryIdParameters parameters) {
        return parameters.id();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(InventoryIdParameters parameters) {
        return InventoryNames.variables("remove", "VmName", VmNames.vm(vms, parameters.id()));
    }
}
