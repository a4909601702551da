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

import static org.ovirt.osn.engine.VmValidator.notPluggedIntoRunningVm;

/** Removes a vNIC; one plugged into a running VM is unplugged first. */
@ApplicationScoped
public class RemoveVmNicCommand implements Command<VmNicParameters, Void> {

    private VmInventory vms;
    private VmNicLifecycle lifecycle;

    protected RemoveVmNicCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveVmNicCommand(VmInventory vms, VmNicLifecycle lifecycle) {
        this.vms = vms;
        this.lifecycle = lifecycle;
    }

    @Override
    public ValidationResult validate(VmNicParameters parameters) {
        return ValidationResult.firstFailure(
                () -> VmNicRules.nicOfVm(vms, parameters.vmId(), parameters.nicId()),
                () -> notPluggedIntoRunningVm(vms.vm(parameters.vmId()).orElseThrow(),
                        vms.nic(parameters.nicId()).orElseThrow()));
    }

    @Override
    public Void execute(VmNicParameters parameters) {
        // the port's release is queued in this transaction, before the row goes (oVirt: RemoveVmInterfaceCommand)
        lifecycle.vnicRemoving(parameters.nicId());
        vms.removeNic(parameters.nicId());
        return null;
    }

    @Override
    public UUID lockedVm(VmNicParameters parameters) {
        return parameters.vmId();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_NIC_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_NIC_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(VmNicParameters parameters) {
        return InventoryNames.variables("remove", "VmName", VmNames.vm(vms, parameters.vmId()),
                "VmNicName", VmNames.nic(vms, parameters.nicId()));
    }
}
