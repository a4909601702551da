package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;

import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.VmValidator.isUnplugged;

/** Plugs a vNIC into its VM: a hot-plug when the VM runs, else only recorded for its next start (as oVirt). */
@ApplicationScoped
public class ActivateVmNicCommand implements Command<VmNicParameters, Void> {

    private VmInventory vms;
    private VmNicLifecycle lifecycle;

    protected ActivateVmNicCommand() {
        // for CDI proxies
    }

    @Inject
    public ActivateVmNicCommand(VmInventory vms, VmNicLifecycle lifecycle) {
        this.vms = vms;
        this.lifecycle = lifecycle;
    }

    @Override
    public ValidationResult validate(VmNicParameters parameters) {
        return ValidationResult.firstFailure(
                () -> VmNicRules.nicOfVm(vms, parameters.vmId(), parameters.nicId()),
                () -> isUnplugged(vms.vm(parameters.vmId()).orElseThrow(), vms.nic(parameters.nicId()).orElseThrow()));
    }

    @Override
    public Void execute(VmNicParameters parameters) {
        // on a running VM this is a hot-plug: the port first, before the vNIC counts as plugged (oVirt:
        // ActivateDeactivateVmNicCommand.plugNic); a down VM's vNIC gets its port on the next start
        Vm vm = vms.vm(parameters.vmId()).orElseThrow();
        if (vm.status().running()) {
            lifecycle.vnicPlugging(parameters.nicId(), vm.runOnHostId());
        }
        vms.updateNic(vms.nic(parameters.nicId()).orElseThrow().withPlugged(true));
        return null;
    }

    @Override
    public UUID lockedVm(VmNicParameters parameters) {
        return parameters.vmId();
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
