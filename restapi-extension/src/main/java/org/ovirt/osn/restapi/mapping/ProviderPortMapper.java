package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Mac;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.OpenStackPort;
import org.ovirt.osn.restapi.model.OpenStackPorts;

import java.util.List;
import java.util.UUID;

/** Provider ports to the model of the orphan-port report (read only), and the reconcile action's parameters. */
public final class ProviderPortMapper {

    private ProviderPortMapper() {
    }

    /** @param base the API root path, e.g. {@code /ovirt-engine/api} */
    public static OpenStackPort toModel(ProviderPort port, UUID providerId, String base) {
        OpenStackPort m = new OpenStackPort();
        m.setId(port.id());
        m.setName(port.name());
        m.setMac(port.macAddress() == null ? null : new Mac(port.macAddress()));
        m.setDeviceId(port.deviceId());
        m.setDeviceOwner(port.deviceOwner());
        m.setStatus(port.status());
        OpenStackNetwork network = new OpenStackNetwork();
        network.setId(port.networkId());
        network.setHref(base + "/openstacknetworkproviders/" + providerId + "/networks/" + port.networkId());
        OpenStackNetworkProvider provider = new OpenStackNetworkProvider();
        provider.setId(providerId.toString());
        provider.setHref(base + "/openstacknetworkproviders/" + providerId);
        network.setOpenstackNetworkProvider(provider);
        m.setOpenstackNetwork(network);
        return m;
    }

    public static OpenStackPorts toModel(List<ProviderPort> ports, UUID providerId, String base) {
        OpenStackPorts m = new OpenStackPorts();
        ports.forEach(p -> m.getOpenstackPort().add(toModel(p, providerId, base)));
        return m;
    }

    /** {@code <dry_run>true</dry_run>}; absent = false. */
    public static boolean dryRun(Action body) {
        return body != null && Boolean.TRUE.equals(body.getDryRun());
    }

    /**
     * {@code <openstack_network id="…"/>}: the provider network to reconcile; null (absent) for all.
     *
     * @throws InvalidRepresentationException for an {@code openstack_network} without an id
     */
    public static String networkId(Action body) {
        if (body == null || body.getOpenstackNetwork() == null) {
            return null;
        }
        String id = body.getOpenstackNetwork().getId();
        if (id == null || id.isBlank()) {
            throw new InvalidRepresentationException("Incomplete parameters: openstack_network id required");
        }
        return id;
    }
}
