package org.ovirt.osn.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The engine's data centers, clusters, logical networks, vNIC profiles and hosts, as the module's commands see them.
 *
 * <p>Reads return copies; lists are ordered by name. Writes join the caller's transaction (they need one) and
 * change nothing when they fail. They do not validate: callers check names, ranges and that what they refer to exists,
 * and learn about a name taken by a concurrent writer from an {@link InventoryConflictException}. Removing an object
 * removes what belongs to it (a data center's networks, a network's profiles and cluster attachments); callers refuse
 * to remove a data center that has clusters or a cluster that has hosts. Implementations are thread-safe.
 */
public interface EngineInventory {

    List<DataCenter> dataCenters();

    Optional<DataCenter> dataCenter(UUID id);

    Optional<DataCenter> dataCenterByName(String name);

    void addDataCenter(DataCenter dataCenter);

    void removeDataCenter(UUID id);

    List<Cluster> clusters();

    List<Cluster> clustersOf(UUID dataCenterId);

    Optional<Cluster> cluster(UUID id);

    Optional<Cluster> clusterByName(String name);

    /** The clusters whose default network provider is this provider (sync's target clusters), ordered by name. */
    List<Cluster> clustersWithDefaultNetworkProvider(UUID providerId);

    /** Adds a cluster, with its default network provider if it has one. */
    void addCluster(Cluster cluster);

    void removeCluster(UUID id);

    List<LogicalNetwork> networks();

    List<LogicalNetwork> networksOf(UUID dataCenterId);

    Optional<LogicalNetwork> network(UUID id);

    /**
     * Which of these ids are networks that exist, asked at once (not once per id): what a caller checking many
     * provided-by links at a time uses.
     */
    Set<UUID> existingNetworks(Collection<UUID> ids);

    Optional<LogicalNetwork> networkByName(UUID dataCenterId, String name);

    /** The network hosts know by this name in the data center (how a provider's physical network is matched). */
    Optional<LogicalNetwork> networkByVdsmName(UUID dataCenterId, String vdsmName);

    /**
     * Adds a network; the engine picks its vdsm name (a given one is ignored).
     *
     * @return the network as stored, with its vdsm name
     */
    LogicalNetwork addNetwork(LogicalNetwork network);

    /** Changes name, description, MTU, VLAN and VM use; the data center and the vdsm name stay. */
    void updateNetwork(LogicalNetwork network);

    void removeNetwork(UUID id);

    List<NetworkClusterAttachment> clusterAttachmentsOfNetwork(UUID networkId);

    List<NetworkClusterAttachment> networkAttachmentsOfCluster(UUID clusterId);

    /** Attaches a network to a cluster of its data center, or changes the required flag of an attachment. */
    void attachNetworkToCluster(NetworkClusterAttachment attachment);

    List<VnicProfile> vnicProfiles();

    List<VnicProfile> vnicProfilesOf(UUID networkId);

    Optional<VnicProfile> vnicProfile(UUID id);

    Optional<VnicProfile> vnicProfileByName(UUID networkId, String name);

    void addVnicProfile(VnicProfile profile);

    void removeVnicProfile(UUID id);

    List<Host> hosts();

    List<Host> hostsOf(UUID clusterId);

    Optional<Host> host(UUID id);

    Optional<Host> hostByName(String name);

    Optional<Host> hostByAddress(String address);

    void addHost(Host host);

    void removeHost(UUID id);

    /**
     * The id a host is known by to providers of one plugin type, as the host reported it (oVirt: getCaps'
     * {@code openstack_binding_host_ids}, e.g. the OVS system-id for {@code OVIRT_PROVIDER_OVN}).
     *
     * @return empty when the host reported none for this plugin type; callers then bind by the host's address
     */
    Optional<String> hostProviderBinding(UUID hostId, String pluginType);

    /** Records the binding host id a host reported for a plugin type, replacing an earlier one. */
    void setHostProviderBinding(UUID hostId, String pluginType, String bindingHostId);
}
