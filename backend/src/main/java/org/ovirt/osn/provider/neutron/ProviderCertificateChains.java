package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderCertificate;

import java.util.List;

/** Reads the certificate chain a provider's TLS endpoint presents, trusted or not. */
final class ProviderCertificateChains {

    private ProviderCertificateChains() {
    }

    static List<ProviderCertificate> fetch(String url) {
        throw new UnsupportedOperationException("Certificate chains are not implemented yet");
    }
}
