package org.ovirt.osn.command.provider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ProviderLocking;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderConnectivityReport;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;

@ExtendWith(MockitoExtension.class)
class TestNetworkProviderConnectivityCommandTest {

    private static final NetworkProvider DECRYPTED = neutron().password("s3cret").build();
    private static final UUID ID = DECRYPTED.id();
    private static final NetworkProviderIdParameters PARAMETERS = new NetworkProviderIdParameters(ID);

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private NetworkProviderProxies proxies;
    @Mock
    private NetworkProviderProxy proxy;

    private TestNetworkProviderConnectivityCommand command() {
        return new TestNetworkProviderConnectivityCommand(repository, proxies);
    }

    @Test
    void shouldAnswerWhatTheProxyOfTheDecryptedProviderFoundWhenExecuted() {
        when(repository.findById(ID)).thenReturn(Optional.of(DECRYPTED));
        ArgumentCaptor<NetworkProvider> proxied = ArgumentCaptor.forClass(NetworkProvider.class);
        when(proxies.proxyFor(proxied.capture())).thenReturn(proxy);

        ProviderConnectivityReport found = new ProviderConnectivityReport(List.of("v2.0 (CURRENT)"),
                ProviderConnectivityReport.Authentication.NONE, null, List.of(), ProviderCapabilities.BASIC, false,
                false);
        when(proxy.testConnectivity()).thenReturn(found);

        assertSame(found, command().execute(PARAMETERS));

        assertEquals("s3cret", proxied.getValue().password());
        assertEquals(DECRYPTED, proxied.getValue());
    }

    @Test
    void shouldNotBeTransactionalWhenAskedBecauseItOnlyCallsTheProvider() {
        assertFalse(command().transactional());
    }

    @Test
    void shouldSurfaceProviderExceptionWhenProxyFails() {
        when(repository.findById(ID)).thenReturn(Optional.of(DECRYPTED));
        when(proxies.proxyFor(DECRYPTED)).thenReturn(proxy);
        ProviderException failure = new ProviderException(ProviderErrorCode.AUTHENTICATION, "Keystone refused",
                401, "POST http://keystone:5000/v3/auth/tokens", null, "req-1", null);
        doThrow(failure).when(proxy).testConnectivity();

        ProviderException e = assertThrows(ProviderException.class, () -> command().execute(PARAMETERS));

        assertSame(failure, e);
    }

    @Test
    void shouldFailWithStoredPasswordUnreadableWhenSecretCannotBeDecrypted() {
        when(repository.findById(ID)).thenThrow(new PasswordCipher.SecretUnreadableException("wrong key"));
        when(repository.displayName(ID)).thenReturn("neutron-1");

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command().execute(PARAMETERS));

        assertEquals(EngineMessage.PROVIDER_STORED_PASSWORD_UNREADABLE, e.engineMessage());
        assertEquals("neutron-1", e.variables().get("ProviderName"));
        verifyNoInteractions(proxies);
    }

    @Test
    void shouldRefuseWhenProviderDoesNotExist() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.empty());

        ValidationResult result = command().validate(PARAMETERS);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, result.message());
    }

    @Test
    void shouldReportProviderFailureOutsideAnyTransactionWhenRunByTheRunner(
            @Mock Transactions transactions, @Mock AuditLogger auditLogger, @Mock ProviderLocking locking) {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(DECRYPTED.withPassword(null)));
        when(repository.displayName(ID)).thenReturn("neutron-1");
        when(repository.findById(ID)).thenReturn(Optional.of(DECRYPTED));
        when(proxies.proxyFor(DECRYPTED)).thenReturn(proxy);
        doThrow(new ProviderException(ProviderErrorCode.TIMEOUT, "Read timed out", "GET http://neutron:9696/v2.0/",
                null)).when(proxy).testConnectivity();
        CommandRunner runner = new CommandRunner(transactions, auditLogger, locking);

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner.run(command(), PARAMETERS, new CommandContext("admin@internal")));

        assertEquals(EngineMessage.PROVIDER_FAILURE_TIMEOUT, e.engineMessage());
        assertEquals("Provider neutron-1 did not answer in time: Read timed out [GET http://neutron:9696/v2.0/]",
                e.getMessage());
        verifyNoInteractions(transactions);
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_CONNECTIVITY_TEST_FAILED),
                eq(Map.of("ProviderName", "neutron-1", "Action", "test connectivity of", "UserName", "admin@internal",
                        "Reason", e.getMessage())), eq(ID));
        verify(auditLogger, never()).log(eq(AuditLogType.PROVIDER_CONNECTIVITY_TESTED), anyMap(), any());
    }
}
