package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmValidator;

import java.util.Map;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VNIC_PROFILE;
import static org.ovirt.osn.engine.InventoryValidator.vnicProfileExists;

/** Removes a vNIC profile; refused while vNICs use it. */
@ApplicationScoped
public class RemoveVnicProfileCommand implements Command<InventoryIdParameters, Void> {

    private EngineInventory inventory;
    private VmInventory vms;

    protected RemoveVnicProfileCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveVnicProfileCommand(EngineInventory inventory, VmInventory vms) {
        this.inventory = inventory;
        this.vms = vms;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        return ValidationResult.firstFailure(
                () -> vnicProfileExists(VNIC_PROFILE, inventory.vnicProfile(parameters.id()), parameters.id()),
                () -> VmValidator.notUsedByVnics(VNIC_PROFILE, inventory.vnicProfile(parameters.id()).orElseThrow()
                        .name(), VmNames.vmsOf(vms, vms.nicsUsingProfile(parameters.id()))));
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
