package org.ovirt.osn.restapi.it;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An unmanaged provider over REST, from adding it to running and migrating a VM on its network, with the provider's
 * URL on a listener that records every request: it must record none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnmanagedProviderRestIT {

    private final CountingProvider provider = new CountingProvider();
    private final AddedThroughRest resources = new AddedThroughRest();
    private String vm;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void cleanUp() {
        if (vm != null) {
            Http.post("/vms/" + vm + "/stop", Http.XML, "<action/>");
            Http.delete("/vms/" + vm);
        }
        resources.removeAll();
        provider.close();
    }

    private String unmanagedProvider(String name) {
        return resources.add("/openstacknetworkproviders", "<openstack_network_provider><name>" + name
                + "</name><type>external</type><unmanaged>true</unmanaged><url>" + provider.url() + "</url>"
                + "<requires_authentication>false</requires_authentication>"
                + "<external_plugin_type>LAB_PLUGIN</external_plugin_type></openstack_network_provider>");
    }

    private static void ok(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void shouldServeAnUnmanagedProviderFromTheEngineAloneAndNeverCallIt() {
        String name = Http.uniqueName("unmanaged");
        String id = unmanagedProvider(name);
        Http.Answer shown = Http.get("/openstacknetworkproviders/" + id, Http.XML);
        assertEquals("external", shown.xpath("/openstack_network_provider/type"));
        assertEquals("true", shown.xpath("/openstack_network_provider/unmanaged"));
        assertTrue(Http.get("/openstacknetworkproviders/" + id, Http.JSON).json().getBoolean("unmanaged"));
        ok(Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML, "<action/>"));
        assertEquals("", Http.get("/openstacknetworkproviders/" + id + "/networks", Http.XML)
                .xpath("/openstack_networks/openstack_network/@id"), "nothing to discover");

        String dc = resources.add("/datacenters", "<data_center><name>" + Http.uniqueName("udc")
                + "</name></data_center>");
        Http.Answer withSubnet = Http.post("/networks", Http.XML, "<network><name>" + Http.uniqueName("un")
                + "</name><data_center id=\"" + dc + "\"/><external_provider id=\"" + id + "\"/>"
                + "<external_provider_subnet><name>s</name><cidr>10.78.0.0/24</cidr><ip_version>v4</ip_version>"
                + "</external_provider_subnet></network>");
        assertEquals(400, withSubnet.status(), withSubnet.body());
        assertTrue(withSubnet.xpath("/fault/detail").contains(name + " is unmanaged"), withSubnet.body());

        Http.Answer exported = Http.post("/networks", Http.XML, "<network><name>" + Http.uniqueName("un")
                + "</name><data_center id=\"" + dc + "\"/><external_provider id=\"" + id + "\"/></network>");
        assertEquals(201, exported.status(), exported.body());
        String network = exported.xpath("/network/@id");
        resources.track("/networks/" + network);
        String external = exported.xpath("/network/provided_by/openstack_network/@id");
        assertEquals(external, UUID.fromString(external).toString(), "an id of the engine's making");
        Http.Answer subnet = Http.post("/openstacknetworkproviders/" + id + "/networks/" + external + "/subnets",
                Http.XML, "<openstack_subnet><name>s</name><cidr>10.78.1.0/24</cidr><ip_version>v4</ip_version>"
                        + "</openstack_subnet>");
        assertEquals(400, subnet.status(), subnet.body());
        assertTrue(subnet.xpath("/fault/detail").contains(name + " is unmanaged"), subnet.body());
        ok(Http.post("/openstacknetworkproviders/" + id + "/sync", Http.XML, "<action/>"));
        assertEquals(200, Http.get("/networks/" + network, Http.XML).status(), "sync removed nothing");

        String cluster = resources.add("/clusters", "<cluster><name>" + Http.uniqueName("ucl")
                + "</name><data_center id=\"" + dc + "\"/></cluster>");
        assertEquals(201, Http.post("/clusters/" + cluster + "/networks", Http.XML,
                "<network id=\"" + network + "\"/>").status());
        String host1 = resources.add("/hosts", "<host><name>" + Http.uniqueName("uh1") + "</name><address>uh1"
                + "</address><cluster id=\"" + cluster + "\"/></host>");
        String host2 = resources.add("/hosts", "<host><name>" + Http.uniqueName("uh2") + "</name><address>uh2"
                + "</address><cluster id=\"" + cluster + "\"/></host>");
        String profile = Http.get("/networks/" + network + "/vnicprofiles", Http.XML)
                .xpath("/vnic_profiles/vnic_profile[1]/@id");
        Http.Answer addedVm = Http.post("/vms", Http.XML, "<vm><name>" + Http.uniqueName("uvm") + "</name><cluster id=\""
                + cluster + "\"/></vm>");
        assertEquals(201, addedVm.status(), addedVm.body());
        vm = addedVm.xpath("/vm/@id");
        Http.Answer nic = Http.post("/vms/" + vm + "/nics", Http.XML, "<nic><name>nic1</name><vnic_profile id=\""
                + profile + "\"/></nic>");
        assertEquals(201, nic.status(), nic.body());

        ok(Http.post("/vms/" + vm + "/start", Http.XML, "<action><host id=\"" + host1 + "\"/></action>"));
        ok(Http.post("/vms/" + vm + "/migrate", Http.XML, "<action><host id=\"" + host2 + "\"/></action>"));
        assertEquals("", Http.get("/vms/" + vm + "/nics/" + nic.xpath("/nic/@id"), Http.XML)
                .xpath("/nic/provider_port/@id"), "no port on an unmanaged provider");
        ok(Http.post("/vms/" + vm + "/stop", Http.XML, "<action/>"));
        ok(Http.delete("/vms/" + vm));
        vm = null;

        assertEquals(List.of(), provider.requests(), "the unmanaged provider was called");
    }
}
