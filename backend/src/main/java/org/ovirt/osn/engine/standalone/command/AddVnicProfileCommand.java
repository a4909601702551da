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
import org.ovirt.osn.engine.VnicProfile;

import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.MAX_VNIC_PROFILE_NAME;
import static org.ovirt.osn.engine.InventoryValidator.Subject.VNIC_PROFILE;
import static org.ovirt.osn.engine.InventoryValidator.customPropertiesValid;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.networkExists;
import static org.ovirt.osn.engine.InventoryValidator.printableNameValid;
import static org.ovirt.osn.engine.InventoryValidator.vnicProfileNameFree;

/** Adds a vNIC profile to a network. */
@ApplicationScoped
public class AddVnicProfileCommand implements Command<AddVnicProfileParameters, UUID> {

    private EngineInventory inventory;

    protected AddVnicProfileCommand() {
        // for CDI proxies
    }

    @Inject
    public AddVnicProfileCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(AddVnicProfileParameters parameters) {
        VnicProfile profile = parameters.profile();
        return ValidationResult.firstFailure(
                () -> printableNameValid(VNIC_PROFILE, profile.name(), MAX_VNIC_PROFILE_NAME),
                () -> fits(VNIC_PROFILE, "description", profile.description(), MAX_DESCRIPTION),
                () -> given(VNIC_PROFILE, "network", profile.networkId()),
                () -> networkExists(VNIC_PROFILE, inventory.network(profile.networkId()), profile.networkId()),
                () -> customPropertiesValid(profile.customProperties()),
                () -> vnicProfileNameFree(profile, inventory.vnicProfileByName(profile.networkId(), profile.name()),
                        inventory.network(profile.networkId()).orElseThrow()));
    }

    @Override
    public UUID execute(AddVnicProfileParameters parameters) {
        try {
            inventory.addVnicProfile(parameters.profile());
        } catch (InventoryConflictException e) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NAME_IN_USE_ON_NETWORK,
                    auditVariables(parameters), e);
        }
        return parameters.profile().id();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VNIC_PROFILE_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VNIC_PROFILE_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddVnicProfileParameters parameters) {
        return InventoryNames.variables("add", "VnicProfileName", parameters.profile().name(),
                "NetworkName", InventoryNames.network(inventory, parameters.profile().networkId()));
    }
}
