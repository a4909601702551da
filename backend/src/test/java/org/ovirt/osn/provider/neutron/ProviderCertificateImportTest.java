package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.command.ProviderLocking;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.provider.ImportProviderCertificatesCommand;
import org.ovirt.osn.command.provider.ImportProviderCertificatesParameters;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;

/**
 * The whole trust flow against a local https endpoint with a self-signed certificate, as an admin goes through it:
 * the connection test fails on TLS, the chain shows the certificate, the import writes the module's trust store, and
 * the same client then connects, with no restart.
 */
@ExtendWith(MockitoExtension.class)
class ProviderCertificateImportTest {

    @TempDir
    static Path certificates;
    private static TestCertificates selfSigned;
    private static X509Certificate presented;

    @TempDir
    Path dataDirectory;
    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private Transactions transactions;
    @Mock
    private AuditLogger auditLogger;

    private FixtureServer server;
    private NeutronClientHolder clients;
    private ProviderTrustStoreFile trustStore;

    @BeforeAll
    static void makeCertificate() throws Exception {
        selfSigned = TestCertificates.selfSigned(certificates, "import-provider", "ip:127.0.0.1,dns:localhost");
        presented = (X509Certificate) KeyStore.getInstance(certificates.resolve("import-provider.p12").toFile(),
                TestCertificates.STORE_PASSWORD).getCertificate("import-provider");
    }

    @BeforeEach
    void setUp() throws Exception {
        server = FixtureServer.https(selfSigned.serverContext())
                .on("GET /v2.0/", 200, "application/json", fixture("neutron-api-root.json"));
        // the client and the writer find the trust store by the same rule: the default file in the data directory
        OsnConfiguration config = TestProviders.config("osn.data.dir", dataDirectory.toString());
        clients = new NeutronClientHolder(config);
        trustStore = new ProviderTrustStoreFile(config);
    }

    @AfterEach
    void tearDown() {
        clients.close();
        server.close();
    }

    private NetworkProviderProxy proxyFor(NetworkProvider provider) {
        return new NeutronNetworkProviderProxyFactory(clients).create(provider);
    }

    private List<String> importAsAdmin(NetworkProvider provider, String pem) {
        when(repository.findByIdWithoutSecrets(provider.id())).thenReturn(Optional.of(provider));
        return new CommandRunner(transactions, auditLogger, Mockito.mock(ProviderLocking.class)).run(
                new ImportProviderCertificatesCommand(repository, trustStore),
                new ImportProviderCertificatesParameters(provider.id(), List.of(pem)),
                new CommandContext("admin@internal"));
    }

    @Test
    void shouldTrustTheImportedCertificateOnTheNextCallWithoutARestart() {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.NEUTRON, server.url()).build();
        NetworkProviderProxy proxy = proxyFor(provider);

        ProviderException untrusted = assertThrows(ProviderException.class, proxy::testConnection);
        List<ProviderCertificate> chain = proxy.certificateChain();
        List<String> imported = importAsAdmin(provider, chain.get(0).pem());

        assertEquals(ProviderErrorCode.TLS, untrusted.code());
        assertEquals(1, chain.size());
        assertEquals(PemCertificates.sha256Fingerprint(presented), chain.get(0).sha256Fingerprint());
        assertEquals(List.of(PemCertificates.sha256Fingerprint(presented)), imported);
        assertTrue(Files.exists(dataDirectory.resolve(NeutronClientHolder.DEFAULT_TRUSTSTORE_FILE)));
        assertDoesNotThrow(proxy::testConnection, "the same client, no restart");
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_CERTIFICATE_IMPORTED), anyMap(), eq(provider.id()));
        assertEquals(1, server.count("GET", "/v2.0/"), "the failed handshake sent nothing, the trusted one did");
    }

    @Test
    void shouldChangeNothingWhenTheSameCertificateIsImportedAgain() throws Exception {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.NEUTRON, server.url()).build();
        String pem = proxyFor(provider).certificateChain().get(0).pem();
        importAsAdmin(provider, pem);
        Path file = dataDirectory.resolve(NeutronClientHolder.DEFAULT_TRUSTSTORE_FILE);
        byte[] store = Files.readAllBytes(file);

        List<String> again = importAsAdmin(provider, pem);

        assertEquals(List.of(), again);
        assertArrayEquals(store, Files.readAllBytes(file));
        assertDoesNotThrow(proxyFor(provider)::testConnection);
    }

    @Test
    void shouldRefuseToFetchAChainWhenTheProviderUrlIsHttp() {
        String http = server.url().replace("https:", "http:");
        NetworkProviderProxy proxy = proxyFor(TestProviders.provider(NetworkProviderType.NEUTRON, http).build());

        ProviderException e = assertThrows(ProviderException.class, proxy::certificateChain);

        assertEquals(ProviderErrorCode.TLS, e.code());
        assertTrue(e.getMessage().contains("is not https"), e.getMessage());
        assertFalse(Files.exists(dataDirectory.resolve(NeutronClientHolder.DEFAULT_TRUSTSTORE_FILE)));
    }
}
