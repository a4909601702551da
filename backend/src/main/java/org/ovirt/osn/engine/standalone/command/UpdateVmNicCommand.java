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
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmNic;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VM_NIC;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.VmValidator.macUnchangedWhilePlugged;

/** Changes a vNIC's name, profile, link state, and (only while it is unplugged) its MAC address. */
@ApplicationScoped
public class UpdateVmNicCommand implements Command<UpdateVmNicParameters, Void> {

    private EngineInventory inventory;
    private VmInventory vms;
    private VmNicLifecycle lifecycle;

    protected UpdateVmNicCommand() {
        // for CDI proxies
    }

    @Inject
    public UpdateVmNicCommand(EngineInventory inventory, VmInventory vms, VmNicLifecycle lifecycle) {
        this.inventory = inventory;
        this.vms = vms;
        this.lifecycle = lifecycle;
    }

    @Override
    public ValidationResult validate(UpdateVmNicParameters parameters) {
        VmNic nic = parameters.nic();
        return ValidationResult.firstFailure(
                () -> VmNicRules.nicOfVm(vms, nic.vmId(), nic.id()),
                () -> given(VM_NIC, "MAC address", nic.macAddress()),
                () -> VmNicRules.nicValid(inventory, vms, vm(nic), nic),
                () -> macUnchangedWhilePlugged(vm(nic), vms.nic(nic.id()).orElseThrow(), nic.macAddress()));
    }

    @Override
    public Void execute(UpdateVmNicParameters parameters) {
        VmNic current = vms.nic(parameters.nic().id()).orElseThrow();
        VmNic changed = parameters.nic().withPlugged(current.plugged());
        boolean profileChanged = !Objects.equals(current.vnicProfileId(), changed.vnicProfileId());
        if (profileChanged) {
            // oVirt: UpdateVmInterfaceCommand releases the old port when the network differs
            lifecycle.vnicProfileChanging(changed.id(), changed.vnicProfileId());
        }
        try {
            vms.updateNic(changed);
        } catch (InventoryConflictException e) {
            Map<String, String> variables = new HashMap<>(auditVariables(parameters));
            variables.put("MacAddress", changed.macAddress());
            throw new CommandFailedException(e.clash() == InventoryConflictException.Clash.MAC_ADDRESS
                    ? EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE
                    : EngineMessage.ACTION_TYPE_FAILED_VM_NIC_NAME_IN_USE, variables, e);
        }
        Vm vm = vm(changed);
        if (profileChanged && changed.plugged() && vm.status().running()) {
            // the plugged vNIC is now on its new network: its port there, bound to the VM's host
            lifecycle.vnicPlugging(changed.id(), vm.runOnHostId());
        }
        return null;
    }

    private Vm vm(VmNic nic) {
        return vms.vm(nic.vmId()).orElseThrow();
    }

    @Override
    public UUID lockedVm(UpdateVmNicParameters parameters) {
        return parameters.nic().vmId();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_NIC_UPDATED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_NIC_UPDATE_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(UpdateVmNicParameters parameters) {
        return InventoryNames.variables("update", "VmName", VmNames.vm(vms, parameters.nic().vmId()),
                "VmNicName", VmNames.nic(vms, parameters.nic().id()));
    }
}
