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
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VM_NIC;
import static org.ovirt.osn.engine.VmValidator.vmExists;

/** Adds a vNIC to a VM, with its MAC address from the MAC pool unless one is given. */
@ApplicationScoped
public class AddVmNicCommand implements Command<AddVmNicParameters, UUID> {

    private EngineInventory inventory;
    private VmInventory vms;
    private VmNicLifecycle lifecycle;

    protected AddVmNicCommand() {
        // for CDI proxies
    }

    @Inject
    public AddVmNicCommand(EngineInventory inventory, VmInventory vms, VmNicLifecycle lifecycle) {
        this.inventory = inventory;
        this.vms = vms;
        this.lifecycle = lifecycle;
    }

    @Override
    public ValidationResult validate(AddVmNicParameters parameters) {
        VmNic nic = parameters.nic();
        return ValidationResult.firstFailure(
                () -> vmExists(VM_NIC, vms.vm(nic.vmId()), nic.vmId()),
                () -> VmNicRules.nicValid(inventory, vms, vms.vm(nic.vmId()).orElseThrow(), nic));
    }

    @Override
    public UUID execute(AddVmNicParameters parameters) {
        VmNic nic = parameters.nic();
        if (nic.macAddress() == null) {
            nic = nic.withMacAddress(vms.allocateMac().orElseThrow(() -> new CommandFailedException(
                    EngineMessage.ACTION_TYPE_FAILED_MAC_POOL_EXHAUSTED, auditVariables(parameters), null)));
        }
        try {
            vms.addNic(nic);
        } catch (InventoryConflictException e) {
            Map<String, String> variables = new HashMap<>(auditVariables(parameters));
            variables.put("MacAddress", nic.macAddress());
            throw new CommandFailedException(e.clash() == InventoryConflictException.Clash.MAC_ADDRESS
                    ? EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE
                    : EngineMessage.ACTION_TYPE_FAILED_VM_NIC_NAME_IN_USE, variables, e);
        }
        // a plugged vNIC added to a running VM is a hot-plug (oVirt: AddVmInterfaceCommand ->
        // ActivateDeactivateVmNicCommand with newNic); nothing can fail after it here, and a rollback deletes the port
        Vm vm = vms.vm(nic.vmId()).orElseThrow();
        if (nic.plugged() && vm.status().running()) {
            lifecycle.vnicPlugging(nic.id(), vm.runOnHostId());
        }
        return nic.id();
    }

    @Override
    public UUID lockedVm(AddVmNicParameters parameters) {
        return parameters.nic().vmId();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_NIC_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_NIC_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddVmNicParameters parameters) {
        return InventoryNames.variables("add", "VmName", VmNames.vm(vms, parameters.nic().vmId()),
                "VmNicName", parameters.nic().name());
    }
}
