package org.ovirt.osn.engine.standalone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.ovirt.osn.command.PersistenceErrors;
import org.ovirt.osn.dal.engine.ClusterDao;
import org.ovirt.osn.dal.engine.ClusterEntity;
import org.ovirt.osn.dal.engine.DataCenterDao;
import org.ovirt.osn.dal.engine.DataCenterEntity;
import org.ovirt.osn.dal.engine.HostDao;
import org.ovirt.osn.dal.engine.HostEntity;
import org.ovirt.osn.dal.engine.NetworkDao;
import org.ovirt.osn.dal.engine.NetworkEntity;
import org.ovirt.osn.dal.engine.VnicProfileDao;
import org.ovirt.osn.dal.engine.VnicProfileEntity;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.InventoryConflictException.Clash;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;
import org.ovirt.osn.engine.VnicProfile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The engine inventory kept in the {@code engine_} tables. */
@ApplicationScoped
public class StandaloneEngineInventory implements EngineInventory {

    /** Unique constraints of V2__engine_inventory.sql and the clash each one reports. */
    private static final Map<String, Clash> UNIQUE_CONSTRAINTS = Map.of(
            "uq_engine_data_center_name", Clash.DATA_CENTER_NAME,
            "uq_engine_cluster_name", Clash.CLUSTER_NAME,
            "uq_engine_network_dc_name", Clash.NETWORK_NAME,
            "uq_engine_network_dc_vdsm_name", Clash.NETWORK_NAME,
            "uq_engine_vnic_profile_network_name", Clash.VNIC_PROFILE_NAME,
            "uq_engine_host_name", Clash.HOST_NAME,
            "uq_engine_host_address", Clash.HOST_ADDRESS);

    private DataCenterDao dataCenters;
    private ClusterDao clusters;
    private NetworkDao networks;
    private VnicProfileDao profiles;
    private HostDao hosts;

    protected StandaloneEngineInventory() {
        // for CDI proxies
    }

    @Inject
    public StandaloneEngineInventory(DataCenterDao dataCenters, ClusterDao clusters, NetworkDao networks,
                                     VnicProfileDao profiles, HostDao hosts) {
        this.dataCenters = dataCenters;
        this.clusters = clusters;
        this.networks = networks;
        this.profiles = profiles;
        this.hosts = hosts;
    }

