package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;

/**
 * A provider behind a TLS terminator with a private three-level CA: each way its chain can be refused is reported as
 * that cause (expired, not yet valid, incomplete chain, untrusted CA), not as the JVM's one "no certification path".
 */
class NeutronTlsCauseTest {

    private static final String UNTRUSTED_CA_HINT = "add that CA certificate to the trust store";

    @TempDir
    static Path certificates;
    private static TestCertificateAuthority ca;

    @TempDir
    Path dir;
    private Path trustStore;
    private FixtureServer server;
    private NeutronClientHolder clients;

    @BeforeAll
    static void makeCertificateAuthority() throws Exception {
        ca = TestCertificateAuthority.create(certificates);
    }

    @BeforeEach
    void useTrustStore() {
        trustStore = dir.resolve("provider-truststore.p12");
        clients = new NeutronClientHolder(TestProviders.config(NeutronClientHolder.TRUSTSTORE, trustStore.toString(),
                NeutronClientHolder.TRUSTSTORE_PASSWORD, new String(TestCertificates.STORE_PASSWORD)));
    }

    @AfterEach
    void tearDown() {
        clients.close();
        if (server != null) {
            server.close();
        }
    }

    private void serve(X509Certificate... chain) throws Exception {
        server = FixtureServer.https(ca.serverContext(chain)).on("GET /v2.0/", 200, "application/json",
                fixture("neutron-api-root.json"));
    }

    private void testConnection() {
        new NeutronNetworkProviderProxyFactory(clients).create(
                TestProviders.provider(NetworkProviderType.NEUTRON, server.url()).build()).testConnection();
    }

    private ProviderException refusal() {
        ProviderException e = assertThrows(ProviderException.class, this::testConnection);
        assertEquals(ProviderErrorCode.TLS, e.code(), e.getMessage());
        return e;
    }

    private static String name(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }

    @Test
    void shouldConnectWhenTheRootIsTrustedAndTheFullChainIsSent() throws Exception {
        serve(ca.valid, ca.intermediate);
        ca.writeTrustStore(trustStore, ca.root);

        assertDoesNotThrow(this::testConnection);
    }

    @Test
    void shouldNameTheExpiryWhenATrustedCaSignedAnExpiredCertificate() throws Exception {
        serve(ca.expired, ca.intermediate);
        ca.writeTrustStore(trustStore, ca.root);

        ProviderException e = refusal();

        assertTrue(e.getMessage().contains("The certificate '" + name(ca.expired) + "' expired on "
                + ca.expired.getNotAfter().toInstant() + "; its CA is trusted"), e.getMessage());
        assertTrue(e.getMessage().endsWith("The provider must present a renewed certificate; importing certificates"
                + " does not help."), e.getMessage());
        assertFalse(e.getMessage().contains(UNTRUSTED_CA_HINT), e.getMessage());
        assertFalse(e.getMessage().contains("unable to find valid certification path"), e.getMessage());
    }

    @Test
    void shouldNameTheStartWhenATrustedCaSignedACertificateNotValidYet() throws Exception {
        serve(ca.notYetValid, ca.intermediate);
        ca.writeTrustStore(trustStore, ca.root);

        ProviderException e = refusal();

        assertTrue(e.getMessage().contains("The certificate '" + name(ca.notYetValid) + "' is not valid before "
                + ca.notYetValid.getNotBefore().toInstant()), e.getMessage());
        assertTrue(e.getMessage().endsWith("Check the clocks of the engine and of the provider, or wait until the"
                + " certificate is valid."), e.getMessage());
        assertFalse(e.getMessage().contains(UNTRUSTED_CA_HINT), e.getMessage());
    }

    @Test
    void shouldSayTheChainIsIncompleteWhenTheProviderDoesNotSendItsIntermediate() throws Exception {
        serve(ca.valid);
        ca.writeTrustStore(trustStore, ca.root);

        ProviderException e = refusal();

        assertTrue(e.getMessage().contains("The certificate chain is incomplete: the provider sent only its own"
                + " certificate '" + name(ca.valid) + "', without the certificate of its issuer '"
                + name(ca.intermediate) + "'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Importing the intermediate CA certificate '" + name(ca.intermediate)
                + "' into the trust store (" + NeutronClientHolder.TRUSTSTORE + ") fixes it, as does making the"
                + " provider send its full chain."), e.getMessage());
    }

    @Test
    void shouldConnectWhenTheIntermediateTheProviderDoesNotSendIsImported() throws Exception {
        serve(ca.valid);
        ca.writeTrustStore(trustStore, ca.root);
        refusal();

        ca.writeTrustStore(trustStore, ca.root, ca.intermediate);

        assertDoesNotThrow(this::testConnection);
    }

    @Test
    void shouldNameTheUntrustedCaWhenTheFullChainComesFromACaNobodyTrusts() throws Exception {
        serve(ca.valid, ca.intermediate, ca.root);

        ProviderException e = refusal();

        assertTrue(e.getMessage().contains("The certificate chain ends with '" + name(ca.root)
                + "', which is not trusted"), e.getMessage());
        assertTrue(e.getMessage().contains(UNTRUSTED_CA_HINT + " (" + NeutronClientHolder.TRUSTSTORE + ")"),
                e.getMessage());
    }

    @Test
    void shouldNameTheIssuingCaWhenTheChainEndsWithAnIntermediateOfAnUntrustedRoot() throws Exception {
        serve(ca.valid, ca.intermediate);

        ProviderException e = refusal();

        assertTrue(e.getMessage().contains("The certificate chain ends with the CA '" + name(ca.intermediate)
                + "', issued by '" + name(ca.root) + "', which is not trusted"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Add the CA certificate '" + name(ca.root) + "' to the trust store ("
                + NeutronClientHolder.TRUSTSTORE + ")."), e.getMessage());
    }
}
