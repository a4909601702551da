package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drill: a port release left pending by a failing provider is carried out after the server has been reloaded (every
 * subsystem and the deployment stopped and started again: the scheduler, the executors, the transactions, the
 * datasource). The IT server's H2 database lives in the JVM, which a reload keeps, so this shows that the restarted
 * worker picks up what was pending; that the rows themselves survive a JVM restart is the database's job, shown by
 * {@code PortReleaseRealNeutronTest} on an H2 file database that is closed and reopened.
 *
 * <p>The release comes from a reconcile of a network of this test's own, through a forwarder that fails every
 * DELETE until the test lets them through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortReleaseAcrossReloadIT {

    /** WildFly's "started in … ms", at the end of every boot and reload. */
    private static final String BOOTED = "WFLYSRV0025";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> what + " did not happen within " + timeout);
            Thread.sleep(250);
        }
    }

    private static boolean eventsContain(String text) {
        return Http.get("/events?max=200", Http.XML).body().contains(text);
    }

    /** The API answers again (401 without credentials: deployed and serving). */
    private static boolean apiAnswers() {
        try {
            HttpResponse<Void> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 401 || answer.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void reloadServer() throws Exception {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        // the end of a boot is logged; watching the API go down misses a reload of a second, since requests that
        // arrive while it reloads are queued and answered once it is back
        int boots = ServerLog.count(BOOTED);
        ModelNode result = management.getControllerClient().execute(reload);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        await("the server booting again", Duration.ofSeconds(180), () -> ServerLog.count(BOOTED) > boots);
        await("the server and the module coming back", Duration.ofSeconds(180),
                PortReleaseAcrossReloadIT::apiAnswers);
    }

    @Test
    void shouldCarryOutAReleaseThatWasPendingBeforeTheServerWasReloaded() throws Exception {
        try (RealNeutronPorts neutron = new RealNeutronPorts(Http.uniqueName("osn-it-reload"));
             FailingDeletesNeutron provider = new FailingDeletesNeutron(RealNeutronNetworks.NEUTRON)) {
            String providerId = Http.post("/openstacknetworkproviders", Http.XML, "<openstack_network_provider><name>"
                    + Http.uniqueName("reload") + "</name><type>neutron</type><url>" + provider.url() + "</url>"
                    + "<requires_authentication>false</requires_authentication></openstack_network_provider>")
                    .xpath("/openstack_network_provider/@id");
            UUID vnic = UUID.randomUUID();
            String port = neutron.port("orphan", vnic.toString(), "oVirt");

            Http.Answer reconciled = Http.post("/openstacknetworkproviders/" + providerId + "/reconcileports",
                    Http.XML, "<action><openstack_network id=\"" + neutron.networkId() + "\"/></action>");
            assertEquals(200, reconciled.status(), reconciled.body());
            assertEquals("1", reconciled.xpath("count(/action/openstack_ports/openstack_port)"));
            await("the first failed delete and its warning", Duration.ofSeconds(30),
                    () -> provider.failedDeletes() > 0 && eventsContain(vnic.toString()));
            assertTrue(RealNeutronPorts.exists(port));

            reloadServer();
            provider.failDeletes(false);

            await("the release after the reload", Duration.ofSeconds(120), () -> !RealNeutronPorts.exists(port));
            await("the event of the release that needed retries", Duration.ofSeconds(10),
                    () -> eventsContain("was removed from external network provider"));
            assertEquals(200, Http.delete("/openstacknetworkproviders/" + providerId).status());
        }
    }
}
