package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;

import java.util.Map;
import java.util.Optional;

import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.clusterExists;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.inSameDataCenter;
import static org.ovirt.osn.engine.InventoryValidator.networkExists;
import static org.ovirt.osn.engine.InventoryValidator.notAttachedYet;

/** Attaches a network to a cluster of its data center, required or not. */
@ApplicationScoped
public class AttachNetworkToClusterCommand implements Command<AttachNetworkToClusterParameters, Void> {

    private EngineInventory inventory;

    protected AttachNetworkToClusterCommand() {
        // for CDI proxies
    }

    @Inject
    public AttachNetworkToClusterCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(AttachNetworkToClusterParameters parameters) {
        NetworkClusterAttachment attachment = parameters.attachment();
        Optional<Cluster> cluster = inventory.cluster(attachment.clusterId());
        return ValidationResult.firstFailure(
                () -> clusterExists(NETWORK, cluster, attachment.clusterId()),
                () -> given(NETWORK, "network id", attachment.networkId()),
                () -> networkExists(NETWORK, inventory.network(attachment.networkId()), attachment.networkId()),
                () -> inSameDataCenter(network(attachment), cluster.orElseThrow()),
                () -> notAttachedYet(network(attachment), cluster.orElseThrow(),
                        inventory.clusterAttachmentsOfNetwork(attachment.networkId())));
    }

    private LogicalNetwork network(NetworkClusterAttachment attachment) {
        return inventory.network(attachment.networkId()).orElseThrow();
    }

    @Override
    public Void execute(AttachNetworkToClusterParameters parameters) {
        inventory.attachNetworkToCluster(parameters.attachment());
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_NETWORK_ATTACHED_TO_CLUSTER;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_NETWORK_ATTACH_TO_CLUSTER_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AttachNetworkToClusterParameters parameters) {
        return InventoryNames.variables("attach",
                "NetworkName", InventoryNames.network(inventory, parameters.attachment().networkId()),
                "ClusterName", InventoryNames.cluster(inventory, parameters.attachment().clusterId()));
    }
}
