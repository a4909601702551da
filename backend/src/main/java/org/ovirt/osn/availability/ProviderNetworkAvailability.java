package org.ovirt.osn.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provisioning.HostBindings;
import org.ovirt.osn.provisioning.PortTarget;
import org.ovirt.osn.provisioning.ProvidingNetworks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where provider networks are available: for one provider network on every engine host, for every provider network
 * of a host's cluster on that host, and for one host and one provider network (what VM placement asks). A host is
 * matched to the provider's agents by the id its ports are bound to ({@link HostBindings}).
 */
@ApplicationScoped
public class ProviderNetworkAvailability {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private AgentsViews views;
    private HostBindings hostBindings;
    private EngineInventory inventory;
    private ProvidingNetworks providing;

    protected ProviderNetworkAvailability() {
        // for CDI proxies
    }

    @Inject
    public ProviderNetworkAvailability(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                       AgentsViews views, HostBindings hostBindings, EngineInventory inventory,
                                       ProvidingNetworks providing) {
        this.repository = repository;
        this.access = access;
        this.views = views;
        this.hostBindings = hostBindings;
        this.inventory = inventory;
        this.providing = providing;
    }

    /**
     * @param refresh ask the provider for its agents now instead of using what it said a few seconds ago
     * @throws CommandFailedException NOT_FOUND for an unknown provider or provider network, or the provider's failure
     */
    public NetworkAvailability ofNetwork(UUID providerId, String externalId, boolean refresh) {
        Map<String, String> variables = variables(providerId, externalId, "show where it is available");
        Asking asking = asking(providerId, variables, refresh);
        List<HostAvailability> hosts = new ArrayList<>();
        if (asking.view().reportsAgents()) {
            asking.network(externalId);
        }
        for (Host host : inventory.hosts().stream().sorted(Comparator.comparing(Host::name)).toList()) {
            hosts.add(asking.onHost(externalId, host));
        }
        return new NetworkAvailability(asking.provider().name(), externalId, !asking.view().reportsAgents(),
                asking.view().fetchedAt(), hosts);
    }

    /**
     * The provider networks of the engine networks attached to the host's cluster, each as the host can plug it.
     *
     * @throws CommandFailedException the provider's failure
     */
    public List<HostNetworkAvailability> onHost(Host host, boolean refresh) {
        List<HostNetworkAvailability> result = new ArrayList<>();
        Map<UUID, Asking> askings = new HashMap<>();
        List<LogicalNetwork> networks = inventory.networkAttachmentsOfCluster(host.clusterId()).stream()
                .map(a -> inventory.network(a.networkId())).flatMap(Optional::stream)
                .sorted(Comparator.comparing(LogicalNetwork::name)).toList();
        for (LogicalNetwork network : networks) {
            Optional<PortTarget> target = providing.targetOf(network.id());
            if (target.isEmpty()) {
                continue;
            }
            UUID providerId = target.get().providerId();
            String externalId = target.get().networkExternalId();
            Asking asking = askings.computeIfAbsent(providerId, id -> asking(id,
                    variables(id, externalId, "show the networks available on host " + host.name() + " of"),
                    refresh));
            HostAvailability on = asking.onHost(externalId, host);
            result.add(new HostNetworkAvailability(network, providerId, asking.provider().name(), externalId,
                    on.available(), on.assumed(), on.reason(), asking.view().fetchedAt()));
        }
        return result;
    }

    /** For VM placement: whether the host can plug this provider network (the kept view; never a refresh). */
    public HostAvailability onHost(UUID providerId, String externalId, Host host) {
        return asking(providerId, variables(providerId, externalId, "place a VM on"), false).onHost(externalId, host);
    }

    public String providerName(UUID providerId) {
        return repository.displayName(providerId);
    }

    private Asking asking(UUID providerId, Map<String, String> variables, boolean refresh) {
        NetworkProvider provider = repository.findByIdWithoutSecrets(providerId).orElseThrow(() ->
                new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, variables, null));
        Asking asking = new Asking(provider, () -> access.proxy(providerId, variables), variables);
        asking.view = asked(variables, () -> views.view(provider, asking::proxy, refresh));
        return asking;
    }

    /** One provider's view while answering one question. */
    private final class Asking {
        private final NetworkProvider provider;
        private final Supplier<NetworkProviderProxy> proxySupplier;
        private final Map<String, String> variables;
        private NetworkProviderProxy proxy;
        private AgentsView view;

        Asking(NetworkProvider provider, Supplier<NetworkProviderProxy> proxySupplier, Map<String, String> variables) {
            this.provider = provider;
            this.proxySupplier = proxySupplier;
            this.variables = variables;
        }

        /** Made on first need only: a kept view and the networks it holds need no proxy. */
        NetworkProviderProxy proxy() {
            if (proxy == null) {
                proxy = proxySupplier.get();
            }
            return proxy;
        }

        NetworkProvider provider() {
            return provider;
        }

        AgentsView view() {
            return view;
        }

        ProviderNetwork network(String externalId) {
            Map<String, String> named = new HashMap<>(variables);
            named.put("ExternalNetworkId", externalId);
            return view.network(externalId, id -> asked(named, () -> proxy().getNetwork(id))).orElseThrow(() ->
                    new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_NOT_FOUND, named,
                            null));
        }

        HostAvailability onHost(String externalId, Host host) {
            String providerHost = hostBindings.bindingFor(host, provider);
            if (!view.reportsAgents()) {
                return new HostAvailability(host, providerHost, true, true, "provider " + provider.name()
                        + " reports no L2 agents, so its networks are assumed to be available on every host");
            }
            ProviderNetwork network = network(externalId);
            AvailabilityRule.Verdict verdict = AvailabilityRule.onHost(providerHost,
                    AvailabilityRule.segmentsOf(network, view.segmentsOf(externalId)), view.agentsOn(providerHost));
            return new HostAvailability(host, providerHost, verdict.available(), false, verdict.reason());
        }
    }

    private Map<String, String> variables(UUID providerId, String externalId, String action) {
        Map<String, String> variables = new HashMap<>();
        variables.put("Action", action);
        variables.put("ProviderId", String.valueOf(providerId));
        variables.put("ProviderName", repository.displayName(providerId));
        variables.put("ExternalNetworkId", String.valueOf(externalId));
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
