package org.ovirt.osn.provider;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X.509 certificates as admins exchange them: PEM text in, PEM text and SHA-256 fingerprints out.
 *
 * <p>Reading accepts one certificate, either as a PEM block ({@code -----BEGIN CERTIFICATE-----}) or as the bare
 * base64 DER that oVirt's engine puts in a certificate's {@code content}, so a script written against the engine can
 * hand back what it read. Stateless and thread-safe.
 */
public final class PemCertificates {

    /** Far more than any real certificate; longer input is refused before it is decoded. */
    public static final int MAX_LENGTH = 64 * 1024;

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");
    private static final int PEM_LINE = 64;

    private PemCertificates() {
    }

    /** Why a text is not one readable certificate; the message says it in an admin's words. */
    public static final class UnreadableCertificateException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableCertificateException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads exactly one X.509 certificate.
     *
     * @throws UnreadableCertificateException when the text is empty, too long, not PEM or base64, not a certificate,
     *                                        or holds more than one
     */
    public static X509Certificate parse(String text) throws UnreadableCertificateException {
        if (text == null || text.isBlank()) {
            throw new UnreadableCertificateException("it is empty", null);
        }
        if (text.length() > MAX_LENGTH) {
            throw new UnreadableCertificateException("it is longer than " + MAX_LENGTH + " characters", null);
        }
        byte[] der = derOf(text.strip());
        try {
            Collection<? extends Certificate> read = factory().generateCertificates(new ByteArrayInputStream(der));
            if (read.isEmpty()) {
                throw new UnreadableCertificateException("it holds no certificate", null);
            }
            if (read.size() > 1) {
                throw new UnreadableCertificateException("it holds " + read.size()
                        + " certificates; give each in a certificate of its own", null);
            }
            return (X509Certificate) read.iterator().next();
        } catch (CertificateException | ClassCastException e) {
            throw new UnreadableCertificateException("it is not an X.509 certificate (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] derOf(String text) throws UnreadableCertificateException {
        Matcher block = PEM_BLOCK.matcher(text);
        String base64;
        if (block.find()) {
            if (!"CERTIFICATE".equals(block.group(1))) {
                throw new UnreadableCertificateException("it is a PEM " + block.group(1).toLowerCase(Locale.ROOT)
                        + ", not a certificate", null);
            }
            base64 = block.group(2);
            if (block.find()) {
                throw new UnreadableCertificateException("it holds more than one PEM block; give each certificate"
                        + " in a certificate of its own", null);
            }
        } else if (text.contains("-----BEGIN")) {
            throw new UnreadableCertificateException("its PEM block is incomplete or damaged", null);
        } else if (BASE64.matcher(text).matches()) {
            base64 = text;
        } else {
            throw new UnreadableCertificateException("it is neither PEM nor base64", null);
        }
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new UnreadableCertificateException("its base64 is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** The certificate as PEM, 64 characters a line, ending in a newline. */
    public static String toPem(X509Certificate certificate) {
        String base64 = Base64.getMimeEncoder(PEM_LINE, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(encoded(certificate));
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }

    /** Upper-case hex pairs separated by colons, as {@code openssl x509 -fingerprint -sha256} shows it. */
    public static String sha256Fingerprint(X509Certificate certificate) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(certificate));
    }

    /** The SHA-256 of the DER encoding as lower-case hex without separators, e.g. for names of files or entries. */
    public static String sha256Hex(X509Certificate certificate) {
        return HexFormat.of().formatHex(sha256(certificate));
    }

    /** Issued by itself: its issuer is its subject and its own key verifies its signature. */
    public static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The first organization (O) of an RFC 2253 name, if it has one. */
    public static Optional<String> organization(String rfc2253Name) {
        if (rfc2253Name == null || rfc2253Name.isBlank()) {
            return Optional.empty();
        }
        try {
            // LdapName lists RDNs from the last to the first as written
            var rdns = new LdapName(rfc2253Name).getRdns();
            for (int i = rdns.size() - 1; i >= 0; i--) {
                Rdn rdn = rdns.get(i);
                if ("O".equalsIgnoreCase(rdn.getType())) {
                    return Optional.of(String.valueOf(rdn.getValue()));
                }
            }
            return Optional.empty();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }

    /** Position {@code index} of a presented chain, as an admin needs to judge it. */
    public static ProviderCertificate describe(int index, X509Certificate certificate) {
        return new ProviderCertificate(index,
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                sha256Fingerprint(certificate), isSelfSigned(certificate), toPem(certificate));
    }

    private static byte[] sha256(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(encoded(certificate));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("The certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }
}
