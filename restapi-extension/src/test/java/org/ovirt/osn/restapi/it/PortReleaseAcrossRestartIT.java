package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drill: the provider fails while a VM is removed, and the engine is restarted — the JVM stopped and started again on
 * the same (file) database — before the provider is back. The port of the removed vNIC must be deleted on the
 * provider after the restart, without anyone asking again. Runs its own server next to the Arquillian one (port offset
 * {@value #PORT_OFFSET}); the provider is the real noauth Neutron behind a forwarder that fails every DELETE while the
 * test says so.
 */
class PortReleaseAcrossRestartIT {

    private static final int PORT_OFFSET = Integer.getInteger("it.restart.port.offset", 700);
    private static final String PASSWORD = "drill-" + Long.toHexString(System.nanoTime());

    private StandaloneServerProcess server;

    private Http.Answer call(String method, String path, String xml) {
        return server.call(method, path, xml);
    }

    private String added(String path, String xml) {
        Http.Answer answer = call("POST", path, xml);
        assertEquals(201, answer.status(), answer.body());
        return answer.xpath("/*/@id");
    }

    private void ok(String method, String path, String xml) {
        Http.Answer answer = call(method, path, xml);
        assertEquals(200, answer.status(), answer.body());
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> what + " did not happen within " + timeout);
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldDeleteTheReleasedPortOnTheProviderAfterTheEngineWasRestarted() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "restart-drill-");
        try (RealNeutronPorts neutron = new RealNeutronPorts(Http.uniqueName("osn-it-restart"));
             FailingDeletesNeutron provider = new FailingDeletesNeutron(RealNeutronNetworks.NEUTRON);
             StandaloneServerProcess engine = new StandaloneServerProcess(folder, PORT_OFFSET, PASSWORD, List.of(
                     "-Dosn.port.release.first.delay.seconds=1", "-Dosn.port.release.poll.seconds=1",
                     "-Dosn.port.reconcile.interval.seconds=0", "-Dosn.sync.interval.seconds=0"))) {
            server = engine;
            provider.failDeletes(false);
            engine.start();
            String providerId = added("/openstacknetworkproviders", "<openstack_network_provider><name>restart"
                    + "</name><type>neutron</type><url>" + provider.url() + "</url><requires_authentication>false"
                    + "</requires_authentication></openstack_network_provider>");
            String dc = added("/datacenters", "<data_center><name>restart</name></data_center>");
            String cluster = added("/clusters", "<cluster><name>restart</name><data_center id=\"" + dc
                    + "\"/></cluster>");
            String host = added("/hosts", "<host><name>restart</name><address>restart-host.example</address>"
                    + "<cluster id=\"" + cluster + "\"/></host>");
            Http.Answer imported = call("POST", "/openstacknetworkproviders/" + providerId + "/networks/"
                    + neutron.networkId() + "/import", "<action><data_center id=\"" + dc + "\"/>"
                    + "<attach_to_all_clusters>true</attach_to_all_clusters></action>");
            assertEquals(200, imported.status(), imported.body());
            String network = imported.xpath("/action/network/@id");
            String profile = call("GET", "/networks/" + network + "/vnicprofiles", null)
                    .xpath("/vnic_profiles/vnic_profile/@id");
            String vm = added("/vms", "<vm><name>restart</name><cluster id=\"" + cluster + "\"/></vm>");
            String nic = added("/vms/" + vm + "/nics", "<nic><name>nic1</name><vnic_profile id=\"" + profile
                    + "\"/></nic>");
            ok("POST", "/vms/" + vm + "/start", "<action><host id=\"" + host + "\"/></action>");
            List<JsonObject> ports = RealNeutronPorts.ofDevices(List.of(nic));
            assertEquals(1, ports.size(), ports.toString());
            String port = ports.get(0).getString("id");

            ok("POST", "/vms/" + vm + "/stop", "<action/>");
            provider.failDeletes(true);
            ok("DELETE", "/vms/" + vm, null);
            await("a failed attempt to delete the port", Duration.ofSeconds(60), () -> provider.failedDeletes() > 0);
            engine.stop();
            assertTrue(RealNeutronPorts.exists(port), "the port is still on the provider while the engine is down");

            provider.failDeletes(false);
            engine.start();

            await("the port deleted after the restart", Duration.ofSeconds(120), () -> !RealNeutronPorts.exists(port));
            // the event is written after the DELETE came back, in a transaction of its own: it may trail the port
            await("the removal audited", Duration.ofSeconds(60), () -> call("GET", "/events?max=100", null).body()
                    .contains("was removed from external network provider"));
        } finally {
            server = null;
        }
    }
}
