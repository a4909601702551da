package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * VMs and vNICs of the standalone engine host over HTTP, in XML and JSON, on an inventory built over REST: add,
 * start (on a chosen host, or one the engine picks), migrate, hot-unplug and plug, stop, remove; MACs from the pool
 * or given; 404 unknown ids, 409 for what the VM's state or a taken name or MAC forbids (also removing a
 * cluster with VMs, a host VMs run on, or a network or profile vNICs use), 400 bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VmRestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static String added(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(201, answer.status(), () -> path + ": " + answer.body());
        return answer.xpath("/*/@id");
    }

    private static String action(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(200, answer.status(), () -> path + ": " + answer.body());
        assertEquals("complete", answer.xpath("/action/status"));
        return answer.body();
    }

    /** DC, cluster, two hosts, a network attached to the cluster with a profile: what a VM needs. */
    private record Inventory(String cluster, String host1, String host2, String network, String profile) {
    }

    private static Inventory inventory() {
        String dc = added("/datacenters", "<data_center><name>" + Http.uniqueName("vdc") + "</name></data_center>");
        String cluster = added("/clusters", "<cluster><name>" + Http.uniqueName("vcl") + "</name><data_center id=\""
                + dc + "\"/></cluster>");
        String host1 = addHost(cluster);
        String host2 = addHost(cluster);
        String network = added("/networks", "<network><name>red</name><data_center id=\"" + dc + "\"/></network>");
        Http.Answer attached = Http.post("/clusters/" + cluster + "/networks", Http.XML,
                "<network id=\"" + network + "\"/>");
        assertEquals(201, attached.status(), attached.body());
        String profile = added("/networks/" + network + "/vnicprofiles", "<vnic_profile><name>red</name>"
                + "</vnic_profile>");
        return new Inventory(cluster, host1, host2, network, profile);
    }

    private static String addHost(String cluster) {
        String name = Http.uniqueName("vh");
        return added("/hosts", "<host><name>" + name + "</name><address>" + name + ".lab.example.org</address>"
                + "<cluster id=\"" + cluster + "\"/></host>");
    }

    private static String addVm(String cluster) {
        return added("/vms", "<vm><name>" + Http.uniqueName("vm") + "</name><cluster id=\"" + cluster + "\"/></vm>");
    }

    @Test
    void shouldRunAVmWithVnicsThroughItsWholeLifeInXml() {
        Inventory inv = inventory();
        String vmName = Http.uniqueName("vm");
        Http.Answer vm = Http.post("/vms", Http.XML, "<vm><name>" + vmName + "</name><cluster id=\"" + inv.cluster()
                + "\"/></vm>");
        assertEquals(201, vm.status(), vm.body());
        String vmId = vm.xpath("/vm/@id");
        assertEquals("down", vm.xpath("/vm/status"));
        assertEquals("", vm.xpath("/vm/host/@id"));
        assertTrue(vm.raw().headers().firstValue("Location").orElseThrow().endsWith("/vms/" + vmId));

        Http.Answer pooled = Http.post("/vms/" + vmId + "/nics", Http.XML, "<nic><name>nic1</name><vnic_profile id=\""
                + inv.profile() + "\"/></nic>");
        Http.Answer given = Http.post("/vms/" + vmId + "/nics", Http.XML, "<nic><name>nic2</name><mac><address>"
                + "02:AB:00:00:" + UUID.randomUUID().toString().substring(0, 2) + ":01</address></mac>"
                + "<plugged>false</plugged><linked>false</linked></nic>");
        assertEquals(201, pooled.status(), pooled.body());
        assertEquals(201, given.status(), given.body());
        String nic1 = pooled.xpath("/nic/@id");
        String nic2 = given.xpath("/nic/@id");
        assertTrue(pooled.xpath("/nic/mac/address").startsWith("56:6f:"), pooled.body());
        assertEquals(inv.profile(), pooled.xpath("/nic/vnic_profile/@id"));
        assertEquals("true", pooled.xpath("/nic/plugged"));
        assertEquals("true", pooled.xpath("/nic/linked"));
        assertTrue(given.xpath("/nic/mac/address").startsWith("02:ab:00:00:"), given.body());
        assertEquals("", given.xpath("/nic/vnic_profile/@id"));
        assertEquals("false", given.xpath("/nic/plugged"));

        action("/vms/" + vmId + "/start", "<action><vm><placement_policy><hosts><host id=\"" + inv.host1()
                + "\"/></hosts></placement_policy></vm></action>");
        Http.Answer running = Http.get("/vms/" + vmId, Http.XML);
        assertEquals("up", running.xpath("/vm/status"));
        assertEquals(inv.host1(), running.xpath("/vm/host/@id"));

        action("/vms/" + vmId + "/migrate", "<action><host id=\"" + inv.host2() + "\"/></action>");
        assertEquals(inv.host2(), Http.get("/vms/" + vmId, Http.XML).xpath("/vm/host/@id"));

        action("/vms/" + vmId + "/nics/" + nic1 + "/deactivate", "<action/>");
        assertEquals("false", Http.get("/vms/" + vmId + "/nics/" + nic1, Http.XML).xpath("/nic/plugged"));
        action("/vms/" + vmId + "/nics/" + nic2 + "/activate", "<action/>");
        action("/vms/" + vmId + "/nics/" + nic1 + "/activate", "<action/>");
        Http.Answer nics = Http.get("/vms/" + vmId + "/nics", Http.XML);
        assertEquals("2", nics.xpath("count(/nics/nic[plugged='true'])"));
        assertEquals("nic1", nics.xpath("/nics/nic[1]/name"));

        Http.Answer renamed = Http.put("/vms/" + vmId + "/nics/" + nic2, Http.XML, "<nic><name>eth1</name>"
                + "<vnic_profile id=\"" + inv.profile() + "\"/><linked>true</linked></nic>");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("eth1", renamed.xpath("/nic/name"));
        assertEquals(inv.profile(), renamed.xpath("/nic/vnic_profile/@id"));
        assertEquals("true", renamed.xpath("/nic/linked"));

        action("/vms/" + vmId + "/stop", "<action/>");
        Http.Answer stopped = Http.get("/vms/" + vmId, Http.XML);
        assertEquals("down", stopped.xpath("/vm/status"));
        assertEquals("", stopped.xpath("/vm/host/@id"));

        assertEquals(200, Http.delete("/vms/" + vmId + "/nics/" + nic2).status());
        assertEquals(200, Http.delete("/vms/" + vmId).status());
        assertEquals(404, Http.get("/vms/" + vmId, Http.XML).status());
        assertEquals(404, Http.get("/vms/" + vmId + "/nics/" + nic1, Http.XML).status());
        assertTrue(Http.get("/vms?search=name%3D" + vmName, Http.XML).xpath("count(/vms/vm)").equals("0"));
    }

    @Test
    void shouldDoTheSameInJsonAndStartOnAHostOfTheClusterWhenNoneIsGiven() {
        Inventory inv = inventory();
        Http.Answer vm = Http.post("/vms", Http.JSON, "{\"name\":\"" + Http.uniqueName("vmj") + "\",\"cluster\":{"
                + "\"id\":\"" + inv.cluster() + "\"}}");
        assertEquals(201, vm.status(), vm.body());
        assertTrue(vm.contentType().startsWith(Http.JSON), vm.contentType());
        String vmId = vm.json().getString("id");
        assertEquals("down", vm.json().getString("status"));

        Http.Answer nic = Http.post("/vms/" + vmId + "/nics", Http.JSON, "{\"name\":\"nic1\",\"vnic_profile\":{"
                + "\"id\":\"" + inv.profile() + "\"}}");
        assertEquals(201, nic.status(), nic.body());
        JsonObject nicJson = nic.json();
        assertTrue(nicJson.getJsonObject("mac").getString("address").startsWith("56:6f:"), nic.body());
        assertTrue(nicJson.getBoolean("plugged"));

        Http.Answer start = Http.post("/vms/" + vmId + "/start", Http.JSON, "{}");
        assertEquals(200, start.status(), start.body());
        assertEquals("complete", start.json().getString("status"));
        JsonObject running = Http.get("/vms/" + vmId, Http.JSON).json();
        assertEquals("up", running.getString("status"));
        String host = running.getJsonObject("host").getString("id");
        assertTrue(host.equals(inv.host1()) || host.equals(inv.host2()), host);

        String other = host.equals(inv.host1()) ? inv.host2() : inv.host1();
        Http.Answer migrate = Http.post("/vms/" + vmId + "/migrate", Http.JSON, "{\"host\":{\"id\":\"" + other
                + "\"}}");
        assertEquals(200, migrate.status(), migrate.body());
        assertEquals(other, Http.get("/vms/" + vmId, Http.JSON).json().getJsonObject("host").getString("id"));

        String nicId = nicJson.getString("id");
        assertEquals(200, Http.post("/vms/" + vmId + "/nics/" + nicId + "/deactivate", Http.JSON, "{}").status());
        assertEquals(200, Http.post("/vms/" + vmId + "/nics/" + nicId + "/activate", Http.JSON, "{}").status());
        assertEquals(1, Http.get("/vms/" + vmId + "/nics", Http.JSON).json().getJsonArray("nic").size());
        assertEquals(200, Http.post("/vms/" + vmId + "/stop", Http.JSON, "{}").status());
        assertEquals(200, Http.delete("/vms/" + vmId).status());
    }

    @Test
    void shouldAnswer404ForUnknownVmsVnicsHostsAndProfiles() {
        Inventory inv = inventory();
        String vmId = addVm(inv.cluster());
        String unknown = UUID.randomUUID().toString();

        Http.Answer vm = Http.get("/vms/" + unknown, Http.XML);
        Http.Answer malformed = Http.get("/vms/not-a-uuid", Http.XML);
        Http.Answer nics = Http.get("/vms/" + unknown + "/nics", Http.XML);
        Http.Answer nic = Http.get("/vms/" + vmId + "/nics/" + unknown, Http.XML);
        Http.Answer start = Http.post("/vms/" + unknown + "/start", Http.XML, "<action/>");
        Http.Answer startOnUnknownHost = Http.post("/vms/" + vmId + "/start", Http.XML, "<action><host id=\""
                + unknown + "\"/></action>");
        Http.Answer startOnNoUuid = Http.post("/vms/" + vmId + "/start", Http.XML, "<action><host id=\"h1\"/>"
                + "</action>");
        Http.Answer unknownProfile = Http.post("/vms/" + vmId + "/nics", Http.XML, "<nic><name>nic1</name>"
                + "<vnic_profile id=\"" + unknown + "\"/></nic>");
        Http.Answer unknownCluster = Http.post("/vms", Http.XML, "<vm><name>" + Http.uniqueName("vm") + "</name>"
                + "<cluster id=\"" + unknown + "\"/></vm>");
        Http.Answer deleteNic = Http.delete("/vms/" + vmId + "/nics/" + unknown);

        assertEquals(404, vm.status());
        assertEquals("Resource not found", vm.xpath("/fault/reason"));
        assertTrue(vm.xpath("/fault/detail").contains("VM " + unknown + " does not exist"), vm.body());
        assertEquals(404, malformed.status());
        assertEquals(404, nics.status());
        assertEquals(404, nic.status(), nic.body());
        assertEquals(404, start.status());
        assertEquals(404, startOnUnknownHost.status(), startOnUnknownHost.body());
        assertEquals(404, startOnNoUuid.status(), startOnNoUuid.body());
        assertTrue(startOnNoUuid.xpath("/fault/detail").contains("h1"), startOnNoUuid.body());
        assertEquals(404, unknownProfile.status(), unknownProfile.body());
        assertEquals(404, unknownCluster.status(), unknownCluster.body());
        assertEquals(404, deleteNic.status());
    }

    @Test
    void shouldAnswer409WhenTheVmStateANameOrAMacForbidsIt() {
        Inventory inv = inventory();
        String vmId = addVm(inv.cluster());
        String vmName = Http.get("/vms/" + vmId, Http.XML).xpath("/vm/name");
        Http.Answer nic = Http.post("/vms/" + vmId + "/nics", Http.XML, "<nic><name>nic1</name></nic>");
        String nicId = nic.xpath("/nic/@id");
        String mac = nic.xpath("/nic/mac/address");
        String emptyCluster = added("/clusters", "<cluster><name>" + Http.uniqueName("vcl") + "</name>"
                + "<data_center id=\"" + Http.get("/clusters/" + inv.cluster(), Http.XML).xpath("/cluster/data_center/@id")
                + "\"/></cluster>");
        String hostless = addVm(emptyCluster);

        Http.Answer dupVm = Http.post("/vms", Http.XML, "<vm><name>" + vmName + "</name><cluster id=\""
                + inv.cluster() + "\"/></vm>");
        Http.Answer dupNic = Http.post("/vms/" + vmId + "/nics", Http.XML, "<nic><name>nic1</name></nic>");
        Http.Answer dupMac = Http.post("/vms/" + addVm(inv.cluster()) + "/nics", Http.XML, "<nic><name>nic1</name>"
                + "<mac><address>" + mac + "</address></mac></nic>");
        Http.Answer stopDown = Http.post("/vms/" + vmId + "/stop", Http.XML, "<action/>");
        Http.Answer migrateDown = Http.post("/vms/" + vmId + "/migrate", Http.XML, "<action><host id=\""
                + inv.host2() + "\"/></action>");
        Http.Answer noHost = Http.post("/vms/" + hostless + "/start", Http.XML, "<action/>");
        Http.Answer plugTwice = Http.post("/vms/" + vmId + "/nics/" + nicId + "/activate", Http.XML, "<action/>");
        action("/vms/" + vmId + "/start", "<action><host id=\"" + inv.host1() + "\"/></action>");
        Http.Answer startTwice = Http.post("/vms/" + vmId + "/start", Http.XML, "<action/>");
        Http.Answer removeRunning = Http.delete("/vms/" + vmId);
        Http.Answer removePluggedNic = Http.delete("/vms/" + vmId + "/nics/" + nicId);
        Http.Answer newMacWhilePlugged = Http.put("/vms/" + vmId + "/nics/" + nicId, Http.XML,
                "<nic><mac><address>02:00:00:00:00:99</address></mac></nic>");
        Http.Answer removeHostWithVm = Http.delete("/hosts/" + inv.host1());
        assertEquals(201, Http.post("/vms/" + vmId + "/nics", Http.XML, "<nic><name>nic2</name><vnic_profile id=\""
                + inv.profile() + "\"/></nic>").status());
        Http.Answer removeUsedProfile = Http.delete("/vnicprofiles/" + inv.profile());
        Http.Answer removeUsedNetwork = Http.delete("/networks/" + inv.network());
        Http.Answer removeClusterWithVms = Http.delete("/clusters/" + emptyCluster);

        for (Http.Answer refused : new Http.Answer[] {dupVm, dupNic, dupMac, stopDown, migrateDown, noHost, plugTwice,
                startTwice, removeRunning, removePluggedNic, newMacWhilePlugged, removeHostWithVm,
                removeClusterWithVms, removeUsedProfile, removeUsedNetwork}) {
            assertEquals(409, refused.status(), refused.body());
        }
        String hostName = Http.get("/hosts/" + inv.host1(), Http.XML).xpath("/host/name");
        String hostlessName = Http.get("/vms/" + hostless, Http.XML).xpath("/vm/name");
        assertDetail(dupVm, "The name " + vmName + " is already used by another VM");
        assertDetail(dupNic, "VM " + vmName + " already has a vNIC named nic1");
        assertDetail(dupMac, "The MAC address " + mac + " is already in use");
        assertDetail(stopDown, "VM " + vmName + " is not running");
        assertDetail(migrateDown, "VM " + vmName + " is down; it must be up");
        assertDetail(noHost, "of VM " + hostlessName + " has no host to run it on");
        assertDetail(plugTwice, "vNIC nic1 of VM " + vmName + " is already plugged");
        assertDetail(startTwice, "VM " + vmName + " is up; it must be down");
        assertDetail(removeRunning, "VM " + vmName + " is up; it must be down");
        assertDetail(removePluggedNic, "vNIC nic1 is plugged into running VM " + vmName + "; unplug it first");
        assertDetail(newMacWhilePlugged, "vNIC nic1 of VM " + vmName
                + " is plugged; unplug it before changing its MAC address");
        assertDetail(removeHostWithVm, "VMs run on host " + hostName + ": " + vmName);
        assertDetail(removeClusterWithVms, "still has VMs: " + hostlessName);
        assertDetail(removeUsedProfile, "is used by vNICs of VMs: " + vmName);
        assertDetail(removeUsedNetwork, "is used by vNICs of VMs: " + vmName);

        action("/vms/" + vmId + "/stop", "<action/>");
        assertEquals(200, Http.delete("/vms/" + vmId).status());
    }

    private static void assertDetail(Http.Answer refused, String expected) {
        assertTrue(refused.xpath("/fault/detail").contains(expected), "expected '" + expected + "' in "
                + refused.body());
    }

    @Test
    void shouldAnswer400ForBadInput() {
        Inventory inv = inventory();
        String vmId = addVm(inv.cluster());
        String foreignCluster = added("/clusters", "<cluster><name>" + Http.uniqueName("vcl") + "</name>"
                + "<data_center id=\"" + Http.get("/clusters/" + inv.cluster(), Http.XML)
                .xpath("/cluster/data_center/@id") + "\"/></cluster>");
        String foreignHost = addHost(foreignCluster);

        Http.Answer noName = Http.post("/vms", Http.XML, "<vm><cluster id=\"" + inv.cluster() + "\"/></vm>");
        Http.Answer noCluster = Http.post("/vms", Http.XML, "<vm><name>" + Http.uniqueName("vm") + "</name></vm>");
        Http.Answer badName = Http.post("/vms", Http.XML, "<vm><name>my vm</name><cluster id=\"" + inv.cluster()
                + "\"/></vm>");
        Http.Answer badMac = Http.post("/vms/" + vmId + "/nics", Http.XML, "<nic><name>nic1</name><mac><address>"
                + "zz:00:00:00:00:01</address></mac></nic>");
        Http.Answer multicast = Http.post("/vms/" + vmId + "/nics", Http.XML, "<nic><name>nic1</name><mac><address>"
                + "01:00:5e:00:00:01</address></mac></nic>");
        Http.Answer notXml = Http.post("/vms", Http.XML, "<vm><name>");
        Http.Answer foreignStart = Http.post("/vms/" + vmId + "/start", Http.XML, "<action><host id=\""
                + foreignHost + "\"/></action>");
        action("/vms/" + vmId + "/start", "<action><host id=\"" + inv.host1() + "\"/></action>");
        Http.Answer sameHost = Http.post("/vms/" + vmId + "/migrate", Http.XML, "<action><host id=\""
                + inv.host1() + "\"/></action>");
        Http.Answer noTarget = Http.post("/vms/" + vmId + "/migrate", Http.XML, "<action/>");

        for (Http.Answer refused : new Http.Answer[] {noName, noCluster, badName, badMac, multicast, notXml,
                foreignStart, sameHost, noTarget}) {
            assertEquals(400, refused.status(), refused.body());
        }
        assertTrue(badMac.xpath("/fault/detail").contains("zz:00:00:00:00:01"), badMac.body());
        assertTrue(foreignStart.xpath("/fault/detail").contains("is not in cluster"), foreignStart.body());
        assertNotEquals("", noTarget.xpath("/fault/detail"));
        action("/vms/" + vmId + "/stop", "<action/>");
    }
}
