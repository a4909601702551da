package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.VmInventory;

import java.util.Map;

import static org.ovirt.osn.engine.VmValidator.isUnplugged;

/** Plugs a vNIC into its VM: a hot-plug when the VM runs, else only recorded for its next start (as oVirt). */
@ApplicationScoped
public class ActivateVmNicCommand implements Command<VmNicParameters, Void> {

    private VmInventory vms;

    protected ActivateVmNicCommand() {
        // for CDI proxies
    }

    @Inject
    public ActivateVmNicCommand(VmInventory vms) {
        this.vms = vms;
    }

    @Override
    public ValidationResult validate(VmNicParameters parameters) {
        return ValidationResult.firstFailure(
                () -> VmNicRules.nicOfVm(vms, parameters.vmId(), parameters.nicId()),
                () -> isUnplugged(vms.vm(parameters.vmId()).orElseThrow(), vms.nic(parameters.nicId()).orElseThrow()));
    }

    @Override
    public Void execute(VmNicParameters parameters) {
        // provisioning hook: on a running VM this is a hot-plug; VmNicLifecycle provisions the vNIC on the VM's host
        // here, before it counts as plugged (oVirt: ActivateDeactivateVmNicCommand.plugNic)
        vms.updateNic(vms.nic(parameters.nicId()).orElseThrow().withPlugged(true));
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_NIC_ACTIVATED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_NIC_ACTIVATION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(VmNicParameters parameters) {
        return InventoryNames.variables("activate", "VmName", VmNames.vm(vms, parameters.vmId()),
                "VmNicName", VmNames.nic(vms, parameters.nicId()));
    }
}
