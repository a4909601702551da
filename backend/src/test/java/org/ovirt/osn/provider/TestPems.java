package org.ovirt.osn.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;

/** The certificates of {@code src/test/resources/certificates} (see the README there), and clocks around them. */
public final class TestPems {

    /** {@code CN=provider.example,O=Example Org,C=CZ}, self-signed. */
    public static final String PROVIDER = "provider-example.pem";
    /** {@code CN=other.example}, self-signed. */
    public static final String OTHER = "other-example.pem";
    /** {@code CN=Example Test CA,O=Example Org}, self-signed CA. */
    public static final String CA = "example-ca.pem";
    /** {@code CN=leaf.example}, issued by {@link #CA}. */
    public static final String LEAF = "leaf-signed-by-example-ca.pem";

    private TestPems() {
    }

    public static String pem(String name) {
        try (InputStream in = TestPems.class.getResourceAsStream("/certificates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test certificate " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static X509Certificate certificate(String name) {
        try {
            return PemCertificates.parse(pem(name));
        } catch (PemCertificates.UnreadableCertificateException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /** A second after the certificate expired. */
    public static Clock afterExpiryOf(String name) {
        return Clock.fixed(certificate(name).getNotAfter().toInstant().plusSeconds(1), ZoneOffset.UTC);
    }

    /** A second before the certificate becomes valid. */
    public static Clock beforeValidityOf(String name) {
        return Clock.fixed(certificate(name).getNotBefore().toInstant().minusSeconds(1), ZoneOffset.UTC);
    }
}
