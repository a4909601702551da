package org.ovirt.osn.provider;

/**
 * One certificate of the chain a provider's TLS endpoint presents, as an admin needs to judge it before trusting it.
 *
 * @param index             0 for the provider's own certificate, then each issuer in signing order
 * @param sha256Fingerprint upper-case hex pairs separated by colons, as {@code openssl x509 -fingerprint} shows it
 * @param pem               the certificate in PEM form, ready to import
 */
public record ProviderCertificate(int index, String subject, String issuer, String sha256Fingerprint,
                                  boolean selfSigned, String pem) {
}
