package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.restapi.model.Cluster;
import org.ovirt.osn.restapi.model.CustomProperties;
import org.ovirt.osn.restapi.model.CustomProperty;
import org.ovirt.osn.restapi.model.DataCenter;
import org.ovirt.osn.restapi.model.ExternalProviders;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.Host;
import org.ovirt.osn.restapi.model.Link;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.Usages;
import org.ovirt.osn.restapi.model.Vlan;
import org.ovirt.osn.restapi.model.VnicProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Between the engine inventory's records ({@code org.ovirt.osn.engine}) and their oVirt REST shapes. References to
 * other objects ({@code <data_center id/>} …) are resolved by the caller, which passes the ids in; hrefs are built
 * from the API's base path.
 */
public final class InventoryMapper {

    static final String VM_USAGE = "vm";
    /** oVirt's network usages; only {@code vm} means something here, the others are accepted and not kept. */
    private static final Set<String> USAGES = Set.of(VM_USAGE, "display", "migration", "management",
            "default_route", "gluster");

    private InventoryMapper() {
    }

    public static DataCenter toModel(org.ovirt.osn.engine.DataCenter dc, String base) {
        DataCenter m = reference(new DataCenter(), dc.id(), base + "/datacenters/");
        m.setName(dc.name());
        m.setDescription(dc.description());
        m.setLink(List.of(new Link("networks", m.getHref() + "/networks")));
        return m;
    }

    public static Cluster toModel(org.ovirt.osn.engine.Cluster cluster, String base) {
        Cluster m = reference(new Cluster(), cluster.id(), base + "/clusters/");
        m.setName(cluster.name());
        m.setDescription(cluster.description());
        m.setDataCenter(reference(new DataCenter(), cluster.dataCenterId(), base + "/datacenters/"));
        if (cluster.defaultNetworkProviderId() != null) {
            ExternalProviders providers = new ExternalProviders();
            providers.getExternalProvider().add(reference(new OpenStackNetworkProvider(),
                    cluster.defaultNetworkProviderId(), base + "/openstacknetworkproviders/"));
            m.setExternalNetworkProviders(providers);
        }
        m.setLink(List.of(new Link("networks", m.getHref() + "/networks")));
        return m;
    }

    /** Always with {@code mtu} (0 = default) and {@code usages} (empty for a non-VM network), as the engine. */
    public static Network toModel(LogicalNetwork network, String base) {
        Network m = reference(new Network(), network.id(), base + "/networks/");
        m.setName(network.name());
        m.setDescription(network.description());
        m.setDataCenter(reference(new DataCenter(), network.dataCenterId(), base + "/datacenters/"));
        m.setMtu(network.mtu());
        if (network.vlanId() != null) {
            m.setVlan(new Vlan(network.vlanId()));
        }
        Usages usages = new Usages();
        if (network.vmNetwork()) {
            usages.getUsage().add(VM_USAGE);
        }
        m.setUsages(usages);
        m.setVdsmName(network.vdsmName());
        m.setLink(List.of(new Link("vnicprofiles", m.getHref() + "/vnicprofiles")));
        return m;
    }

    /** A network as listed under a cluster: with the cluster and whether the network is required there. */
    public static Network toModel(LogicalNetwork network, org.ovirt.osn.engine.NetworkClusterAttachment attachment,
                                  String base) {
        Network m = toModel(network, base);
        // under the cluster, as oVirt's cluster networks: that is where its required flag can be read back
        m.setHref(base + "/clusters/" + attachment.clusterId() + "/networks/" + network.id());
        m.setCluster(reference(new Cluster(), attachment.clusterId(), base + "/clusters/"));
        m.setRequired(attachment.required());
        return m;
    }

    public static VnicProfile toModel(org.ovirt.osn.engine.VnicProfile profile, String base) {
        VnicProfile m = reference(new VnicProfile(), profile.id(), base + "/vnicprofiles/");
        m.setName(profile.name());
        m.setDescription(profile.description());
        m.setNetwork(reference(new Network(), profile.networkId(), base + "/networks/"));
        m.setPublicUse(profile.publicUse());
        if (!profile.customProperties().isEmpty()) {
            CustomProperties properties = new CustomProperties();
            profile.customProperties().forEach((k, v) -> properties.getCustomProperty().add(new CustomProperty(k, v)));
            m.setCustomProperties(properties);
        }
        return m;
    }

    public static Host toModel(org.ovirt.osn.engine.Host host, String base) {
        Host m = reference(new Host(), host.id(), base + "/hosts/");
        m.setName(host.name());
        m.setDescription(host.description());
        m.setAddress(host.address());
        m.setCluster(reference(new Cluster(), host.clusterId(), base + "/clusters/"));
        return m;
    }

    public static org.ovirt.osn.engine.DataCenter toNewDataCenter(DataCenter m) {
        return new org.ovirt.osn.engine.DataCenter(null, m.getName(), m.getDescription());
    }

