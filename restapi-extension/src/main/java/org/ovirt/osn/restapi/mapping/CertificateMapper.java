package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.provider.ProviderTrustStore;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Certificate;

import java.util.ArrayList;
import java.util.List;

/**
 * Between {@link Certificate} (REST) and the domain: a presented chain position goes out with its index as id, a
 * certificate to import comes in as its {@code content} text, untouched (the command reads and judges it).
 */
public final class CertificateMapper {

    private CertificateMapper() {
    }

    public static Certificate toModel(ProviderCertificate certificate, String href) {
        Certificate model = new Certificate();
        model.setId(String.valueOf(certificate.index()));
        model.setHref(href);
        model.setSubject(certificate.subject());
        model.setOrganization(PemCertificates.organization(certificate.subject()).orElse(null));
        model.setContent(certificate.pem());
        model.setIssuer(certificate.issuer());
        model.setSha256Fingerprint(certificate.sha256Fingerprint());
        return model;
    }

    /** A certificate of the provider trust store: its alias is its id. */
    public static Certificate toModel(ProviderTrustStore.TrustedCertificate trusted, String href) {
        Certificate model = toModel(PemCertificates.describe(0, trusted.certificate()), href);
        model.setId(trusted.alias());
        return model;
    }

    /**
     * The {@code content} of each {@code <certificate>} of an {@code importcertificates} action, in order; null for
     * one sent without content, and no element at all when the action names no certificate.
     */
    public static List<String> contents(Action action) {
        List<String> contents = new ArrayList<>();
        if (action != null && action.getCertificates() != null && action.getCertificates().getCertificate() != null) {
            for (Certificate certificate : action.getCertificates().getCertificate()) {
                contents.add(certificate == null ? null : certificate.getContent());
            }
        }
        return contents;
    }
}
