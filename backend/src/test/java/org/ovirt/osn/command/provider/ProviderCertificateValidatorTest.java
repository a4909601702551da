package org.ovirt.osn.command.provider;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.ValidationResult;

import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.TestPems.CA;
import static org.ovirt.osn.provider.TestPems.PROVIDER;
import static org.ovirt.osn.provider.TestPems.afterExpiryOf;
import static org.ovirt.osn.provider.TestPems.beforeValidityOf;
import static org.ovirt.osn.provider.TestPems.certificate;
import static org.ovirt.osn.provider.TestPems.pem;

class ProviderCertificateValidatorTest {

    private static ProviderCertificateValidator validator(Clock clock, String... certificates) {
        return new ProviderCertificateValidator(Arrays.asList(certificates), clock);
    }

    private static ProviderCertificateValidator validator(String... certificates) {
        return validator(Clock.systemUTC(), certificates);
    }

    private static void assertValid(ValidationResult result) {
        assertTrue(result.isValid(), () -> "expected valid, got " + result);
    }

    @Test
    void shouldPassCertificatesGivenWhenThereIsOne() {
        assertValid(validator(pem(PROVIDER)).certificatesGiven());
    }

    @Test
    void shouldFailCertificatesGivenAsInvalidWhenThereIsNone() {
        ValidationResult result = new ProviderCertificateValidator(List.of(), Clock.systemUTC()).certificatesGiven();

        assertEquals(EngineMessage.VALIDATION_CERTIFICATES_REQUIRED, result.message());
        assertEquals(FailureKind.INVALID, result.message().kind());
    }

    @Test
    void shouldPassCertificatesReadableWhenEachIsPemOrTheEnginesBase64() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(certificate(CA).getEncoded());

        assertValid(validator(pem(PROVIDER), base64).certificatesReadable());
    }

    @Test
    void shouldFailCertificatesReadableNamingTheFirstUnreadableWhenOneIsGarbage() {
        ValidationResult result = validator(pem(PROVIDER), "garbage!", null).certificatesReadable();

        assertEquals(EngineMessage.VALIDATION_CERTIFICATE_UNREADABLE, result.message());
        assertEquals(Map.of("CertificateNumber", "2", "Problem", "it is neither PEM nor base64"),
                result.variables());
    }

    @Test
    void shouldFailCertificatesReadableWhenACertificateCameWithoutContent() {
        ValidationResult result = validator((String) null).certificatesReadable();

        assertEquals(EngineMessage.VALIDATION_CERTIFICATE_UNREADABLE, result.message());
        assertEquals(Map.of("CertificateNumber", "1", "Problem", "it is empty"), result.variables());
    }

    @Test
    void shouldPassCertificatesNotExpiredWhenAllAreCurrent() {
        assertValid(validator(pem(PROVIDER), pem(CA)).certificatesNotExpired());
    }

    @Test
    void shouldPassCertificatesNotExpiredWhenOneIsNotValidYet() {
        assertValid(validator(beforeValidityOf(CA), pem(CA)).certificatesNotExpired());
    }

    @Test
    void shouldFailCertificatesNotExpiredNamingItWhenOneHasExpired() {
        // the CA was made after the provider certificate, so it is still valid a second after the other expired
        ValidationResult result = validator(afterExpiryOf(PROVIDER), pem(CA), pem(PROVIDER))
                .certificatesNotExpired();

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CERTIFICATE_EXPIRED, result.message());
        assertEquals(Map.of("CertificateNumber", "2", "Subject", "CN=provider.example,O=Example Org,C=CZ",
                "NotAfter", certificate(PROVIDER).getNotAfter().toInstant().toString()), result.variables());
    }

    @Test
    void shouldLeaveUnreadableCertificatesToTheReadableRuleWhenCheckingExpiry() {
        assertValid(validator("garbage!", null, pem(PROVIDER)).certificatesNotExpired());
    }
}
