package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;

import java.util.Map;

import static org.ovirt.osn.engine.InventoryValidator.Subject.HOST;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.hostExists;

/**
 * Records the id a host is known by to providers of one plugin type; ports of such providers are bound to it from the
 * next run, hot-plug or migration on (without one, to the host's address). Stands in for what a real engine learns
 * from the host itself.
 */
@ApplicationScoped
public class SetHostProviderBindingCommand implements Command<SetHostProviderBindingParameters, Void> {

    private static final int MAX = 255;

    private EngineInventory inventory;

    protected SetHostProviderBindingCommand() {
        // for CDI proxies
    }

    @Inject
    public SetHostProviderBindingCommand(EngineInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ValidationResult validate(SetHostProviderBindingParameters parameters) {
        return ValidationResult.firstFailure(
                () -> hostExists(HOST, inventory.host(parameters.hostId()), parameters.hostId()),
                () -> given(HOST, "plugin type", blankToNull(parameters.pluginType())),
                () -> fits(HOST, "plugin type", parameters.pluginType(), MAX),
                () -> given(HOST, "binding host id", blankToNull(parameters.bindingHostId())),
                () -> fits(HOST, "binding host id", parameters.bindingHostId(), MAX));
    }

    @Override
    public Void execute(SetHostProviderBindingParameters parameters) {
        inventory.setHostProviderBinding(parameters.hostId(), parameters.pluginType(), parameters.bindingHostId());
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_HOST_PROVIDER_BINDING_SET;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_HOST_PROVIDER_BINDING_SET_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(SetHostProviderBindingParameters parameters) {
        return InventoryNames.variables("set the provider binding of", "HostName",
                InventoryNames.host(inventory, parameters.hostId()), "PluginType", parameters.pluginType(),
                "BindingHostId", parameters.bindingHostId());
    }
}
