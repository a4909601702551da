package org.ovirt.osn.command.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.provider.ProviderNetwork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.ovirt.osn.command.sync.NetworkSyncChange.Kind;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Status;

/**
 * The diff between a provider's networks and the engine, as the engine's SyncNetworkProvider computes it, with three
 * differences: name and MTU are followed in every data center the network is imported into (not only in those whose
 * clusters use the provider by default); a network is renamed only where this provider is its first provider (a
 * network linked to it keeps the name the admin gave it); and a vanished network that vNICs use is kept, not
 * silently taken from under them.
 */
@ApplicationScoped
public class NetworkSyncPlanner {

    private EngineInventory inventory;
    private VmInventory vms;
    private ProvidedNetworkDao links;

    protected NetworkSyncPlanner() {
        // for CDI proxies
    }

    @Inject
    public NetworkSyncPlanner(EngineInventory inventory, VmInventory vms, ProvidedNetworkDao links) {
        this.inventory = inventory;
        this.vms = vms;
        this.links = links;
    }

    /** @param onProvider every network the provider has now */
    public List<NetworkSyncChange> plan(UUID providerId, List<ProviderNetwork> onProvider) {
        Map<String, ProviderNetwork> byId = onProvider.stream()
                .collect(Collectors.toMap(ProviderNetwork::externalId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<ProvidedNetworkEntity> imported = ProviderNetworkAccess.live(inventory, links.findByProvider(providerId));
        List<NetworkSyncChange> changes = new ArrayList<>();
        for (ProvidedNetworkEntity link : imported) {
            ProviderNetwork now = byId.get(link.getExternalId());
            LogicalNetwork network = inventory.network(link.getNetworkId()).orElseThrow();
            if (now == null) {
                changes.add(vanished(link, network));
            } else {
                updated(link, network, now).ifPresent(changes::add);
            }
        }
        changes.addAll(imports(providerId, byId.values(), imported));
        changes.sort(Comparator.comparing(NetworkSyncChange::kind)
                .thenComparing(c -> String.valueOf(c.name()))
                .thenComparing(c -> String.valueOf(c.dataCenterName())));
        return changes;
    }

    private NetworkSyncChange vanished(ProvidedNetworkEntity link, LogicalNetwork network) {
        boolean otherProviders = links.findByNetwork(network.id()).size() > 1;
        List<VmNic> nics = otherProviders ? List.of() : vms.nicsOnNetwork(network.id());
        Kind kind = otherProviders ? Kind.UNLINK : nics.isEmpty() ? Kind.REMOVE : Kind.KEEP;
        Set<String> vmNames = new TreeSet<>();
        nics.forEach(n -> vmNames.add(vms.vm(n.vmId()).map(Vm::name).orElse(n.vmId().toString())));
        return new NetworkSyncChange(kind, Status.PLANNED, link.getExternalId(), network.id(), network.name(), null,
                null, null, network.dataCenterId(), dataCenterName(network.dataCenterId()), List.of(), nics.size(),
                List.copyOf(vmNames), null);
    }

    private java.util.Optional<NetworkSyncChange> updated(ProvidedNetworkEntity link, LogicalNetwork network,
                                                          ProviderNetwork now) {
        int mtu = now.mtu() == null ? LogicalNetwork.DEFAULT_MTU : now.mtu();
        if (Objects.equals(network.name(), now.name()) && network.mtu() == mtu) {
            return java.util.Optional.empty();
        }
        List<ProvidedNetworkEntity> providers = links.findByNetwork(network.id());
        if (!providers.isEmpty() && !providers.get(0).getId().equals(link.getId())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new NetworkSyncChange(Kind.UPDATE, Status.PLANNED, now.externalId(),
                network.id(), now.name(), network.name(), mtu, network.mtu(), network.dataCenterId(),
                dataCenterName(network.dataCenterId()), List.of(), 0, List.of(), null));
    }

    /** Into each data center one of whose clusters has this provider as default, attached to those clusters. */
    private List<NetworkSyncChange> imports(UUID providerId, java.util.Collection<ProviderNetwork> onProvider,
                                            List<ProvidedNetworkEntity> imported) {
        Map<UUID, List<UUID>> clustersByDataCenter = inventory.clustersWithDefaultNetworkProvider(providerId).stream()
                .collect(Collectors.groupingBy(Cluster::dataCenterId, LinkedHashMap::new,
                        Collectors.mapping(Cluster::id, Collectors.toList())));
        Set<String> importedWhere = imported.stream().map(l -> l.getDataCenterId() + "/" + l.getExternalId())
                .collect(Collectors.toSet());
        List<NetworkSyncChange> changes = new ArrayList<>();
        clustersByDataCenter.forEach((dataCenterId, clusters) -> {
            String dataCenterName = dataCenterName(dataCenterId);
            for (ProviderNetwork network : onProvider) {
                if (!importedWhere.contains(dataCenterId + "/" + network.externalId())) {
                    changes.add(new NetworkSyncChange(Kind.IMPORT, Status.PLANNED, network.externalId(), null,
                            network.name(), null, network.mtu() == null ? LogicalNetwork.DEFAULT_MTU : network.mtu(),
                            null, dataCenterId, dataCenterName, clusters, 0, List.of(), null));
                }
            }
        });
        return changes;
    }

    private String dataCenterName(UUID id) {
        return inventory.dataCenter(id).map(DataCenter::name).orElse(String.valueOf(id));
    }
}
