package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.VmInventory;

import java.util.Map;

import static org.ovirt.osn.engine.VmValidator.notPluggedIntoRunningVm;

/** Removes a vNIC; one plugged into a running VM is unplugged first. */
@ApplicationScoped
public class RemoveVmNicCommand implements Command<VmNicParameters, Void> {

    private VmInventory vms;

    protected RemoveVmNicCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveVmNicCommand(VmInventory vms) {
        this.vms = vms;
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
        // provisioning hook: VmNicLifecycle releases the vNIC's provider port here, before the row goes
        // (oVirt: RemoveVmInterfaceCommand)
        vms.removeNic(parameters.nicId());
        return null;
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
