package org.ovirt.osn.dal.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A provider certificate trusted by every node: the PEM text, its SHA-256 fingerprint, who added it and when. */
@Entity
@Table(name = "osn_trusted_certificate")
@NamedQuery(name = TrustedCertificateEntity.FIND_ALL,
        query = "SELECT c FROM TrustedCertificateEntity c ORDER BY c.addedAt, c.alias")
@NamedQuery(name = TrustedCertificateEntity.COUNT_FINGERPRINT,
        query = "SELECT COUNT(c) FROM TrustedCertificateEntity c WHERE c.fingerprintSha256 = :fingerprint")
public class TrustedCertificateEntity {

    public static final String FIND_ALL = "TrustedCertificate.findAll";
    public static final String COUNT_FINGERPRINT = "TrustedCertificate.countFingerprint";

    @Id
    @Column(name = "alias", length = 200)
    private String alias;

    @Column(name = "fingerprint_sha256", nullable = false, length = 64)
    private String fingerprintSha256;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String pem;

    @Column(name = "added_by", nullable = false, length = 200)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected TrustedCertificateEntity() {
        // for JPA
    }

    public TrustedCertificateEntity(String alias, String fingerprintSha256, String subject, String pem,
                                    String addedBy, OffsetDateTime addedAt) {
        this.alias = alias;
        this.fingerprintSha256 = fingerprintSha256;
        this.subject = subject;
        this.pem = pem;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public String getAlias() {
        return alias;
    }

    public String getFingerprintSha256() {
        return fingerprintSha256;
    }

    public String getSubject() {
        return subject;
    }

    public String getPem() {
        return pem;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
