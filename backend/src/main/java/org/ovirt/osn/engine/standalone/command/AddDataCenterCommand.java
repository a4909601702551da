package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;

import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_DATA_CENTER_NAME;
import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.Subject.DATA_CENTER;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterNameFree;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.simpleNameValid;

/** Adds a data center. */
@ApplicationScoped
public class AddDataCenterCommand implements Command<AddDataCenterParameters, UUID> {

    private EngineInventory inventory;

    protected AddDataCenterCommand() {
        // for CDI proxies
    }

    @Inject
    public AddDataCenterCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(AddDataCenterParameters parameters) {
        DataCenter dataCenter = parameters.dataCenter();
        return ValidationResult.firstFailure(
                () -> simpleNameValid(DATA_CENTER, dataCenter.name(), MAX_DATA_CENTER_NAME),
                () -> fits(DATA_CENTER, "description", dataCenter.description(), MAX_DESCRIPTION),
                () -> dataCenterNameFree(dataCenter, inventory.dataCenterByName(dataCenter.name())));
    }

    @Override
    public UUID execute(AddDataCenterParameters parameters) {
        try {
            inventory.addDataCenter(parameters.dataCenter());
        } catch (InventoryConflictException e) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NAME_IN_USE,
                    auditVariables(parameters), e);
        }
        return parameters.dataCenter().id();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_DATA_CENTER_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_DATA_CENTER_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddDataCenterParameters parameters) {
        return InventoryNames.variables("add", "DataCenterName", parameters.dataCenter().name());
    }
}
