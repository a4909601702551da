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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A WildFly of its own, outside Arquillian, from the provisioned server ({@code jboss.home}) with the module's WAR and
 * an H2 database in a file, so a test can stop the JVM and start it again on the same data, as an admin restarting
 * the engine would. Base folder, data and logs live under one folder; {@link #stop()} sends SIGTERM to the whole
 * process tree and waits for it.
 */
final class StandaloneServerProcess implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path home = Path.of(System.getProperty("jboss.home", "target/server"));
    private final Path war = Path.of("target", "ovirt-engine.war");
    private final Path folder;
    private final int portOffset;
    private final String adminPassword;
    private final List<String> properties;
    private Process process;

    /** @param properties extra {@code -Dname=value} settings of the module, e.g. short retry delays */
    StandaloneServerProcess(Path folder, int portOffset, String adminPassword, List<String> properties) {
        this.folder = folder.toAbsolutePath();
        this.portOffset = portOffset;
        this.adminPassword = adminPassword;
        this.properties = List.copyOf(properties);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset) + "/ovirt-engine";
    }

    /** An API call to this server as {@code admin@internal} (XML both ways), waiting up to 120 s for the answer. */
    Http.Answer call(String method, String path, String xml) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api" + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", Http.XML)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin@internal:" + adminPassword).getBytes(StandardCharsets.UTF_8)))
                .method(method, xml == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(xml));
        if (xml != null) {
            request.header("Content-Type", Http.XML);
        }
        return Http.send(request);
    }

    /** Starts the server on the data left by an earlier start, if any, and waits until the module answers. */
    void start() throws IOException, InterruptedException {
        launch();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!answers()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + folder.resolve("console.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The server did not answer within 180 s; see " + folder);
            }
            Thread.sleep(500);
        }
    }

    private void launch() throws IOException {
        Path base = folder.resolve("wildfly");
        if (!Files.isDirectory(base.resolve("configuration"))) {
            copyTree(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(war, base.resolve("deployments").resolve("ovirt-engine.war"), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dosn.data.dir=" + folder,
                "-Dosn.db.h2.url=jdbc:h2:file:" + folder.resolve("db").resolve("osn") + ";DB_CLOSE_ON_EXIT=FALSE"));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("console.log").toFile()));
        // the password goes in the environment: WildFly logs its command line
        builder.environment().put("OSN_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx512m");
        process = builder.start();
    }

    /**
     * Starts the server expecting the module's deployment to fail, and waits until WildFly says it started (with
     * errors) or its process ended.
     *
     * @return what the server wrote to its console until then
     */
    String startExpectingTheDeploymentToFail() throws IOException, InterruptedException {
        Path console = folder.resolve("console.log");
        long offset = Files.exists(console) ? Files.size(console) : 0;
        launch();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            String written = Files.exists(console) ? new String(Files.readAllBytes(console),
                    StandardCharsets.UTF_8).substring((int) offset) : "";
            // WFLYSRV0025: started; WFLYSRV0026: started, some services failed
            if (written.contains("WFLYSRV0025") || written.contains("WFLYSRV0026") || !process.isAlive()) {
                if (answers()) {
                    throw new IllegalStateException("The module deployed although it was expected to fail");
                }
                return written;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The server did not finish starting within 180 s; see " + folder);
            }
            Thread.sleep(500);
        }
    }

    /** SIGTERM to the server and everything it started, then waits until they are gone. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private boolean answers() {
        try {
            HttpResponse<Void> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 401;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
