package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.VmInventory;

import java.util.Map;
import java.util.Optional;

import static org.ovirt.osn.engine.InventoryValidator.Subject.CLUSTER;
import static org.ovirt.osn.engine.InventoryValidator.clusterExists;
import static org.ovirt.osn.engine.InventoryValidator.hasNoHosts;
import static org.ovirt.osn.engine.VmValidator.hasNoVms;

/** Removes a cluster, detaching its networks; refused while it has hosts or VMs. */
@ApplicationScoped
public class RemoveClusterCommand implements Command<InventoryIdParameters, Void> {

    private EngineInventory inventory;
    private VmInventory vms;

    protected RemoveClusterCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveClusterCommand(EngineInventory inventory, VmInventory vms) {
        this.inventory = inventory;
        this.vms = vms;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        Optional<Cluster> cluster = inventory.cluster(parameters.id());
        return ValidationResult.firstFailure(
                () -> clusterExists(CLUSTER, cluster, parameters.id()),
                () -> hasNoHosts(cluster.orElseThrow(), inventory.hostsOf(parameters.id())),
                () -> hasNoVms(cluster.orElseThrow(), vms.vmsOf(parameters.id())));
    }

    @Override
    public Void execute(InventoryIdParameters parameters) {
        inventory.removeCluster(parameters.id());
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_CLUSTER_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_CLUSTER_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(InventoryIdParameters parameters) {
        return InventoryNames.variables("remove", "ClusterName", InventoryNames.cluster(inventory, parameters.id()));
    }
}
