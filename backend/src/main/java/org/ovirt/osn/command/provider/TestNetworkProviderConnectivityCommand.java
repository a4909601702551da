package org.ovirt.osn.command.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderConnectivityReport;
import org.ovirt.osn.provider.NetworkProviderProxies;

import java.util.Map;
import java.util.UUID;

/**
 * Calls the provider (authenticating anew when it requires it), reports whether it answers as Neutron and what it
 * found: API versions, authentication, each call's round trip, the capabilities detected.
 */
@ApplicationScoped
public class TestNetworkProviderConnectivityCommand
        implements Command<NetworkProviderIdParameters, ProviderConnectivityReport> {

    private NetworkProviderRepository repository;
    private NetworkProviderProxies proxies;

    protected TestNetworkProviderConnectivityCommand() {
        // for CDI proxies
    }

    @Inject
    public TestNetworkProviderConnectivityCommand(NetworkProviderRepository repository,
                                                  NetworkProviderProxies proxies) {
        this.repository = repository;
        this.proxies = proxies;
    }

    @Override
    public ValidationResult validate(NetworkProviderIdParameters parameters) {
        return NetworkProviderValidator.providerExists(
                repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId());
    }

    @Override
    public ProviderConnectivityReport execute(NetworkProviderIdParameters parameters) {
        NetworkProvider provider;
        try {
            provider = repository.findById(parameters.providerId()).orElseThrow();
        } catch (PasswordCipher.SecretUnreadableException e) {
            throw new CommandFailedException(EngineMessage.PROVIDER_STORED_PASSWORD_UNREADABLE,
                    auditVariables(parameters), e);
        }
        return proxies.proxyFor(provider).testConnectivity();
    }

    /** No database change, and the provider may take up to the read timeout: hold no transaction meanwhile. */
    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.PROVIDER_CONNECTIVITY_TESTED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.PROVIDER_CONNECTIVITY_TEST_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(NetworkProviderIdParameters parameters) {
        return Map.of("ProviderName", repository.displayName(parameters.providerId()), "Action", "test connectivity of");
    }

    @Override
    public UUID auditProviderId(NetworkProviderIdParameters parameters) {
        return parameters.providerId();
    }
}
