package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmStatus;

import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VM;
import static org.ovirt.osn.engine.VmValidator.isRunning;
import static org.ovirt.osn.engine.VmValidator.vmExists;

/** Stops a running (or migrating) VM. */
@ApplicationScoped
public class StopVmCommand implements Command<InventoryIdParameters, Void> {

    private VmInventory vms;
    private VmNicLifecycle lifecycle;

    protected StopVmCommand() {
        // for CDI proxies
    }

    @Inject
    public StopVmCommand(VmInventory vms, VmNicLifecycle lifecycle) {
        this.vms = vms;
        this.lifecycle = lifecycle;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        return ValidationResult.firstFailure(
                () -> vmExists(VM, vms.vm(parameters.id()), parameters.id()),
                () -> isRunning(vms.vm(parameters.id()).orElseThrow()));
    }

    @Override
    public Void execute(InventoryIdParameters parameters) {
        // the provider ports stay (reused on the next start); only their state is recorded
        lifecycle.vmStopped(parameters.id());
        vms.updateVmStatus(parameters.id(), VmStatus.DOWN, null);
        return null;
    }

    @Override
    public UUID lockedVm(InventoryIdParameters parameters) {
        return parameters.id();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_STOPPED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_STOP_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(InventoryIdParameters parameters) {
        return InventoryNames.variables("stop", "VmName", VmNames.vm(vms, parameters.id()));
    }
}
