package org.ovirt.osn.command.provider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.ProviderLocking;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderTrustStore;
import org.ovirt.osn.provider.ProviderTrustStore.TrustedCertificate;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;
import static org.ovirt.osn.provider.TestPems.PROVIDER;
import static org.ovirt.osn.provider.TestPems.certificate;

@ExtendWith(MockitoExtension.class)
class RemoveProviderCertificateCommandTest {

    private static final NetworkProvider STORED = neutron().url("https://neutron.example.com:9696").password(null)
            .build();
    private static final UUID ID = STORED.id();
    private static final String ALIAS = "osn-sha256-" + PemCertificates.sha256Hex(certificate(PROVIDER));
    private static final TrustedCertificate TRUSTED = new TrustedCertificate(ALIAS, certificate(PROVIDER));
    private static final String DESCRIBED = ALIAS + " (CN=provider.example,O=Example Org,C=CZ, SHA-256 "
            + PemCertificates.sha256Fingerprint(certificate(PROVIDER)) + ")";

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderTrustStore trustStore;

    private RemoveProviderCertificateCommand command() {
        return new RemoveProviderCertificateCommand(repository, trustStore);
    }

    private static RemoveProviderCertificateParameters removing(String alias) {
        return new RemoveProviderCertificateParameters(ID, alias);
    }

    @Test
    void shouldRefuseAsNotFoundWhenTheProviderDoesNotExist() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.empty());

        ValidationResult result = command().validate(removing(ALIAS));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, result.message());
        verifyNoInteractions(trustStore);
    }

    @Test
    void shouldRefuseAsNotFoundWhenTheStoreHasNoSuchAlias() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));
        when(trustStore.list()).thenReturn(List.of(TRUSTED));

        ValidationResult result = command().validate(removing("osn-sha256-00"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CERTIFICATE_NOT_IN_TRUST_STORE, result.message());
        assertEquals(FailureKind.NOT_FOUND, result.message().kind());
        assertEquals("osn-sha256-00", result.variables().get("Alias"));
    }

    @Test
    void shouldRefuseNamingTheStoreProblemWhenTheStoreCannotBeRead() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));
        when(trustStore.list()).thenThrow(new ProviderTrustStore.UnwritableException("keystore password was incorrect",
                new IOException("wrong password")));

        ValidationResult result = command().validate(removing(ALIAS));

        assertEquals(EngineMessage.PROVIDER_TRUST_STORE_UNWRITABLE, result.message());
        assertEquals("keystore password was incorrect", result.variables().get("Detail"));
    }

    @Test
    void shouldPassWhenTheProviderExistsAndTheStoreHoldsTheAlias() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));
        when(trustStore.list()).thenReturn(List.of(TRUSTED));

        assertTrue(command().validate(removing(ALIAS)).isValid());
    }

    @Test
    void shouldFailAsNotFoundWhenAnotherNodeRemovedItSinceValidation() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));
        when(trustStore.list()).thenReturn(List.of());
        when(trustStore.remove(ALIAS)).thenReturn(false);

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command().execute(removing(ALIAS)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CERTIFICATE_NOT_IN_TRUST_STORE, e.engineMessage());
    }

    @Test
    void shouldAuditTheRemovalNamingTheCertificateWhenRunByTheRunner(@Mock Transactions transactions,
                                                                     @Mock AuditLogger auditLogger) {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));
        when(trustStore.list()).thenReturn(List.of(TRUSTED));
        when(trustStore.remove(ALIAS)).thenReturn(true);

        Void result = runner(transactions, auditLogger).run(command(), removing(ALIAS),
                new CommandContext("admin@internal"));

        assertNull(result);
        verify(trustStore).remove(ALIAS);
        verifyNoInteractions(transactions);
        verify(auditLogger).log(AuditLogType.PROVIDER_CERTIFICATE_REMOVED, Map.of("ProviderName", "neutron-1",
                "Action", "remove a certificate of", "Alias", DESCRIBED, "UserName", "admin@internal"), ID);
        assertEquals(9330, AuditLogType.PROVIDER_CERTIFICATE_REMOVED.code());
    }

    @Test
    void shouldAuditTheFailureAndRemoveNothingWhenTheAliasIsUnknown(@Mock Transactions transactions,
                                                                    @Mock AuditLogger auditLogger) {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));
        when(trustStore.list()).thenReturn(List.of(TRUSTED));

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> runner(transactions, auditLogger)
                .run(command(), removing("osn-sha256-00"), new CommandContext("admin@internal")));

        assertEquals("Cannot remove a certificate of provider neutron-1. The provider trust store has no certificate"
                + " osn-sha256-00.", e.getMessage());
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_CERTIFICATE_REMOVAL_FAILED), anyMap(), eq(ID));
        verify(auditLogger, never()).log(eq(AuditLogType.PROVIDER_CERTIFICATE_REMOVED), anyMap(), any());
        verify(trustStore, never()).remove(anyString());
        assertEquals(9331, AuditLogType.PROVIDER_CERTIFICATE_REMOVAL_FAILED.code());
    }

    /** A real runner; removing a certificate locks no provider, so the locking is never asked. */
    private static CommandRunner runner(Transactions transactions, AuditLogger auditLogger) {
        return new CommandRunner(transactions, auditLogger, org.mockito.Mockito.mock(ProviderLocking.class));
    }
}
