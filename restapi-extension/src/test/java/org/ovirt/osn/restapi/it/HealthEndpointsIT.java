package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MicroProfile Health's readiness and liveness on WildFly's management interface, with the module's checks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthEndpointsIT {

    private static final String MANAGEMENT = "http://127.0.0.1:" + Integer.getInteger("management.port", 10090);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static HttpResponse<String> management(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(MANAGEMENT + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String add(String url) {
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("metrics") + "</name><type>neutron</type>"
                        + "<url>" + url + "</url><requires_authentication>false</requires_authentication>"
                        + "</openstack_network_provider>");
        assertEquals(201, added.status(), added.body());
        return added.xpath("/openstack_network_provider/@id");
    }

    private static void testConnectivity(String id) {
        Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML, "<action/>");
    }

    @Test
    void shouldBeReadyWithTheDatabaseAndItsMigrationsUp() {
        HttpResponse<String> ready = management("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().matches("(?s).*\"name\":\"osn-database\",\"status\":\"UP\".*"), ready.body());
        assertTrue(ready.body().contains("\"migrations\":\"up: schema at version"), ready.body());
    }

    @Test
    void shouldStayReadyAndLiveWithAnUnreachableProviderAndReportIt() throws IOException {
        String id;
        try (RefusingPort nobody = new RefusingPort()) {
            id = add(nobody.url());
            testConnectivity(id);
        }

        HttpResponse<String> ready = management("/health/ready");
        HttpResponse<String> live = management("/health/live");

        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("(" + id + ")\":\"unreachable\""), live.body());
        assertTrue(ready.body().contains("(" + id + ")\":\"unreachable\""), ready.body());
    }
}
