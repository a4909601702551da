package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST …/testconnectivity} against the real Neutron the test command starts (noauth and Keystone v3 modes),
 * and against nothing at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderConnectivityIT {

    private static final String NEUTRON = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");
    private static final String KEYSTONE_NEUTRON =
            System.getProperty("osn.test.keystone.neutron.url", "http://127.0.0.1:9697");
    private static final String KEYSTONE = System.getProperty("osn.test.keystone.url", "http://127.0.0.1:5000/v3");
    private static final String KEYSTONE_USER = System.getProperty("osn.test.keystone.user", "ovirt");
    private static final String KEYSTONE_PASSWORD = System.getProperty("osn.test.keystone.password", "ovirt-secret");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static String add(String url, String authXml) {
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("conn") + "</name><type>neutron</type>"
                        + "<url>" + url + "</url>" + authXml + "</openstack_network_provider>");
        assertEquals(201, added.status(), added.body());
        return added.xpath("/openstack_network_provider/@id");
    }

    private static String keystoneAuth(String password) {
        return "<requires_authentication>true</requires_authentication><username>" + KEYSTONE_USER + "</username>"
                + "<password>" + password + "</password><authentication_url>" + KEYSTONE + "</authentication_url>"
                + "<user_domain_name>Default</user_domain_name><project_name>service</project_name>"
                + "<project_domain_name>Default</project_domain_name>";
    }

    private static String name(String id) {
        return Http.get("/openstacknetworkproviders/" + id, Http.XML).xpath("/openstack_network_provider/name");
    }

    /** The newest connection-test failure (226) audited for this provider, not merely the newest event. */
    private static String failureAudited(String providerName) {
        return Http.get("/events?max=1000", Http.XML).xpath("/events/event[code=226 and starts-with(description, "
                + "'Connection test of provider " + providerName + " failed: ')][1]/description");
    }

    private static Http.Answer test(String id) {
        return Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML, "<action/>");
    }

    @Test
    void shouldCompleteAgainstTheRealNeutronWithoutAuthentication() {
        Http.Answer answer = test(add(NEUTRON, "<requires_authentication>false</requires_authentication>"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("complete", answer.xpath("/action/status"));
    }

    @Test
    void shouldCompleteAgainstTheRealNeutronWithKeystoneV3() {
        Http.Answer answer = test(add(KEYSTONE_NEUTRON, keystoneAuth(KEYSTONE_PASSWORD)));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("complete", answer.xpath("/action/status"));
    }

    @Test
    void shouldFailNamingAuthenticationForAWrongKeystonePasswordWithoutShowingIt() {
        String wrong = "Wrong-Pass-" + System.nanoTime();
        String id = add(KEYSTONE_NEUTRON, keystoneAuth(wrong));

        Http.Answer answer = test(id);
        Http.Answer events = Http.get("/events?max=5", Http.XML);

        assertEquals(400, answer.status(), answer.body());
        assertEquals("failed", answer.xpath("/action/status"));
        assertTrue(answer.xpath("/action/fault/detail").contains("Authentication with provider " + name(id)
                + " failed: "), answer.body());
        assertFalse(answer.body().contains(wrong));
        assertTrue(failureAudited(name(id)).contains("Authentication"), "audited for this provider");
        assertFalse(events.body().contains(wrong));
        assertFalse(ServerLog.contains(wrong), "the server log must not contain the password");
    }

    @Test
    void shouldFailNamingTheConnectionWhenNothingListens() throws IOException {
        Http.Answer answer;
        long millis;
        String id;
        try (RefusingPort nobody = new RefusingPort()) {
            id = add(nobody.url(), "<requires_authentication>false</requires_authentication>");
            long start = System.nanoTime();
            answer = test(id);
            millis = (System.nanoTime() - start) / 1_000_000;
        }

        String providerName = name(id);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("failed", answer.xpath("/action/status"), answer.body());
        assertTrue(answer.xpath("/action/fault/detail").contains("Cannot connect to provider " + providerName
                + ": "), answer.body());
        assertTrue(failureAudited(providerName).contains("Cannot connect"), "audited for this provider");
        assertTrue(millis < 20_000, "a refused connection must not wait for the timeout: " + millis + " ms");
    }

    /** A provider that takes the connection and never answers: the read timeout (30 s by default) names itself. */
    @Test
    void shouldFailNamingTheTimeoutWhenTheProviderNeverAnswers() throws IOException {
        Http.Answer answer;
        String id;
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            id = add("http://127.0.0.1:" + silent.getLocalPort(), "<requires_authentication>false"
                    + "</requires_authentication>");
            // connections complete in the backlog and are never read: the engine waits for an answer that never comes
            answer = test(id);
        }

        assertEquals(400, answer.status(), answer.body());
        assertEquals("failed", answer.xpath("/action/status"), answer.body());
        assertTrue(answer.xpath("/action/fault/detail").contains("Provider " + name(id) + " did not answer in time"),
                answer.body());
    }

    @Test
    void shouldFailAsNotNeutronWhenTheUrlIsAnotherHttpServer() {
        // the engine's own REST API answers HTTP, but not as Neutron
        String id = add(Http.BASE, "<requires_authentication>false</requires_authentication>");

        Http.Answer answer = test(id);

        assertEquals("failed", answer.xpath("/action/status"), answer.body());
        assertFalse(answer.xpath("/action/fault/detail").isBlank());
    }

    @Test
    void shouldAnswer404ForTestingAnUnknownProvider() {
        Http.Answer answer = test("00000000-0000-0000-0000-000000000000");

        assertEquals(404, answer.status());
    }

    @Test
    void shouldSayTheUrlIsNoNeutronApiNamingItWhenAnHttpServerAnswers404OnTheApiRoot() {
        // the engine's own web server answers 404 for /ovirt-engine/v2.0/, as any web server that is no Neutron
        String id = add(Http.BASE, "<requires_authentication>false</requires_authentication>");

        Http.Answer answer = test(id);
        String detail = answer.xpath("/action/fault/detail");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("failed", answer.xpath("/action/status"), answer.body());
        assertTrue(detail.contains("The URL does not lead to a Neutron v2.0 API: GET " + Http.BASE
                + "/v2.0/ answered HTTP 404"), detail);
        assertFalse(detail.contains("does not have the requested object"), detail);
    }
}
