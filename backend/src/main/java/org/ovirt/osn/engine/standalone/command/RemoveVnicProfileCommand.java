package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;

import java.util.Map;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VNIC_PROFILE;
import static org.ovirt.osn.engine.InventoryValidator.vnicProfileExists;

/** Removes a vNIC profile. */
@ApplicationScoped
public class RemoveVnicProfileCommand implements Command<InventoryIdParameters, Void> {

    private EngineInventory inventory;

    protected RemoveVnicProfileCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveVnicProfileCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        return vnicProfileExists(VNIC_PROFILE, inventory.vnicProfile(parameters.id()), parameters.id());
    }

    @Override
    public Void execute(InventoryIdParameters parameters) {
        inventory.removeVnicProfile(parameters.id());
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VNIC_PROFILE_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VNIC_PROFILE_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(InventoryIdParameters parameters) {
        return InventoryNames.variables("remove",
                "VnicProfileName", InventoryNames.vnicProfile(inventory, parameters.id()));
    }
}
