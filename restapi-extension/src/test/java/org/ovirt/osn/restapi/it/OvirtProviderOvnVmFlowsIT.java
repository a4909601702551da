package org.ovirt.osn.restapi.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.provider.neutron.EmulatedOvirtProviderOvn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The engine's VM flows against ovirt-provider-ovn, the provider oVirt installs by default, as an admin registers it
 * (type {@code external}, plugin type {@code OVIRT_PROVIDER_OVN}, Keystone v2.0 of its own), emulated in this JVM by
 * {@link EmulatedOvirtProviderOvn} on 127.0.0.1 (first-value filters, no bulk, no duplicate-MAC check, one request at a
 * time with a backlog of 5, HTTP/1.0, 403 for a bad token): start, stop, start again, migrate, hot-plug, unplug and
 * removal leave exactly one port per vNIC at every step and none after removal, no bulk request is ever sent, and
 * twenty VMs started at once all run with exactly one port per vNIC.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OvirtProviderOvnVmFlowsIT {

    private static final String USER = "admin@internal";
    private static final String PASSWORD = "ovn-emulator-Pa55";

    /** The kinds of port call counted per step, in the order {@link #portCallsOfStep} lists them. */
    private static final List<String> PORT_CALLS = List.of("GET /v2.0/ports", "GET /v2.0/ports/{id}",
            "POST /v2.0/ports", "PUT /v2.0/ports/{id}");

    private final AddedThroughRest added = new AddedThroughRest();
    private final Map<String, Integer> portCallsCounted = new HashMap<>();
    private final List<String> vms = new ArrayList<>();
    private EmulatedOvirtProviderOvn ovn;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeEach
    void startProvider() {
        ovn = EmulatedOvirtProviderOvn.withAuthentication(USER, PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        for (String vm : vms) {
            Http.post("/vms/" + vm + "/stop", Http.XML, "<action/>");
            Http.delete("/vms/" + vm);
        }
        added.removeAll();
        ovn.close();
    }

    /** A cluster of two hosts with an ovirt-provider-ovn network imported into its DC and attached to it. */
    private record Lab(String external, String cluster, String host1, String host2, String profile) {
    }

    private Lab lab() {
        String provider = added.add("/openstacknetworkproviders", "<openstack_network_provider><name>"
                + Http.uniqueName("ovn") + "</name><type>external</type><url>" + ovn.url() + "</url>"
                + "<external_plugin_type>OVIRT_PROVIDER_OVN</external_plugin_type>"
                + "<requires_authentication>true</requires_authentication><username>" + USER + "</username>"
                + "<password>" + PASSWORD + "</password><authentication_url>" + ovn.keystoneUrl()
                + "</authentication_url><tenant_name>oVirt</tenant_name></openstack_network_provider>");
        String external = ovn.resources().addNetwork(Http.uniqueName("ovn-net"));
        String dc = added.add("/datacenters", "<data_center><name>" + Http.uniqueName("odc")
                + "</name></data_center>");
        String cluster = added.add("/clusters", "<cluster><name>" + Http.uniqueName("ocl") + "</name><data_center id=\""
                + dc + "\"/></cluster>");
        String host1 = host(cluster);
        String host2 = host(cluster);
        Http.Answer imported = Http.post("/openstacknetworkproviders/" + provider + "/networks/" + external
                + "/import", Http.XML, "<action><data_center id=\"" + dc + "\"/></action>");
        assertEquals(200, imported.status(), imported.body());
        String network = imported.xpath("/action/network/@id");
        Http.Answer attached = Http.post("/clusters/" + cluster + "/networks", Http.XML,
                "<network id=\"" + network + "\"/>");
        assertEquals(201, attached.status(), attached.body());
        String profile = Http.get("/networks/" + network + "/vnicprofiles", Http.XML)
                .xpath("/vnic_profiles/vnic_profile[1]/@id");
        return new Lab(external, cluster, host1, host2, profile);
    }

    private String host(String cluster) {
        String address = Http.uniqueName("ovn-h");
        return added.add("/hosts", "<host><name>" + address + "</name><address>" + address + "</address><cluster id=\""
                + cluster + "\"/></host>");
    }

    private String vm(Lab lab) {
        Http.Answer answer = Http.post("/vms", Http.XML, "<vm><name>" + Http.uniqueName("ovm") + "</name><cluster id=\""
                + lab.cluster() + "\"/></vm>");
        assertEquals(201, answer.status(), answer.body());
        String vm = answer.xpath("/*/@id");
        vms.add(vm);
        return vm;
    }

    private static String nic(String vm, String name, String profile) {
        Http.Answer answer = Http.post("/vms/" + vm + "/nics", Http.XML, "<nic><name>" + name
                + "</name><vnic_profile id=\"" + profile + "\"/></nic>");
        assertEquals(201, answer.status(), () -> vm + "/" + name + ": " + answer.body());
        return answer.xpath("/*/@id");
    }

    private static void action(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(200, answer.status(), () -> path + ": " + answer.body());
    }

    /** The provider's port ids on the network, by device id. */
    private Map<String, List<String>> portsByDevice(String network) {
        Map<String, List<String>> byDevice = new TreeMap<>();
        for (JsonNode port : ovn.resources().ports().values()) {
            if (network.equals(port.path("network_id").asText())) {
                byDevice.computeIfAbsent(port.path("device_id").asText(), d -> new ArrayList<>())
                        .add(port.path("id").asText());
            }
        }
        return byDevice;
    }

    /** Exactly one port for each of these vNICs and no other port on the network; returns them by vNIC. */
    private Map<String, String> onePortEach(Lab lab, List<String> nics, String step) {
        Map<String, List<String>> ports = portsByDevice(lab.external());
        assertEquals(Set.copyOf(nics), ports.keySet(), step + ": " + ports);
        assertAll(step, nics.stream().map(nic -> () -> assertEquals(1, ports.get(nic).size(),
                step + ", vNIC " + nic + ": " + ports.get(nic))));
        return ports.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
    }

    /** How many port calls of each kind of {@link #PORT_CALLS} the provider got since the last step. */
    private List<Integer> portCallsOfStep() {
        List<Integer> step = new ArrayList<>();
        for (String kind : PORT_CALLS) {
            int now = ovn.requests(kind);
            step.add(now - portCallsCounted.getOrDefault(kind, 0));
            portCallsCounted.put(kind, now);
        }
        return step;
    }

    @Test
    void shouldKeepExactlyOnePortPerVnicThroughTheVmFlowsAndNoneAfterRemoval() {
        Lab lab = lab();
        String vm = vm(lab);
        List<String> nics = List.of(nic(vm, "nic1", lab.profile()), nic(vm, "nic2", lab.profile()));

        Map<String, List<Integer>> calls = new LinkedHashMap<>();
        portCallsOfStep();

        action("/vms/" + vm + "/start", "<action><host id=\"" + lab.host1() + "\"/></action>");
        calls.put("first start", portCallsOfStep());
        Map<String, String> first = onePortEach(lab, nics, "first start");

        action("/vms/" + vm + "/stop", "<action/>");
        calls.put("stop", portCallsOfStep());
        assertEquals(first, onePortEach(lab, nics, "stopped"), "ports stay while the VM is down");

        action("/vms/" + vm + "/start", "<action><host id=\"" + lab.host1() + "\"/></action>");
        calls.put("second start", portCallsOfStep());
        assertEquals(first, onePortEach(lab, nics, "second start"), "the second start finds both ports");

        action("/vms/" + vm + "/migrate", "<action><host id=\"" + lab.host2() + "\"/></action>");
        calls.put("migrate", portCallsOfStep());
        assertEquals(first, onePortEach(lab, nics, "migrated"));

        String plugged = nic(vm, "nic3", lab.profile());
        calls.put("hot-plug", portCallsOfStep());
        List<String> three = List.of(nics.get(0), nics.get(1), plugged);
        Map<String, String> afterPlug = onePortEach(lab, three, "hot-plugged");
        assertEquals(first.get(nics.get(1)), afterPlug.get(nics.get(1)));

        action("/vms/" + vm + "/nics/" + nics.get(1) + "/deactivate", "<action/>");
        calls.put("unplug", portCallsOfStep());
        assertEquals(afterPlug, onePortEach(lab, three, "unplugged"), "an unplugged vNIC keeps its port");
        action("/vms/" + vm + "/nics/" + nics.get(1) + "/activate", "<action/>");
        calls.put("plug again", portCallsOfStep());
        assertEquals(afterPlug, onePortEach(lab, three, "plugged again"));
        // by kind as in PORT_CALLS: a vNIC never sent a create is not looked up, a recorded one is looked up once
        // per device (no "any of"), and a provider that drops the host binding is not sent it again
        assertEquals(Map.of("first start", List.of(0, 0, 2, 0), "stop", List.of(0, 0, 0, 0),
                "second start", List.of(2, 0, 0, 0), "migrate", List.of(2, 0, 0, 0), "hot-plug", List.of(0, 0, 1, 0),
                "unplug", List.of(0, 0, 0, 0), "plug again", List.of(1, 0, 0, 0)), calls);

        action("/vms/" + vm + "/stop", "<action/>");
        assertEquals(200, Http.delete("/vms/" + vm).status());
        vms.remove(vm);
        awaitNoPorts(lab);
        assertEquals(0, ovn.bulkAttempts(), "no bulk request it would refuse");
        assertEquals(1, ovn.maxInService());
    }

    @Test
    void shouldStartTwentyVmsAtOnceWithExactlyOnePortPerVnic() throws Exception {
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
                    "/vms/" + vm + "/start", Http.XML, "<action><host id=\"" + lab.host1() + "\"/></action>"))
                    .toList();
            for (Future<Http.Answer> answer : pool.invokeAll(starts)) {
                assertEquals(200, answer.get().status(), answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }

        onePortEach(lab, nics, "twenty started at once");
        assertAll(
                () -> assertEquals(0, ovn.resets(), "no connection beyond its backlog"),
                () -> assertEquals(0, ovn.bulkAttempts()),
                () -> assertEquals(new HashSet<>(started), started.stream()
                        .filter(vm -> "up".equals(Http.get("/vms/" + vm, Http.XML).xpath("/vm/status")))
                        .collect(Collectors.toSet())));
    }

    /** Releases go through the module's durable queue, after the removal's transaction. */
    private void awaitNoPorts(Lab lab) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Map<String, List<String>> left = portsByDevice(lab.external());
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            left = portsByDevice(lab.external());
        }
        assertEquals(Map.of(), left, "no port left after the VM is removed");
    }
}
