package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export ({@code POST /networks} with {@code external_provider}), removal with the provider network, and removal of a
 * provider whose networks vNICs use, over HTTP in XML and JSON against the real Neutron. Whatever the module creates
 * on Neutron is removed afterwards, also when a test fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkExportRestIT {

    private final RealNeutronNetworks neutron = new RealNeutronNetworks();
    private final AddedThroughRest resources = new AddedThroughRest();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void cleanUp() {
        resources.removeAll();
        neutron.close();
    }

    private String provider(boolean readOnly) {
        return resources.add("/openstacknetworkproviders", "<openstack_network_provider><name>" + Http.uniqueName("exp")
                + "</name><type>neutron</type><url>" + RealNeutronNetworks.NEUTRON + "</url>"
                + "<requires_authentication>false</requires_authentication><read_only>" + readOnly
                + "</read_only></openstack_network_provider>");
    }

    private String dataCenter() {
        return resources.add("/datacenters", "<data_center><name>" + Http.uniqueName("xdc") + "</name></data_center>");
    }

    /** The external id the export created, remembered for removal on Neutron. */
    private String createdOnNeutron(Http.Answer network) {
        String external = network.xpath("/network/provided_by/openstack_network/@id");
        assertFalse(external.isEmpty(), network.body());
        neutron.track(external);
        return external;
    }

    @Test
    void shouldExportAFlatNetworkWithSubnetAndRemoveItWithTheProviderNetworkInXml() {
        String provider = provider(false);
        String dc = dataCenter();
        String physicalName = "osnf" + UUID.randomUUID().toString().substring(0, 8);
        String physical = resources.add("/networks", "<network><name>" + physicalName + "</name><data_center id=\"" + dc
                + "\"/></network>");
        String name = Http.uniqueName("exported");

        Http.Answer exported = Http.post("/networks", Http.XML, "<network><name>" + name + "</name>"
                + "<description>made by the engine</description><data_center id=\"" + dc + "\"/><mtu>1400</mtu>"
                + "<external_provider id=\"" + provider + "\"/><external_provider_physical_network id=\"" + physical
                + "\"/><port_security_enabled>false</port_security_enabled><external_provider_subnet><name>s1"
                + "</name><cidr>10.77.1.0/24</cidr><ip_version>v4</ip_version><gateway>10.77.1.1</gateway>"
                + "<dns_servers><dns_server>10.77.1.2</dns_server></dns_servers></external_provider_subnet>"
                + "</network>");

        assertEquals(201, exported.status(), exported.body());
        String external = createdOnNeutron(exported);
        String network = exported.xpath("/network/@id");
        assertEquals(name, exported.xpath("/network/name"));
        assertEquals("made by the engine", exported.xpath("/network/description"));
        assertEquals("1400", exported.xpath("/network/mtu"));
        assertEquals(provider, exported.xpath("/network/external_provider/@id"));
        assertEquals(physical, exported.xpath("/network/external_provider_physical_network/@id"));
        JsonObject onNeutron = RealNeutronNetworks.get(external);
        assertEquals(name, onNeutron.getString("name"));
        assertEquals("flat", onNeutron.getString("provider:network_type"));
        assertEquals(physicalName, onNeutron.getString("provider:physical_network"));
        assertEquals(1400, onNeutron.getInt("mtu"));
        assertFalse(onNeutron.getBoolean("port_security_enabled"));
        assertEquals(1, onNeutron.getJsonArray("subnets").size());
        Http.Answer subnets = Http.get("/openstacknetworkproviders/" + provider + "/networks/" + external
                + "/subnets", Http.XML);
        assertEquals("10.77.1.0/24", subnets.xpath("/openstack_subnets/openstack_subnet/cidr"));
        assertEquals(name, Http.get("/networks/" + network + "/vnicprofiles", Http.XML)
                .xpath("/vnic_profiles/vnic_profile/name"));

        Http.Answer clash = Http.post("/networks", Http.XML, "<network><name>" + name + "</name><data_center id=\""
                + dc + "\"/><external_provider id=\"" + provider + "\"/></network>");
        assertEquals(409, clash.status(), clash.body());
        assertTrue(clash.xpath("/fault/detail").contains("already has a network named"), clash.body());
        assertEquals(List.of(external), RealNeutronNetworks.idsNamed(name), "the clash created nothing on Neutron");

        Http.Answer removed = Http.delete("/networks/" + network + "?remove_from_provider=true");
        assertEquals(200, removed.status(), removed.body());
        assertEquals(404, Http.get("/networks/" + network, Http.XML).status());
        assertFalse(RealNeutronNetworks.exists(external), "the provider network went with it");
    }

    @Test
    void shouldExportATenantNetworkInJsonAndKeepTheProviderNetworkOnPlainRemove() {
        String provider = provider(false);
        String dc = dataCenter();
        String name = Http.uniqueName("exported-json");

        Http.Answer exported = Http.post("/networks", Http.JSON, "{\"name\":\"" + name + "\",\"data_center\":{\"id\":\""
                + dc + "\"},\"external_provider\":{\"id\":\"" + provider + "\"}}");

        assertEquals(201, exported.status(), exported.body());
        assertTrue(exported.contentType().startsWith(Http.JSON), exported.contentType());
        JsonObject network = exported.json();
        String external = network.getJsonObject("provided_by").getJsonArray("openstack_network").getJsonObject(0)
                .getString("id");
        neutron.track(external);
        assertEquals(provider, network.getJsonObject("external_provider").getString("id"));
        assertEquals(name, RealNeutronNetworks.get(external).getString("name"));

        assertEquals(200, Http.delete("/networks/" + network.getString("id")).status());
        assertTrue(RealNeutronNetworks.exists(external), "a plain remove leaves the provider alone");
    }

    @Test
    void shouldRefuseAReadOnlyProviderAndWriteNothingWhenTheProviderFails() {
        String readOnly = provider(true);
        String writable = provider(false);
        String dc = dataCenter();
        String name = Http.uniqueName("refused");

        Http.Answer refused = Http.post("/networks", Http.XML, "<network><name>" + name + "</name><data_center id=\""
                + dc + "\"/><external_provider id=\"" + readOnly + "\"/></network>");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.xpath("/fault/detail").contains("read-only"), refused.body());

        Http.Answer failed = Http.post("/networks", Http.XML, "<network><name>" + name + "</name><data_center id=\""
                + dc + "\"/><mtu>65000</mtu><external_provider id=\"" + writable + "\"/></network>");
        assertEquals(400, failed.status(), failed.body());
        assertTrue(failed.xpath("/fault/detail").contains("rejected the request"), failed.body());
        assertTrue(failed.xpath("/fault/detail").contains("MTU"), failed.body());

        assertEquals("0", Http.get("/datacenters/" + dc + "/networks", Http.XML).xpath("count(/networks/network)"));
        assertEquals(List.of(), RealNeutronNetworks.idsNamed(name));
    }

    @Test
    void shouldRefuseToRemoveAProviderWhileAVnicUsesOneOfItsNetworks() {
        String provider = provider(false);
        String dc = dataCenter();
        String cluster = resources.add("/clusters", "<cluster><name>" + Http.uniqueName("xcl")
                + "</name><data_center id=\"" + dc + "\"/></cluster>");
        Http.Answer exported = Http.post("/networks", Http.XML, "<network><name>" + Http.uniqueName("used")
                + "</name><data_center id=\"" + dc + "\"/><external_provider id=\"" + provider + "\"/></network>");
        assertEquals(201, exported.status(), exported.body());
        createdOnNeutron(exported);
        String network = exported.xpath("/network/@id");
        assertEquals(201, Http.post("/clusters/" + cluster + "/networks", Http.XML, "<network id=\"" + network
                + "\"/>").status());
        String profile = Http.get("/networks/" + network + "/vnicprofiles", Http.XML)
                .xpath("/vnic_profiles/vnic_profile/@id");
        String vm = resources.add("/vms", "<vm><name>" + Http.uniqueName("xvm") + "</name><cluster id=\"" + cluster
                + "\"/></vm>");
        Http.Answer nic = Http.post("/vms/" + vm + "/nics", Http.XML, "<nic><name>nic1</name><vnic_profile id=\""
                + profile + "\"/></nic>");
        assertEquals(201, nic.status(), nic.body());

        Http.Answer refused = Http.delete("/openstacknetworkproviders/" + provider);
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.xpath("/fault/detail").contains("1 vNIC(s) of 1 VM(s)"), refused.body());
        Http.Answer networkInUse = Http.delete("/networks/" + network + "?remove_from_provider=true");
        assertEquals(409, networkInUse.status(), networkInUse.body());

        assertEquals(200, Http.delete("/vms/" + vm).status());
        assertEquals(200, Http.delete("/networks/" + network + "?remove_from_provider=true").status());
        assertEquals(200, Http.delete("/openstacknetworkproviders/" + provider).status());
    }
}
