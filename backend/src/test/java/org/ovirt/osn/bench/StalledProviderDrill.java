package org.ovirt.osn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drill (issue #13 §3): a stalled provider. A {@link StallingProvider} of the drill's own is registered as a second
 * Neutron provider; {@code drill.stuck.calls} network listings of it are sent at once, first while it never answers,
 * then while it drips one byte a second. Meanwhile {@code drill.probes} clients keep reading other endpoints (the
 * providers, the VMs, the events, and the networks of the real Neutron, a provider on another URL). Asserted: every
 * stuck call ends as an oVirt fault with a reason within the server's timeouts ({@code drill.connect.timeout} +
 * {@code drill.read.timeout}, twice: a call may wait that long for its turn, plus slack), and every probe answers
 * 2xx with its p99 below the read timeout. Exits 1 otherwise.
 */
public final class StalledProviderDrill {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DrillNeutron neutron = new DrillNeutron();
    private final String url = System.getProperty("bench.osn.url", "http://127.0.0.1:8980/ovirt-engine");
    private final String password = System.getProperty("bench.osn.password", "bench");
    private final int stuckCalls = Integer.getInteger("drill.stuck.calls", 50);
    private final int probes = Integer.getInteger("drill.probes", 4);
    private final int connectTimeout = Integer.getInteger("drill.connect.timeout", 2);
    private final int readTimeout = Integer.getInteger("drill.read.timeout", 5);

