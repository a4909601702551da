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
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Changes a provider's settings; its type stays. A missing password keeps the stored one. */
@ApplicationScoped
public class UpdateNetworkProviderCommand implements Command<UpdateNetworkProviderParameters, Void> {

    private NetworkProviderRepository repository;
    private NetworkProviderProxies proxies;

    protected UpdateNetworkProviderCommand() {
        // for CDI proxies
    }

    @Inject
    public UpdateNetworkProviderCommand(NetworkProviderRepository repository, NetworkProviderProxies proxies) {
        this.repository = repository;
        this.proxies = proxies;
    }

    @Override
    public ValidationResult validate(UpdateNetworkProviderParameters parameters) {
        NetworkProvider provider = parameters.provider();
        Optional<NetworkProvider> stored = repository.findByIdWithoutSecrets(provider.id());
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(stored, provider.id()),
                () -> new NetworkProviderValidator(provider).typeUnchanged(stored.orElseThrow()),
                () -> validateNewState(withEffectivePassword(provider)));
    }

    private ValidationResult validateNewState(Optional<NetworkProvider> effective) {
        if (effective.isEmpty()) {
            return ValidationResult.failWith(EngineMessage.PROVIDER_STORED_PASSWORD_UNREADABLE);
        }
        NetworkProvider provider = effective.get();
        return new NetworkProviderValidator(provider).newStateValid(proxies,
                repository::findByNameWithoutSecrets);
    }

    /** The provider as it will be stored: with the new password, or the stored one; empty if that is unreadable. */
    private Optional<NetworkProvider> withEffectivePassword(NetworkProvider provider) {
        if (provider.password() != null) {
            return Optional.of(provider);
        }
        try {
            return repository.findById(provider.id()).map(stored -> provider.withPassword(stored.password()));
        } catch (PasswordCipher.SecretUnreadableException e) {
            return provider.requiresAuthentication() ? Optional.empty() : Optional.of(provider);
        }
    }

    @Override
    public Void execute(UpdateNetworkProviderParameters parameters) {
        NetworkProvider provider = withEffectivePassword(parameters.provider()).orElseThrow();
        try {
            repository.update(provider);
        } catch (PersistenceException e) {
            if (PersistenceErrors.violates(e, "uq_osn_network_provider_name")) {
                throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED,
                        auditVariables(parameters), e);
            }
            throw e;
        }
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.PROVIDER_UPDATED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.PROVIDER_UPDATE_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(UpdateNetworkProviderParameters parameters) {
        return Map.of("ProviderName", String.valueOf(parameters.provider().name()), "Action", "update");
    }

    @Override
    public UUID lockedProvider(UpdateNetworkProviderParameters parameters) {
        return parameters.provider().id();
    }

    @Override
    public UUID auditProviderId(UpdateNetworkProviderParameters parameters) {
        return parameters.provider().id();
    }
}
