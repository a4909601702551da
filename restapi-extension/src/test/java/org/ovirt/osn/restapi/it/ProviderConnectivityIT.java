package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.provider.neutron.EmulatedOvirtProviderOvn;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST …/testconnectivity} against the real Neutron the test command starts (noauth and Keystone v3 modes),
 * the emulated ovirt-provider-ovn (Keystone v2.0 of its own, other capabilities), and against nothing at all.
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

    private static int count(Http.Answer answer, String path) {
        return (int) Double.parseDouble(answer.xpath("count(" + path + ")"));
    }

    /** Every call listed with a request and a round trip that is plausible for loopback. */
    private static void assertTimed(Http.Answer answer, int calls) {
        assertEquals(calls, count(answer, "/action/provider_connectivity/calls/call"), answer.body());
        for (int i = 1; i <= calls; i++) {
            double millis = Double.parseDouble(answer.xpath("/action/provider_connectivity/calls/call[" + i
                    + "]/round_trip_ms"));
            assertTrue(millis > 0 && millis < 30_000, answer.body());
        }
    }

    @Test
    void shouldCompleteAgainstTheRealNeutronWithoutAuthenticationSayingWhatItFound() {
        Http.Answer answer = test(add(NEUTRON, "<requires_authentication>false</requires_authentication>"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("complete", answer.xpath("/action/status"));
        String found = "/action/provider_connectivity/";
        assertEquals("v2.0 (CURRENT)", answer.xpath(found + "api_versions/api_version"));
        assertEquals("none", answer.xpath(found + "authentication/method"));
        assertEquals("", answer.xpath(found + "authentication/token_expires_at"));
        assertTimed(answer, 3);
        assertEquals("GET " + NEUTRON + "/v2.0/extensions", answer.xpath(found + "calls/call[3]/request"));
        assertEquals("true", answer.xpath(found + "capabilities/bulk_port_create"));
        assertEquals("true", answer.xpath(found + "capabilities/paging"));
        assertEquals("true", answer.xpath(found + "capabilities/sorting"));
        assertEquals("any_of", answer.xpath(found + "capabilities/filters"));
        assertEquals("true", answer.xpath(found + "capabilities/port_binding"));
        assertEquals("true", answer.xpath(found + "capabilities/security_groups"));
    }

    @Test
    void shouldCompleteAgainstTheRealNeutronWithKeystoneV3NamingTheProjectAndTheTokensExpiry() {
        Http.Answer answer = test(add(KEYSTONE_NEUTRON, keystoneAuth(KEYSTONE_PASSWORD)));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("complete", answer.xpath("/action/status"));
        String auth = "/action/provider_connectivity/authentication/";
        assertEquals("keystone_v3", answer.xpath(auth + "method"));
        assertEquals(KEYSTONE_USER, answer.xpath(auth + "username"));
        assertEquals("service", answer.xpath(auth + "project_name"));
        assertEquals("Default", answer.xpath(auth + "project_domain_name"));
        assertTrue(Instant.parse(answer.xpath(auth + "token_expires_at")).isAfter(Instant.now()), answer.body());
        assertEquals("POST " + KEYSTONE + "/auth/tokens",
                answer.xpath("/action/provider_connectivity/calls/call[1]/request"));
        assertTimed(answer, 4);
        assertEquals("v2.0 (CURRENT)", answer.xpath("/action/provider_connectivity/api_versions/api_version"));
        assertFalse(answer.body().contains(KEYSTONE_PASSWORD), "no password in the answer");
    }

    @Test
    void shouldShowNoBulkNoPagingAndFirstValueFiltersForTheEmulatedOvirtProviderOvn() {
        try (EmulatedOvirtProviderOvn ovn = EmulatedOvirtProviderOvn.withAuthentication("admin@internal",
                "ovn-emulator-Pa55")) {
            Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML, "<openstack_network_provider><name>"
                    + Http.uniqueName("conn-ovn") + "</name><type>external</type><url>" + ovn.url() + "</url>"
                    + "<requires_authentication>true</requires_authentication><username>admin@internal</username>"
                    + "<password>ovn-emulator-Pa55</password><authentication_url>" + ovn.keystoneUrl()
                    + "</authentication_url><tenant_name>oVirt</tenant_name></openstack_network_provider>");
            assertEquals(201, added.status(), added.body());

            Http.Answer answer = test(added.xpath("/openstack_network_provider/@id"));

            assertEquals("complete", answer.xpath("/action/status"), answer.body());
            String found = "/action/provider_connectivity/";
            assertEquals("keystone_v2.0", answer.xpath(found + "authentication/method"));
            assertEquals("oVirt", answer.xpath(found + "authentication/project_name"));
            assertEquals("v2.0 (CURRENT)", answer.xpath(found + "api_versions/api_version"));
            assertTimed(answer, 3);
            assertEquals("false", answer.xpath(found + "capabilities/bulk_port_create"));
            assertEquals("false", answer.xpath(found + "capabilities/paging"));
            assertEquals("false", answer.xpath(found + "capabilities/sorting"));
            assertEquals("first_value", answer.xpath(found + "capabilities/filters"));
            assertEquals("false", answer.xpath(found + "capabilities/port_binding"));
            assertEquals("false", answer.xpath(found + "capabilities/security_groups"));
        }
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