    @Override
    public List<DataCenter> dataCenters() {
        return dataCenters.findAll().stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public Optional<DataCenter> dataCenter(UUID id) {
        return dataCenters.findById(id).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public Optional<DataCenter> dataCenterByName(String name) {
        return dataCenters.findByName(name).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public void addDataCenter(DataCenter dataCenter) {
        DataCenterEntity e = new DataCenterEntity();
        e.setId(dataCenter.id());
        e.setName(dataCenter.name());
        e.setDescription(dataCenter.description());
        write(() -> dataCenters.save(e));
    }

    @Override
    public void removeDataCenter(UUID id) {
        dataCenters.remove(id);
    }

    @Override
    public List<Cluster> clusters() {
        return clusters.findAll().stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public List<Cluster> clustersOf(UUID dataCenterId) {
        return clusters.findByDataCenter(dataCenterId).stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public Optional<Cluster> cluster(UUID id) {
        return clusters.findById(id).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public Optional<Cluster> clusterByName(String name) {
        return clusters.findByName(name).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public List<Cluster> clustersWithDefaultNetworkProvider(UUID providerId) {
        return clusters.findByDefaultNetworkProvider(providerId).stream().map(StandaloneEngineInventory::toDomain)
                .toList();
    }

    @Override
    public void addCluster(Cluster cluster) {
        ClusterEntity e = new ClusterEntity();
        e.setId(cluster.id());
        e.setName(cluster.name());
        e.setDescription(cluster.description());
        e.setDataCenterId(cluster.dataCenterId());
        e.setDefaultNetworkProviderId(cluster.defaultNetworkProviderId());
        write(() -> clusters.save(e));
    }

    @Override
    public void removeCluster(UUID id) {
        clusters.remove(id);
    }

    @Override
    public List<LogicalNetwork> networks() {
        return networks.findAll().stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public List<LogicalNetwork> networksOf(UUID dataCenterId) {
        return networks.findByDataCenter(dataCenterId).stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public Set<UUID> existingNetworks(Collection<UUID> ids) {
        return networks.findExistingIds(ids);
    }

    @Override
    public Optional<LogicalNetwork> network(UUID id) {
        return networks.findById(id).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public Optional<LogicalNetwork> networkByName(UUID dataCenterId, String name) {
        return networks.findByDataCenterAndName(dataCenterId, name).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public Optional<LogicalNetwork> networkByVdsmName(UUID dataCenterId, String vdsmName) {
        return networks.findByDataCenterAndVdsmName(dataCenterId, vdsmName).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public LogicalNetwork addNetwork(LogicalNetwork network) {
        NetworkEntity e = new NetworkEntity();
        e.setId(network.id());
        e.setDataCenterId(network.dataCenterId());
        copy(network, e);
        e.setVdsmName(VdsmNames.pick(network.id(), network.name(),
                candidate -> networks.findByDataCenterAndVdsmName(network.dataCenterId(), candidate).isPresent()));
        write(() -> networks.save(e));
        return toDomain(e);
    }

    @Override
    public void updateNetwork(LogicalNetwork network) {
        NetworkEntity e = storedNetwork(network.id());
        copy(network, e);
        write(() -> networks.update(e));
    }

    @Override
    public void removeNetwork(UUID id) {
        networks.remove(id);
    }

    @Override
    public List<NetworkClusterAttachment> clusterAttachmentsOfNetwork(UUID networkId) {
        return networks.findById(networkId).stream()
                .flatMap(n -> n.getClusterAttachments().entrySet().stream()
                        .map(a -> new NetworkClusterAttachment(n.getId(), a.getKey(), a.getValue())))
                .toList();
    }

    @Override
    public List<NetworkClusterAttachment> networkAttachmentsOfCluster(UUID clusterId) {
        return networks.findByCluster(clusterId).stream()
                .map(n -> new NetworkClusterAttachment(n.getId(), clusterId, n.getClusterAttachments().get(clusterId)))
                .toList();
    }

    @Override
    public void attachNetworkToCluster(NetworkClusterAttachment attachment) {
        NetworkEntity e = storedNetwork(attachment.networkId());
        e.getClusterAttachments().put(attachment.clusterId(), attachment.required());
        networks.update(e);
    }

    @Override
    public List<VnicProfile> vnicProfiles() {
        return profiles.findAll().stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public List<VnicProfile> vnicProfilesOf(UUID networkId) {
        return profiles.findByNetwork(networkId).stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public Optional<VnicProfile> vnicProfile(UUID id) {
        return profiles.findById(id).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public Optional<VnicProfile> vnicProfileByName(UUID networkId, String name) {
        return profiles.findByNetworkAndName(networkId, name).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public void addVnicProfile(VnicProfile profile) {
        VnicProfileEntity e = new VnicProfileEntity();
        e.setId(profile.id());
        e.setNetworkId(profile.networkId());
        e.setName(profile.name());
        e.setDescription(profile.description());
        e.setPublicUse(profile.publicUse());
        e.setCustomProperties(profile.customProperties());
        write(() -> profiles.save(e));
    }

    @Override
    public void removeVnicProfile(UUID id) {
        profiles.remove(id);
    }

    @Override
    public List<Host> hosts() {
        return hosts.findAll().stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public List<Host> hostsOf(UUID clusterId) {
        return hosts.findByCluster(clusterId).stream().map(StandaloneEngineInventory::toDomain).toList();
    }

    @Override
    public Optional<Host> host(UUID id) {
        return hosts.findById(id).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public Optional<Host> hostByName(String name) {
        return hosts.findByName(name).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public Optional<Host> hostByAddress(String address) {
        return hosts.findByAddress(address).map(StandaloneEngineInventory::toDomain);
    }

    @Override
    public Optional<String> hostProviderBinding(UUID hostId, String pluginType) {
        return hosts.findProviderBinding(hostId, pluginType);
    }

    @Override
    public void setHostProviderBinding(UUID hostId, String pluginType, String bindingHostId) {
        hosts.saveProviderBinding(hostId, pluginType, bindingHostId);
    }

    @Override
    public void addHost(Host host) {
        HostEntity e = new HostEntity();
        e.setId(host.id());
        e.setName(host.name());
        e.setDescription(host.description());
        e.setAddress(host.address());
        e.setClusterId(host.clusterId());
        write(() -> hosts.save(e));
    }

    @Override
    public void removeHost(UUID id) {
        hosts.remove(id);
    }

    /** Runs a write; a unique constraint that fires is a race lost to a concurrent writer. */
    private static void write(Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            for (Map.Entry<String, Clash> constraint : UNIQUE_CONSTRAINTS.entrySet()) {
                if (PersistenceErrors.violates(e, constraint.getKey())) {
                    throw new InventoryConflictException(constraint.getValue(), e);
                }
            }
            throw e;
        }
    }

    private NetworkEntity storedNetwork(UUID id) {
        return networks.findById(id).orElseThrow(() -> new IllegalStateException("Network " + id + " vanished"));
    }

    private static void copy(LogicalNetwork n, NetworkEntity e) {
        e.setName(n.name());
        e.setDescription(n.description());
        e.setMtu(n.mtu());
        e.setVlanId(n.vlanId());
        e.setVmNetwork(n.vmNetwork());
    }

    private static DataCenter toDomain(DataCenterEntity e) {
        return new DataCenter(e.getId(), e.getName(), e.getDescription());
    }

    private static Cluster toDomain(ClusterEntity e) {
        return new Cluster(e.getId(), e.getName(), e.getDescription(), e.getDataCenterId(),
                e.getDefaultNetworkProviderId());
    }

    private static LogicalNetwork toDomain(NetworkEntity e) {
        return new LogicalNetwork(e.getId(), e.getDataCenterId(), e.getName(), e.getDescription(), e.getMtu(),
                e.getVlanId(), e.isVmNetwork(), e.getVdsmName());
    }

    private static VnicProfile toDomain(VnicProfileEntity e) {
        return new VnicProfile(e.getId(), e.getNetworkId(), e.getName(), e.getDescription(), e.isPublicUse(),
                e.getCustomProperties());
    }

    private static Host toDomain(HostEntity e) {
        return new Host(e.getId(), e.getName(), e.getDescription(), e.getAddress(), e.getClusterId());
    }
}
