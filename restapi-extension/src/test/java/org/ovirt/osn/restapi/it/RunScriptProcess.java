package org.ovirt.osn.restapi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The project's {@code ./run} script started as a newcomer starts it, on ports next to the Arquillian server's (its
 * HTTP and management ports + 10) and with a data folder of its own, so that neither disturbs the other. It is given
 * {@code OSN_REBUILD=0}: inside the Maven build that just packaged the WAR it must not start another build.
 */
final class RunScriptProcess implements AutoCloseable {

    static final String READY = "ovirt-osn is running";

    private static final String XML = "application/xml";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final int HTTP_PORT = URI.create(System.getProperty("osn.it.base.url",
            "http://127.0.0.1:8180/ovirt-engine")).getPort() + 10;
    private static final int MANAGEMENT_PORT = Integer.getInteger("management.port", 10090) + 10;

    private final Path data;
    private final Path output;
    private Process process;
    private List<ProcessHandle> started = List.of();

    /** @param data the data folder ({@code OSN_DATA_DIR}); {@code ./run}'s own output is kept beside it */
    RunScriptProcess(Path data) {
        this.data = data.toAbsolutePath();
        this.output = this.data.resolveSibling(this.data.getFileName() + ".out");
    }

    /** Starts {@code ./run} with these arguments and waits until it says the module is running. */
    void start(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PROJECT.resolve("run").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        Map<String, String> environment = builder.environment();
        // what the test's own environment may hold must not change what ./run does: H2, a generated password
        List.of("OSN_DB_URL", "OSN_DB_USER", "OSN_DB_PASSWORD", "OSN_ADMIN_PASSWORD", "JAVA_OPTS")
                .forEach(environment::remove);
        environment.put("OSN_HTTP_PORT", Integer.toString(HTTP_PORT));
        environment.put("OSN_MANAGEMENT_PORT", Integer.toString(MANAGEMENT_PORT));
        environment.put("OSN_DATA_DIR", data.toString());
        environment.put("OSN_REBUILD", "0");
        int readyBefore = count(READY);
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (count(READY) == readyBefore) {
            if (!process.isAlive()) {
                throw new AssertionError("./run ended (" + process.exitValue() + ") before the module ran:\n"
                        + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("./run did not say the module runs within 300 s:\n" + output());
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        // standalone.sh and the server JVM, to prove afterwards that none of them outlived the stop
        started = process.descendants().toList();
    }

    /** SIGTERM to {@code ./run}, as {@code kill} or a service manager sends it; waits for it to end. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            throw new AssertionError("./run did not end within 180 s of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** The processes {@code ./run} had started that still run. */
    List<ProcessHandle> leftOver() {
        return started.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** How many processes {@code ./run} had started, once the module ran. */
    int startedCount() {
        return started.size();
    }

    String output() {
        return read(output);
    }

    String serverLog() {
        return read(data.resolve("wildfly").resolve("log").resolve("server.log"));
    }

    String adminPassword() {
        return read(data.resolve("admin-password")).trim();
    }

    /** A GET of {@code /ovirt-engine/api<path>} as the admin, with the generated password. */
    HttpResponse<String> getAsAdmin(String apiPath) {
        return send(api(apiPath).GET());
    }

    /** A POST of XML to {@code /ovirt-engine/api<path>} as the admin. */
    HttpResponse<String> postAsAdmin(String apiPath, String xml) {
        return send(api(apiPath).header("Content-Type", XML).POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    /** A GET of {@code /ovirt-engine/api<path>} without credentials. */
    HttpResponse<String> getAnonymously(String apiPath) {
        return send(HttpRequest.newBuilder(apiUri(apiPath)).timeout(Duration.ofSeconds(60)).GET());
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        // whatever a failed test left behind must not keep the ports for the next one
        started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private HttpRequest.Builder api(String apiPath) {
        return HttpRequest.newBuilder(apiUri(apiPath)).timeout(Duration.ofSeconds(60)).header("Accept", XML)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin@internal:" + adminPassword()).getBytes(StandardCharsets.UTF_8)));
    }

    private static URI apiUri(String apiPath) {
        return URI.create("http://127.0.0.1:" + HTTP_PORT + "/ovirt-engine/api" + apiPath);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int count(String text) {
        return count(text, output());
    }

    /** How often the text stands in the log, e.g. how many times WildFly logged its clean stop. */
    static int count(String text, String log) {
        int count = 0;
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The server JVM among the processes {@code ./run} had started (found by its command, not by ./run's files). */
    Optional<ProcessHandle> serverJvm() {
        return started.stream().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("org.jboss.as.standalone"))
                        .orElse(false))
                .findFirst();
    }
}
