package org.ovirt.osn.restapi.mapping;

import jakarta.json.bind.Jsonb;
import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Certificate;
import org.ovirt.osn.restapi.model.Certificates;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateMapperTest {

    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    private static final ProviderCertificate LEAF = new ProviderCertificate(0, "CN=ovn.example,O=Example Org,C=CZ",
            "CN=Example CA,O=Example Org", "AB:CD", false, PEM);

    private static Action importing(Certificate... certificates) {
        Certificates list = new Certificates();
        list.setCertificate(Arrays.asList(certificates));
        Action action = new Action();
        action.setCertificates(list);
        return action;
    }

    @Test
    void shouldRoundTripTheContentWhenAPresentedCertificateIsImported() {
        Certificate model = CertificateMapper.toModel(LEAF, "/api/openstacknetworkproviders/p/certificates/0");

        assertEquals(List.of(PEM), CertificateMapper.contents(importing(model)));
    }

    @Test
    void shouldFillTheOvirtFieldsAndTheIssuerAndFingerprint() {
        Certificate model = CertificateMapper.toModel(LEAF, "/href/0");

        assertEquals("0", model.getId());
        assertEquals("/href/0", model.getHref());
        assertEquals("CN=ovn.example,O=Example Org,C=CZ", model.getSubject());
        assertEquals("Example Org", model.getOrganization());
        assertEquals(PEM, model.getContent());
        assertEquals("CN=Example CA,O=Example Org", model.getIssuer());
        assertEquals("AB:CD", model.getSha256Fingerprint());
        assertNull(model.getName());
    }

    @Test
    void shouldLeaveTheOrganizationOutWhenTheSubjectHasNone() {
        ProviderCertificate noOrganization = new ProviderCertificate(1, "CN=self", "CN=self", "EF", true, PEM);

        assertNull(CertificateMapper.toModel(noOrganization, "/h").getOrganization());
    }

    @Test
    void shouldKeepEachCertificateInOrderAndAMissingContentAsNull() {
        Certificate first = new Certificate();
        first.setContent("one");
        Certificate empty = new Certificate();

        assertEquals(Arrays.asList("one", null), CertificateMapper.contents(importing(first, empty)));
    }

    @Test
    void shouldGiveNoContentWhenTheActionNamesNoCertificate() {
        assertEquals(List.of(), CertificateMapper.contents(null));
        assertEquals(List.of(), CertificateMapper.contents(new Action()));
    }

    @Test
    void shouldReadTheContentsWhenTheBodyIsTheSdksXml() throws Exception {
        String sdkBody = "<action><certificates><certificate><content>" + PEM + "</content></certificate>"
                + "<certificate><content>second</content></certificate></certificates></action>";

        Action action = (Action) JAXBContext.newInstance(Action.class).createUnmarshaller()
                .unmarshal(new StringReader(sdkBody));

        assertEquals(List.of(PEM, "second"), CertificateMapper.contents(action));
    }

    @Test
    void shouldReadTheContentsWhenTheBodyIsOvirtJson() {
        Jsonb jsonb = JsonbConfigResolver.jsonb();

        Action action = jsonb.fromJson("{\"certificates\":{\"certificate\":[{\"content\":\"pem\"}]}}", Action.class);

        assertEquals(List.of("pem"), CertificateMapper.contents(action));
    }

    @Test
    void shouldRenderTheChainAsOvirtXmlWithIdsAsAttributes() throws Exception {
        Certificates chain = new Certificates();
        chain.getCertificate().add(CertificateMapper.toModel(LEAF, "/h/0"));
        StringWriter xml = new StringWriter();

        JAXBContext.newInstance(Certificates.class).createMarshaller().marshal(chain, xml);

        assertTrue(xml.toString().contains("<certificates><certificate id=\"0\" href=\"/h/0\"><organization>Example"
                + " Org</organization><subject>CN=ovn.example,O=Example Org,C=CZ</subject><content>" + PEM
                + "</content><issuer>CN=Example CA,O=Example Org</issuer><sha256_fingerprint>AB:CD"
                + "</sha256_fingerprint></certificate></certificates>"), xml.toString());
    }

    @Test
    void shouldRenderTheChainAsOvirtJsonKeyedByTheSingularName() {
        Certificates chain = new Certificates();
        chain.getCertificate().add(CertificateMapper.toModel(LEAF, "/h/0"));

        String json = JsonbConfigResolver.jsonb().toJson(chain);

        assertTrue(json.startsWith("{\"certificate\":[{"), json);
        assertTrue(json.contains("\"id\":\"0\""), json);
        assertTrue(json.contains("\"sha256_fingerprint\":\"AB:CD\""), json);
        assertTrue(json.contains("\"organization\":\"Example Org\""), json);
    }
}
