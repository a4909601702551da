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
import org.ovirt.osn.engine.LogicalNetwork;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.MAX_NETWORK_NAME;
import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.mtuValid;
import static org.ovirt.osn.engine.InventoryValidator.networkExists;
import static org.ovirt.osn.engine.InventoryValidator.networkNameFree;
import static org.ovirt.osn.engine.InventoryValidator.printableNameValid;
import static org.ovirt.osn.engine.InventoryValidator.vlanValid;

/** Changes a network's name, description, MTU, VLAN or VM use, in the data center it is in. */
@ApplicationScoped
public class UpdateNetworkCommand implements Command<UpdateNetworkParameters, Void> {

    private EngineInventory inventory;

    protected UpdateNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public UpdateNetworkCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(UpdateNetworkParameters parameters) {
        LogicalNetwork changed = parameters.network();
        Optional<LogicalNetwork> stored = inventory.network(changed.id());
        return ValidationResult.firstFailure(
                () -> networkExists(NETWORK, stored, changed.id()),
                () -> printableNameValid(NETWORK, changed.name(), MAX_NETWORK_NAME),
                () -> fits(NETWORK, "description", changed.description(), MAX_DESCRIPTION),
                () -> mtuValid(changed.mtu()),
                () -> vlanValid(changed.vlanId()),
                () -> networkNameFree(changed, inventory.networkByName(dataCenterOf(stored), changed.name()),
                        inventory.dataCenter(dataCenterOf(stored)).orElseThrow()));
    }

    private static UUID dataCenterOf(Optional<LogicalNetwork> stored) {
        return stored.orElseThrow().dataCenterId();
    }

    @Override
    public Void execute(UpdateNetworkParameters parameters) {
        try {
            inventory.updateNetwork(parameters.network());
        } catch (InventoryConflictException e) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER,
                    auditVariables(parameters), e);
        }
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_NETWORK_UPDATED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_NETWORK_UPDATE_FAILED;
    }

    /** The network under the name it has before the update, and the data center it is in. */
    @Override
    public Map<String, String> auditVariables(UpdateNetworkParameters parameters) {
        Optional<LogicalNetwork> stored = inventory.network(parameters.network().id());
        return InventoryNames.variables("update",
                "NetworkName", stored.map(LogicalNetwork::name).orElse(String.valueOf(parameters.network().id())),
                "DataCenterName", stored.map(n -> InventoryNames.dataCenter(inventory, n.dataCenterId()))
                        .orElse("(none)"));
    }
}
