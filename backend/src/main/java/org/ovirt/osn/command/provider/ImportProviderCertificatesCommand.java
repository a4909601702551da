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

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adds certificates an admin approved for a provider to the module's trust store, as the engine's
 * ImportProviderCertificate. The store is shared by all providers, so the next new connection to any provider trusts
 * them; no restart. Certificates already in the store are left as they are.
 *
 * @see org.ovirt.osn.query.ProviderCertificateQueries for the chain a provider presents
 */
@ApplicationScoped
public class ImportProviderCertificatesCommand implements Command<ImportProviderCertificatesParameters, List<String>> {

    private static final String ACTION = "import certificates for";

    private NetworkProviderRepository repository;
    private ProviderTrustStore trustStore;
    private Clock clock;

    protected ImportProviderCertificatesCommand() {
        // for CDI proxies
    }

    @Inject
    public ImportProviderCertificatesCommand(NetworkProviderRepository repository, ProviderTrustStore trustStore) {
        this(repository, trustStore, Clock.systemUTC());
    }

    ImportProviderCertificatesCommand(NetworkProviderRepository repository, ProviderTrustStore trustStore,
                                      Clock clock) {
        this.repository = repository;
        this.trustStore = trustStore;
        this.clock = clock;
    }

    @Override
    public ValidationResult validate(ImportProviderCertificatesParameters parameters) {
        ProviderCertificateValidator validator = new ProviderCertificateValidator(parameters.certificates(), clock);
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(
                        repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId()),
                validator::certificatesGiven,
                validator::certificatesReadable,
                validator::certificatesNotExpired);
    }

    /** @return the SHA-256 fingerprints of the certificates that were not trusted before */
    @Override
    public List<String> execute(ImportProviderCertificatesParameters parameters) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (String text : parameters.certificates()) {
            certificates.add(parsed(text));
        }
        try {
            return trustStore.add(certificates);
        } catch (ProviderTrustStore.UnwritableException e) {
            Map<String, String> variables = new HashMap<>(auditVariables(parameters));
            variables.put("Detail", e.getMessage());
            throw new CommandFailedException(EngineMessage.PROVIDER_TRUST_STORE_UNWRITABLE, variables, e);
        }
    }

    /** Only the trust store file is written, no database row: no transaction is held meanwhile. */
    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.PROVIDER_CERTIFICATE_IMPORTED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.PROVIDER_CERTIFICATE_IMPORT_FAILED;
    }

    /** Names each certificate by subject and fingerprint: the audit log must say exactly what became trusted. */
    @Override
    public Map<String, String> auditVariables(ImportProviderCertificatesParameters parameters) {
        String name = repository.findByIdWithoutSecrets(parameters.providerId())
                .map(NetworkProvider::name).orElse(String.valueOf(parameters.providerId()));
        List<String> described = new ArrayList<>();
        for (int i = 0; i < parameters.certificates().size(); i++) {
            try {
                X509Certificate certificate = PemCertificates.parse(parameters.certificates().get(i));
                described.add(certificate.getSubjectX500Principal().getName() + " (SHA-256 "
                        + PemCertificates.sha256Fingerprint(certificate) + ")");
            } catch (PemCertificates.UnreadableCertificateException e) {
                described.add("certificate " + (i + 1) + " unreadable");
            }
        }
        return Map.of("ProviderName", name, "Action", ACTION,
                "Certificates", described.isEmpty() ? "none" : String.join(", ", described));
    }

    @Override
    public UUID auditProviderId(ImportProviderCertificatesParameters parameters) {
        return parameters.providerId();
    }

    private static X509Certificate parsed(String text) {
        try {
            return PemCertificates.parse(text);
        } catch (PemCertificates.UnreadableCertificateException e) {
            throw new IllegalStateException("Validation let an unreadable certificate through: " + e.getMessage(), e);
        }
    }
}
