package org.ovirt.osn.command.provider;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.PemCertificates;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.ovirt.osn.command.ValidationResult.VALID;
import static org.ovirt.osn.command.ValidationResult.failWith;
import static org.ovirt.osn.command.ValidationResult.validWhen;

/**
 * Rules for certificates offered for the provider trust store. Each returns a result and never throws. Certificates
 * are numbered from 1 in messages, in the order given.
 */
public class ProviderCertificateValidator {

    private final List<String> certificates;
    private final Clock clock;

    public ProviderCertificateValidator(List<String> certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    public ValidationResult certificatesGiven() {
        return validWhen(!certificates.isEmpty(), EngineMessage.VALIDATION_CERTIFICATES_REQUIRED);
    }

    /** Each is exactly one X.509 certificate, as PEM or bare base64 DER. */
    public ValidationResult certificatesReadable() {
        for (int i = 0; i < certificates.size(); i++) {
            try {
                PemCertificates.parse(certificates.get(i));
            } catch (PemCertificates.UnreadableCertificateException e) {
                return failWith(EngineMessage.VALIDATION_CERTIFICATE_UNREADABLE,
                        Map.of("CertificateNumber", String.valueOf(i + 1), "Problem", e.getMessage()));
            }
        }
        return VALID;
    }

    /**
     * None has expired: it could never make a handshake pass. One that is not valid yet is allowed, so that a renewed
     * CA can be trusted before the provider switches to it. Unreadable certificates are
     * {@link #certificatesReadable()}'s to report, not this rule's.
     */
    public ValidationResult certificatesNotExpired() {
        Instant now = clock.instant();
        for (int i = 0; i < certificates.size(); i++) {
            X509Certificate certificate;
            try {
                certificate = PemCertificates.parse(certificates.get(i));
            } catch (PemCertificates.UnreadableCertificateException e) {
                continue;
            }
            if (certificate.getNotAfter().toInstant().isBefore(now)) {
                return failWith(EngineMessage.ACTION_TYPE_FAILED_CERTIFICATE_EXPIRED,
                        Map.of("CertificateNumber", String.valueOf(i + 1),
                                "Subject", certificate.getSubjectX500Principal().getName(),
                                "NotAfter", certificate.getNotAfter().toInstant().toString()));
            }
        }
        return VALID;
    }
}
