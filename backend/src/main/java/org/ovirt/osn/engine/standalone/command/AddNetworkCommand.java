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
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.MAX_NETWORK_NAME;
import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.mtuValid;
import static org.ovirt.osn.engine.InventoryValidator.networkNameFree;
import static org.ovirt.osn.engine.InventoryValidator.printableNameValid;
import static org.ovirt.osn.engine.InventoryValidator.vlanValid;

/**
 * Adds a logical network to a data center, attached to no cluster and with no vNIC profile (the standalone host
 * makes neither by itself; a provider import asks for both).
 */
@ApplicationScoped
public class AddNetworkCommand implements Command<AddNetworkParameters, UUID> {

    private EngineInventory inventory;

    protected AddNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public AddNetworkCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(AddNetworkParameters parameters) {
        LogicalNetwork network = parameters.network();
        return ValidationResult.firstFailure(
                () -> printableNameValid(NETWORK, network.name(), MAX_NETWORK_NAME),
                () -> fits(NETWORK, "description", network.description(), MAX_DESCRIPTION),
                () -> given(NETWORK, "data_center", network.dataCenterId()),
                () -> dataCenterExists(NETWORK, inventory.dataCenter(network.dataCenterId()), network.dataCenterId()),
                () -> mtuValid(network.mtu()),
                () -> vlanValid(network.vlanId()),
                () -> networkNameFree(network, inventory.networkByName(network.dataCenterId(), network.name()),
                        inventory.dataCenter(network.dataCenterId()).orElseThrow()));
    }

    @Override
    public UUID execute(AddNetworkParameters parameters) {
        try {
            return inventory.addNetwork(parameters.network()).id();
        } catch (InventoryConflictException e) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER,
                    auditVariables(parameters), e);
        }
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_NETWORK_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_NETWORK_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddNetworkParameters parameters) {
        return InventoryNames.variables("add", "NetworkName", parameters.network().name(),
                "DataCenterName", InventoryNames.dataCenter(inventory, parameters.network().dataCenterId()));
    }
}
