package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
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

/** Adds a cluster to a data center, optionally with a default network provider. */
@ApplicationScoped
public class AddClusterCommand implements Command<AddClusterParameters, UUID> {

    private EngineInventory inventory;
    private NetworkProviderRepository providers;

    protected AddClusterCommand() {
        // for CDI proxies
    }

    @Inject
    public AddClusterCommand(EngineInventory inventory, NetworkProviderRepository providers) {
        this.inventory = inventory;
        this.providers = providers;
    }

    @Override
    public ValidationResult validate(AddClusterParameters parameters) {
        Cluster cluster = parameters.cluster();
        return ValidationResult.firstFailure(
                () -> simpleNameValid(CLUSTER, cluster.name(), MAX_CLUSTER_NAME),
                () -> fits(CLUSTER, "description", cluster.description(), MAX_DESCRIPTION),
                () -> given(CLUSTER, "data_center", cluster.dataCenterId()),
                () -> dataCenterExists(CLUSTER, inventory.dataCenter(cluster.dataCenterId()), cluster.dataCenterId()),
                () -> defaultNetworkProviderExists(cluster),
                () -> clusterNameFree(cluster, inventory.clusterByName(cluster.name())));
    }

    /** As the engine's validateDefaultNetworkProvider: a given default network provider must exist. */
    private ValidationResult defaultNetworkProviderExists(Cluster cluster) {
        UUID providerId = cluster.defaultNetworkProviderId();
        return ValidationResult.validWhen(providerId == null || providers.findByIdWithoutSecrets(providerId).isPresent(),
                EngineMessage.ACTION_TYPE_FAILED_DEFAULT_NETWORK_PROVIDER_DOESNT_EXIST,
                Map.of("ProviderId", String.valueOf(providerId)));
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
