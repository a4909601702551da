package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;

import java.util.Map;
import java.util.Optional;

import static org.ovirt.osn.engine.InventoryValidator.Subject.DATA_CENTER;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;
import static org.ovirt.osn.engine.InventoryValidator.hasNoClusters;

/** Removes a data center and its networks; refused while it has clusters. */
@ApplicationScoped
public class RemoveDataCenterCommand implements Command<InventoryIdParameters, Void> {

    private EngineInventory inventory;

    protected RemoveDataCenterCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveDataCenterCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        Optional<DataCenter> dataCenter = inventory.dataCenter(parameters.id());
        return ValidationResult.firstFailure(
                () -> dataCenterExists(DATA_CENTER, dataCenter, parameters.id()),
                () -> hasNoClusters(dataCenter.orElseThrow(), inventory.clustersOf(parameters.id())));
    }

    @Override
    public Void execute(InventoryIdParameters parameters) {
        inventory.removeDataCenter(parameters.id());
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_DATA_CENTER_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_DATA_CENTER_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(InventoryIdParameters parameters) {
        return InventoryNames.variables("remove",
                "DataCenterName", InventoryNames.dataCenter(inventory, parameters.id()));
    }
}
