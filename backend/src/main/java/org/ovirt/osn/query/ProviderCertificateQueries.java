package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.provider.ProviderException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The certificate chain a provider's TLS endpoint presents, as the engine's GetProviderCertificateChain: asked live
 * each time (a provider may renew its certificate at any moment), trusted or not, so that an admin can approve one
 * for {@link org.ovirt.osn.command.provider.ImportProviderCertificatesCommand}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderCertificateQueries {

    private static final String ACTION = "get certificates of";

    private NetworkProviderRepository repository;
    private NetworkProviderProxies proxies;

    protected ProviderCertificateQueries() {
        // for CDI proxies
    }

    @Inject
    public ProviderCertificateQueries(NetworkProviderRepository repository, NetworkProviderProxies proxies) {
        this.repository = repository;
        this.proxies = proxies;
    }

    /**
     * @return the chain in the order presented: 0 is the provider's own certificate, then each issuer
     * @throws CommandFailedException NOT_FOUND for an unknown provider, INVALID when its URL is not https, PROVIDER
     *                                when its endpoint cannot be reached or does not speak TLS
     */
    public List<ProviderCertificate> chainOf(UUID providerId) {
        NetworkProvider provider = provider(providerId);
        Map<String, String> variables = new HashMap<>(Map.of("Action", ACTION, "ProviderName", provider.name(),
                "ProviderId", String.valueOf(providerId), "Url", String.valueOf(provider.url())));
        if (!isHttps(provider.url())) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_URL_NOT_HTTPS, variables, null);
        }
        try {
            return proxies.proxyFor(provider).certificateChain();
        } catch (ProviderException e) {
            variables.put("Detail", e.describe());
            throw new CommandFailedException(EngineMessage.valueOf("PROVIDER_FAILURE_" + e.code().name()), variables,
                    e);
        }
    }

    /**
     * With its password when it can be read: a proxy made without it would replace the provider's cached Keystone
     * session. The chain itself needs no credentials, so an unreadable password does not stop it.
     */
    private NetworkProvider provider(UUID providerId) {
        Optional<NetworkProvider> provider;
        try {
            provider = repository.findById(providerId);
        } catch (PasswordCipher.SecretUnreadableException e) {
            provider = repository.findByIdWithoutSecrets(providerId);
        }
        return provider.orElseThrow(() -> new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST,
                Map.of("Action", ACTION, "ProviderId", String.valueOf(providerId)), null));
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
