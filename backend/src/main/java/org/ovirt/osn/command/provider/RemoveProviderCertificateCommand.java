package org.ovirt.osn.command.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderTrustStore;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Removes a certificate from the module's provider trust store, the reverse of {@link ImportProviderCertificatesCommand}
 * (oVirt has no such action: an admin who imported the wrong certificate could only edit the file). The store is
 * shared by all providers, so no provider trusts it from the next new connection on; idle pooled connections made
 * under it are not reused. No restart.
 */
@ApplicationScoped
public class RemoveProviderCertificateCommand implements Command<RemoveProviderCertificateParameters, Void> {

    private static final String ACTION = "remove a certificate of";

    private NetworkProviderRepository repository;
    private ProviderTrustStore trustStore;

    protected RemoveProviderCertificateCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveProviderCertificateCommand(NetworkProviderRepository repository, ProviderTrustStore trustStore) {
        this.repository = repository;
        this.trustStore = trustStore;
    }

    @Override
    public ValidationResult validate(RemoveProviderCertificateParameters parameters) {
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(
                        repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId()),
                () -> TrustedCertificateValidator.inStore(trustStore, parameters.alias()));
    }

    @Override
    public Void execute(RemoveProviderCertificateParameters parameters) {
        boolean removed;
        try {
            removed = trustStore.remove(parameters.alias());
        } catch (ProviderTrustStore.UnwritableException e) {
            Map<String, String> variables = new HashMap<>(auditVariables(parameters));
            variables.put("Detail", e.getMessage());
            throw new CommandFailedException(EngineMessage.PROVIDER_TRUST_STORE_UNWRITABLE, variables, e);
        }
        if (!removed) {
            // another node or thread removed it between validate and execute: the same answer as validate's
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CERTIFICATE_NOT_IN_TRUST_STORE,
                    auditVariables(parameters), null);
        }
        return null;
    }

    /** Only the trust store file is written, no database row: no transaction is held meanwhile. */
    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.PROVIDER_CERTIFICATE_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.PROVIDER_CERTIFICATE_REMOVAL_FAILED;
    }

    /** Names the certificate by subject and fingerprint while it is still in the store: the audit log says what. */
    @Override
    public Map<String, String> auditVariables(RemoveProviderCertificateParameters parameters) {
        String name = repository.findByIdWithoutSecrets(parameters.providerId())
                .map(NetworkProvider::name).orElse(String.valueOf(parameters.providerId()));
        String described = String.valueOf(parameters.alias());
        try {
            described = trustStore.list().stream()
                    .filter(t -> t.alias().equals(parameters.alias()))
                    .findFirst()
                    .map(t -> t.alias() + " (" + t.certificate().getSubjectX500Principal().getName() + ", SHA-256 "
                            + PemCertificates.sha256Fingerprint(t.certificate()) + ")")
                    .orElse(described);
        } catch (ProviderTrustStore.UnwritableException unreadable) {
            // the alias alone then; the failure itself says why the store cannot be read
        }
        return Map.of("ProviderName", name, "Action", ACTION, "Alias", described);
    }

    @Override
    public UUID auditProviderId(RemoveProviderCertificateParameters parameters) {
        return parameters.providerId();
    }
}
