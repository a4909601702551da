package org.ovirt.osn.provider.neutron;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Stream;

/**
 * Trusts what the JVM trusts, plus the certificates in the module's provider trust store file (PKCS12 or JKS) when
 * that file exists. The file is re-read when it changes, so a certificate imported for a provider is trusted on the
 * next new connection without a restart. Host name verification is not done here; the HTTP client does it.
 *
 * <p>Thread-safe: the loaded trust store is an immutable snapshot swapped atomically.
 */
final class ProviderTrustManager extends X509ExtendedTrustManager {

    private static final System.Logger LOG = System.getLogger(ProviderTrustManager.class.getName());

    private final X509ExtendedTrustManager jvmDefault;
    private final Path trustStore;
    private final char[] trustStorePassword;
    private volatile Snapshot snapshot = new Snapshot(null, -1, null);

    /** A loaded trust store and the file state it came from; {@code trust} is null when there is none. */
    private record Snapshot(FileTime modified, long size, X509ExtendedTrustManager trust) {
    }

    /** @param trustStore the extra trust store file (need not exist), or null for the JVM's trust only */
    ProviderTrustManager(Path trustStore, char[] trustStorePassword) throws GeneralSecurityException {
        this.jvmDefault = trustManagerOf(null);
        this.trustStore = trustStore;
        this.trustStorePassword = trustStorePassword.clone();
    }

    /** A TLS context that trusts what this trust manager trusts. */
    SSLContext sslContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {this}, null);
        return context;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain, trust -> trust.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, trust -> trust.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, trust -> trust.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("This trust manager only checks providers, not clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("This trust manager only checks providers, not clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("This trust manager only checks providers, not clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        X509ExtendedTrustManager extra = currentTrustStore();
        return extra == null ? jvmDefault.getAcceptedIssuers()
                : Stream.concat(Arrays.stream(jvmDefault.getAcceptedIssuers()),
                Arrays.stream(extra.getAcceptedIssuers())).toArray(X509Certificate[]::new);
    }

    private interface TrustCheck {
        void check(X509ExtendedTrustManager trust) throws CertificateException;
    }

    /**
     * The JVM's trust first, then the trust store's; when both refuse, the refusal that knows more (see
     * {@link ProviderCertificateRefusal#moreSpecific}) is explained in the admin's terms.
     */
    private void check(X509Certificate[] chain, TrustCheck check) throws CertificateException {
        try {
            check.check(jvmDefault);
        } catch (CertificateException untrustedByJvm) {
            X509ExtendedTrustManager extra = currentTrustStore();
            CertificateException verdict = untrustedByJvm;
            if (extra != null) {
                try {
                    check.check(extra);
                    return;
                } catch (CertificateException untrustedByStore) {
                    verdict = ProviderCertificateRefusal.moreSpecific(untrustedByStore, untrustedByJvm);
                }
            }
            throw ProviderCertificateRefusal.explain(chain, verdict, Instant.now());
        }
    }

    /** Only new connections get here, so a stat per handshake is cheap enough to notice an updated file. */
    private X509ExtendedTrustManager currentTrustStore() {
        if (trustStore == null) {
            return null;
        }
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(trustStore);
            size = Files.size(trustStore);
        } catch (IOException absent) {
            snapshot = new Snapshot(null, -1, null);
            return null;
        }
        Snapshot current = snapshot;
        if (modified.equals(current.modified()) && size == current.size()) {
            return current.trust();
        }
        synchronized (this) {
            current = snapshot;
            if (!(modified.equals(current.modified()) && size == current.size())) {
                current = new Snapshot(modified, size, load());
                snapshot = current;
            }
            return current.trust();
        }
    }

    private X509ExtendedTrustManager load() {
        try {
            KeyStore store = KeyStore.getInstance(trustStore.toFile(), trustStorePassword);
            LOG.log(System.Logger.Level.INFO, "Provider trust store {0} loaded ({1} entries)", trustStore,
                    store.size());
            // a trust manager of no anchors fails every check with an unchecked "trustAnchors must be non-empty"
            // (e.g. once the last certificate is removed): no store then, only the JVM's trust
            return hasTrustedCertificate(store) ? trustManagerOf(store) : null;
        } catch (IOException | GeneralSecurityException e) {
            // the password is never part of these messages; a wrong one reads "keystore password was incorrect"
            LOG.log(System.Logger.Level.WARNING, "Provider trust store {0} cannot be read, only the JVM''s trust"
                    + " applies: {1}", trustStore, e.toString());
            return null;
        }
    }

    private static boolean hasTrustedCertificate(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isCertificateEntry(alias)) {
                return true;
            }
        }
        return false;
    }

    private static X509ExtendedTrustManager trustManagerOf(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("The JVM offers no X509 trust manager");
    }
}
