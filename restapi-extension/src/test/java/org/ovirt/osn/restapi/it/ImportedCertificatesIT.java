package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET …/importedcertificates[/{alias}]} and {@code DELETE …/importedcertificates/{alias}}: a certificate
 * imported for an https endpoint in this JVM is listed, trusted, removed, and untrusted again by the very next call,
 * without a restart (and although the trusted call left a kept-alive connection in the pool).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Timeout(120)
class ImportedCertificatesIT {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    @TempDir
    static Path keyStores;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static String add(String url) {
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("imported") + "</name><type>neutron</type>"
                        + "<url>" + url + "</url><requires_authentication>false</requires_authentication>"
                        + "</openstack_network_provider>");
        assertEquals(201, added.status(), added.body());
        return added.xpath("/openstack_network_provider/@id");
    }

    private static Http.Answer testConnectivity(String id) {
        return Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML, "<action/>");
    }

    @Test
    void shouldListTrustRemoveAndDistrustAnImportedCertificateWithoutARestart() throws Exception {
        try (TlsNeutronStub endpoint = TlsNeutronStub.start(keyStores, Http.uniqueName("osn-it-imported"))) {
            String id = add(endpoint.url());
            String imported = "/openstacknetworkproviders/" + id + "/importedcertificates";
            Http.Answer importing = Http.post("/openstacknetworkproviders/" + id + "/importcertificates", Http.XML,
                    "<action><certificates><certificate><content>" + endpoint.pem()
                            + "</content></certificate></certificates></action>");
            assertEquals(200, importing.status(), importing.body());
            Http.Answer trusted = testConnectivity(id);
            assertEquals("complete", trusted.xpath("/action/status"), trusted.body());

            Http.Answer list = Http.get(imported, Http.XML);
            String match = "/certificates/certificate[sha256_fingerprint='" + endpoint.sha256Fingerprint() + "']";
            String alias = list.xpath(match + "/@id");
            Http.Answer one = Http.get(imported + "/" + alias, Http.JSON);
            Http.Answer removed = Http.delete(imported + "/" + alias);
            Http.Answer distrusted = testConnectivity(id);
            Http.Answer gone = Http.get(imported + "/" + alias, Http.XML);
            Http.Answer removedAgain = Http.delete(imported + "/" + alias);
            Http.Answer events = Http.get("/events?max=10", Http.XML);

            assertEquals(200, list.status(), list.body());
            assertTrue(alias.startsWith("osn-sha256-"), list.body());
            assertEquals(endpoint.pem(), list.xpath(match + "/content"));
            assertTrue(list.xpath(match + "/@href").endsWith("/ovirt-engine/api" + imported + "/" + alias),
                    list.body());
            assertEquals(200, one.status(), one.body());
            assertEquals(alias, one.json().getString("id"));
            assertEquals(endpoint.sha256Fingerprint(), one.json().getString("sha256_fingerprint"));
            assertEquals(200, removed.status(), removed.body());
            assertEquals(400, distrusted.status(), distrusted.body());
            assertEquals("failed", distrusted.xpath("/action/status"));
            assertTrue(distrusted.xpath("/action/fault/detail").contains("TLS"), distrusted.body());
            assertEquals(404, gone.status(), gone.body());
            assertTrue(gone.xpath("/fault/detail").contains("The provider trust store has no certificate " + alias),
                    gone.body());
            assertEquals(404, removedAgain.status(), removedAgain.body());
            assertEquals("9330", events.xpath("/events/event[code='9330'][1]/code"), events.body());
            assertTrue(events.xpath("/events/event[code='9330'][1]/description")
                    .contains(endpoint.sha256Fingerprint()), events.body());
            assertEquals("9331", events.xpath("/events/event[code='9331'][1]/code"), events.body());
        }
    }

    @Test
    void shouldAnswer404WhenTheProviderIsUnknown() {
        Http.Answer list = Http.get("/openstacknetworkproviders/" + UNKNOWN + "/importedcertificates", Http.XML);
        Http.Answer remove = Http.delete("/openstacknetworkproviders/" + UNKNOWN + "/importedcertificates/osn-x");

        assertEquals(404, list.status(), list.body());
        assertFalse(list.xpath("/fault/detail").isBlank(), list.body());
        assertEquals(404, remove.status(), remove.body());
    }
}
