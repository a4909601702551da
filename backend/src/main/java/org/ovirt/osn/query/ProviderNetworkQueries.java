package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderSubnet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Discovery, as the engine's GetAllExternalNetworksOnProvider: the provider's networks asked live, each with the data
 * centers it is already imported into (a fixed number of queries for all links of the provider, not one per network).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderNetworkQueries {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private ProvidedNetworkDao links;
    private EngineInventory inventory;

    protected ProviderNetworkQueries() {
        // for CDI proxies
    }

    @Inject
    public ProviderNetworkQueries(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                  ProvidedNetworkDao links, EngineInventory inventory) {
        this.repository = repository;
        this.access = access;
        this.links = links;
        this.inventory = inventory;
    }

    /**
     * Lazily paged from the provider: a failure on a later page surfaces as a {@link ProviderException} while the
     * stream is consumed.
     *
     * @throws CommandFailedException NOT_FOUND for an unknown provider, PROVIDER when the first page fails
     */
    public Stream<DiscoveredNetwork> networks(UUID providerId) {
        Map<String, String> variables = variables(providerId, "list networks of");
        Map<String, List<UUID>> dataCenters = dataCentersByExternalId(providerId);
        NetworkProviderProxy proxy = access.proxy(providerId, variables);
        return asked(variables, proxy::listNetworks)
                .map(n -> new DiscoveredNetwork(n, dataCenters.getOrDefault(n.externalId(), List.of())));
    }

    /**
     * Where each network of the provider is imported or linked, from two queries whatever the number of networks:
     * the provider's links, and which of their engine networks still exist (a link can outlive its network, see
     * {@link ProviderNetworkAccess#live}).
     */
    private Map<String, List<UUID>> dataCentersByExternalId(UUID providerId) {
        List<ProvidedNetworkEntity> all = links.findByProvider(providerId);
        if (all.isEmpty()) {
            return Map.of();
        }
        Set<UUID> existing = inventory.existingNetworks(all.stream().map(ProvidedNetworkEntity::getNetworkId)
                .collect(Collectors.toSet()));
        return all.stream()
                .filter(l -> existing.contains(l.getNetworkId()))
                .collect(Collectors.groupingBy(ProvidedNetworkEntity::getExternalId,
                        Collectors.mapping(ProvidedNetworkEntity::getDataCenterId, Collectors.toList())));
    }

    /** @throws CommandFailedException NOT_FOUND for an unknown provider or network */
    public DiscoveredNetwork network(UUID providerId, String externalId) {
        Map<String, String> variables = variables(providerId, "get network of");
        variables.put("ExternalNetworkId", String.valueOf(externalId));
        ProviderNetwork network = asked(variables, () -> access.proxy(providerId, variables).getNetwork(externalId))
                .orElseThrow(() -> new CommandFailedException(
                        EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_NOT_FOUND, variables, null));
        return new DiscoveredNetwork(network, ProviderNetworkAccess.live(inventory,
                        links.findByExternal(providerId, externalId)).stream()
                .map(ProvidedNetworkEntity::getDataCenterId).toList());
    }

    /** @throws CommandFailedException NOT_FOUND for an unknown provider or network */
    public List<ProviderSubnet> subnets(UUID providerId, String externalId) {
        network(providerId, externalId);
        Map<String, String> variables = variables(providerId, "list subnets of");
        return asked(variables, () -> access.proxy(providerId, variables).listSubnets(externalId).toList());
    }

    /** @throws CommandFailedException NOT_FOUND for an unknown provider, network or subnet of that network */
    public ProviderSubnet subnet(UUID providerId, String externalId, String subnetId) {
        Map<String, String> variables = variables(providerId, "get subnet of");
        variables.put("ExternalNetworkId", String.valueOf(externalId));
        variables.put("SubnetId", String.valueOf(subnetId));
        return subnets(providerId, externalId).stream().filter(s -> s.id().equals(subnetId)).findFirst()
                .orElseThrow(() -> new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_SUBNET_NOT_FOUND,
                        variables, null));
    }

    /** The providers of an engine network, oldest link first; empty for a network no provider provides. */
    public List<NetworkProviderRef> providersOf(UUID networkId) {
        return links.findByNetwork(networkId).stream()
                .map(l -> new NetworkProviderRef(l.getProviderId(), l.getExternalId(), l.getPhysicalNetworkId())).toList();
    }

    private Map<String, String> variables(UUID providerId, String action) {
        Map<String, String> variables = new HashMap<>();
        variables.put("Action", action);
        variables.put("ProviderId", String.valueOf(providerId));
        variables.put("ProviderName", repository.displayName(providerId));
        return variables;
    }

    private static <T> T asked(Map<String, String> variables, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProviderException e) {
            Map<String, String> all = new HashMap<>(variables);
            all.put("Detail", e.describe());
            throw new CommandFailedException(EngineMessage.valueOf("PROVIDER_FAILURE_" + e.code().name()), all, e);
        }
    }
}
