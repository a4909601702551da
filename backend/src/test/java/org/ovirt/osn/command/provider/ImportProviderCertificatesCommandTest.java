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
import org.ovirt.osn.command.ProviderLocking;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderTrustStore;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;
import static org.ovirt.osn.provider.TestPems.CA;
import static org.ovirt.osn.provider.TestPems.PROVIDER;
import static org.ovirt.osn.provider.TestPems.afterExpiryOf;
import static org.ovirt.osn.provider.TestPems.certificate;
import static org.ovirt.osn.provider.TestPems.pem;

@ExtendWith(MockitoExtension.class)
class ImportProviderCertificatesCommandTest {

    private static final NetworkProvider STORED = neutron().url("https://neutron.example.com:9696").password(null)
            .build();
    private static final UUID ID = STORED.id();
    private static final String PROVIDER_DESCRIBED = "CN=provider.example,O=Example Org,C=CZ (SHA-256 "
            + PemCertificates.sha256Fingerprint(certificate(PROVIDER)) + ")";

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderTrustStore trustStore;

    private ImportProviderCertificatesCommand command(Clock clock) {
        return new ImportProviderCertificatesCommand(repository, trustStore, clock);
    }

    private ImportProviderCertificatesCommand command() {
        return command(Clock.systemUTC());
    }

    private static ImportProviderCertificatesParameters importing(String... certificates) {
        return new ImportProviderCertificatesParameters(ID, Arrays.asList(certificates));
    }

    @Test
    void shouldRefuseAsNotFoundWhenTheProviderDoesNotExist() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.empty());

        ValidationResult result = command().validate(importing(pem(PROVIDER)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, result.message());
        assertEquals(FailureKind.NOT_FOUND, result.message().kind());
    }

    @Test
    void shouldRefuseWhenNoCertificateIsGiven() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));

        ValidationResult result = command().validate(new ImportProviderCertificatesParameters(ID, null));

        assertEquals(EngineMessage.VALIDATION_CERTIFICATES_REQUIRED, result.message());
    }

    @Test
    void shouldRefuseWhenACertificateIsUnreadable() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));

        ValidationResult result = command().validate(importing(pem(PROVIDER), "-----BEGIN CERTIFICATE-----\nAAAA"));

        assertEquals(EngineMessage.VALIDATION_CERTIFICATE_UNREADABLE, result.message());
        assertEquals("2", result.variables().get("CertificateNumber"));
    }

    @Test
    void shouldRefuseWhenACertificateHasExpired() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));

        ValidationResult result = command(afterExpiryOf(PROVIDER)).validate(importing(pem(PROVIDER)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CERTIFICATE_EXPIRED, result.message());
    }

    @Test
    void shouldBeValidWhenTheProviderExistsAndEveryCertificateIsReadableAndCurrent() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));

        assertTrue(command().validate(importing(pem(PROVIDER), pem(CA))).isValid());
    }

    @Test
    void shouldAddTheCertificatesToTheTrustStoreWhenExecuted() {
        List<String> added = List.of(PemCertificates.sha256Fingerprint(certificate(CA)));
        when(trustStore.add(List.of(certificate(PROVIDER), certificate(CA)))).thenReturn(added);

        List<String> result = command().execute(importing(pem(PROVIDER), pem(CA)));

        assertEquals(added, result);
    }

    @Test
    void shouldFailAsAFailedActionWithTheStoresReasonWhenTheStoreCannotBeWritten() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));
        when(trustStore.add(List.of(certificate(PROVIDER)))).thenThrow(new ProviderTrustStore.UnwritableException(
                "The provider trust store /data/t.p12 cannot be written: disk full; nothing was changed",
                new IOException("disk full")));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(importing(pem(PROVIDER))));

        assertEquals(EngineMessage.PROVIDER_TRUST_STORE_UNWRITABLE, e.engineMessage());
        assertEquals(FailureKind.PROVIDER, e.kind());
        assertEquals("Cannot import certificates for provider neutron-1: The provider trust store /data/t.p12 cannot"
                + " be written: disk full; nothing was changed", e.getMessage());
    }

    @Test
    void shouldHoldNoTransactionWhenAskedBecauseItOnlyWritesAFile() {
        assertFalse(command().transactional());
    }

    @Test
    void shouldNameEachCertificateBySubjectAndFingerprintForTheAudit() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));

        Map<String, String> variables = command().auditVariables(importing(pem(PROVIDER), "garbage"));

        assertEquals(Map.of("ProviderName", "neutron-1", "Action", "import certificates for",
                "Certificates", PROVIDER_DESCRIBED + ", certificate 2 unreadable"), variables);
    }

    @Test
    void shouldAuditTheImportWithWhatBecameTrustedWhenRunByTheRunner(@Mock Transactions transactions,
                                                                      @Mock AuditLogger auditLogger) {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));
        when(trustStore.add(List.of(certificate(PROVIDER)))).thenReturn(List.of("AB"));

        List<String> added = runner(transactions, auditLogger)
                .run(command(), importing(pem(PROVIDER)), new CommandContext("admin@internal"));

        assertEquals(List.of("AB"), added);
        verifyNoInteractions(transactions);
        verify(auditLogger).log(AuditLogType.PROVIDER_CERTIFICATE_IMPORTED, Map.of("ProviderName", "neutron-1",
                "Action", "import certificates for", "Certificates", PROVIDER_DESCRIBED,
                "UserName", "admin@internal"), ID);
        assertEquals(213, AuditLogType.PROVIDER_CERTIFICATE_IMPORTED.code());
    }

    @Test
    void shouldAuditTheFailureAndWriteNothingWhenRefusedByTheRunner(@Mock Transactions transactions,
                                                                    @Mock AuditLogger auditLogger) {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(STORED));

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> runner(transactions, auditLogger)
                .run(command(), importing("garbage!"), new CommandContext("admin@internal")));

        assertEquals("Cannot import certificates for provider neutron-1. Certificate 1 is not a PEM X.509"
                + " certificate: it is neither PEM nor base64.", e.getMessage());
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_CERTIFICATE_IMPORT_FAILED), eq(Map.of(
                "ProviderName", "neutron-1", "Action", "import certificates for",
                "Certificates", "certificate 1 unreadable", "UserName", "admin@internal", "Reason", e.getMessage())),
                eq(ID));
        verify(auditLogger, never()).log(eq(AuditLogType.PROVIDER_CERTIFICATE_IMPORTED), anyMap(), any());
        verifyNoInteractions(trustStore);
        assertEquals(214, AuditLogType.PROVIDER_CERTIFICATE_IMPORT_FAILED.code());
    }

    /** A real runner; importing certificates locks no provider, so the locking is never asked. */
    private static CommandRunner runner(Transactions transactions, AuditLogger auditLogger) {
        return new CommandRunner(transactions, auditLogger, org.mockito.Mockito.mock(ProviderLocking.class));
    }
}
