package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.engine.sdk4.Connection;
import org.ovirt.engine.sdk4.ConnectionBuilder;
import org.ovirt.engine.sdk4.services.OpenstackNetworkProviderService;
import org.ovirt.engine.sdk4.types.Certificate;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.engine.sdk4.builders.Builders.certificate;

/**
 * The TLS trust contract: {@code GET …/certificates[/{n}]} and {@code POST …/importcertificates}, against an https
 * endpoint in this JVM whose self-signed certificate nobody trusts until it is imported. Each flow gets a certificate
 * of its own, since an import stays in the server's trust store.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Timeout(120)
class ProviderCertificatesIT {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    @TempDir
    static Path keyStores;
    /** Read-only tests share this one and never import it. */
    private static TlsNeutronStub untrusted;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void startEndpoint() throws Exception {
        untrusted = TlsNeutronStub.start(keyStores, Http.uniqueName("osn-it-untrusted"));
    }

    @AfterAll
    static void stopEndpoint() {
        if (untrusted != null) {
            untrusted.close();
        }
    }

    private static String add(String url) {
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("tls") + "</name><type>neutron</type>"
                        + "<url>" + url + "</url><requires_authentication>false</requires_authentication>"
                        + "</openstack_network_provider>");
        assertEquals(201, added.status(), added.body());
        return added.xpath("/openstack_network_provider/@id");
    }

    private static Http.Answer testConnectivity(String id) {
        return Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML, "<action/>");
    }

    private static Http.Answer importCertificates(String id, String... contents) {
        StringBuilder body = new StringBuilder("<action><certificates>");
        for (String content : contents) {
            body.append("<certificate><content>").append(content).append("</content></certificate>");
        }
        return Http.post("/openstacknetworkproviders/" + id + "/importcertificates", Http.XML,
                body.append("</certificates></action>").toString());
    }

    @Test
    void shouldConnectOnlyAfterTheCertificateTheProviderPresentsIsImported() throws Exception {
        try (TlsNeutronStub endpoint = TlsNeutronStub.start(keyStores, Http.uniqueName("osn-it-provider"))) {
            String id = add(endpoint.url());

            Http.Answer before = testConnectivity(id);
            Http.Answer chain = Http.get("/openstacknetworkproviders/" + id + "/certificates", Http.XML);
            Http.Answer first = Http.get("/openstacknetworkproviders/" + id + "/certificates/0", Http.XML);
            Http.Answer imported = importCertificates(id, chain.xpath("/certificates/certificate[1]/content"));
            Http.Answer after = testConnectivity(id);
            // not only the newest few: another test's provider may audit in between; the fingerprint names ours
            Http.Answer events = Http.get("/events?max=200", Http.XML);

            assertEquals(400, before.status(), before.body());
            assertEquals("failed", before.xpath("/action/status"));
            assertTrue(before.xpath("/action/fault/detail").contains("TLS"), before.body());
            assertEquals(200, chain.status(), chain.body());
            assertEquals("1", chain.xpath("count(/certificates/certificate)"));
            assertEquals("0", chain.xpath("/certificates/certificate/@id"));
            assertEquals(endpoint.sha256Fingerprint(), chain.xpath("/certificates/certificate/sha256_fingerprint"));
            assertTrue(chain.xpath("/certificates/certificate/subject").startsWith("CN=osn-it-provider-"));
            assertEquals(endpoint.pem(), chain.xpath("/certificates/certificate/content"));
            assertTrue(chain.xpath("/certificates/certificate/@href")
                    .endsWith("/ovirt-engine/api/openstacknetworkproviders/" + id + "/certificates/0"));
            assertEquals(200, first.status(), first.body());
            assertEquals(endpoint.pem(), first.xpath("/certificate/content"));
            assertEquals(200, imported.status(), imported.body());
            assertEquals("complete", imported.xpath("/action/status"));
            assertEquals(200, after.status(), after.body());
            assertEquals("complete", after.xpath("/action/status"));
            assertEquals("1", events.xpath("count(/events/event[code='213' and contains(description, '"
                    + endpoint.sha256Fingerprint() + "')])"), events.body());
        }
    }

    @Test
    void shouldListAndImportThroughTheOvirtSdkIncludingTheEnginesBase64Content() throws Exception {
        try (TlsNeutronStub endpoint = TlsNeutronStub.start(keyStores, Http.uniqueName("osn-it-sdk"))) {
            String id = add(endpoint.url());
            Connection connection = ConnectionBuilder.connection().url(Http.BASE + "/api").user("admin@internal")
                    .password(Http.adminPassword()).timeout(10).build();
            try {
                OpenstackNetworkProviderService provider = connection.systemService()
                        .openstackNetworkProvidersService().providerService(id);

                List<Certificate> chain = provider.certificatesService().list().send().certificates();
                provider.importCertificates().certificates(certificate().content(endpoint.base64Der())).send();
                provider.testConnectivity().send();

                assertEquals(1, chain.size());
                assertEquals("0", chain.get(0).id());
                assertEquals(endpoint.pem(), chain.get(0).content());
            } finally {
                connection.close(false);
            }
        }
    }

    @Test
    void shouldAnswerTheChainInOvirtJson() throws Exception {
        String id = add(untrusted.url());

        Http.Answer chain = Http.get("/openstacknetworkproviders/" + id + "/certificates", Http.JSON);

        assertEquals(200, chain.status(), chain.body());
        JsonObject presented = chain.json().getJsonArray("certificate").getJsonObject(0);
        assertEquals("0", presented.getString("id"));
        assertEquals(untrusted.sha256Fingerprint(), presented.getString("sha256_fingerprint"));
        assertEquals(untrusted.pem(), presented.getString("content"));
    }

    @Test
    void shouldAnswer404ForTheCertificatesOfAnUnknownProvider() {
        assertEquals(404, Http.get("/openstacknetworkproviders/" + UNKNOWN + "/certificates", Http.XML).status());
        assertEquals(404, Http.get("/openstacknetworkproviders/" + UNKNOWN + "/certificates/0", Http.XML).status());
        assertEquals(404, importCertificates(UNKNOWN, "anything").status());
    }

    @Test
    void shouldAnswer404ForAPositionTheChainDoesNotHave() {
        String id = add(untrusted.url());

        assertEquals(404, Http.get("/openstacknetworkproviders/" + id + "/certificates/1", Http.XML).status());
        assertEquals(404, Http.get("/openstacknetworkproviders/" + id + "/certificates/first", Http.XML).status());
    }

    @Test
    void shouldAnswer400WhenTheImportedContentIsNotPem() {
        String id = add(untrusted.url());

        Http.Answer answer = importCertificates(id, "garbage!");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("Operation Failed", answer.xpath("/fault/reason"));
        assertTrue(answer.xpath("/fault/detail").contains("Certificate 1 is not a PEM X.509 certificate"),
                answer.body());
    }

    @Test
    void shouldAnswer400WhenTheActionNamesNoCertificate() {
        String id = add(untrusted.url());

        Http.Answer answer = Http.post("/openstacknetworkproviders/" + id + "/importcertificates", Http.XML,
                "<action/>");

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.xpath("/fault/detail").contains("At least one certificate is required"), answer.body());
    }

    @Test
    void shouldAnswer400ForTheCertificatesOfAProviderCalledOverHttp() {
        String id = add(untrusted.url().replace("https:", "http:"));

        Http.Answer answer = Http.get("/openstacknetworkproviders/" + id + "/certificates", Http.XML);

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.xpath("/fault/detail").contains("is not https"), answer.body());
    }
}
