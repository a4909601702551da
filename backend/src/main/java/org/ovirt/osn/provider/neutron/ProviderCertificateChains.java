package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the certificate chain a provider's TLS endpoint presents, trusted or not, so that an admin can judge it.
 *
 * <p>The handshake here accepts any certificate: that is the only way to see an untrusted one. The connection is
 * closed right after the handshake and carries no request, so nothing is ever sent to an endpoint trusted this way;
 * the provider calls themselves use {@link ProviderTrustManager}. No host name check either (a certificate naming
 * another host is exactly what an admin may need to see), but the host name is sent as SNI, so a server hosting
 * several names presents the provider's certificate.
 */
final class ProviderCertificateChains {

    private ProviderCertificateChains() {
    }

    /** With the configured provider timeouts ({@link OsnConfiguration}). */
    static List<ProviderCertificate> fetch(String url) {
        OsnConfiguration config = new OsnConfiguration();
        return fetch(url, config.providerConnectTimeout(), config.providerReadTimeout());
    }

    /**
     * @param readTimeout bounds each wait for the server during the handshake
     * @throws ProviderException TLS when the URL is not https or the endpoint does not complete a TLS handshake;
     *                           CONNECTION when the URL is not usable or the host cannot be reached; TIMEOUT when
     *                           connecting or the handshake takes too long
     */
    static List<ProviderCertificate> fetch(String url, Duration connectTimeout, Duration readTimeout) {
        URI uri = httpsUri(url);
        String host = uri.getHost();
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        String request = "TLS handshake with " + host + ":" + port;
        ChainCapture capture = new ChainCapture();
        try (Socket plain = new Socket()) {
            try {
                plain.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
            } catch (SocketTimeoutException e) {
                throw new ProviderException(ProviderErrorCode.TIMEOUT, "Could not connect to the provider within "
                        + connectTimeout.toSeconds() + " s (" + e.getMessage() + ")", request, e);
            }
            plain.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
            try (SSLSocket tls = (SSLSocket) capture.context().getSocketFactory()
                    .createSocket(plain, host, port, false)) {
                sniFor(host).ifPresent(sni -> {
                    SSLParameters parameters = tls.getSSLParameters();
                    parameters.setServerNames(List.of(sni));
                    tls.setSSLParameters(parameters);
                });
                tls.startHandshake();
                capture.offer(tls.getSession().getPeerCertificates());
            }
        } catch (ProviderException e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw new ProviderException(ProviderErrorCode.TIMEOUT, "The provider did not complete the TLS handshake"
                    + " within " + readTimeout.toSeconds() + " s (" + e.getMessage() + ")", request, e);
        } catch (UnknownHostException e) {
            throw new ProviderException(ProviderErrorCode.CONNECTION, "Unknown host " + host
                    + " in the URL of the provider", request, e);
        } catch (SSLException e) {
            // the chain may have come before the handshake failed for another reason (e.g. a client certificate)
            if (capture.chain() == null) {
                throw new ProviderException(ProviderErrorCode.TLS, "The provider did not complete a TLS handshake: "
                        + text(e) + ". Does it speak https on that port?", request, e);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new ProviderException(ProviderErrorCode.CONNECTION, "Could not reach the provider: " + text(e),
                    request, e);
        }
        X509Certificate[] chain = capture.chain();
        if (chain == null || chain.length == 0) {
            throw new ProviderException(ProviderErrorCode.TLS, "The provider presented no certificate", request,
                    null);
        }
        List<ProviderCertificate> described = new ArrayList<>(chain.length);
        for (int i = 0; i < chain.length; i++) {
            described.add(PemCertificates.describe(i, chain[i]));
        }
        return List.copyOf(described);
    }

    /**
     * TLS rather than BAD_REQUEST for an http URL: BAD_REQUEST means the provider answered 400, and nothing was sent
     * to it; the problem is that there is no TLS to take a certificate from.
     */
    private static URI httpsUri(String url) {
        String trimmed = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new ProviderException(ProviderErrorCode.CONNECTION, "The provider URL '" + trimmed
                    + "' is not a valid URL", null, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http")) {
            throw new ProviderException(ProviderErrorCode.TLS, "The provider URL '" + trimmed + "' is not https:"
                    + " the provider is called without TLS, so it has no certificate to fetch or trust", null, null);
        }
        if (!scheme.equals("https") || uri.getHost() == null) {
            throw new ProviderException(ProviderErrorCode.CONNECTION, "The provider URL '" + trimmed
                    + "' is not an https URL with a host name", null, null);
        }
        return uri;
    }

    private static String text(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * None for an IP address (SNI carries names only) or a name SNI cannot carry (an underscore, a trailing dot): the
     * server then presents its default certificate, which is still worth showing.
     */
    static Optional<SNIHostName> sniFor(String host) {
        if (host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SNIHostName(host));
        } catch (IllegalArgumentException notAnSniName) {
            return Optional.empty();
        }
    }

    /** Accepts every server chain and keeps it. Used for one handshake only, never for a request. */
    private static final class ChainCapture extends X509ExtendedTrustManager {

        private final AtomicReference<X509Certificate[]> chain = new AtomicReference<>();

        SSLContext context() throws GeneralSecurityException {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            return context;
        }

        X509Certificate[] chain() {
            return chain.get();
        }

        void offer(Certificate[] presented) {
            List<X509Certificate> x509 = new ArrayList<>();
            for (Certificate certificate : presented) {
                if (certificate instanceof X509Certificate c) {
                    x509.add(c);
                }
            }
            chain.compareAndSet(null, x509.toArray(X509Certificate[]::new));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket) {
            chain.set(presented.clone());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
            chain.set(presented.clone());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType) {
            chain.set(presented.clone());
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket) {
            throw new UnsupportedOperationException("Only server chains are captured");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("Only server chains are captured");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType) {
            throw new UnsupportedOperationException("Only server chains are captured");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
