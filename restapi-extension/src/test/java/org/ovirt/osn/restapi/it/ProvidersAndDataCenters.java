package org.ovirt.osn.restapi.it;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Providers on the real noauth Neutron and data centers that a test adds through REST, removed again by
 * {@link #removeAll()} (data centers first, so their imported networks go before their providers).
 */
final class ProvidersAndDataCenters {

    private final String namePrefix;
    private final List<String> dataCenters = new ArrayList<>();
    private final List<String> providers = new ArrayList<>();

    ProvidersAndDataCenters(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    /** A provider for the real noauth Neutron, without authentication. */
    String provider() {
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName(namePrefix) + "</name><type>neutron</type>"
                        + "<url>" + RealNeutronNetworks.NEUTRON + "</url><requires_authentication>false"
                        + "</requires_authentication></openstack_network_provider>");
        assertEquals(201, added.status(), added.body());
        return removedLater(added.xpath("/openstack_network_provider/@id"));
    }

    /** Removes a provider the test added some other way, too. */
    String removedLater(String providerId) {
        providers.add(providerId);
        return providerId;
    }

    String dataCenter(String name) {
        Http.Answer added = Http.post("/datacenters", Http.XML, "<data_center><name>" + name + "</name></data_center>");
        assertEquals(201, added.status(), added.body());
        String id = added.xpath("/data_center/@id");
        dataCenters.add(id);
        return id;
    }

    void removeAll() {
        dataCenters.forEach(dc -> Http.delete("/datacenters/" + dc));
        providers.forEach(p -> Http.delete("/openstacknetworkproviders/" + p));
        dataCenters.clear();
        providers.clear();
    }
}
