package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.provider.neutron.RealNeutronAgent;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-host availability of a provider network from real Neutron agents (scripts/neutron-agent.py over RabbitMQ, on
 * the agents' Neutron of ./test), over REST, and the standalone engine placing VMs by it: a VLAN network on
 * physnet1, one host whose agent maps physnet1, one whose agent maps only physnet2, one without an agent; then a
 * second segment on physnet2 (a routed network) brings in the second host.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostAvailabilityIT {

    private static final String NEUTRON = RealNeutronAgent.NEUTRON_URL;

    private final AddedThroughRest resources = new AddedThroughRest();
    private final List<RealNeutronAgent> agents = new ArrayList<>();
    private String vm;
    private String externalNetwork;

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
        agents.forEach(RealNeutronAgent::close);
        if (externalNetwork != null) {
            JsonObject ports = RealNeutronNetworks.json(send(HttpRequest.newBuilder(URI.create(NEUTRON
                    + "/v2.0/ports?network_id=" + externalNetwork))).body());
            ports.getJsonArray("ports").getValuesAs(JsonObject.class).forEach(p -> send(HttpRequest.newBuilder(
                    URI.create(NEUTRON + "/v2.0/ports/" + p.getString("id"))).DELETE()));
            send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + externalNetwork)).DELETE());
        }
    }

    private static java.net.http.HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("Neutron at " + NEUTRON + " cannot be reached." + RealNeutronAgent.NOT_RUNNING, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String vlanOnPhysnet1(String name) {
        java.net.http.HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(NEUTRON
                + "/v2.0/networks")).POST(HttpRequest.BodyPublishers.ofString("{\"network\": {\"name\": \"" + name
                + "\", \"provider:network_type\": \"vlan\", \"provider:physical_network\": \"physnet1\"}}")));
        assertEquals(201, created.statusCode(), created.body());
        return RealNeutronNetworks.json(created.body()).getJsonObject("network").getString("id");
    }

    private static String added(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(201, answer.status(), () -> path + ": " + answer.body());
        return answer.xpath("/*/@id");
    }

    private static String availableOn(String provider, String network, String host, boolean refresh) {
        Http.Answer answer = Http.get("/openstacknetworkproviders/" + provider + "/networks/" + network
                + "/availability" + (refresh ? "?refresh=true" : ""), Http.XML);
        assertEquals(200, answer.status(), answer.body());
        return answer.xpath("/openstack_network_availability/host_availabilities/host_availability[host/@id='" + host
                + "']/available");
    }

    @Test
    void shouldShowWhereTheAgentsMapTheNetworkAndPlaceVmsOnlyThere() throws Exception {
        String prefix = Http.uniqueName("avail");
        String hostA = prefix + "-a";
        String hostB = prefix + "-b";
        CompletableFuture<RealNeutronAgent> agentA = CompletableFuture.supplyAsync(() ->
                RealNeutronAgent.start(hostA, "physnet1:br-ex", "vxlan"));
        CompletableFuture<RealNeutronAgent> agentB = CompletableFuture.supplyAsync(() ->
                RealNeutronAgent.start(hostB, "physnet2:br-p2", ""));
        externalNetwork = vlanOnPhysnet1(prefix);
        String provider = resources.add("/openstacknetworkproviders", "<openstack_network_provider><name>" + prefix
                + "</name><type>neutron</type><url>" + NEUTRON + "</url>"
                + "<requires_authentication>false</requires_authentication></openstack_network_provider>");
        String dc = resources.add("/datacenters", "<data_center><name>" + prefix + "</name></data_center>");
        String cluster = resources.add("/clusters", "<cluster><name>" + prefix + "</name><data_center id=\"" + dc
                + "\"/></cluster>");
        Http.Answer imported = Http.post("/openstacknetworkproviders/" + provider + "/networks/" + externalNetwork
                + "/import", Http.XML, "<action><data_center id=\"" + dc + "\"/></action>");
        assertEquals(200, imported.status(), imported.body());
        String network = imported.xpath("/action/network/@id");
        resources.track("/networks/" + network);
        assertEquals(201, Http.post("/clusters/" + cluster + "/networks", Http.XML, "<network id=\"" + network
                + "\"/>").status());
        String onA = resources.add("/hosts", "<host><name>" + hostA + "</name><address>" + hostA + "</address>"
                + "<cluster id=\"" + cluster + "\"/></host>");
        String onB = resources.add("/hosts", "<host><name>" + hostB + "</name><address>" + hostB + "</address>"
                + "<cluster id=\"" + cluster + "\"/></host>");
        String noAgent = resources.add("/hosts", "<host><name>" + prefix + "-c</name><address>" + prefix
                + "-c</address><cluster id=\"" + cluster + "\"/></host>");
        agents.add(agentA.get());
        agents.add(agentB.get());

        Http.Answer availability = Http.get("/openstacknetworkproviders/" + provider + "/networks/" + externalNetwork
                + "/availability?refresh=true", Http.XML);
        assertEquals(200, availability.status(), availability.body());
        assertEquals("false", availability.xpath("/openstack_network_availability/assumed"));
        assertEquals("true", availableOn(provider, externalNetwork, onA, false), availability.body());
        assertEquals("false", availableOn(provider, externalNetwork, onB, false));
        assertEquals("false", availableOn(provider, externalNetwork, noAgent, false));
        assertTrue(availability.xpath("/openstack_network_availability/host_availabilities/host_availability[host/@id='"
                + onB + "']/reason").contains("physnet1"), availability.body());
        Http.Answer onHostA = Http.get("/hosts/" + onA + "/providernetworks", Http.JSON);
        assertEquals(200, onHostA.status(), onHostA.body());
        JsonObject row = onHostA.json().getJsonArray("host_availability").getJsonObject(0);
        assertEquals(network, row.getJsonObject("network").getString("id"));
        assertTrue(row.getBoolean("available"), onHostA.body());

        String profile = Http.get("/networks/" + network + "/vnicprofiles", Http.XML)
                .xpath("/vnic_profiles/vnic_profile[1]/@id");
        vm = added("/vms", "<vm><name>" + prefix + "</name><cluster id=\"" + cluster + "\"/></vm>");
        String nic = added("/vms/" + vm + "/nics", "<nic><name>nic1</name><vnic_profile id=\"" + profile
                + "\"/></nic>");

        Http.Answer refused = Http.post("/vms/" + vm + "/start", Http.XML, "<action><host id=\"" + onB
                + "\"/></action>");
        assertEquals(409, refused.status(), refused.body());
        String detail = refused.xpath("/fault/detail");
        assertTrue(detail.contains(prefix) && detail.contains(hostB) && detail.contains("physnet1"), detail);
        assertEquals(0, RealNeutronNetworks.json(send(HttpRequest.newBuilder(URI.create(NEUTRON
                + "/v2.0/ports?device_id=" + nic))).body()).getJsonArray("ports").size(), "no port was made");

        Http.Answer started = Http.post("/vms/" + vm + "/start", Http.XML, "<action/>");
        assertEquals(200, started.status(), started.body());
        assertEquals(onA, Http.get("/vms/" + vm, Http.XML).xpath("/vm/host/@id"), "the one host with physnet1");
        Http.Answer migration = Http.post("/vms/" + vm + "/migrate", Http.XML, "<action><host id=\"" + noAgent
                + "\"/></action>");
        assertEquals(409, migration.status(), migration.body());
        assertTrue(migration.xpath("/fault/detail").contains("no L2 agent"), migration.body());

        // a second segment on physnet2 makes it a routed network that the host with physnet2 can plug too
        java.net.http.HttpResponse<String> segment = send(HttpRequest.newBuilder(URI.create(NEUTRON
                + "/v2.0/segments")).POST(HttpRequest.BodyPublishers.ofString("{\"segment\": {\"network_id\": \""
                + externalNetwork + "\", \"network_type\": \"vlan\", \"physical_network\": \"physnet2\"}}")));
        assertEquals(201, segment.statusCode(), segment.body());
        assertEquals("true", availableOn(provider, externalNetwork, onB, true));
        assertEquals(200, Http.post("/vms/" + vm + "/migrate", Http.XML, "<action><host id=\"" + onB
                + "\"/></action>").status());

        agents.get(0).kill();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while ("true".equals(availableOn(provider, externalNetwork, onA, true)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        assertEquals("false", availableOn(provider, externalNetwork, onA, true), "once Neutron marks it dead");
    }
}
