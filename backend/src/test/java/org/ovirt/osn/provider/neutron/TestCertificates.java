package org.ovirt.osn.provider.neutron;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Self-signed server certificates made with the JDK's keytool, and trust stores holding them. */
final class TestCertificates {

    static final char[] STORE_PASSWORD = "changeit".toCharArray();

    private final KeyStore keyStore;

    private TestCertificates(KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    /** @param san keytool's subject alternative names, e.g. "ip:127.0.0.1,dns:localhost" */
    static TestCertificates selfSigned(Path dir, String name, String san) throws IOException, GeneralSecurityException,
            InterruptedException {
        Path file = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", name,
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=" + san,
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD)))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, STORE_PASSWORD);
        }
        return new TestCertificates(store);
    }

    /** The certificate itself. */
    java.security.cert.X509Certificate certificate() throws GeneralSecurityException {
        return (java.security.cert.X509Certificate) keyStore.getCertificate(keyStore.aliases().nextElement());
    }

    /** A server-side TLS context presenting this certificate. */
    SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** Writes a PKCS12 trust store that trusts this certificate. */
    void writeTrustStore(Path file, char[] password) throws IOException, GeneralSecurityException {
        String alias = keyStore.aliases().nextElement();
        Certificate certificate = keyStore.getCertificate(alias);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(alias, certificate);
        Path temporary = Files.createTempFile(file.getParent(), "truststore", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            trust.store(out, password);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
