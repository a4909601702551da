package org.ovirt.osn.restapi.it;

import jakarta.json.JsonArray;
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
 * Bulk import of real Neutron networks as one job over HTTP, in XML and JSON: 202 with the job, its progress under
 * {@code /jobs}, one step per network with its outcome, nothing half imported when one network fails, refusals before
 * a job starts, and the audit events with counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkImportJobRestIT {

    private final RealNeutronNetworks neutron = new RealNeutronNetworks();
    private final ProvidersAndDataCenters resources = new ProvidersAndDataCenters("bulk");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void cleanUp() {
        resources.removeAll();
        neutron.close();
    }

    private String provider() {
        return resources.provider();
    }

    private String dataCenter(String name) {
        return resources.dataCenter(name);
    }

    private static String importNetworks(String provider) {
        return "/openstacknetworkproviders/" + provider + "/importnetworks";
    }

    private static String xmlList(String... externalIds) {
        StringBuilder xml = new StringBuilder("<openstack_networks>");
        for (String id : externalIds) {
            xml.append("<openstack_network id=\"").append(id).append("\"/>");
        }
        return xml.append("</openstack_networks>").toString();
    }

    /** Polls the job until it is no longer started (a job of a few networks takes seconds at most). */
    private static Http.Answer ended(String jobId, String accept) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            Http.Answer job = Http.get("/jobs/" + jobId, accept);
            assertEquals(200, job.status(), job.body());
            boolean running = Http.XML.equals(accept) ? "started".equals(job.xpath("/job/status"))
                    : "started".equals(job.json().getString("status"));
            if (!running) {
                return job;
            }
            assertTrue(System.nanoTime() < deadline, "job " + jobId + " did not end: " + job.body());
            Thread.sleep(200);
        }
    }

    @Test
    void shouldImportThreeNetworksAsOneJobAndReportTheOneWhoseNameIsTakenInXml() throws Exception {
        String provider = provider();
        String dcName = Http.uniqueName("dc");
        String dc = dataCenter(dcName);
        String[] names = {Http.uniqueName("bulk-a"), Http.uniqueName("bulk-b"), Http.uniqueName("bulk-c")};
        String[] external = {neutron.vlan(names[0]), neutron.vlan(names[1]), neutron.vlan(names[2])};
        Http.Answer clash = Http.post("/networks", Http.XML, "<network><name>" + names[1] + "</name><data_center id=\""
                + dc + "\"/></network>");
        assertEquals(201, clash.status(), clash.body());

        Http.Answer started = Http.post(importNetworks(provider), Http.XML, "<action><data_center id=\"" + dc
                + "\"/>" + xmlList(external) + "<attach_to_all_clusters>false</attach_to_all_clusters></action>");

        assertEquals(202, started.status(), started.body());
        assertEquals("pending", started.xpath("/action/status"));
        String jobId = started.xpath("/action/job/@id");
        assertEquals(Http.BASE + "/api/jobs/" + jobId, started.raw().headers().firstValue("Location").orElse(""));
        assertEquals("/ovirt-engine/api/jobs/" + jobId, started.xpath("/action/job/@href"));
        assertTrue(started.xpath("/action/job/description").contains("3 networks"), started.body());

        Http.Answer job = ended(jobId, Http.XML);
        assertEquals("finished", job.xpath("/job/status"));
        assertFalse(job.xpath("/job/start_time").isEmpty(), job.body());
        assertFalse(job.xpath("/job/end_time").isEmpty(), job.body());
        assertEquals("admin@internal", job.xpath("/job/owner/user_name"));
        assertEquals("/ovirt-engine/api/jobs/" + jobId + "/steps", job.xpath("/job/link[@rel='steps']/@href"));

        Http.Answer steps = Http.get("/jobs/" + jobId + "/steps", Http.XML);
        assertEquals(200, steps.status(), steps.body());
        assertEquals("3", steps.xpath("count(/steps/step)"));
        for (int i = 0; i < 3; i++) {
            String step = "/steps/step[number=" + (i + 1) + "]";
            assertEquals("executing", steps.xpath(step + "/type"));
            assertEquals(external[i], steps.xpath(step + "/openstack_network/@id"));
            assertEquals(jobId, steps.xpath(step + "/job/@id"));
        }
        assertEquals("finished", steps.xpath("/steps/step[number=1]/status"));
        assertEquals("failed", steps.xpath("/steps/step[number=2]/status"));
        assertEquals("finished", steps.xpath("/steps/step[number=3]/status"));
        String failure = steps.xpath("/steps/step[number=2]/fault/detail");
        assertTrue(failure.contains("already has a network named " + names[1]), failure);
        assertFalse(failure.toLowerCase().contains("password"), failure);
        assertEquals("", steps.xpath("/steps/step[number=2]/network/@id"));

        String first = steps.xpath("/steps/step[number=1]/network/@id");
        Http.Answer network = Http.get("/networks/" + first, Http.XML);
        assertEquals(names[0], network.xpath("/network/name"));
        assertEquals(external[0], network.xpath("/network/provided_by/openstack_network/@id"));

        // nothing half imported: the clashing name is only the network made before, not provided by anyone
        Http.Answer inDc = Http.get("/datacenters/" + dc + "/networks", Http.XML);
        assertEquals("1", inDc.xpath("count(/networks/network[name='" + names[1] + "'])"));
        assertEquals(clash.xpath("/network/@id"), inDc.xpath("/networks/network[name='" + names[1] + "']/@id"));
        assertEquals("", Http.get("/networks/" + clash.xpath("/network/@id"), Http.XML)
                .xpath("/network/provided_by/openstack_network/@id"));
        Http.Answer discovered = Http.get("/openstacknetworkproviders/" + provider + "/networks", Http.XML);
        assertEquals("0", discovered.xpath("count(/openstack_networks/openstack_network[@id='" + external[1]
                + "']/data_centers/data_center)"));
        assertEquals(dc, discovered.xpath("/openstack_networks/openstack_network[@id='" + external[2]
                + "']/data_centers/data_center/@id"));

        Http.Answer one = Http.get("/jobs/" + jobId + "/steps/" + steps.xpath("/steps/step[number=2]/@id"),
                Http.XML);
        assertEquals("failed", one.xpath("/step/status"));

        Http.Answer jobs = Http.get("/jobs", Http.XML);
        assertEquals("finished", jobs.xpath("/jobs/job[@id='" + jobId + "']/status"));
        Http.Answer events = Http.get("/events?max=50", Http.XML);
        String finished = events.xpath("/events/event[code=9203 and contains(description, '" + jobId
                + "')]/description");
        assertTrue(finished.contains("imported 2 of 3 networks") && finished.contains("1 failed"), events.body());
        assertTrue(events.xpath("/events/event[code=9200 and contains(description, '" + jobId + "')]/description")
                .contains("started to import 3 networks"), events.body());
    }

    @Test
    void shouldPageTheJobsNewestFirstWithMaxAndPage() throws Exception {
        String provider = provider();
        String dc = dataCenter(Http.uniqueName("dc"));
        List<String> jobs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Http.Answer started = Http.post(importNetworks(provider), Http.XML, "<action><data_center id=\"" + dc
                    + "\"/>" + xmlList(neutron.vlan(Http.uniqueName("bulk-page"))) + "</action>");
            assertEquals(202, started.status(), started.body());
            String jobId = started.xpath("/action/job/@id");
            // one after the other, so their start times order them
            assertEquals("finished", ended(jobId, Http.XML).xpath("/job/status"));
            jobs.add(0, jobId);
        }

        assertEquals(jobs.subList(0, 2), jobIds("/jobs?max=2&page=1"));
        assertEquals(jobs.get(2), jobIds("/jobs?max=2&page=2").get(0));
        assertEquals(jobs, jobIds("/jobs?max=3"));
        assertEquals(List.of(jobs.get(1)), jobIds("/jobs?max=1&page=2"));
        assertEquals(List.of(), jobIds("/jobs?max=1000&page=100000"), "a page beyond the end is empty");
        for (String bad : List.of("max=0", "max=1001", "page=0")) {
            Http.Answer refused = Http.get("/jobs?" + bad, Http.XML);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.xpath("/fault/detail").contains("max must be 1..1000 and page at least 1"),
                    refused.body());
        }
    }

    private static List<String> jobIds(String path) {
        Http.Answer answer = Http.get(path, Http.XML);
        assertEquals(200, answer.status(), answer.body());
        int count = Integer.parseInt(answer.xpath("count(/jobs/job)"));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(answer.xpath("/jobs/job[" + i + "]/@id"));
        }
        return ids;
    }

    @Test
    void shouldImportNetworksByDataCenterNameAsOneJobInJson() throws Exception {
        String provider = provider();
        String dcName = Http.uniqueName("dc");
        String dc = dataCenter(dcName);
        String a = neutron.vlan(Http.uniqueName("bulk-json-a"));
        String b = neutron.vlan(Http.uniqueName("bulk-json-b"));

        Http.Answer started = Http.post(importNetworks(provider), Http.JSON, "{\"data_center\":{\"name\":\""
                + dcName + "\"},\"openstack_networks\":{\"openstack_network\":[{\"id\":\"" + a + "\"},{\"id\":\""
                + b + "\"}]},\"public_use\":false}");

        assertEquals(202, started.status(), started.body());
        assertTrue(started.contentType().startsWith(Http.JSON), started.contentType());
        assertEquals("pending", started.json().getString("status"));
        String jobId = started.json().getJsonObject("job").getString("id");

        JsonObject job = ended(jobId, Http.JSON).json();
        assertEquals("finished", job.getString("status"));
        assertEquals("admin@internal", job.getJsonObject("owner").getString("user_name"));

        JsonArray steps = Http.get("/jobs/" + jobId + "/steps", Http.JSON).json().getJsonArray("step");
        assertEquals(2, steps.size());
        for (JsonObject step : steps.getValuesAs(JsonObject.class)) {
            assertEquals("finished", step.getString("status"));
            String network = step.getJsonObject("network").getString("id");
            Http.Answer profiles = Http.get("/networks/" + network + "/vnicprofiles", Http.XML);
            assertEquals("false", profiles.xpath("/vnic_profiles/vnic_profile/public_use"));
        }
        JsonArray discovered = Http.get("/openstacknetworkproviders/" + provider + "/networks", Http.JSON).json()
                .getJsonArray("openstack_network");
        long inDc = discovered.getValuesAs(JsonObject.class).stream()
                .filter(n -> List.of(a, b).contains(n.getString("id")))
                .filter(n -> n.getJsonObject("data_centers").getJsonArray("data_center").getJsonObject(0)
                        .getString("id").equals(dc))
                .count();
        assertEquals(2, inDc);
    }

    @Test
    void shouldRefuseABulkImportBeforeAnyJobStartsWhenTheRequestIsWrong() {
        String provider = provider();
        String dc = dataCenter(Http.uniqueName("dc"));
        String dcXml = "<data_center id=\"" + dc + "\"/>";

        Http.Answer empty = Http.post(importNetworks(provider), Http.XML, "<action>" + dcXml + "</action>");
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.xpath("/fault/detail").contains("At least one provider network"), empty.body());

        Http.Answer twice = Http.post(importNetworks(provider), Http.XML, "<action>" + dcXml
                + xmlList("same", "same") + "</action>");
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.xpath("/fault/detail").contains("listed more than once"), twice.body());

        Http.Answer blank = Http.post(importNetworks(provider), Http.XML, "<action>" + dcXml
                + "<openstack_networks><openstack_network/></openstack_networks></action>");
        assertEquals(400, blank.status(), blank.body());

        Http.Answer noDc = Http.post(importNetworks(provider), Http.XML, "<action>" + xmlList("x") + "</action>");
        assertEquals(400, noDc.status(), noDc.body());

        Http.Answer unknownDc = Http.post(importNetworks(provider), Http.XML, "<action><data_center id=\""
                + UUID.randomUUID() + "\"/>" + xmlList("x") + "</action>");
        assertEquals(404, unknownDc.status(), unknownDc.body());

        Http.Answer unknownProvider = Http.post(importNetworks(UUID.randomUUID().toString()), Http.XML,
                "<action>" + dcXml + xmlList("x") + "</action>");
        assertEquals(404, unknownProvider.status(), unknownProvider.body());

        assertEquals(404, Http.get("/jobs/" + UUID.randomUUID(), Http.XML).status());
        assertEquals(404, Http.get("/jobs/" + UUID.randomUUID() + "/steps", Http.JSON).status());
    }
}
