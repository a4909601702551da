package org.ovirt.osn.restapi.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Neutron stand-in in the test JVM: https on 127.0.0.1 with a fresh self-signed certificate from the JDK's keytool
 * (naming 127.0.0.1, so only trust is missing), answering {@code GET /v2.0/} with an empty resource list.
 */
final class TlsNeutronStub implements AutoCloseable {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final HttpsServer server;
    private final X509Certificate certificate;

    private TlsNeutronStub(HttpsServer server, X509Certificate certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    /** @param name the certificate's CN and the key store file's name in {@code dir} */
    static TlsNeutronStub start(Path dir, String name) throws IOException, GeneralSecurityException,
            InterruptedException {
        Path file = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", name,
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance(file.toFile(), PASSWORD);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);

        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", TlsNeutronStub::answer);
        server.start();
        return new TlsNeutronStub(server, (X509Certificate) keys.getCertificate(name));
    }

    private static void answer(HttpExchange exchange) throws IOException {
        boolean apiRoot = exchange.getRequestMethod().equals("GET")
                && exchange.getRequestURI().getPath().equals("/v2.0/");
        byte[] body = (apiRoot ? "{\"resources\":[]}" : "{\"NeutronError\":{\"type\":\"HTTPNotFound\","
                + "\"message\":\"not here\",\"detail\":\"\"}}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(apiRoot ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** As {@code openssl x509 -fingerprint -sha256} shows it. */
    String sha256Fingerprint() throws GeneralSecurityException {
        return HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    String pem() throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    /** The bare base64 DER the oVirt engine shows as a certificate's content. */
    String base64Der() throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
