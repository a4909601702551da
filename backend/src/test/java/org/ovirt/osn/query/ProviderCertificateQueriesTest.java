package org.ovirt.osn.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.TestPems;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ProviderCertificateQueriesTest {

    private static final UUID ID = UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    private static final List<ProviderCertificate> CHAIN = List.of(
            PemCertificates.describe(0, TestPems.certificate(TestPems.LEAF)),
            PemCertificates.describe(1, TestPems.certificate(TestPems.CA)));

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private NetworkProviderProxies proxies;
    @Mock
    private NetworkProviderProxy proxy;

    private static NetworkProvider provider(String url, String password) {
        return new NetworkProvider(ID, "ovn", null, NetworkProviderType.EXTERNAL, url, true, "admin@internal",
                password, "https://engine:35357/v2.0", null, null, null, null, "OVIRT_PROVIDER_OVN", false, false, null);
    }

    private ProviderCertificateQueries queries() {
        return new ProviderCertificateQueries(repository, proxies);
    }

    @Test
    void shouldAnswerTheChainThroughTheProxyOfTheProviderWithItsPassword() {
        when(repository.findById(ID)).thenReturn(Optional.of(provider("https://engine:9696", "s3cret")));
        ArgumentCaptor<NetworkProvider> askedFor = ArgumentCaptor.forClass(NetworkProvider.class);
        when(proxies.proxyFor(askedFor.capture())).thenReturn(proxy);
        when(proxy.certificateChain()).thenReturn(CHAIN);

        List<ProviderCertificate> chain = queries().chainOf(ID);

        assertEquals(ID, askedFor.getValue().id());
        assertEquals("s3cret", askedFor.getValue().password(), "the proxy must keep the provider's Keystone session");
        assertEquals(CHAIN, chain, "as the endpoint presented it");
    }

    @Test
    void shouldStillAnswerWhenTheStoredPasswordCannotBeDecrypted() {
        when(repository.findById(ID)).thenThrow(new PasswordCipher.SecretUnreadableException("other key"));
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(provider("https://engine:9696", null)));
        ArgumentCaptor<NetworkProvider> askedFor = ArgumentCaptor.forClass(NetworkProvider.class);
        when(proxies.proxyFor(askedFor.capture())).thenReturn(proxy);
        when(proxy.certificateChain()).thenReturn(CHAIN);

        List<ProviderCertificate> chain = queries().chainOf(ID);

        assertEquals(ID, askedFor.getValue().id());
        assertNull(askedFor.getValue().password());
        assertEquals(CHAIN, chain, "as the endpoint presented it");
    }

    @Test
    void shouldFailAsNotFoundWhenTheProviderDoesNotExist() {
        when(repository.findById(ID)).thenReturn(Optional.empty());

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> queries().chainOf(ID));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, e.engineMessage());
        assertEquals(FailureKind.NOT_FOUND, e.kind());
        assertEquals("Cannot get certificates of provider. Provider " + ID + " does not exist.", e.getMessage());
    }

    @Test
    void shouldFailAsInvalidWithoutCallingTheProviderWhenItsUrlIsNotHttps() {
        when(repository.findById(ID)).thenReturn(Optional.of(provider("http://engine:9696", "s3cret")));

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> queries().chainOf(ID));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_URL_NOT_HTTPS, e.engineMessage());
        assertEquals(FailureKind.INVALID, e.kind());
        assertEquals("Cannot get certificates of provider ovn. Its URL http://engine:9696 is not https, so it"
                + " presents no certificate.", e.getMessage());
        verifyNoInteractions(proxies);
    }

    @Test
    void shouldFailAsAProviderFailureNamingTheCauseWhenTheEndpointCannotBeReached() {
        NetworkProvider decrypted = provider("https://engine:9696", "s3cret");
        when(repository.findById(ID)).thenReturn(Optional.of(decrypted));
        when(proxies.proxyFor(decrypted)).thenReturn(proxy);
        ProviderException refused = new ProviderException(ProviderErrorCode.CONNECTION,
                "Could not reach the provider: Connection refused", "TLS handshake with engine:9696", null);
        when(proxy.certificateChain()).thenThrow(refused);

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> queries().chainOf(ID));

        assertEquals(EngineMessage.PROVIDER_FAILURE_CONNECTION, e.engineMessage());
        assertEquals(FailureKind.PROVIDER, e.kind());
        assertEquals("Cannot connect to provider ovn: Could not reach the provider: Connection refused"
                + " [TLS handshake with engine:9696]", e.getMessage());
        assertSame(refused, e.getCause());
    }
}
