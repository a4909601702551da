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

import static org.ovirt.osn.engine.VmValidator.isPlugged;

/** Unplugs a vNIC from its VM (a hot-unplug when the VM runs). */
@ApplicationScoped
public class DeactivateVmNicCommand implements Command<VmNicParameters, Void> {

    private VmInventory vms;
    private VmNicLifecycle lifecycle;

    protected DeactivateVmNicCommand() {
        // for CDI proxies
    }

    @Inject
    public DeactivateVmNicCommand(VmInventory vms, VmNicLifecycle lifecycle) {
        this.vms = vms;
        this.lifecycle = lifecycle;
    }

    @Override
    public ValidationResult validate(VmNicParameters parameters) {
        return ValidationResult.firstFailure(
                () -> VmNicRules.nicOfVm(vms, parameters.vmId(), parameters.nicId()),
                () -> isPlugged(vms.vm(parameters.vmId()).orElseThrow(), vms.nic(parameters.nicId()).orElseThrow()));
    }

    @Override
    public Void execute(VmNicParameters parameters) {
        vms.updateNic(vms.nic(parameters.nicId()).orElseThrow().withPlugged(false));
        // the provider port stays for a re-plug; only its state is recorded
        lifecycle.vnicUnplugged(parameters.nicId());
        return null;
    }

    @Override
    public UUID lockedVm(VmNicParameters parameters) {
        return parameters.vmId();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_NIC_DEACTIVATED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_NIC_DEACTIVATION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(VmNicParameters parameters) {
        return InventoryNames.variables("deactivate", "VmName", VmNames.vm(vms, parameters.vmId()),
                "VmNicName", VmNames.nic(vms, parameters.nicId()));
    }
}
