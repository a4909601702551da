package org.ovirt.osn.provider;

import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.TestPems.CA;
import static org.ovirt.osn.provider.TestPems.LEAF;
import static org.ovirt.osn.provider.TestPems.OTHER;
import static org.ovirt.osn.provider.TestPems.PROVIDER;
import static org.ovirt.osn.provider.TestPems.certificate;
import static org.ovirt.osn.provider.TestPems.pem;

class PemCertificatesTest {

    /** {@code openssl x509 -in provider-example.pem -noout -fingerprint -sha256} */
    private static final String PROVIDER_FINGERPRINT = "7F:4A:D6:49:06:28:75:6A:BB:4A:29:08:6F:10:82:C9:03:96:F0:68:"
            + "5D:EF:4F:09:95:4B:E7:EF:65:87:10:93";

    private static String problem(String text) {
        return assertThrows(PemCertificates.UnreadableCertificateException.class, () -> PemCertificates.parse(text))
                .getMessage();
    }

    @Test
    void shouldReadTheCertificateWhenTextIsOnePemBlock() throws Exception {
        X509Certificate read = PemCertificates.parse(pem(PROVIDER));

        assertEquals("CN=provider.example,O=Example Org,C=CZ", read.getSubjectX500Principal().getName());
    }

    @Test
    void shouldReadTheCertificateWhenTextIsBareBase64DerAsTheEngineShowsIt() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(certificate(PROVIDER).getEncoded());

        assertEquals(certificate(PROVIDER), PemCertificates.parse(base64));
    }

    @Test
    void shouldReadTheCertificateWhenPemHasCrLfLinesAndTextAroundIt() throws Exception {
        String text = "Bag Attributes\r\n    friendlyName: provider\r\nsubject=CN = provider.example\r\n"
                + pem(PROVIDER).replace("\n", "\r\n") + "\r\n\r\n";

        assertEquals(certificate(PROVIDER), PemCertificates.parse(text));
    }

    @Test
    void shouldRefuseWhenTextIsEmptyOrNull() {
        assertEquals("it is empty", problem(null));
        assertEquals("it is empty", problem(" \n "));
    }

    @Test
    void shouldRefuseWhenTextIsNeitherPemNorBase64() {
        assertEquals("it is neither PEM nor base64", problem("this is not a certificate!"));
    }

    @Test
    void shouldRefuseWhenBase64IsNotACertificate() {
        assertTrue(problem(Base64.getEncoder().encodeToString("garbage bytes".getBytes()))
                .startsWith("it is not an X.509 certificate"));
        assertTrue(problem("-----BEGIN CERTIFICATE-----\nZ2FyYmFnZQ==\n-----END CERTIFICATE-----")
                .startsWith("it is not an X.509 certificate"));
    }

    @Test
    void shouldRefuseWhenPemBlockIsAPrivateKey() {
        assertEquals("it is a PEM private key, not a certificate",
                problem("-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n"));
    }

    @Test
    void shouldRefuseWhenPemBlockIsCutOff() {
        String pem = pem(PROVIDER);

        assertEquals("its PEM block is incomplete or damaged", problem(pem.substring(0, pem.length() / 2)));
    }

    @Test
    void shouldRefuseWhenTextHoldsTwoCertificates() {
        assertTrue(problem(pem(PROVIDER) + pem(OTHER)).startsWith("it holds more than one PEM block"));
    }

    @Test
    void shouldRefuseWithoutDecodingWhenTextIsLongerThanAnyCertificate() {
        assertEquals("it is longer than 65536 characters", problem("A".repeat(PemCertificates.MAX_LENGTH + 1)));
    }

    @Test
    void shouldWritePemThatReadsBackToTheSameCertificate() throws Exception {
        String written = PemCertificates.toPem(certificate(LEAF));

        assertTrue(written.startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertTrue(written.endsWith("\n-----END CERTIFICATE-----\n"));
        assertTrue(written.lines().allMatch(line -> line.length() <= 64), written);
        assertEquals(certificate(LEAF), PemCertificates.parse(written));
    }

    @Test
    void shouldShowTheFingerprintAsOpensslDoes() {
        assertEquals(PROVIDER_FINGERPRINT, PemCertificates.sha256Fingerprint(certificate(PROVIDER)));
        assertEquals(PROVIDER_FINGERPRINT.replace(":", "").toLowerCase(),
                PemCertificates.sha256Hex(certificate(PROVIDER)));
    }

    @Test
    void shouldTellSelfSignedWhenCertificateIssuedItself() {
        assertTrue(PemCertificates.isSelfSigned(certificate(PROVIDER)));
        assertTrue(PemCertificates.isSelfSigned(certificate(CA)));
        assertFalse(PemCertificates.isSelfSigned(certificate(LEAF)));
    }

    @Test
    void shouldFindTheOrganizationWhenTheNameHasOne() {
        assertEquals(Optional.of("Example Org"),
                PemCertificates.organization("CN=provider.example,O=Example Org,C=CZ"));
        assertEquals(Optional.of("A, B"), PemCertificates.organization("CN=x,O=A\\, B"));
        assertEquals(Optional.empty(), PemCertificates.organization("CN=other.example"));
        assertEquals(Optional.empty(), PemCertificates.organization("not a name"));
        assertEquals(Optional.empty(), PemCertificates.organization(null));
    }

    @Test
    void shouldDescribeAChainPositionForAnAdmin() {
        ProviderCertificate described = PemCertificates.describe(1, certificate(LEAF));

        assertEquals(1, described.index());
        assertEquals("CN=leaf.example", described.subject());
        assertEquals("CN=Example Test CA,O=Example Org", described.issuer());
        assertFalse(described.selfSigned());
        assertEquals(PemCertificates.sha256Fingerprint(certificate(LEAF)), described.sha256Fingerprint());
        assertEquals(PemCertificates.toPem(certificate(LEAF)), described.pem());
    }
}
