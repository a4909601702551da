package org.ovirt.osn.provider.neutron;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Neutron L2 agent for one host: {@code scripts/neutron-agent.py}, which reports state over Neutron's own RPC
 * client to the Neutron of {@code scripts/neutron.sh} that runs with {@code NEUTRON_TRANSPORT=rabbit} (system
 * properties {@code osn.test.agents.*}; the build sets them). {@link #kill()} stops its reports, so that Neutron
 * marks the host's agent dead after its {@code agent_down_time}; {@link #close()} also deletes the agent from Neutron.
 */
public final class RealNeutronAgent implements AutoCloseable {

    public static final String NEUTRON_URL = System.getProperty("osn.test.agents.neutron.url",
            "http://127.0.0.1:9698");
    static final String TRANSPORT_URL = System.getProperty("osn.test.agents.transport.url",
            "rabbit://guest:guest@127.0.0.1:5672/osn-neutron-9698");
    static final String SCRIPT = System.getProperty("osn.test.agent.script", "../scripts/neutron-agent.py");
    public static final String NOT_RUNNING = " Is the agents' Neutron running? (NEUTRON_HOME=/var/tmp/"
            + "ovirt-osn-neutron-agents NEUTRON_PORT=9698 NEUTRON_TRANSPORT=rabbit NEUTRON_AGENT_DOWN_TIME=6"
            + " NEUTRON_SERVICE_PLUGINS=router,segments scripts/neutron.sh start)";
    private static final Duration FIRST_REPORT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern AGENT_ID = Pattern.compile("\"id\":\\s*\"([^\"]+)\"");

    private final String host;
    private final Process process;
    private final Path stderr;

    private RealNeutronAgent(String host, Process process, Path stderr) {
        this.host = host;
        this.process = process;
        this.stderr = stderr;
    }

    /**
     * Starts the agent and returns once Neutron has accepted its first report.
     *
     * @param bridgeMappings {@code physnet1:br-ex,physnet2:br-p2}, or empty
     * @param tunnelTypes    {@code vxlan,geneve}, or empty
     */
    public static RealNeutronAgent start(String host, String bridgeMappings, String tunnelTypes) {
        try {
            Path stderr = Files.createTempFile("neutron-agent-" + host, ".log");
            Process process = new ProcessBuilder("/usr/bin/python3", SCRIPT, "--transport-url", TRANSPORT_URL,
                    "--host", host, "--bridge-mappings", bridgeMappings, "--tunnel-types", tunnelTypes,
                    "--interval", "2")
                    .redirectError(stderr.toFile()).start();
            RealNeutronAgent agent = new RealNeutronAgent(host, process, stderr);
            agent.awaitFirstReport();
            return agent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String host() {
        return host;
    }

    private void awaitFirstReport() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String first;
        try {
            first = line.get(FIRST_REPORT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            first = null;
        }
        if (!("reported " + host).equals(first)) {
            kill();
            throw new AssertionError("The agent of " + host + " did not report (" + first + "): "
                    + Files.readString(stderr) + NOT_RUNNING);
        }
    }

    /** Ends the process at once, as a crash would: no more reports. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills it and deletes its agent from Neutron, so that runs do not pile dead agents up. */
    @Override
    public void close() {
        kill();
        try {
            HttpResponse<String> agents = HTTP.send(HttpRequest.newBuilder(URI.create(NEUTRON_URL
                    + "/v2.0/agents?host=" + host)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher ids = AGENT_ID.matcher(agents.body());
            while (ids.find()) {
                HTTP.send(HttpRequest.newBuilder(URI.create(NEUTRON_URL + "/v2.0/agents/" + ids.group(1))).DELETE()
                        .build(), HttpResponse.BodyHandlers.discarding());
            }
            Files.deleteIfExists(stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
