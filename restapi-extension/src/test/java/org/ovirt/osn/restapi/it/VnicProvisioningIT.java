package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * vNIC provisioning end to end against the real Neutron (fakebind binds any host, refuses {@code fail-*}): a VM's
 * run creates its ports in bulk, bound to its host, with MAC, name, device id/owner and security groups as the vNIC
 * and its profile say; a second run creates none; migration rebinds; hot-plug and unplug; removal of a vNIC or the VM
 * removes ports; a binding failure, a MAC taken on the network and an unreachable provider fail the run and leave no
 * port; the ports of a create whose answer was lost are adopted by the next run, none created twice; concurrent
 * starts of one VM run it once; 20 VMs started at once get exactly their 40 ports. Ports show on the vNIC as
 * {@code <provider_port>}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VnicProvisioningIT {

    private final RealNeutronNetworks neutron = new RealNeutronNetworks();
    private final List<String> providers = new ArrayList<>();
    private final List<String> vms = new ArrayList<>();
    private final List<String> securityGroups = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void cleanUp() {
        for (String vm : vms) {
            Http.post("/vms/" + vm + "/stop", Http.XML, "<action/>");
            Http.delete("/vms/" + vm);
        }
        providers.forEach(p -> Http.delete("/openstacknetworkproviders/" + p));
        neutron.close();
        securityGroups.forEach(RealNeutronPorts::deleteSecurityGroup);
    }

    private static String added(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(201, answer.status(), () -> path + ": " + answer.body());
        return answer.xpath("/*/@id");
    }

    private static void action(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(200, answer.status(), () -> path + ": " + answer.body());
    }

    /** A cluster with two hosts and a provider network imported into its DC and attached to it. */
    private record Lab(String provider, String providerName, String external, String cluster, String host1,
                       String host1Address, String host2, String host2Address, String network, String profile,
                       String dataCenter) {
    }

    private Lab lab() {
        return lab("");
    }

    private Lab lab(String extraProviderXml) {
        String providerName = Http.uniqueName("prov");
        String provider = added("/openstacknetworkproviders", "<openstack_network_provider><name>" + providerName
                + "</name><type>neutron</type><url>" + RealNeutronNetworks.NEUTRON + "</url>"
                + "<requires_authentication>false</requires_authentication>" + extraProviderXml
                + "</openstack_network_provider>");
        providers.add(provider);
        String external = neutron.tenant(Http.uniqueName("prov-net"));
        String dc = added("/datacenters", "<data_center><name>" + Http.uniqueName("pdc") + "</name></data_center>");
        String cluster = added("/clusters", "<cluster><name>" + Http.uniqueName("pcl") + "</name><data_center id=\""
                + dc + "\"/></cluster>");
        String host1Address = Http.uniqueName("prov-h1");
        String host2Address = Http.uniqueName("prov-h2");
        String host1 = host(cluster, host1Address);
        String host2 = host(cluster, host2Address);
        Http.Answer imported = Http.post("/openstacknetworkproviders/" + provider + "/networks/" + external
                + "/import", Http.XML, "<action><data_center id=\"" + dc + "\"/></action>");
        assertEquals(200, imported.status(), imported.body());
        String network = imported.xpath("/action/network/@id");
        Http.Answer attached = Http.post("/clusters/" + cluster + "/networks", Http.XML,
                "<network id=\"" + network + "\"/>");
        assertEquals(201, attached.status(), attached.body());
        String profile = Http.get("/networks/" + network + "/vnicprofiles", Http.XML)
                .xpath("/vnic_profiles/vnic_profile[1]/@id");
        return new Lab(provider, providerName, external, cluster, host1, host1Address, host2, host2Address, network,
                profile, dc);
    }

    private static String host(String cluster, String address) {
        return added("/hosts", "<host><name>" + address + "</name><address>" + address + "</address><cluster id=\""
                + cluster + "\"/></host>");
    }

    private static String profile(Lab lab, String securityGroups) {
        return added("/networks/" + lab.network() + "/vnicprofiles", "<vnic_profile><name>" + Http.uniqueName("sg")
                + "</name><custom_properties><custom_property><name>SecurityGroups</name><value>" + securityGroups
                + "</value></custom_property></custom_properties></vnic_profile>");
    }

    private String vm(Lab lab) {
        String vm = added("/vms", "<vm><name>" + Http.uniqueName("pvm") + "</name><cluster id=\"" + lab.cluster()
                + "\"/></vm>");
        vms.add(vm);
        return vm;
    }

    private static String nic(String vm, String name, String profile) {
        return added("/vms/" + vm + "/nics", "<nic><name>" + name + "</name><vnic_profile id=\"" + profile
                + "\"/></nic>");
    }

    private static Map<String, JsonObject> portsByDevice(List<String> nics) {
        return RealNeutronPorts.ofDevices(nics).stream()
                .collect(Collectors.toMap(p -> p.getString("device_id"), Function.identity()));
    }

    private static List<String> groups(JsonObject port) {
        return port.getJsonArray("security_groups").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList();
    }

    @Test
    void shouldProvisionOnRunReuseOnRerunRebindOnMigrationAndReleaseOnRemoval() {
        Lab lab = lab();
        String groupA = RealNeutronPorts.securityGroup(Http.uniqueName("prov-sga"));
        String groupB = RealNeutronPorts.securityGroup(Http.uniqueName("prov-sgb"));
        securityGroups.add(groupA);
        securityGroups.add(groupB);
        String twoGroups = profile(lab, groupA + "," + groupB);
        String noGroups = profile(lab, "");
        String vm = vm(lab);
        List<String> nics = List.of(nic(vm, "nic1", lab.profile()), nic(vm, "nic2", lab.profile()),
                nic(vm, "nic3", twoGroups), nic(vm, "nic4", noGroups));

        action("/vms/" + vm + "/start", "<action><host id=\"" + lab.host1() + "\"/></action>");

        Map<String, JsonObject> ports = portsByDevice(nics);
        assertEquals(4, ports.size(), ports.toString());
        for (int i = 0; i < 4; i++) {
            String nic = nics.get(i);
            JsonObject port = ports.get(nic);
            Http.Answer shown = Http.get("/vms/" + vm + "/nics/" + nic, Http.XML);
            int n = i + 1;
            assertAll("nic" + n,
                    () -> assertEquals("ACTIVE", port.getString("status")),
                    () -> assertEquals("ovs", port.getString("binding:vif_type")),
                    () -> assertEquals(lab.host1Address(), port.getString("binding:host_id")),
                    () -> assertEquals(shown.xpath("/nic/mac/address"), port.getString("mac_address")),
                    () -> assertEquals("nic" + n, port.getString("name")),
                    () -> assertEquals("oVirt", port.getString("device_owner")),
                    () -> assertEquals(lab.external(), port.getString("network_id")),
                    () -> assertEquals(port.getString("id"), shown.xpath("/nic/provider_port/@id")),
                    () -> assertEquals("active", shown.xpath("/nic/provider_port/state")),
                    () -> assertEquals("OPENSTACK_NETWORK", shown.xpath("/nic/provider_port/provider_type")),
                    () -> assertEquals(lab.host1Address(), shown.xpath("/nic/provider_port/host_binding")),
                    () -> assertEquals(lab.provider(),
                            shown.xpath("/nic/provider_port/openstack_network_provider/@id")),
                    () -> assertEquals(lab.external(), shown.xpath("/nic/provider_port/openstack_network/@id")));
        }
        assertEquals(1, groups(ports.get(nics.get(0))).size(), "the provider's default group");
        assertEquals(List.of(groupA, groupB).stream().sorted().toList(), groups(ports.get(nics.get(2))));
        assertEquals(List.of(), groups(ports.get(nics.get(3))));
        Http.Answer json = Http.get("/vms/" + vm + "/nics/" + nics.get(2), Http.JSON);
        JsonObject providerPort = json.json().getJsonObject("provider_port");
        assertEquals(ports.get(nics.get(2)).getString("id"), providerPort.getString("id"));
        assertEquals(2, providerPort.getJsonArray("security_groups").size(), json.body());
        assertEquals("OPENSTACK_NETWORK", providerPort.getString("provider_type"));

        action("/vms/" + vm + "/stop", "<action/>");
        assertEquals("down", Http.get("/vms/" + vm + "/nics/" + nics.get(0), Http.XML)
                .xpath("/nic/provider_port/state"));
        assertEquals(4, portsByDevice(nics).size(), "ports stay while the VM is down");
        action("/vms/" + vm + "/start", "<action><host id=\"" + lab.host1() + "\"/></action>");
        Map<String, JsonObject> again = portsByDevice(nics);
        assertEquals(ids(ports), ids(again), "a second run creates no port");

        action("/vms/" + vm + "/migrate", "<action><host id=\"" + lab.host2() + "\"/></action>");
        Map<String, JsonObject> migrated = portsByDevice(nics);
        assertEquals(ids(ports), ids(migrated));
        assertTrue(migrated.values().stream().allMatch(p -> lab.host2Address().equals(p.getString("binding:host_id"))
                && "ovs".equals(p.getString("binding:vif_type"))), migrated.toString());
        assertEquals(List.of(groupA, groupB).stream().sorted().toList(), groups(migrated.get(nics.get(2))));

        action("/vms/" + vm + "/nics/" + nics.get(1) + "/deactivate", "<action/>");
        assertEquals("unplugged", Http.get("/vms/" + vm + "/nics/" + nics.get(1), Http.XML)
                .xpath("/nic/provider_port/state"));
        assertEquals(4, portsByDevice(nics).size(), "an unplugged vNIC keeps its port");
        action("/vms/" + vm + "/nics/" + nics.get(1) + "/activate", "<action/>");
        assertEquals("active", Http.get("/vms/" + vm + "/nics/" + nics.get(1), Http.XML)
                .xpath("/nic/provider_port/state"));
        String plugged = nic(vm, "nic5", lab.profile());
        JsonObject hotPlugged = portsByDevice(List.of(plugged)).get(plugged);
        assertEquals(lab.host2Address(), hotPlugged.getString("binding:host_id"));
        assertEquals("ACTIVE", hotPlugged.getString("status"));

        action("/vms/" + vm + "/nics/" + nics.get(0) + "/deactivate", "<action/>");
        assertEquals(200, Http.delete("/vms/" + vm + "/nics/" + nics.get(0)).status());
        List<String> all = List.of(nics.get(0), nics.get(1), nics.get(2), nics.get(3), plugged);
        awaitPorts(() -> portsByDevice(all).keySet(), Set.of(nics.get(1), nics.get(2), nics.get(3), plugged),
                "the removed vNIC's port is gone, the others stay");

        action("/vms/" + vm + "/stop", "<action/>");
        assertEquals(200, Http.delete("/vms/" + vm).status());
        vms.remove(vm);
        awaitPorts(() -> Set.copyOf(RealNeutronPorts.onNetwork(lab.external())), Set.of(),
                "no port left after the VM is removed");
    }

    @Test
    void shouldReleaseThePortsOfItsVmsWhenADataCenterIsRemovedByForceAndRefuseWhileOneRuns() {
        Lab lab = lab();
        String web = vm(lab);
        String db = vm(lab);
        List<String> nics = List.of(nic(web, "nic1", lab.profile()), nic(web, "nic2", lab.profile()),
                nic(db, "nic1", lab.profile()));
        action("/vms/" + web + "/start", "<action><host id=\"" + lab.host1() + "\"/></action>");
        action("/vms/" + db + "/start", "<action><host id=\"" + lab.host1() + "\"/></action>");
        action("/vms/" + web + "/stop", "<action/>");
        assertEquals(3, portsByDevice(nics).size(), "stopped or not, every vNIC has its port");

        Http.Answer whileRunning = Http.delete("/datacenters/" + lab.dataCenter() + "?force=true");

        assertEquals(409, whileRunning.status(), whileRunning.body());
        String dbName = Http.get("/vms/" + db, Http.XML).xpath("/vm/name");
        assertTrue(whileRunning.xpath("/fault/detail").contains("not down: " + dbName), whileRunning.body());
        assertEquals(200, Http.get("/datacenters/" + lab.dataCenter(), Http.XML).status());
        assertEquals(3, portsByDevice(nics).size(), "a refused removal releases nothing");

        action("/vms/" + db + "/stop", "<action/>");
        Http.Answer plain = Http.delete("/datacenters/" + lab.dataCenter());
        assertEquals(409, plain.status(), "without force a data center with clusters stays: " + plain.body());

        Http.Answer forced = Http.delete("/datacenters/" + lab.dataCenter() + "?force=true");

        assertEquals(200, forced.status(), forced.body());
        assertEquals(404, Http.get("/datacenters/" + lab.dataCenter(), Http.XML).status());
        assertEquals(404, Http.get("/clusters/" + lab.cluster(), Http.XML).status());
        assertEquals(404, Http.get("/vms/" + web, Http.XML).status());
        assertEquals(404, Http.get("/networks/" + lab.network(), Http.XML).status());
        awaitPorts(() -> portsByDevice(nics).keySet(), Set.of(), "the ports of the removed VMs are released");
        vms.removeAll(List.of(web, db));
    }

    /** A release happens after commit, possibly on another thread: wait a little for it. */
    private static <T> void awaitPorts(java.util.function.Supplier<Set<T>> actual, Set<T> expected, String why) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        Set<T> seen = actual.get();
        while (!seen.equals(expected) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            seen = actual.get();
        }
        assertEquals(expected, seen, why);
    }

    private static Set<String> ids(Map<String, JsonObject> ports) {
        return ports.values().stream().map(p -> p.getString("id")).collect(Collectors.toSet());
    }

    @Test
    void shouldBindToTheIdTheHostReportsForTheProvidersPluginType() {
        Lab lab = lab("<external_plugin_type>OVIRT_PROVIDER_OVN</external_plugin_type>");
        String systemId = Http.uniqueName("prov-system");
        String path = "/hosts/" + lab.host1() + "/providerbindings/OVIRT_PROVIDER_OVN";
        assertEquals(404, Http.get(path, Http.XML).status());
        Http.Answer set = Http.put(path, Http.XML, "<provider_binding><binding_host_id>" + systemId
                + "</binding_host_id></provider_binding>");
        assertEquals(200, set.status(), set.body());
        assertEquals(systemId, Http.get(path, Http.JSON).json().getString("binding_host_id"));
        String vm = vm(lab);
        String nic = nic(vm, "nic1", lab.profile());

        action("/vms/" + vm + "/start", "<action><host id=\"" + lab.host1() + "\"/></action>");

        assertEquals(systemId, portsByDevice(List.of(nic)).get(nic).getString("binding:host_id"));
        Http.Answer shown = Http.get("/vms/" + vm + "/nics/" + nic, Http.XML);
        assertEquals("OVIRT_PROVIDER_OVN", shown.xpath("/nic/provider_port/plugin_type"));
        assertEquals(systemId, shown.xpath("/nic/provider_port/host_binding"));
    }

    @Test
    void shouldFailTheRunAndLeaveNoPortWhenTheHostCannotBeBound() {
        Lab lab = lab();
        String failing = host(lab.cluster(), Http.uniqueName("fail-prov"));
        String vm = vm(lab);
        List<String> nics = List.of(nic(vm, "nic1", lab.profile()), nic(vm, "nic2", lab.profile()));

        Http.Answer start = Http.post("/vms/" + vm + "/start", Http.XML, "<action><host id=\"" + failing
                + "\"/></action>");

        assertEquals(400, start.status(), start.body());
        assertTrue(start.xpath("/fault/detail").contains("could not bind"), start.body());
        assertTrue(start.xpath("/fault/detail").contains(lab.providerName()), start.body());
        assertEquals("down", Http.get("/vms/" + vm, Http.XML).xpath("/vm/status"));
        assertEquals(List.of(), RealNeutronPorts.ofDevices(nics));
        assertEquals("", Http.get("/vms/" + vm + "/nics/" + nics.get(0), Http.XML).xpath("/nic/provider_port/@id"));
    }

    @Test
    void shouldRefuseTheRunWithAClearMessageAndLeaveNoPortWhenAMacIsTakenOnTheNetwork() {
        Lab lab = lab();
        String vm = vm(lab);
        String nic1 = nic(vm, "nic1", lab.profile());
        String nic2 = nic(vm, "nic2", lab.profile());
        String mac = Http.get("/vms/" + vm + "/nics/" + nic2, Http.XML).xpath("/nic/mac/address");
        String squatter = RealNeutronPorts.create(lab.external(), mac);

        Http.Answer start = Http.post("/vms/" + vm + "/start", Http.XML, "<action><host id=\"" + lab.host1()
                + "\"/></action>");

        assertEquals(409, start.status(), start.body());
        String detail = start.xpath("/fault/detail");
        assertTrue(detail.contains("nic2") && detail.contains(mac) && detail.contains(lab.providerName()), detail);
        assertEquals("down", Http.get("/vms/" + vm, Http.XML).xpath("/vm/status"));
        assertEquals(List.of(), RealNeutronPorts.ofDevices(List.of(nic1, nic2)));
        assertEquals(List.of(squatter), RealNeutronPorts.onNetwork(lab.external()).stream()
                .map(p -> p.getString("id")).toList(), "the other port is left alone");
    }

    @Test
    void shouldFailTheRunAndKeepTheVmDownWhenTheProviderCannotBeReached() throws IOException {
        Lab lab = lab();
        String vm = vm(lab);
        nic(vm, "nic1", lab.profile());
        Http.Answer start;
        try (RefusingPort nobody = new RefusingPort()) {
            Http.Answer moved = Http.put("/openstacknetworkproviders/" + lab.provider(), Http.XML,
                    "<openstack_network_provider><url>" + nobody.url() + "</url></openstack_network_provider>");
            assertEquals(200, moved.status(), moved.body());

            start = Http.post("/vms/" + vm + "/start", Http.XML, "<action><host id=\"" + lab.host1()
                    + "\"/></action>");
        }

        assertEquals(400, start.status(), start.body());
        assertTrue(start.xpath("/fault/detail").contains("nic1"), start.body());
        assertTrue(start.xpath("/fault/detail").contains(lab.providerName()), start.body());
        assertEquals("down", Http.get("/vms/" + vm, Http.XML).xpath("/vm/status"));
        assertTrue(RealNeutronPorts.onNetwork(lab.external()).isEmpty());
    }

    @Test
    void shouldAdoptThePortsOfACreateWhoseAnswerWasLostAndCreateNoSecond() {
        Lab lab = lab();
        String vm = vm(lab);
        List<String> nics = List.of(nic(vm, "nic1", lab.profile()), nic(vm, "nic2", lab.profile()));
        try (FailingDeletesNeutron provider = new FailingDeletesNeutron(RealNeutronNetworks.NEUTRON)) {
            provider.failDeletes(false);
            Http.Answer moved = Http.put("/openstacknetworkproviders/" + lab.provider(), Http.XML,
                    "<openstack_network_provider><url>" + provider.url() + "</url></openstack_network_provider>");
            assertEquals(200, moved.status(), moved.body());
            provider.loseCreateAnswers(true);

            Http.Answer lost = Http.post("/vms/" + vm + "/start", Http.XML, "<action><host id=\"" + lab.host1()
                    + "\"/></action>");

            assertTrue(lost.status() >= 400, lost.status() + ": " + lost.body());
            assertEquals("down", Http.get("/vms/" + vm, Http.XML).xpath("/vm/status"));
            Set<String> left = ids(portsByDevice(nics));
            assertEquals(2, left.size(), "the create reached Neutron, its answer did not: " + left);
            assertEquals("", Http.get("/vms/" + vm + "/nics/" + nics.get(0), Http.XML)
                    .xpath("/nic/provider_port/@id"), "nothing recorded");
            provider.loseCreateAnswers(false);
            int createsBefore = provider.portCreates();

            action("/vms/" + vm + "/start", "<action><host id=\"" + lab.host1() + "\"/></action>");

            Map<String, JsonObject> adopted = portsByDevice(nics);
            assertEquals(left, ids(adopted), "the next run adopts the ports the lost create made");
            assertEquals(createsBefore, provider.portCreates(), "and creates none");
            assertEquals(adopted.get(nics.get(1)).getString("id"), Http.get("/vms/" + vm + "/nics/" + nics.get(1),
                    Http.XML).xpath("/nic/provider_port/@id"));
            assertTrue(adopted.values().stream().allMatch(p -> lab.host1Address().equals(p.getString(
                    "binding:host_id"))), adopted.toString());

            action("/vms/" + vm + "/stop", "<action/>");
            assertEquals(200, Http.delete("/vms/" + vm).status());
            vms.remove(vm);
            awaitPorts(() -> portsByDevice(nics).keySet(), Set.of(), "released through the forwarder");
        }
    }

    @Test
    void shouldRunOneOfSeveralConcurrentStartsOfOneVmAndProvisionItsPortsOnce() throws Exception {
        Lab lab = lab();
        String vm = vm(lab);
        List<String> nics = List.of(nic(vm, "nic1", lab.profile()), nic(vm, "nic2", lab.profile()));
        String vmName = Http.get("/vms/" + vm, Http.XML).xpath("/vm/name");
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Http.Answer> answers = new ArrayList<>();
        try {
            // all starts leave together once every thread is ready, so they overlap inside the server
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(contenders);
            List<Callable<Http.Answer>> starts = java.util.Collections.nCopies(contenders, () -> {
                together.await(60, java.util.concurrent.TimeUnit.SECONDS);
                return Http.post("/vms/" + vm + "/start", Http.XML, "<action><host id=\"" + lab.host1()
                        + "\"/></action>");
            });
            for (Future<Http.Answer> answer : pool.invokeAll(starts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> statuses = answers.stream().map(Http.Answer::status).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        for (Http.Answer loser : answers.stream().filter(a -> a.status() != 200).toList()) {
            assertEquals(409, loser.status(), loser.body());
            // refused because the winner holds the VM's lock, or, once it is through, because the VM is up
            String detail = loser.xpath("/fault/detail");
            assertTrue(detail.contains("is being changed by another command")
                    || detail.contains("VM " + vmName + " is up; it must be down"), loser.body());
        }
        assertEquals("up", Http.get("/vms/" + vm, Http.XML).xpath("/vm/status"));
        List<JsonObject> ports = RealNeutronPorts.onNetwork(lab.external());
        assertEquals(2, ports.size(), ports.toString());
        assertEquals(new HashSet<>(nics), ports.stream().map(p -> p.getString("device_id"))
                .collect(Collectors.toSet()));
    }

    @Test
    void shouldStartTwentyVmsInParallelWithExactlyTheirFortyPorts() throws Exception {
        Lab lab = lab();
        List<String> started = new ArrayList<>();
        List<String> nics = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String vm = vm(lab);
            started.add(vm);
            nics.add(nic(vm, "nic1", lab.profile()));
            nics.add(nic(vm, "nic2", lab.profile()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Http.Answer>> starts = started.stream().<Callable<Http.Answer>>map(vm -> () -> Http.post(
                    "/vms/" + vm + "/start", Http.XML, "<action/>")).toList();
            for (Future<Http.Answer> answer : pool.invokeAll(starts)) {
                assertEquals(200, answer.get().status(), answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonObject> ports = RealNeutronPorts.onNetwork(lab.external());
        assertEquals(40, ports.size());
        assertEquals(new HashSet<>(nics), ports.stream().map(p -> p.getString("device_id"))
                .collect(Collectors.toSet()), "one port per vNIC, no duplicates");
        assertTrue(ports.stream().allMatch(p -> "ovs".equals(p.getString("binding:vif_type"))), ports.toString());
        assertTrue(started.stream().allMatch(vm -> "up".equals(Http.get("/vms/" + vm, Http.XML)
                .xpath("/vm/status"))));
    }
}
