package org.ovirt.osn.restapi.model;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <certificate id="0">}: oVirt's {@code Certificate} ({@code organization}, {@code subject}, {@code content} as
 * PEM). The model has no place for the issuer and the SHA-256 fingerprint an admin needs to judge a certificate, so
 * they are added as {@code issuer} and {@code sha256_fingerprint}; the oVirt SDK skips elements it does not know.
 */
@XmlRootElement(name = "certificate")
public class Certificate extends BaseResource {

    @XmlElement
    private String organization;

    @XmlElement
    private String subject;

    @XmlElement
    private String content;

    @XmlElement
    private String issuer;

    /** Named explicitly: the JSON naming strategy puts no underscore between a digit and a capital. */
    @XmlElement(name = "sha256_fingerprint")
    @JsonbProperty("sha256_fingerprint")
    private String sha256Fingerprint;

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getSha256Fingerprint() {
        return sha256Fingerprint;
    }

    public void setSha256Fingerprint(String sha256Fingerprint) {
        this.sha256Fingerprint = sha256Fingerprint;
    }
}
