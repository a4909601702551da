package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.restapi.resource.RestResources;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every create endpoint answers 201 with a {@code Location} that a client can follow to the object it created, as the
 * oVirt SDK does. The create endpoints are read from the resource classes, so a new one without a case here fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreatedLocationIT {

    private final List<String> locations = new ArrayList<>();
    private final TreeSet<String> followed = new TreeSet<>();
    private final RealNeutronNetworks neutron = new RealNeutronNetworks();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void removeWhatWasCreated() {
        // newest first, through the very Locations under test: a VM before its cluster, a subnet before its provider
        for (int i = locations.size() - 1; i >= 0; i--) {
            Http.sendAsAdmin(HttpRequest.newBuilder(URI.create(locations.get(i))).header("Accept", Http.XML)
                    .header("Version", "4").DELETE());
        }
        neutron.close();
    }

    /**
     * POSTs, expects 201 with an absolute Location under the API, GETs that Location and expects the same object.
     *
     * @param endpoint the resource method that creates, {@code Class#method}
     * @return the created object's id
     */
    private String create(String endpoint, String collection, String xml) {
        Http.Answer created = Http.post(collection, Http.XML, xml);
        assertEquals(201, created.status(), endpoint + ": " + created.body());
        String id = created.xpath("/*/@id");
        String location = created.raw().headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(Http.BASE + "/api/") && !location.contains("/api/ovirt-engine/"),
                endpoint + " answered Location " + location);

        Http.Answer followedTo = Http.sendAsAdmin(HttpRequest.newBuilder(URI.create(location))
                .header("Accept", Http.XML).header("Version", "4").GET());

        assertEquals(200, followedTo.status(), endpoint + ": GET " + location + " -> " + followedTo.body());
        assertEquals(id, followedTo.xpath("/*/@id"), endpoint + ": GET " + location + " -> " + followedTo.body());
        assertEquals(created.xpath("name(/*)"), followedTo.xpath("name(/*)"), endpoint);
        followed.add(endpoint);
        if (!collection.endsWith("/networks") || !collection.startsWith("/clusters/")) {
            // an attachment goes with its cluster
            locations.add(location);
        }
        return id;
    }

    @Test
    void shouldAnswerEveryCreateWithALocationThatLeadsToWhatWasCreated() {
        String dc = create("DataCentersResource#add", "/datacenters",
                "<data_center><name>" + Http.uniqueName("loc-dc") + "</name></data_center>");
        String cluster = create("ClustersResource#add", "/clusters",
                "<cluster><name>" + Http.uniqueName("loc-cl") + "</name><data_center id=\"" + dc + "\"/></cluster>");
        String network = create("NetworksResource#add", "/networks",
                "<network><name>" + Http.uniqueName("loc-net") + "</name><data_center id=\"" + dc + "\"/></network>");
        create("ClusterResource#attachNetwork", "/clusters/" + cluster + "/networks",
                "<network id=\"" + network + "\"><required>false</required></network>");
        String profile = create("VnicProfilesResource#add", "/vnicprofiles",
                "<vnic_profile><name>loc-profile</name><network id=\"" + network + "\"/></vnic_profile>");
        create("NetworkResource#addVnicProfile", "/networks/" + network + "/vnicprofiles",
                "<vnic_profile><name>loc-profile-2</name></vnic_profile>");
        String host = Http.uniqueName("loc-host");
        create("HostsResource#add", "/hosts", "<host><name>" + host + "</name><address>" + host
                + ".lab.example.org</address><cluster id=\"" + cluster + "\"/></host>");
        String vm = create("VmsResource#add", "/vms",
                "<vm><name>" + Http.uniqueName("loc-vm") + "</name><cluster id=\"" + cluster + "\"/></vm>");
        create("VmNicsResource#add", "/vms/" + vm + "/nics",
                "<nic><name>nic1</name><vnic_profile id=\"" + profile + "\"/></nic>");
        String provider = create("OpenStackNetworkProvidersResource#add", "/openstacknetworkproviders",
                "<openstack_network_provider><name>" + Http.uniqueName("loc-provider") + "</name><type>neutron</type>"
                        + "<url>" + RealNeutronNetworks.NEUTRON + "</url><requires_authentication>false"
                        + "</requires_authentication></openstack_network_provider>");
        String external = neutron.vlan(Http.uniqueName("loc-external"));
        create("OpenStackSubnetsResource#add", "/openstacknetworkproviders/" + provider + "/networks/" + external
                + "/subnets", "<openstack_subnet><name>loc-subnet</name><cidr>10.62.1.0/24</cidr>"
                + "<ip_version>v4</ip_version></openstack_subnet>");

        assertEquals(RestResources.createEndpoints(), List.copyOf(followed),
                "every create endpoint of the resource classes must have its Location followed here");
    }
}
