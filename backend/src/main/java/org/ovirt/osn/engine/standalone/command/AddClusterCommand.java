package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;

import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_CLUSTER_NAME;
import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.Subject.CLUSTER;
import static org.ovirt.osn.engine.InventoryValidator.clusterNameFree;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.simpleNameValid;

/** Adds a cluster to a data center. */
@ApplicationScoped
public class AddClusterCommand implements Command<AddClusterParameters, UUID> {

    private EngineInventory inventory;

    protected AddClusterCommand() {
        // for CDI proxies
    }

    @Inject
    public AddClusterCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(AddClusterParameters parameters) {
        Cluster cluster = parameters.cluster();
        return ValidationResult.firstFailure(
                () -> simpleNameValid(CLUSTER, cluster.name(), MAX_CLUSTER_NAME),
                () -> fits(CLUSTER, "description", cluster.description(), MAX_DESCRIPTION),
                () -> given(CLUSTER, "data_center", cluster.dataCenterId()),
                () -> dataCenterExists(CLUSTER, inventory.dataCenter(cluster.dataCenterId()), cluster.dataCenterId()),
                () -> clusterNameFree(cluster, inventory.clusterByName(cluster.name())));
    }

    @Override
    public UUID execute(AddClusterParameters parameters) {
        try {
            inventory.addCluster(parameters.cluster());
        } catch (InventoryConflictException e) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NAME_IN_USE,
                    auditVariables(parameters), e);
        }
        return parameters.cluster().id();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_CLUSTER_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_CLUSTER_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddClusterParameters parameters) {
        return InventoryNames.variables("add", "ClusterName", parameters.cluster().name(),
                "DataCenterName", InventoryNames.dataCenter(inventory, parameters.cluster().dataCenterId()));
    }
}
