package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.command.provider.TrustedCertificateValidator;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderTrustStore;
import org.ovirt.osn.provider.ProviderTrustStore.TrustedCertificate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The certificates of the module's provider trust store, asked through a provider: what
 * {@link org.ovirt.osn.command.provider.ImportProviderCertificatesCommand} added (and any entry an admin put into the
 * file), for {@link org.ovirt.osn.command.provider.RemoveProviderCertificateCommand}. The store is one for all
 * providers, so every provider lists the same certificates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrustedProviderCertificateQueries {

    private static final String ACTION = "get certificates of";

    private NetworkProviderRepository repository;
    private ProviderTrustStore trustStore;

    protected TrustedProviderCertificateQueries() {
        // for CDI proxies
    }

    @Inject
    public TrustedProviderCertificateQueries(NetworkProviderRepository repository, ProviderTrustStore trustStore) {
        this.repository = repository;
        this.trustStore = trustStore;
    }

    /**
     * @return in alias order
     * @throws CommandFailedException NOT_FOUND for an unknown provider, PROVIDER when the store cannot be read
     */
    public List<TrustedCertificate> all(UUID providerId) {
        NetworkProvider provider = provider(providerId);
        try {
            return trustStore.list();
        } catch (ProviderTrustStore.UnwritableException e) {
            throw failed(ValidationResult.failWith(EngineMessage.PROVIDER_TRUST_STORE_UNWRITABLE,
                    Map.of("Detail", e.getMessage())), provider);
        }
    }

    /** @throws CommandFailedException NOT_FOUND for an unknown provider or alias, PROVIDER for an unreadable store */
    public TrustedCertificate one(UUID providerId, String alias) {
        NetworkProvider provider = provider(providerId);
        ValidationResult inStore = TrustedCertificateValidator.inStore(trustStore, alias);
        if (!inStore.isValid()) {
            throw failed(inStore, provider);
        }
        return trustStore.list().stream().filter(t -> t.alias().equals(alias)).findFirst()
                .orElseThrow(() -> failed(ValidationResult.failWith(
                        EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CERTIFICATE_NOT_IN_TRUST_STORE,
                        Map.of("Alias", alias)), provider));
    }

    private NetworkProvider provider(UUID providerId) {
        ValidationResult exists = NetworkProviderValidator.providerExists(
                repository.findByIdWithoutSecrets(providerId), providerId);
        if (!exists.isValid()) {
            throw new CommandFailedException(exists.message(), withAction(exists.variables()), null);
        }
        return repository.findByIdWithoutSecrets(providerId).orElseThrow();
    }

    private static CommandFailedException failed(ValidationResult failure, NetworkProvider provider) {
        Map<String, String> variables = withAction(failure.variables());
        variables.put("ProviderName", provider.name());
        return new CommandFailedException(failure.message(), variables, null);
    }

    private static Map<String, String> withAction(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("Action", ACTION);
        return all;
    }
}