    /** {@code external_network_providers} may name one provider (the engine keeps one default per cluster). */
    public static org.ovirt.osn.engine.Cluster toNewCluster(Cluster m, UUID dataCenterId) {
        return new org.ovirt.osn.engine.Cluster(null, m.getName(), m.getDescription(), dataCenterId,
                defaultNetworkProvider(m.getExternalNetworkProviders()));
    }

    private static UUID defaultNetworkProvider(ExternalProviders providers) {
        if (providers == null || providers.getExternalProvider().isEmpty()) {
            return null;
        }
        if (providers.getExternalProvider().size() > 1) {
            throw new InvalidRepresentationException("external_network_providers: a cluster has at most one default"
                    + " network provider");
        }
        String id = providers.getExternalProvider().get(0).getId();
        try {
            return UUID.fromString(String.valueOf(id).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRepresentationException("external_network_providers: external_provider id must be a"
                    + " provider's id, not '" + id + "'");
        }
    }

    /**
     * A new network: no {@code mtu} means the default, no {@code vlan} (or one without id) none, no {@code usages} a
     * VM network. A body with {@code external_provider} goes to {@link ExportNetworkMapper} instead.
     */
    public static LogicalNetwork toNewNetwork(Network m, UUID dataCenterId) {
        refuseExternalProvider(m);
        return new LogicalNetwork(null, dataCenterId, m.getName(), m.getDescription(),
                m.getMtu() == null ? LogicalNetwork.DEFAULT_MTU : m.getMtu(),
                m.getVlan() == null ? null : m.getVlan().getId(),
                m.getUsages() == null || isVmNetwork(m.getUsages()), null);
    }

    /**
     * The stored network with what the request gives; what it leaves out stays. {@code <vlan/>} without an id removes
     * the VLAN. The data center cannot change, and {@code vdsm_name} is the engine's to pick, so it is ignored.
     */
    public static LogicalNetwork applyUpdate(LogicalNetwork current, Network m) {
        refuseExternalProvider(m);
        if (m.getDataCenter() != null && m.getDataCenter().getId() != null
                && !m.getDataCenter().getId().equalsIgnoreCase(current.dataCenterId().toString())) {
            throw new InvalidRepresentationException("A network cannot move to another data center");
        }
        return new LogicalNetwork(current.id(), current.dataCenterId(),
                or(m.getName(), current.name()),
                or(m.getDescription(), current.description()),
                or(m.getMtu(), current.mtu()),
                m.getVlan() == null ? current.vlanId() : m.getVlan().getId(),
                m.getUsages() == null ? current.vmNetwork() : isVmNetwork(m.getUsages()),
                current.vdsmName());
    }

    public static org.ovirt.osn.engine.VnicProfile toNewVnicProfile(VnicProfile m, UUID networkId) {
        return new org.ovirt.osn.engine.VnicProfile(null, networkId, m.getName(), m.getDescription(),
                Boolean.TRUE.equals(m.getPublicUse()), customProperties(m.getCustomProperties()));
    }

    public static org.ovirt.osn.engine.Host toNewHost(Host m, UUID clusterId) {
        return new org.ovirt.osn.engine.Host(null, m.getName(), m.getDescription(), m.getAddress(), clusterId);
    }

    private static void refuseExternalProvider(Network m) {
        if (m.getExternalProvider() != null) {
            throw new InvalidRepresentationException("external_provider cannot be given here: a network is created on"
                    + " a provider by POST /networks, and an existing one is linked by the provider network's link action");
        }
    }

    static boolean isVmNetwork(Usages usages) {
        boolean vm = false;
        for (String usage : usages.getUsage()) {
            String known = usage == null ? "" : usage.trim().toLowerCase(Locale.ROOT);
            if (!USAGES.contains(known)) {
                throw new InvalidRepresentationException("usage must be one of " + String.join(", ", USAGES.stream()
                        .sorted().toList()) + ", not '" + usage + "'");
            }
            vm |= VM_USAGE.equals(known);
        }
        return vm;
    }

    private static Map<String, String> customProperties(CustomProperties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        if (properties == null) {
            return map;
        }
        for (CustomProperty p : properties.getCustomProperty()) {
            if (p.getName() == null || p.getName().isBlank()) {
                throw new InvalidRepresentationException("every custom_property needs a name");
            }
            // no value means an empty one: for SecurityGroups, "no groups" (the database drops null map values)
            if (map.put(p.getName(), p.getValue() == null ? "" : p.getValue()) != null) {
                throw new InvalidRepresentationException("custom_property " + p.getName() + " is given twice");
            }
        }
        return map;
    }

    private static <T extends org.ovirt.osn.restapi.model.BaseResource> T reference(T m, UUID id, String prefix) {
        m.setId(id.toString());
        m.setHref(prefix + id);
        return m;
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
