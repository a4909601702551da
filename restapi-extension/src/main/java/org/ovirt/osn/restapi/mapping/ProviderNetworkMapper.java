package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.query.DiscoveredNetwork;
import org.ovirt.osn.query.NetworkProviderRef;
import org.ovirt.osn.restapi.model.DataCenter;
import org.ovirt.osn.restapi.model.DataCenters;
import org.ovirt.osn.restapi.model.Link;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.OpenStackNetworks;
import org.ovirt.osn.restapi.model.OpenStackSubnet;
import org.ovirt.osn.restapi.model.OpenStackSubnets;
import org.ovirt.osn.restapi.model.Vlan;

import java.util.List;
import java.util.UUID;

/** Provider networks and provided-by links, to the oVirt model (read only: nothing is created from these). */
public final class ProviderNetworkMapper {

    private ProviderNetworkMapper() {
    }

    /** @param base the API root path, e.g. {@code /ovirt-engine/api} */
    public static OpenStackNetwork toModel(DiscoveredNetwork discovered, UUID providerId, String base) {
        OpenStackNetwork m = reference(providerId, discovered.network().externalId(), base);
        m.setName(discovered.network().name());
        DataCenters dataCenters = new DataCenters();
        for (UUID id : discovered.dataCenterIds()) {
            DataCenter dc = new DataCenter();
            dc.setId(id.toString());
            dc.setHref(base + "/datacenters/" + id);
            dataCenters.getDataCenter().add(dc);
        }
        m.setDataCenters(dataCenters);
        ProviderNetwork network = discovered.network();
        m.setMtu(network.mtu());
        m.setVlan(network.vlanId() == null ? null : new Vlan(network.vlanId()));
        m.setNetworkType(network.networkType());
        m.setPhysicalNetwork(network.physicalNetwork());
        m.setSegmentationId(network.segmentationId());
        m.setPortSecurityEnabled(network.portSecurityEnabled());
        OpenStackSubnets subnets = new OpenStackSubnets();
        for (String subnetId : network.subnetIds()) {
            OpenStackSubnet subnet = new OpenStackSubnet();
            subnet.setId(subnetId);
            subnet.setHref(m.getHref() + "/subnets/" + subnetId);
            subnets.getOpenstackSubnet().add(subnet);
        }
        m.setSubnets(subnets);
        m.setLink(List.of(new Link("subnets", m.getHref() + "/subnets")));
        return m;
    }

    /**
     * Adds the network's providers: oVirt's {@code <external_provider id/>} for the first, the
     * {@code <provided_by>} extension for all, and oVirt's {@code <external_provider_physical_network id/>} when a
     * link has one; a network no provider provides gets none of them.
     */
    public static Network withProviders(Network network, List<NetworkProviderRef> providers, String base) {
        if (providers.isEmpty()) {
            return network;
        }
        network.setExternalProvider(provider(providers.get(0).providerId(), base));
        OpenStackNetworks providedBy = new OpenStackNetworks();
        for (NetworkProviderRef ref : providers) {
            providedBy.getOpenstackNetwork().add(reference(ref.providerId(), ref.externalId(), base));
        }
        network.setProvidedBy(providedBy);
        providers.stream().map(NetworkProviderRef::physicalNetworkId).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(id -> {
                    Network physical = new Network();
                    physical.setId(id.toString());
                    physical.setHref(base + "/networks/" + id);
                    network.setExternalProviderPhysicalNetwork(physical);
                });
        return network;
    }

    static OpenStackNetwork reference(UUID providerId, String externalId, String base) {
        OpenStackNetwork m = new OpenStackNetwork();
        m.setId(externalId);
        m.setHref(base + "/openstacknetworkproviders/" + providerId + "/networks/" + externalId);
        m.setOpenstackNetworkProvider(provider(providerId, base));
        return m;
    }

    private static OpenStackNetworkProvider provider(UUID providerId, String base) {
        OpenStackNetworkProvider p = new OpenStackNetworkProvider();
        p.setId(providerId.toString());
        p.setHref(base + "/openstacknetworkproviders/" + providerId);
        return p;
    }
}