    public static void main(String[] args) throws Exception {
        System.exit(new StalledProviderDrill().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        OsnBenchClient setup = new OsnBenchClient(url, password);
        OsnBenchClient.Inventory inventory = setup.inventory(neutron.providerBody(), neutron.network("osn-drill"));
        boolean passed = true;
        try (StallingProvider stalling = new StallingProvider(4 * (connectTimeout + readTimeout) + 30)) {
            OsnBenchClient.Answer added = setup.call("POST", "/openstacknetworkproviders",
                    neutron.providerBody().put("name", "drill-stalled").put("url", stalling.url()).toString());
            if (!added.ok()) {
                throw new IllegalStateException("could not add the stalled provider: " + added.status() + " "
                        + added.body());
            }
            String stalled = JSON.readTree(added.body()).path("id").asText();
            System.out.printf(Locale.ROOT, "drill: stalled provider at %s — %d stuck calls, %d probes, server"
                    + " timeouts connect %d s, read %d s%n", stalling.url(), stuckCalls, probes, connectTimeout,
                    readTimeout);
            for (StallingProvider.Mode mode : StallingProvider.Mode.values()) {
                stalling.mode(mode);
                passed &= phase(mode, stalled, inventory);
                stalling.dropConnections();
            }
            System.out.printf(Locale.ROOT, "  the stalled provider accepted %d connections%n", stalling.accepted());
        } finally {
            setup.removeVms(inventory);
        }
        System.out.println(passed ? "PASSED" : "FAILED");
        return passed;
    }

    private boolean phase(StallingProvider.Mode mode, String stalled, OsnBenchClient.Inventory inventory)
            throws Exception {
        double limitMs = (2 * (connectTimeout + readTimeout) + 5) * 1000.0;
        List<String> probePaths = List.of("/openstacknetworkproviders", "/vms", "/events?max=20",
                "/openstacknetworkproviders/" + inventory.provider() + "/networks");
        ExecutorService stuckPool = Executors.newFixedThreadPool(stuckCalls);
        ExecutorService probePool = Executors.newFixedThreadPool(probes);
        AtomicBoolean stuckRunning = new AtomicBoolean(true);
        AtomicInteger clearFaults = new AtomicInteger();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Double> stuckMillis = Collections.synchronizedList(new ArrayList<>());
        List<Double> probeMillis = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> probeErrors = new ConcurrentHashMap<>();
        try {
            List<OsnBenchClient> clients = new ArrayList<>();
            for (int i = 0; i < stuckCalls; i++) {
                clients.add(new OsnBenchClient(url, password));
            }
            List<Future<?>> probing = new ArrayList<>();
            for (int p = 0; p < probes; p++) {
                int first = p;
                OsnBenchClient client = new OsnBenchClient(url, password);
                probing.add(probePool.submit(() -> {
                    for (int n = first; stuckRunning.get(); n++) {
                        String path = probePaths.get(n % probePaths.size());
                        long started = System.nanoTime();
                        OsnBenchClient.Answer answer = client.call("GET", path, null);
                        probeMillis.add((System.nanoTime() - started) / 1e6);
                        if (!answer.ok()) {
                            probeErrors.merge(path + " -> " + answer.status() + " " + reason(answer), 1,
                                    Integer::sum);
                        }
                    }
                }));
            }
            long began = System.nanoTime();
            List<Future<?>> stuck = new ArrayList<>();
            for (OsnBenchClient client : clients) {
                stuck.add(stuckPool.submit(() -> {
                    long started = System.nanoTime();
                    OsnBenchClient.Answer answer = client.call("GET", "/openstacknetworkproviders/" + stalled
                            + "/networks", null);
                    double millis = (System.nanoTime() - started) / 1e6;
                    stuckMillis.add(millis);
                    String outcome = answer.ok() ? "answered " + answer.status()
                            : answer.status() + " " + reason(answer);
                    outcomes.merge((millis > limitMs ? "TOO LATE " : "") + outcome, 1, Integer::sum);
                    if (millis <= limitMs && answer.status() >= 400 && !reason(answer).startsWith("(")) {
                        clearFaults.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : stuck) {
                future.get(10, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            stuckRunning.set(false);
            for (Future<?> future : probing) {
                future.get(5, TimeUnit.MINUTES);
            }
            int clear = clearFaults.get();
            int probeErrorCount = probeErrors.values().stream().mapToInt(Integer::intValue).sum();
            double probeP99 = Samples.percentile(probeMillis, 99);
            System.out.printf(Locale.ROOT, "  %s: %d stuck calls ended within %.1f s (min %.1f s, p50 %.1f s, max"
                    + " %.1f s; limit %.0f s), %d as clear faults%n", mode.name().toLowerCase(Locale.ROOT),
                    stuckMillis.size(), seconds, Samples.percentile(stuckMillis, 0) / 1000,
                    Samples.percentile(stuckMillis, 50) / 1000, Samples.percentile(stuckMillis, 100) / 1000,
                    limitMs / 1000, clear);
            new TreeMap<>(outcomes).forEach((outcome, n) -> System.out.printf(Locale.ROOT, "    %3d x %s%n", n,
                    outcome));
            System.out.printf(Locale.ROOT, "    meanwhile %d probe requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
                    + " errors %d %s%n", probeMillis.size(), Samples.percentile(probeMillis, 50), probeP99,
                    Samples.percentile(probeMillis, 100), probeErrorCount, probeErrors);
            return clear == stuckCalls && probeErrorCount == 0 && probeP99 < readTimeout * 1000.0;
        } finally {
            stuckRunning.set(false);
            stuckPool.shutdownNow();
            probePool.shutdownNow();
        }
    }

    private static String reason(OsnBenchClient.Answer answer) {
        if (answer.status() == -1) {
            // no answer at all: what the drill's own client saw
            return "(no answer: " + answer.body().replaceAll("127\\.0\\.0\\.1:[0-9]+", "127.0.0.1:<port>") + ")";
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            JsonNode fault = body.has("fault") ? body.path("fault") : body;
            String detail = fault.path("detail").asText("");
            String text = detail.isEmpty() ? fault.path("reason").asText("") : detail;
            text = text.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>").replaceAll("127\\.0\\.0\\.1:[0-9]+",
                    "127.0.0.1:<port>");
            return text.length() > 160 ? text.substring(0, 160) + "…" : text;
        } catch (IOException e) {
            return "(no fault body)";
        }
    }
}
