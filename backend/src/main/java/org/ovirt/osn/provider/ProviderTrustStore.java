package org.ovirt.osn.provider;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The module's own trust store: certificates an admin approved for providers, trusted besides the JVM's CAs by every
 * call to every provider. What is added here is trusted by the next new connection, without a restart.
 *
 * <p>Implementations are application scoped and safe for concurrent use, also by several processes (engine nodes)
 * sharing the store.
 */
public interface ProviderTrustStore {

    /**
     * Adds the certificates that are not in the store yet. Adding a certificate that is already there changes
     * nothing, so an import may be repeated.
     *
     * @return the SHA-256 fingerprints of the certificates that were new, in the order given
     * @throws IllegalArgumentException when a certificate has expired: it could never make a handshake pass
     * @throws UnwritableException      when the store cannot be read or written; it is then unchanged
     */
    List<String> add(List<X509Certificate> certificates);

    /**
     * Every certificate the store trusts, whoever put it there (an import, or an admin's own entries in the file).
     *
     * @throws UnwritableException when the store cannot be read
     */
    List<TrustedCertificate> list();

    /**
     * Removes the trusted certificate under that alias; the next new connection no longer trusts it, and connections
     * that idle in a pool trusted by it are not reused.
     *
     * @return false when the store has no such trusted certificate (nothing was changed)
     * @throws UnwritableException when the store cannot be read or written; it is then unchanged
     */
    boolean remove(String alias);

    /** A certificate of the store and the alias it is stored under (imports use {@code osn-sha256-<hex>}). */
    record TrustedCertificate(String alias, X509Certificate certificate) {
    }

    /** The trust store file could not be read (e.g. a wrong password) or written; nothing was changed. */
    final class UnwritableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnwritableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
