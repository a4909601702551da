package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderTypeTraits;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The proxy of a stored provider, for the network commands and queries; and the engine's physical-network rule. */
@ApplicationScoped
public class ProviderNetworkAccess {

    private NetworkProviderRepository repository;
    private NetworkProviderProxies proxies;

    protected ProviderNetworkAccess() {
        // for CDI proxies
    }

    @Inject
    public ProviderNetworkAccess(NetworkProviderRepository repository, NetworkProviderProxies proxies) {
        this.repository = repository;
        this.proxies = proxies;
    }

    /**
     * @param variables for the message when the stored password cannot be decrypted
     * @throws CommandFailedException NOT_FOUND for an unknown provider
     */
    public NetworkProviderProxy proxy(UUID providerId, Map<String, String> variables) {
        NetworkProvider provider;
        try {
            provider = repository.findById(providerId).orElseThrow(() -> new CommandFailedException(
                    EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST,
                    Map.of("Action", variables.getOrDefault("Action", "use"), "ProviderId", String.valueOf(providerId)),
                    null));
        } catch (PasswordCipher.SecretUnreadableException e) {
            throw new CommandFailedException(EngineMessage.PROVIDER_STORED_PASSWORD_UNREADABLE, variables, e);
        }
        return proxies.proxyFor(provider);
    }

    /** What the provider's type keeps on the provider, asked instead of the type itself. */
    public ProviderTypeTraits traits(NetworkProvider provider) {
        return proxies.traitsOf(provider.type());
    }

    /** As {@link #traits(NetworkProvider)}, for a stored provider; NOT_FOUND for an unknown one. */
    public ProviderTypeTraits traits(UUID providerId) {
        return traits(repository.findByIdWithoutSecrets(providerId).orElseThrow(() -> new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST,
                Map.of("Action", "use", "ProviderId", String.valueOf(providerId)), null)));
    }

    public Optional<ProviderNetwork> network(UUID providerId, String externalId, Map<String, String> variables) {
        return proxy(providerId, variables).getNetwork(externalId);
    }

    /**
     * The links of one provider network whose engine network still exists. The engine removes its networks without
     * asking this module, so a link can outlive its network; such a link neither blocks a new import nor shows in
     * discovery, and the import that replaces it removes it.
     */
    public static List<ProvidedNetworkEntity> live(EngineInventory inventory, List<ProvidedNetworkEntity> links) {
        return links.stream().filter(l -> inventory.network(l.getNetworkId()).isPresent()).toList();
    }

    /** Removes the links of this provider network in this data center whose engine network is gone. */
    public static void removeStale(EngineInventory inventory, ProvidedNetworkDao links, UUID providerId,
                                   String externalId, UUID dataCenterId) {
        links.findByExternal(providerId, externalId).stream()
                .filter(l -> l.getDataCenterId().equals(dataCenterId))
                .filter(l -> inventory.network(l.getNetworkId()).isEmpty())
                .forEach(l -> links.removeByNetwork(l.getNetworkId()));
    }

    /**
     * The engine's rule for {@code flat} and {@code vlan} provider networks: the data center network that hosts know
     * by the provider's physical network name and whose VLAN is the provider network's (none for flat).
     */
    public static Optional<LogicalNetwork> physicalNetwork(EngineInventory inventory, UUID dataCenterId,
                                                           ProviderNetwork network) {
        if (!("flat".equals(network.networkType()) || "vlan".equals(network.networkType()))
                || network.physicalNetwork() == null) {
            return Optional.empty();
        }
        return inventory.networkByVdsmName(dataCenterId, network.physicalNetwork())
                .filter(n -> Objects.equals(n.vlanId(), network.vlanId()));
    }
}
