package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.availability.HostNetworkAvailability;
import org.ovirt.osn.availability.NetworkAvailability;
import org.ovirt.osn.restapi.model.Host;
import org.ovirt.osn.restapi.model.HostAvailabilities;
import org.ovirt.osn.restapi.model.HostAvailability;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.OpenStackNetworkAvailability;

import java.util.List;
import java.util.UUID;

/** Availability of provider networks on hosts, into the extension elements; read only, so one way. */
public final class AvailabilityMapper {

    private AvailabilityMapper() {
    }

    public static OpenStackNetworkAvailability toModel(NetworkAvailability a, UUID providerId, String base) {
        OpenStackNetworkAvailability m = new OpenStackNetworkAvailability();
        m.setOpenstackNetwork(ProviderNetworkMapper.reference(providerId, a.externalNetworkId(), base));
        m.setAssumed(a.assumed());
        m.setCheckedAt(a.checkedAt().toString());
        HostAvailabilities hosts = new HostAvailabilities();
        for (org.ovirt.osn.availability.HostAvailability h : a.hosts()) {
            HostAvailability row = new HostAvailability();
            row.setHost(host(h.host(), base));
            row.setProviderHost(h.providerHost());
            row.setAvailable(h.available());
            row.setAssumed(h.assumed());
            row.setReason(h.reason());
            hosts.getHostAvailability().add(row);
        }
        m.setHostAvailabilities(hosts);
        return m;
    }

    public static HostAvailabilities toModel(org.ovirt.osn.engine.Host host, List<HostNetworkAvailability> networks,
                                             String base) {
        HostAvailabilities m = new HostAvailabilities();
        for (HostNetworkAvailability n : networks) {
            HostAvailability row = new HostAvailability();
            row.setHost(host(host, base));
            Network network = new Network();
            network.setId(n.network().id().toString());
            network.setHref(base + "/networks/" + n.network().id());
            network.setName(n.network().name());
            row.setNetwork(network);
            row.setOpenstackNetwork(ProviderNetworkMapper.reference(n.providerId(), n.externalNetworkId(), base));
            row.setAvailable(n.available());
            row.setAssumed(n.assumed());
            row.setReason(n.reason());
            row.setCheckedAt(n.checkedAt().toString());
            m.getHostAvailability().add(row);
        }
        return m;
    }

    private static Host host(org.ovirt.osn.engine.Host host, String base) {
        Host m = new Host();
        m.setId(host.id().toString());
        m.setHref(base + "/hosts/" + host.id());
        m.setName(host.name());
        return m;
    }
}
