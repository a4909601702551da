package org.ovirt.osn.command.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;

import java.util.Map;
import java.util.UUID;

/** Unregisters a provider. Nothing is deleted on the provider itself. */
@ApplicationScoped
public class RemoveNetworkProviderCommand implements Command<NetworkProviderIdParameters, Void> {

    private NetworkProviderRepository repository;

    protected RemoveNetworkProviderCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveNetworkProviderCommand(NetworkProviderRepository repository) {
        this.repository = repository;
    }

    @Override
    public ValidationResult validate(NetworkProviderIdParameters parameters) {
        return NetworkProviderValidator.providerExists(
                repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId());
    }

    @Override
    public Void execute(NetworkProviderIdParameters parameters) {
        repository.remove(parameters.providerId());
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.PROVIDER_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.PROVIDER_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(NetworkProviderIdParameters parameters) {
        return Map.of("ProviderName", repository.displayName(parameters.providerId()), "Action", "remove");
    }

    @Override
    public UUID lockedProvider(NetworkProviderIdParameters parameters) {
        return parameters.providerId();
    }

    @Override
    public UUID auditProviderId(NetworkProviderIdParameters parameters) {
        return parameters.providerId();
    }
}
