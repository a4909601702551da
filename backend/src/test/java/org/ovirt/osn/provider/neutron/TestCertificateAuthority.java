package org.ovirt.osn.provider.neutron;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private three-level CA made with the JDK's keytool, as an admin's TLS terminator would have one: a root, an
 * intermediate signed by it, and server certificates for 127.0.0.1 signed by the intermediate, one valid, one expired
 * and one not valid yet (keytool's {@code -startdate}, so nothing is shipped that goes stale).
 */
final class TestCertificateAuthority {

    private static final String PASSWORD = new String(TestCertificates.STORE_PASSWORD);

    private final Path dir;
    final X509Certificate root;
    final X509Certificate intermediate;
    final X509Certificate valid;
    final X509Certificate expired;
    final X509Certificate notYetValid;
    private final PrivateKey serverKey;

    private TestCertificateAuthority(Path dir, X509Certificate root, X509Certificate intermediate,
                                     X509Certificate valid, X509Certificate expired, X509Certificate notYetValid,
                                     PrivateKey serverKey) {
        this.dir = dir;
        this.root = root;
        this.intermediate = intermediate;
        this.valid = valid;
        this.expired = expired;
        this.notYetValid = notYetValid;
        this.serverKey = serverKey;
    }

    /** About ten keytool runs (each a JVM start), the independent ones side by side. */
    static TestCertificateAuthority create(Path dir) throws Exception {
        CompletableFuture<Void> serverKey = CompletableFuture.runAsync(() -> unchecked(() -> {
            genkeypair(dir, "server", "CN=provider.test,O=Private Test Org", false);
            keytool(dir, "-certreq", "-alias", "server", "-keystore", "server.p12", "-file", "server.csr");
        }));
        genkeypair(dir, "root", "CN=Private Test Root CA,O=Private Test Org", true);
        genkeypair(dir, "intermediate", "CN=Private Test Intermediate CA,O=Private Test Org", true);
        keytool(dir, "-certreq", "-alias", "intermediate", "-keystore", "intermediate.p12", "-file",
                "intermediate.csr");
        keytool(dir, "-gencert", "-alias", "root", "-keystore", "root.p12", "-infile", "intermediate.csr",
                "-outfile", "intermediate.pem", "-rfc", "-validity", "30", "-ext", "bc:c=ca:true,pathlen:0",
                "-ext", "ku:c=keyCertSign,cRLSign");
        serverKey.get(120, TimeUnit.SECONDS);
        List<CompletableFuture<Void>> leaves = new ArrayList<>();
        for (String[] leaf : new String[][] {{"valid", "-1d", "30"}, {"expired", "-10d", "2"},
                {"not-yet-valid", "+10d", "30"}}) {
            leaves.add(CompletableFuture.runAsync(() -> unchecked(() -> keytool(dir, "-gencert", "-alias",
                    "intermediate", "-keystore", "intermediate.p12", "-infile", "server.csr", "-outfile",
                    leaf[0] + ".pem", "-rfc", "-startdate", leaf[1], "-validity", leaf[2],
                    "-ext", "san=ip:127.0.0.1", "-ext", "eku=serverAuth"))));
        }
        for (CompletableFuture<Void> leaf : leaves) {
            leaf.get(120, TimeUnit.SECONDS);
        }
        KeyStore server = KeyStore.getInstance(dir.resolve("server.p12").toFile(), TestCertificates.STORE_PASSWORD);
        return new TestCertificateAuthority(dir, trustedCertificate(dir, "root"), pem(dir, "intermediate.pem"),
                pem(dir, "valid.pem"), pem(dir, "expired.pem"), pem(dir, "not-yet-valid.pem"),
                (PrivateKey) server.getKey("server", TestCertificates.STORE_PASSWORD));
    }

    /** A server-side TLS context presenting {@code chain} (its own certificate first) with the server's key. */
    SSLContext serverContext(X509Certificate... chain) throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", serverKey, TestCertificates.STORE_PASSWORD, chain);
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, TestCertificates.STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    /** Writes a PKCS12 trust store that trusts exactly these certificates. */
    void writeTrustStore(Path file, X509Certificate... trusted) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (int i = 0; i < trusted.length; i++) {
            trust.setCertificateEntry("trusted-" + i, trusted[i]);
        }
        Path temporary = Files.createTempFile(dir, "truststore", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            trust.store(out, TestCertificates.STORE_PASSWORD);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void genkeypair(Path dir, String alias, String dname, boolean ca) throws IOException,
            InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", dname, "-validity", "30", "-storetype", "PKCS12",
                "-keystore", alias + ".p12", "-keypass", PASSWORD));
        if (ca) {
            arguments.addAll(List.of("-ext", "bc:c=ca:true", "-ext", "ku:c=keyCertSign,cRLSign"));
        }
        keytool(dir, arguments.toArray(String[]::new));
    }

    private static void keytool(Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storepass", PASSWORD));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }

    private static X509Certificate trustedCertificate(Path dir, String alias) throws IOException,
            GeneralSecurityException {
        Certificate certificate = KeyStore.getInstance(dir.resolve(alias + ".p12").toFile(),
                TestCertificates.STORE_PASSWORD).getCertificate(alias);
        return (X509Certificate) certificate;
    }

    private static X509Certificate pem(Path dir, String file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(dir.resolve(file))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void unchecked(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
