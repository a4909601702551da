package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The orphan-port report and the reconcile action over HTTP, against the real Neutron: ports made with the engine's
 * device owner ({@code oVirt}, the server's default) on a network of this test's own, one for a vNIC that exists in
 * the server's inventory and two for vNICs that do not. Every report and reconcile here is narrowed to that network,
 * so the ports other test runs keep on the same Neutron are never touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrphanPortsRestIT {

    private static final String OWNER = "oVirt";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static String added(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(201, answer.status(), () -> path + ": " + answer.body());
        return answer.xpath("/*/@id");
    }

    private static String provider(String url) {
        return added("/openstacknetworkproviders", "<openstack_network_provider><name>" + Http.uniqueName("orphans")
                + "</name><type>neutron</type><url>" + url + "</url><requires_authentication>false"
                + "</requires_authentication></openstack_network_provider>");
    }

    /** A vNIC in the server's inventory (the standalone engine host), which the reconciler must respect. */
    private static String existingVnic() {
        String dc = added("/datacenters", "<data_center><name>" + Http.uniqueName("odc") + "</name></data_center>");
        String cluster = added("/clusters", "<cluster><name>" + Http.uniqueName("ocl") + "</name><data_center id=\""
                + dc + "\"/></cluster>");
        String vm = added("/vms", "<vm><name>" + Http.uniqueName("ovm") + "</name><cluster id=\"" + cluster
                + "\"/></vm>");
        return added("/vms/" + vm + "/nics", "<nic><name>nic1</name></nic>");
    }

    private static Set<String> ids(Http.Answer answer, String xpathCount, String xpathItem) {
        int count = Integer.parseInt(answer.xpath(xpathCount).replaceAll("\\..*", ""));
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> answer.xpath(xpathItem.replace("N", Integer.toString(i))))
                .collect(Collectors.toSet());
    }

    private static void awaitGone(String portId) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (RealNeutronPorts.exists(portId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("port " + portId + " was not released within 60 s");
            }
            Thread.sleep(250);
        }
    }

    @Test
    void shouldReportAndReleaseOrphanPortsButKeepThePortOfAnExistingVnic() throws Exception {
        try (RealNeutronPorts neutron = new RealNeutronPorts(Http.uniqueName("osn-it-orphans"))) {
            String provider = provider(RealNeutronNetworks.NEUTRON);
            String vnic = existingVnic();
            String live = neutron.port("live", vnic, OWNER);
            String orphan1 = neutron.port("orphan1", UUID.randomUUID().toString(), OWNER);
            String orphan2 = neutron.port("orphan2", UUID.randomUUID().toString(), OWNER);
            String foreign = neutron.port("foreign", UUID.randomUUID().toString(), "compute:nova");
            String base = "/openstacknetworkproviders/" + provider;
            String onNetwork = "?openstack_network=" + neutron.networkId();

            Http.Answer xml = Http.get(base + "/orphanports" + onNetwork, Http.XML);
            assertEquals(200, xml.status(), xml.body());
            assertEquals(Set.of(orphan1, orphan2), ids(xml, "count(/openstack_ports/openstack_port)",
                    "/openstack_ports/openstack_port[N]/@id"));
            assertEquals(OWNER, xml.xpath("/openstack_ports/openstack_port[1]/device_owner"));
            assertEquals(neutron.networkId(), xml.xpath("/openstack_ports/openstack_port[1]/openstack_network/@id"));
            assertEquals(provider, xml.xpath(
                    "/openstack_ports/openstack_port[1]/openstack_network/openstack_network_provider/@id"));
            Http.Answer json = Http.get(base + "/orphanports" + onNetwork + "&max=1", Http.JSON);
            assertEquals(200, json.status(), json.body());
            assertEquals(1, json.json().getJsonArray("openstack_port").size(), json.body());

            Http.Answer dryRun = Http.post(base + "/reconcileports", Http.XML, "<action><dry_run>true</dry_run>"
                    + "<openstack_network id=\"" + neutron.networkId() + "\"/></action>");
            assertEquals(200, dryRun.status(), dryRun.body());
            assertEquals("complete", dryRun.xpath("/action/status"));
            assertEquals("2", dryRun.xpath("count(/action/openstack_ports/openstack_port)"));
            assertTrue(RealNeutronPorts.exists(orphan1) && RealNeutronPorts.exists(orphan2), "a dry run deletes nothing");

            Http.Answer reconciled = Http.post(base + "/reconcileports", Http.JSON, "{\"openstack_network\":{\"id\":\""
                    + neutron.networkId() + "\"}}");
            assertEquals(200, reconciled.status(), reconciled.body());
            JsonObject answer = reconciled.json();
            assertEquals("complete", answer.getString("status"));
            assertEquals(2, answer.getJsonObject("openstack_ports").getJsonArray("openstack_port").size());

            awaitGone(orphan1);
            awaitGone(orphan2);
            assertTrue(RealNeutronPorts.exists(live), "the port of an existing vNIC stays");
            assertTrue(RealNeutronPorts.exists(foreign), "a port of another device owner stays");
            Http.Answer events = Http.get("/events", Http.XML);
            assertTrue(events.body().contains("2 orphan port(s) of provider"), events.body());
            Http.Answer after = Http.get(base + "/orphanports" + onNetwork, Http.XML);
            assertEquals("0", after.xpath("count(/openstack_ports/openstack_port)"), after.body());

            assertEquals(200, Http.delete(base).status());
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownProvider() {
        String unknown = "/openstacknetworkproviders/" + UUID.randomUUID();

        assertEquals(404, Http.get(unknown + "/orphanports", Http.XML).status());
        assertEquals(404, Http.post(unknown + "/reconcileports", Http.XML, "<action/>").status());
    }

    @Test
    void shouldAnswerAFailedActionWhenTheProviderCannotBeReached() {
        String provider = provider("http://127.0.0.1:1");

        Http.Answer answer = Http.post("/openstacknetworkproviders/" + provider + "/reconcileports", Http.XML,
                "<action/>");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("failed", answer.xpath("/action/status"));
        assertFalse(answer.xpath("/action/fault/detail").isBlank(), answer.body());
        assertEquals(200, Http.delete("/openstacknetworkproviders/" + provider).status());
    }
}
