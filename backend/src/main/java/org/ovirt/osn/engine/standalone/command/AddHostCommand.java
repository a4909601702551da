package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.InventoryConflictException;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.MAX_HOST_NAME;
import static org.ovirt.osn.engine.InventoryValidator.Subject.HOST;
import static org.ovirt.osn.engine.InventoryValidator.addressValid;
import static org.ovirt.osn.engine.InventoryValidator.clusterExists;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.hostAddressFree;
import static org.ovirt.osn.engine.InventoryValidator.hostNameFree;
import static org.ovirt.osn.engine.InventoryValidator.simpleNameValid;

/** Adds a host to a cluster. Nothing is installed on it: the standalone host only records it. */
@ApplicationScoped
public class AddHostCommand implements Command<AddHostParameters, UUID> {

    private EngineInventory inventory;

    protected AddHostCommand() {
        // for CDI proxies
    }

    @Inject
    public AddHostCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(AddHostParameters parameters) {
        Host host = parameters.host();
        return ValidationResult.firstFailure(
                () -> simpleNameValid(HOST, host.name(), MAX_HOST_NAME),
                () -> fits(HOST, "description", host.description(), MAX_DESCRIPTION),
                () -> addressValid(host.address()),
                () -> given(HOST, "cluster", host.clusterId()),
                () -> clusterExists(HOST, inventory.cluster(host.clusterId()), host.clusterId()),
                () -> hostNameFree(host, inventory.hostByName(host.name())),
                () -> hostAddressFree(host, inventory.hostByAddress(host.address())));
    }

    @Override
    public UUID execute(AddHostParameters parameters) {
        try {
            inventory.addHost(parameters.host());
        } catch (InventoryConflictException e) {
            Map<String, String> variables = new HashMap<>(auditVariables(parameters));
            variables.put("Address", parameters.host().address());
            throw new CommandFailedException(e.clash() == InventoryConflictException.Clash.HOST_ADDRESS
                    ? EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_IN_USE
                    : EngineMessage.ACTION_TYPE_FAILED_HOST_NAME_IN_USE, variables, e);
        }
        return parameters.host().id();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_HOST_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_HOST_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddHostParameters parameters) {
        return InventoryNames.variables("add", "HostName", parameters.host().name(),
                "ClusterName", InventoryNames.cluster(inventory, parameters.host().clusterId()));
    }
}
