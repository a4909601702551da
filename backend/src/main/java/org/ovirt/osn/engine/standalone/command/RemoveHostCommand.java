package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.VmInventory;

import java.util.Map;

import static org.ovirt.osn.engine.InventoryValidator.Subject.HOST;
import static org.ovirt.osn.engine.InventoryValidator.hostExists;
import static org.ovirt.osn.engine.VmValidator.runsNoVms;

/** Removes a host; refused while VMs run on it. */
@ApplicationScoped
public class RemoveHostCommand implements Command<InventoryIdParameters, Void> {

    private EngineInventory inventory;
    private VmInventory vms;

    protected RemoveHostCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveHostCommand(EngineInventory inventory, VmInventory vms) {
        this.inventory = inventory;
        this.vms = vms;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        return ValidationResult.firstFailure(
                () -> hostExists(HOST, inventory.host(parameters.id()), parameters.id()),
                () -> runsNoVms(inventory.host(parameters.id()).orElseThrow(), vms.vmsOnHost(parameters.id())));
    }

    @Override
    public Void execute(InventoryIdParameters parameters) {
        inventory.removeHost(parameters.id());
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_HOST_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_HOST_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(InventoryIdParameters parameters) {
        return InventoryNames.variables("remove", "HostName", InventoryNames.host(inventory, parameters.id()));
    }
}
