package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider's {@code status} and {@code /statistics} against the real Neutron (noauth, Keystone v3) and a port that
 * refuses connections, and the audit event of a status change, once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderHealthRestIT {

    private static final String NEUTRON = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");
    private static final String KEYSTONE_NEUTRON =
            System.getProperty("osn.test.keystone.neutron.url", "http://127.0.0.1:9697");
    private static final String KEYSTONE = System.getProperty("osn.test.keystone.url", "http://127.0.0.1:5000/v3");
    private static final String NOAUTH = "<requires_authentication>false</requires_authentication>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static String add(String url, String authXml) {
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("health") + "</name><type>neutron</type>"
                        + "<url>" + url + "</url>" + authXml + "</openstack_network_provider>");
        assertEquals(201, added.status(), added.body());
        return added.xpath("/openstack_network_provider/@id");
    }

    private static String keystoneAuth(String password) {
        return "<requires_authentication>true</requires_authentication><username>ovirt</username>"
                + "<password>" + password + "</password><authentication_url>" + KEYSTONE + "</authentication_url>"
                + "<user_domain_name>Default</user_domain_name><project_name>service</project_name>"
                + "<project_domain_name>Default</project_domain_name>";
    }

    /** @return how many calls the test says it made (none listed when it failed) */
    private static int testConnectivity(String id) {
        Http.Answer answer = Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML,
                "<action/>");
        return (int) Double.parseDouble(answer.xpath("count(/action/provider_connectivity/calls/call)"));
    }

    private static String status(String id) {
        return Http.get("/openstacknetworkproviders/" + id, Http.XML).xpath("/openstack_network_provider/status");
    }

    private static Http.Answer statistics(String id) {
        Http.Answer answer = Http.get("/openstacknetworkproviders/" + id + "/statistics", Http.XML);
        assertEquals(200, answer.status(), answer.body());
        return answer;
    }

    private static String datum(Http.Answer statistics, String name) {
        return statistics.xpath("/statistics/statistic[name='" + name + "']/values/value/datum");
    }

    private static String detail(Http.Answer statistics, String name) {
        return statistics.xpath("/statistics/statistic[name='" + name + "']/values/value/detail");
    }

    private static int eventsOf(int code, String providerId) {
        String name = Http.get("/openstacknetworkproviders/" + providerId, Http.XML)
                .xpath("/openstack_network_provider/name");
        return Integer.parseInt(Http.get("/events?max=1000", Http.XML)
                .xpath("count(/events/event[code=" + code + " and contains(description, 'Provider " + name + " ')])"));
    }

    @Test
    void shouldShowNoStatusBeforeTheFirstCallAndOkAfterASuccessfulOne() {
        String id = add(NEUTRON, NOAUTH);
        assertEquals("", status(id), "nothing is known before a call");

        testConnectivity(id);

        assertEquals("ok", status(id));
        assertEquals("ok", Http.get("/openstacknetworkproviders?search=name%3D*", Http.XML)
                .xpath("/openstack_network_providers/openstack_network_provider[@id='" + id + "']/status"));
    }

    @Test
    void shouldCountTheCallsMadeInTheStatisticsInOvirtsShape() {
        String id = add(NEUTRON, NOAUTH);
        testConnectivity(id);
        Http.Answer before = statistics(id);

        int calls = testConnectivity(id) + testConnectivity(id);
        Http.Answer after = statistics(id);

        // a noauth connectivity test lists its calls: GET /v2.0/, GET / for the versions, GET /v2.0/extensions
        assertEquals(6, calls);
        assertEquals(new BigDecimal(datum(before, "calls.total")).add(BigDecimal.valueOf(calls)),
                new BigDecimal(datum(after, "calls.total")), after.body());
        assertEquals(new BigDecimal(datum(before, "calls.success")).add(BigDecimal.valueOf(calls)),
                new BigDecimal(datum(after, "calls.success")));
        assertEquals("counter", after.xpath("/statistics/statistic[name='calls.total']/kind"));
        assertEquals("integer", after.xpath("/statistics/statistic[name='calls.total']/type"));
        assertEquals("none", after.xpath("/statistics/statistic[name='calls.total']/unit"));
        assertEquals(id, after.xpath("/statistics/statistic[name='calls.total']/openstack_network_provider/@id"));
        assertEquals("ok", detail(after, "status"));
        assertEquals("0", datum(after, "port_releases.pending"));
        assertTrue(new BigDecimal(datum(after, "last_success.age")).signum() >= 0, after.body());
        assertEquals("", datum(after, "last_failure.age"), "no failure yet");
    }

    @Test
    void shouldServeOneStatisticByIdAndTheListAsJson() {
        String id = add(NEUTRON, NOAUTH);
        testConnectivity(id);
        Http.Answer all = statistics(id);
        String statisticId = all.xpath("/statistics/statistic[name='calls.total']/@id");

        Http.Answer one = Http.get("/openstacknetworkproviders/" + id + "/statistics/" + statisticId, Http.XML);
        JsonObject json = Http.get("/openstacknetworkproviders/" + id + "/statistics", Http.JSON).json();

        assertEquals("calls.total", one.xpath("/statistic/name"), one.body());
        assertTrue(json.getJsonArray("statistic").stream().map(s -> s.asJsonObject().getString("name"))
                .anyMatch("calls.total"::equals), json.toString());
        assertEquals(404, Http.get("/openstacknetworkproviders/" + id + "/statistics/nope", Http.XML).status());
        assertEquals(404, Http.get("/openstacknetworkproviders/00000000-0000-0000-0000-000000000000/statistics",
                Http.XML).status());
    }

    @Test
    void shouldCallARefusingProviderUnreachableAndAuditTheChangeOnce() throws IOException {
        String id;
        try (RefusingPort nobody = new RefusingPort()) {
            id = add(nobody.url(), NOAUTH);
            testConnectivity(id);
            testConnectivity(id);
        }

        Http.Answer statistics = statistics(id);
        assertEquals("unreachable", status(id));
        assertEquals("connection", detail(statistics, "last_failure.kind"));
        assertFalse(detail(statistics, "last_failure.reason").isBlank());
        assertEquals("6", datum(statistics, "calls.connection"), "two tests, each GET tried three times");
        assertEquals(1, eventsOf(9342, id), "one event for the change, none for the calls after it");
    }

    @Test
    void shouldCallAProviderWhoseKeystoneRefusesThePasswordAuthenticationFailed() {
        String id = add(KEYSTONE_NEUTRON, keystoneAuth("Wrong-" + System.nanoTime()));

        testConnectivity(id);

        assertEquals("authentication_failed", status(id));
        assertEquals("1", datum(statistics(id), "calls.authentication"));
        assertEquals(1, eventsOf(9343, id));
    }

    @Test
    void shouldShowTheKeystoneTokensExpiry() {
        String id = add(KEYSTONE_NEUTRON, keystoneAuth(System.getProperty("osn.test.keystone.password",
                "ovirt-secret")));

        int calls = testConnectivity(id);
        Http.Answer statistics = statistics(id);

        assertEquals("ok", status(id));
        assertTrue(new BigDecimal(datum(statistics, "token.expires_in")).signum() > 0, statistics.body());
        assertFalse(detail(statistics, "token.expires_in").isBlank(), "the expiry instant");
        assertEquals(4, calls, "Keystone's token, the API root, the versions, the extensions");
        assertEquals(String.valueOf(calls), datum(statistics, "calls.success"));
    }
}
