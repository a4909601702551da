package org.ovirt.osn.command.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.PersistenceErrors;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;

import java.util.Map;
import java.util.UUID;

/** Registers a network provider. Nothing is sent to the provider; test connectivity does that. */
@ApplicationScoped
public class AddNetworkProviderCommand implements Command<AddNetworkProviderParameters, UUID> {

    private NetworkProviderRepository repository;
    private NetworkProviderProxies proxies;

    protected AddNetworkProviderCommand() {
        // for CDI proxies
    }

    @Inject
    public AddNetworkProviderCommand(NetworkProviderRepository repository, NetworkProviderProxies proxies) {
        this.repository = repository;
        this.proxies = proxies;
    }

    @Override
    public ValidationResult validate(AddNetworkProviderParameters parameters) {
        NetworkProvider provider = parameters.provider();
        return new NetworkProviderValidator(provider).newStateValid(proxies,
                repository::findByNameWithoutSecrets);
    }

    @Override
    public UUID execute(AddNetworkProviderParameters parameters) {
        try {
            repository.add(parameters.provider());
        } catch (PersistenceException e) {
            // two adds with one name raced past validation; the unique constraint decided
            if (PersistenceErrors.violates(e, "uq_osn_network_provider_name")) {
                throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED,
                        auditVariables(parameters), e);
            }
            throw e;
        }
        return parameters.provider().id();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.PROVIDER_ADDED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.PROVIDER_ADDITION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(AddNetworkProviderParameters parameters) {
        return Map.of("ProviderName", String.valueOf(parameters.provider().name()), "Action", "add");
    }

    @Override
    public UUID auditProviderId(AddNetworkProviderParameters parameters) {
        return parameters.provider().id();
    }
}
