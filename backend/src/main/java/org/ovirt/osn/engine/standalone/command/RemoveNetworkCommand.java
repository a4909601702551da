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

import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.networkExists;

/**
 * Removes a network with its vNIC profiles and cluster attachments; refused while vNICs use one of its profiles.
 * Nothing is removed on any provider.
 */
@ApplicationScoped
public class RemoveNetworkCommand implements Command<InventoryIdParameters, Void> {

    private EngineInventory inventory;
    private VmInventory vms;

    protected RemoveNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveNetworkCommand(EngineInventory inventory, VmInventory vms) {
        this.inventory = inventory;
        this.vms = vms;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        return ValidationResult.firstFailure(
                () -> networkExists(NETWORK, inventory.network(parameters.id()), parameters.id()),
                () -> VmValidator.notUsedByVnics(NETWORK, inventory.network(parameters.id()).orElseThrow().name(),
                        VmNames.vmsOf(vms, vms.nicsOnNetwork(parameters.id()))));
    }

    @Override
    public Void execute(InventoryIdParameters parameters) {
        inventory.removeNetwork(parameters.id());
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_NETWORK_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_NETWORK_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(InventoryIdParameters parameters) {
        return InventoryNames.variables("remove", "NetworkName", InventoryNames.network(inventory, parameters.id()));
    }
}
