package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.engine.sdk4.Connection;
import org.ovirt.engine.sdk4.ConnectionBuilder;
import org.ovirt.engine.sdk4.Error;
import org.ovirt.engine.sdk4.services.SystemService;
import org.ovirt.engine.sdk4.types.NetworkUsage;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.engine.sdk4.builders.Builders.cluster;
import static org.ovirt.engine.sdk4.builders.Builders.customProperty;
import static org.ovirt.engine.sdk4.builders.Builders.dataCenter;
import static org.ovirt.engine.sdk4.builders.Builders.host;
import static org.ovirt.engine.sdk4.builders.Builders.network;
import static org.ovirt.engine.sdk4.builders.Builders.vlan;
import static org.ovirt.engine.sdk4.builders.Builders.vnicProfile;

/**
 * The standalone engine host's inventory over HTTP, in XML and JSON: data center, cluster, network, vNIC profile and
 * host as oVirt's v4 API shapes them; name clashes (409), unknown ids (404), bad input (400), removal order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EngineInventoryRestIT {

    private static final String GROUP = "0f3c2d1e-1111-4a2b-9c3d-000000000001";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static String added(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(201, answer.status(), () -> path + ": " + answer.body());
        return answer.xpath("/*/@id");
    }

    private static String addDataCenter(String name) {
        return added("/datacenters", "<data_center><name>" + name + "</name></data_center>");
    }

    private static String addCluster(String name, String dataCenterId) {
        return added("/clusters", "<cluster><name>" + name + "</name><data_center id=\"" + dataCenterId + "\"/>"
                + "</cluster>");
    }

    private static String addNetwork(String name, String dataCenterId) {
        return added("/networks", "<network><name>" + name + "</name><data_center id=\"" + dataCenterId + "\"/>"
                + "</network>");
    }

    private static String addHost(String name, String clusterId) {
        return added("/hosts", "<host><name>" + name + "</name><address>" + name + ".lab.example.org</address>"
                + "<cluster id=\"" + clusterId + "\"/></host>");
    }

    @Test
    void shouldBuildADataCenterWithClusterNetworkProfileAndHostInXml() {
        String dcName = Http.uniqueName("dc");
        String dc = addDataCenter(dcName);
        String cluster = addCluster(Http.uniqueName("cl"), dc);

        Http.Answer network = Http.post("/networks", Http.XML, "<network><name>private net</name>"
                + "<description>tenant traffic</description><data_center><name>" + dcName + "</name></data_center>"
                + "<mtu>1442</mtu><vlan id=\"10\"/><usages><usage>vm</usage></usages></network>");
        assertEquals(201, network.status(), network.body());
        String net = network.xpath("/network/@id");
        assertEquals("/ovirt-engine/api/networks/" + net, network.xpath("/network/@href"));
        assertTrue(network.raw().headers().firstValue("Location").orElseThrow().endsWith("/networks/" + net));
        assertEquals(dc, network.xpath("/network/data_center/@id"));
        assertEquals("1442", network.xpath("/network/mtu"));
        assertEquals("10", network.xpath("/network/vlan/@id"));
        assertEquals("vm", network.xpath("/network/usages/usage"));
        assertEquals("on" + net.replace("-", "").substring(0, 13), network.xpath("/network/vdsm_name"));

        Http.Answer attached = Http.post("/clusters/" + cluster + "/networks", Http.XML,
                "<network id=\"" + net + "\"><required>false</required></network>");
        assertEquals(201, attached.status(), attached.body());

        Http.Answer profile = Http.post("/networks/" + net + "/vnicprofiles", Http.XML,
                "<vnic_profile><name>private net</name><public_use>true</public_use><custom_properties>"
                        + "<custom_property><name>SecurityGroups</name><value>" + GROUP + "</value></custom_property>"
                        + "</custom_properties></vnic_profile>");
        assertEquals(201, profile.status(), profile.body());
        String profileId = profile.xpath("/vnic_profile/@id");
        assertEquals(net, profile.xpath("/vnic_profile/network/@id"));
        assertEquals(GROUP, profile.xpath("/vnic_profile/custom_properties/custom_property[name='SecurityGroups']/value"));
        assertEquals("true", profile.xpath("/vnic_profile/public_use"));

        String hostName = Http.uniqueName("host");
        String host = addHost(hostName, cluster);

        Http.Answer dcNetworks = Http.get("/datacenters/" + dc + "/networks", Http.XML);
        Http.Answer clusterNetworks = Http.get("/clusters/" + cluster + "/networks", Http.XML);
        Http.Answer netProfiles = Http.get("/networks/" + net + "/vnicprofiles", Http.XML);
        Http.Answer gotHost = Http.get("/hosts/" + host, Http.XML);
        Http.Answer gotCluster = Http.get("/clusters/" + cluster, Http.XML);
        Http.Answer searched = Http.get("/datacenters?search=name%3D" + dcName, Http.XML);
        Http.Answer profiles = Http.get("/vnicprofiles", Http.XML);

        assertEquals(net, dcNetworks.xpath("/networks/network[name='private net']/@id"));
        assertEquals("false", clusterNetworks.xpath("/networks/network[@id='" + net + "']/required"));
        assertEquals(cluster, clusterNetworks.xpath("/networks/network[@id='" + net + "']/cluster/@id"));
        assertEquals(profileId, netProfiles.xpath("/vnic_profiles/vnic_profile/@id"));
        assertEquals(hostName + ".lab.example.org", gotHost.xpath("/host/address"));
        assertEquals(cluster, gotHost.xpath("/host/cluster/@id"));
        assertEquals(dc, gotCluster.xpath("/cluster/data_center/@id"));
        assertEquals("1", searched.xpath("count(/data_centers/data_center)"));
        assertEquals("/ovirt-engine/api/datacenters/" + dc + "/networks",
                searched.xpath("/data_centers/data_center/link[@rel='networks']/@href"));
        assertEquals(profileId, profiles.xpath("/vnic_profiles/vnic_profile[@id='" + profileId + "']/@id"));
    }

    @Test
    void shouldBuildTheSameInJsonInTheOvirtShape() {
        Http.Answer dc = Http.post("/datacenters", Http.JSON, "{\"name\":\"" + Http.uniqueName("dcj") + "\"}");
        assertEquals(201, dc.status(), dc.body());
        String dcId = dc.json().getString("id");
        Http.Answer cluster = Http.post("/clusters", Http.JSON, "{\"name\":\"" + Http.uniqueName("clj")
                + "\",\"data_center\":{\"id\":\"" + dcId + "\"}}");
        assertEquals(201, cluster.status(), cluster.body());
        Http.Answer network = Http.post("/networks", Http.JSON, "{\"name\":\"blue\",\"data_center\":{\"id\":\""
                + dcId + "\"},\"mtu\":9000,\"vlan\":{\"id\":20},\"usages\":{\"usage\":[]}}");
        assertEquals(201, network.status(), network.body());
        JsonObject net = network.json();
        Http.Answer profile = Http.post("/vnicprofiles", Http.JSON, "{\"name\":\"blue\",\"network\":{\"id\":\""
                + net.getString("id") + "\"},\"custom_properties\":{\"custom_property\":[{\"name\":\"SecurityGroups\","
                + "\"value\":\"\"}]}}");
        assertEquals(201, profile.status(), profile.body());
        Http.Answer host = Http.post("/hosts", Http.JSON, "{\"name\":\"" + Http.uniqueName("hj")
                + "\",\"address\":\"192.0.2.7\",\"cluster\":{\"id\":\"" + cluster.json().getString("id") + "\"}}");
        assertEquals(201, host.status(), host.body());

        Http.Answer listed = Http.get("/datacenters/" + dcId + "/networks", Http.JSON);

        assertTrue(network.contentType().startsWith(Http.JSON));
        assertEquals(dcId, net.getJsonObject("data_center").getString("id"));
        assertEquals(9000, net.getInt("mtu"));
        assertEquals(20, net.getJsonObject("vlan").getInt("id"));
        assertTrue(net.getJsonObject("usages").getJsonArray("usage").isEmpty(), net.toString());
        assertEquals("blue", net.getString("vdsm_name"));
        assertEquals("", profile.json().getJsonObject("custom_properties").getJsonArray("custom_property")
                .getJsonObject(0).getString("value"));
        assertEquals("192.0.2.7", host.json().getString("address"));
        assertEquals(1, listed.json().getJsonArray("network").size());
        assertEquals(net.getString("id"), listed.json().getJsonArray("network").getJsonObject(0).getString("id"));
    }

    @Test
    void shouldRefuseNameClashesWith409() {
        String dcName = Http.uniqueName("dup");
        String dc = addDataCenter(dcName);
        String other = addDataCenter(Http.uniqueName("dup"));
        String clusterName = Http.uniqueName("dupc");
        String cluster = addCluster(clusterName, dc);
        String net = addNetwork("red", dc);
        addNetwork("red", other);
        added("/networks/" + net + "/vnicprofiles", "<vnic_profile><name>red</name></vnic_profile>");
        String hostName = Http.uniqueName("duph");
        addHost(hostName, cluster);

        Http.Answer dupDc = Http.post("/datacenters", Http.XML, "<data_center><name>" + dcName + "</name></data_center>");
        Http.Answer dupCluster = Http.post("/clusters", Http.XML, "<cluster><name>" + clusterName + "</name>"
                + "<data_center id=\"" + other + "\"/></cluster>");
        Http.Answer dupNetwork = Http.post("/networks", Http.JSON, "{\"name\":\"red\",\"data_center\":{\"id\":\""
                + dc + "\"}}");
        Http.Answer dupProfile = Http.post("/vnicprofiles", Http.XML, "<vnic_profile><name>red</name><network id=\""
                + net + "\"/></vnic_profile>");
        Http.Answer dupHost = Http.post("/hosts", Http.XML, "<host><name>" + hostName + "</name><address>elsewhere"
                + "</address><cluster id=\"" + cluster + "\"/></host>");
        Http.Answer dupAddress = Http.post("/hosts", Http.XML, "<host><name>" + Http.uniqueName("h") + "</name>"
                + "<address>" + hostName + ".lab.example.org</address><cluster><name>" + clusterName + "</name>"
                + "</cluster></host>");
        Http.Answer attachTwice = Http.post("/clusters/" + cluster + "/networks", Http.XML,
                "<network><name>red</name></network>");
        Http.Answer attachAgain = Http.post("/clusters/" + cluster + "/networks", Http.XML,
                "<network id=\"" + net + "\"/>");

        assertEquals(409, dupDc.status(), dupDc.body());
        assertTrue(dupDc.xpath("/fault/detail").contains("already used by another data center"), dupDc.body());
        assertEquals(409, dupCluster.status(), dupCluster.body());
        assertEquals(409, dupNetwork.status(), dupNetwork.body());
        assertEquals("Operation Failed", dupNetwork.json().getString("reason"));
        assertTrue(dupNetwork.json().getString("detail").contains("already has a network named red"), dupNetwork.body());
        assertEquals(409, dupProfile.status(), dupProfile.body());
        assertEquals(409, dupHost.status(), dupHost.body());
        assertEquals(409, dupAddress.status(), dupAddress.body());
        assertEquals(201, attachTwice.status(), attachTwice.body());
        assertEquals(409, attachAgain.status(), attachAgain.body());
        assertTrue(attachAgain.xpath("/fault/detail").contains("already attached"), attachAgain.body());
    }

    @Test
    void shouldAnswer404ForUnknownIdsAndReferences() {
        String unknown = UUID.randomUUID().toString();

        Http.Answer dc = Http.get("/datacenters/" + unknown, Http.XML);
        Http.Answer malformed = Http.get("/clusters/not-a-uuid", Http.XML);
        Http.Answer network = Http.get("/networks/" + unknown + "/vnicprofiles", Http.XML);
        Http.Answer hostDelete = Http.delete("/hosts/" + unknown);
        Http.Answer profileDelete = Http.delete("/vnicprofiles/" + unknown);
        Http.Answer clusterInUnknownDc = Http.post("/clusters", Http.XML, "<cluster><name>" + Http.uniqueName("c")
                + "</name><data_center id=\"" + unknown + "\"/></cluster>");
        Http.Answer networkInUnnamedDc = Http.post("/networks", Http.XML, "<network><name>n</name><data_center>"
                + "<name>no-such-dc</name></data_center></network>");
        Http.Answer profileOnUnknownNetwork = Http.post("/networks/" + unknown + "/vnicprofiles", Http.JSON,
                "{\"name\":\"p\"}");

        assertEquals(404, dc.status());
        assertEquals("Resource not found", dc.xpath("/fault/reason"));
        assertTrue(dc.xpath("/fault/detail").contains("Data center " + unknown + " does not exist"), dc.body());
        assertEquals(404, malformed.status());
        assertEquals(404, network.status());
        assertEquals(404, hostDelete.status());
        assertEquals(404, profileDelete.status());
        assertEquals(404, clusterInUnknownDc.status(), clusterInUnknownDc.body());
        assertEquals(404, networkInUnnamedDc.status(), networkInUnnamedDc.body());
        assertTrue(networkInUnnamedDc.xpath("/fault/detail").contains("no-such-dc"), networkInUnnamedDc.body());
        assertEquals(404, profileOnUnknownNetwork.status(), profileOnUnknownNetwork.body());
    }

    @Test
    void shouldAnswer400ForBadInput() {
        String dc = addDataCenter(Http.uniqueName("bad"));
        String cluster = addCluster(Http.uniqueName("badc"), dc);
        String net = addNetwork("bad", dc);

        assertBadRequest(Http.post("/datacenters", Http.XML, "<data_center><description>x</description></data_center>"),
                "name is required");
        assertBadRequest(Http.post("/datacenters", Http.XML, "<data_center><name>my dc</name></data_center>"),
                "may contain only");
        assertBadRequest(Http.post("/clusters", Http.XML, "<cluster><name>" + Http.uniqueName("c") + "</name>"
                + "</cluster>"), "data_center is required");
        assertBadRequest(Http.post("/networks", Http.XML, "<network><name>m</name><data_center id=\"" + dc + "\"/>"
                + "<mtu>10</mtu></network>"), "MTU 10");
        assertBadRequest(Http.post("/networks", Http.XML, "<network><name>v</name><data_center id=\"" + dc + "\"/>"
                + "<vlan id=\"5000\"/></network>"), "VLAN id 5000");
        assertBadRequest(Http.post("/networks", Http.XML, "<network><name>u</name><data_center id=\"" + dc + "\"/>"
                + "<usages><usage>storage</usage></usages></network>"), "storage");
        Http.Answer unknownProvider = Http.post("/networks", Http.XML, "<network><name>ex</name><data_center id=\""
                + dc + "\"/><external_provider id=\"" + UUID.randomUUID() + "\"/></network>");
        assertEquals(404, unknownProvider.status(), unknownProvider.body());
        assertTrue(unknownProvider.xpath("/fault/detail").contains("Cannot create a network on provider"),
                unknownProvider.body());
        assertBadRequest(Http.post("/networks", Http.XML, "<network><name>ex</name><data_center id=\"" + dc + "\"/>"
                + "<external_provider id=\"x\"/></network>"), "external_provider id");
        assertBadRequest(Http.post("/networks/" + net + "/vnicprofiles", Http.XML, "<vnic_profile><name>sg</name>"
                + "<custom_properties><custom_property><name>SecurityGroups</name><value>default</value>"
                + "</custom_property></custom_properties></vnic_profile>"), "SecurityGroups");
        assertBadRequest(Http.post("/hosts", Http.XML, "<host><name>" + Http.uniqueName("h") + "</name>"
                + "<address>http://host</address><cluster id=\"" + cluster + "\"/></host>"), "not a host name");
        assertBadRequest(Http.put("/networks/" + net, Http.XML, "<network><data_center id=\"" + UUID.randomUUID()
                + "\"/></network>"), "another data center");
        Http.Answer malformed = Http.post("/hosts", Http.XML, "<host><name>x");
        assertEquals(400, malformed.status(), malformed.body());
        Http.Answer malformedJson = Http.post("/networks", Http.JSON, "{\"name\": ");
        assertEquals(400, malformedJson.status(), malformedJson.body());
    }

    private static void assertBadRequest(Http.Answer answer, String detail) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.xpath("/fault/detail").contains(detail), () -> "expected '" + detail + "': " + answer.body());
    }

    @Test
    void shouldUpdateANetworkKeepingItsVdsmName() {
        String dc = addDataCenter(Http.uniqueName("upd"));
        String net = added("/networks", "<network><name>green</name><data_center id=\"" + dc + "\"/>"
                + "<vlan id=\"30\"/></network>");

        Http.Answer updated = Http.put("/networks/" + net, Http.XML,
                "<network><name>lime</name><mtu>1400</mtu><vlan/><usages/></network>");

        assertEquals(200, updated.status(), updated.body());
        assertEquals("lime", updated.xpath("/network/name"));
        assertEquals("1400", updated.xpath("/network/mtu"));
        assertEquals("0", updated.xpath("count(/network/vlan)"));
        assertEquals("0", updated.xpath("count(/network/usages/usage)"));
        assertEquals("green", updated.xpath("/network/vdsm_name"));
        assertEquals(dc, updated.xpath("/network/data_center/@id"));
    }

    @Test
    void shouldRemoveInDependencyOrderAndTakeNetworksAndProfilesAlong() {
        String dc = addDataCenter(Http.uniqueName("rm"));
        String cluster = addCluster(Http.uniqueName("rmc"), dc);
        String host = addHost(Http.uniqueName("rmh"), cluster);
        String net = addNetwork("doomed", dc);
        String profile = added("/networks/" + net + "/vnicprofiles", "<vnic_profile><name>doomed</name></vnic_profile>");

        Http.Answer dcWithCluster = Http.delete("/datacenters/" + dc);
        Http.Answer clusterWithHost = Http.delete("/clusters/" + cluster);
        assertEquals(409, dcWithCluster.status(), dcWithCluster.body());
        assertTrue(dcWithCluster.xpath("/fault/detail").contains("still has clusters"), dcWithCluster.body());
        assertEquals(409, clusterWithHost.status(), clusterWithHost.body());

        assertEquals(200, Http.delete("/hosts/" + host).status());
        assertEquals(200, Http.delete("/clusters/" + cluster).status());
        assertEquals(200, Http.delete("/datacenters/" + dc).status());

        assertEquals(404, Http.get("/datacenters/" + dc, Http.XML).status());
        assertEquals(404, Http.get("/networks/" + net, Http.XML).status());
        assertEquals(404, Http.get("/vnicprofiles/" + profile, Http.XML).status());
        assertEquals(404, Http.get("/hosts/" + host, Http.XML).status());
    }

    /**
     * Adding a cluster validates that its data center exists, removing a data center that it has no cluster; run
     * together, one may commit in between the other's check and write. Whichever wins, the loser answers a fault
     * (404, 409), never a 500, and nothing is left pointing at a data center that is gone.
     */
    @Test
    @Timeout(120)
    void shouldAnswerAFaultNotA500WhenAClusterIsAddedWhileItsDataCenterIsRemoved() throws Exception {
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                String dc = addDataCenter(Http.uniqueName("race"));
                String clusterXml = "<cluster><name>" + Http.uniqueName("racec") + "</name><data_center id=\"" + dc
                        + "\"/></cluster>";
                // both requests leave together, so they meet inside the server rather than one after the other
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Future<Http.Answer> add = pool.submit(() -> {
                    start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return Http.post("/clusters", Http.XML, clusterXml);
                });
                java.util.concurrent.Future<Http.Answer> remove = pool.submit(() -> {
                    start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return Http.delete("/datacenters/" + dc);
                });
                Http.Answer added = add.get();
                Http.Answer removed = remove.get();
                assertTrue(added.status() == 201 || added.status() == 404 || added.status() == 409, added.body());
                assertTrue(removed.status() == 200 || removed.status() == 409, removed.body());
                assertFalse(added.status() == 201 && removed.status() == 200,
                        "both the cluster and the removal of its data center succeeded");
                outcomes.merge("add " + added.status() + " / remove " + removed.status(), 1, Integer::sum);
                assertNoClusterWithoutItsDataCenter(dc, removed.status() == 200, round);
                if (added.status() == 201) {
                    String cluster = added.xpath("/cluster/@id");
                    assertEquals(dc, Http.get("/clusters/" + cluster, Http.XML).xpath("/cluster/data_center/@id"));
                    assertEquals(200, Http.delete("/clusters/" + cluster).status());
                    assertEquals(200, Http.delete("/datacenters/" + dc).status());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("cluster add vs data center removal, outcomes: " + outcomes);
    }

    /** Every cluster's data center exists, and the one this round removed (if it did) is gone with none left on it. */
    private static void assertNoClusterWithoutItsDataCenter(String dc, boolean removed, int round) {
        Http.Answer clusters = Http.get("/clusters", Http.XML);
        Http.Answer dataCenters = Http.get("/datacenters", Http.XML);
        assertEquals(200, clusters.status(), clusters.body());
        assertEquals(200, dataCenters.status(), dataCenters.body());
        assertEquals(removed ? 404 : 200, Http.get("/datacenters/" + dc, Http.XML).status(), "round " + round);
        if (removed) {
            assertEquals("0", clusters.xpath("count(/clusters/cluster[data_center/@id='" + dc + "'])"),
                    "round " + round + ": a cluster of the removed data center is left");
        }
        int total = Integer.parseInt(clusters.xpath("count(/clusters/cluster)"));
        for (int i = 1; i <= total; i++) {
            String of = clusters.xpath("/clusters/cluster[" + i + "]/data_center/@id");
            assertEquals("1", dataCenters.xpath("count(/data_centers/data_center[@id='" + of + "'])"),
                    "round " + round + ": cluster " + clusters.xpath("/clusters/cluster[" + i + "]/@id")
                            + " points at data center " + of + ", which does not exist");
        }
    }

    @Test
    void shouldPageTheEventsNewestFirstWithMaxAndPage() {
        List<String> names = List.of(Http.uniqueName("pg1"), Http.uniqueName("pg2"), Http.uniqueName("pg3"));
        names.forEach(EngineInventoryRestIT::addDataCenter);

        // pages of two against one page of six, asked together; an event of something else running meanwhile shifts
        // the pages, so they are asked again then (rarely: this class adds nothing that works in the background)
        List<String> pages = null;
        List<String> whole = null;
        for (int attempt = 0; attempt < 3 && (whole == null || !whole.equals(pages)); attempt++) {
            pages = new java.util.ArrayList<>(eventIds("/events?max=2&page=1"));
            pages.addAll(eventIds("/events?max=2&page=2"));
            pages.addAll(eventIds("/events?max=2&page=3"));
            whole = eventIds("/events?max=6");
        }

        assertEquals(6, whole.size(), whole.toString());
        assertEquals(whole, pages, "page 1, 2, 3 of two are the six newest, in order");
        for (int i = 1; i < whole.size(); i++) {
            assertTrue(Long.parseLong(whole.get(i - 1)) > Long.parseLong(whole.get(i)), "newest first: " + whole);
        }
        Http.Answer newest = Http.get("/events?max=1000", Http.XML);
        String added = "/events/event[code=9000 and contains(description, '%s')]/@id";
        long third = Long.parseLong(newest.xpath(String.format(added, names.get(2))));
        long second = Long.parseLong(newest.xpath(String.format(added, names.get(1))));
        long first = Long.parseLong(newest.xpath(String.format(added, names.get(0))));
        assertTrue(third > second && second > first, newest.body());
        assertEquals(List.of(), eventIds("/events?max=1000&page=100000"), "a page beyond the end is empty");
        for (String bad : List.of("max=0", "max=1001", "page=0", "max=-1")) {
            Http.Answer refused = Http.get("/events?" + bad, Http.XML);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.xpath("/fault/detail").contains("max must be 1..1000 and page at least 1"),
                    refused.body());
        }
    }

    private static List<String> eventIds(String path) {
        Http.Answer events = Http.get(path, Http.XML);
        assertEquals(200, events.status(), events.body());
        int count = Integer.parseInt(events.xpath("count(/events/event)"));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(events.xpath("/events/event[" + i + "]/@id"));
        }
        return ids;
    }

    @Test
    void shouldLinkTheInventoryFromTheRootAndAuditItsChanges() {
        String name = Http.uniqueName("aud");
        String dc = addDataCenter(name);
        Http.delete("/datacenters/" + dc);

        Http.Answer root = Http.get("", Http.XML);
        Http.Answer events = Http.get("/events?max=200", Http.XML);
        // this data center's events, newest first: anything else running may audit in between
        String ofThisDataCenter = "/events/event[contains(description, 'Data center " + name + " ')]";

        for (String collection : new String[] {"datacenters", "clusters", "networks", "vnicprofiles", "hosts"}) {
            assertEquals("/ovirt-engine/api/" + collection, root.xpath("/api/link[@rel='" + collection + "']/@href"));
        }
        assertEquals("9002", events.xpath(ofThisDataCenter + "[1]/code"), events.body());
        assertEquals("Data center " + name + " was removed. (User: admin@internal)",
                events.xpath(ofThisDataCenter + "[1]/description"));
        assertEquals("9000", events.xpath(ofThisDataCenter + "[2]/code"), events.body());
        assertFalse(events.xpath(ofThisDataCenter + "[2]/description").contains("${"));
    }

    @Test
    @Timeout(60)
    void shouldLetTheOvirtSdkCreateReadAndRemoveWhatATestNeeds() throws Exception {
        Connection connection = ConnectionBuilder.connection().url(Http.BASE + "/api").user("admin@internal")
                .password(Http.adminPassword()).timeout(10).build();
        try {
            SystemService system = connection.systemService();
            String dcName = Http.uniqueName("sdkdc");
            var dc = system.dataCentersService().add().dataCenter(dataCenter().name(dcName)).send().dataCenter();
            var cluster = system.clustersService().add()
                    .cluster(cluster().name(Http.uniqueName("sdkcl")).dataCenter(dataCenter().name(dcName)))
                    .send().cluster();
            var net = system.networksService().add().network(network().name("sdknet").dataCenter(dataCenter()
                    .id(dc.id())).mtu(1400).vlan(vlan().id(42)).usages(NetworkUsage.VM)).send().network();
            system.clustersService().clusterService(cluster.id()).networksService().add()
                    .network(network().id(net.id()).required(false)).send();
            var profile = system.vnicProfilesService().add().profile(vnicProfile().name("sdknet")
                    .network(network().id(net.id()))
                    .customProperties(customProperty().name("SecurityGroups").value(GROUP))).send().profile();
            var host = system.hostsService().add().host(host().name(Http.uniqueName("sdkh"))
                    .address("198.51.100.9").cluster(cluster().id(cluster.id()))).send().host();

            List<org.ovirt.engine.sdk4.types.DataCenter> found =
                    system.dataCentersService().list().search("name=" + dcName).send().dataCenters();
            var readNet = system.networksService().networkService(net.id()).get().send().network();
            var attached = system.clustersService().clusterService(cluster.id()).networksService().list().send()
                    .networks();
            var readProfile = system.vnicProfilesService().profileService(profile.id()).get().send().profile();
            Error duplicate = assertThrows(Error.class,
                    () -> system.dataCentersService().add().dataCenter(dataCenter().name(dcName)).send());
            system.hostsService().hostService(host.id()).remove().send();
            system.clustersService().clusterService(cluster.id()).remove().send();
            system.dataCentersService().dataCenterService(dc.id()).remove().send();

            assertEquals(1, found.size());
            assertEquals(dc.id(), cluster.dataCenter().id());
            assertEquals(dc.id(), readNet.dataCenter().id());
            assertEquals(1400, readNet.mtuAsInteger());
            assertEquals(42, readNet.vlan().idAsInteger());
            assertEquals(List.of(NetworkUsage.VM), readNet.usages());
            assertEquals("sdknet", readNet.vdsmName());
            assertEquals(1, attached.size());
            assertFalse(attached.get(0).required());
            assertEquals(net.id(), readProfile.network().id());
            assertEquals(GROUP, readProfile.customProperties().get(0).value());
            assertEquals("198.51.100.9", host.address());
            assertTrue(duplicate.getMessage().contains("409"), duplicate.getMessage());
            assertTrue(system.dataCentersService().list().search("name=" + dcName).send().dataCenters().isEmpty());
        } finally {
            connection.close();
        }
    }
}
