package org.ovirt.osn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ovirt.osn.provider.neutron.EmulatedOvirtProviderOvn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A first VM start against the emulated ovirt-provider-ovn ({@link EmulatedOvirtProviderOvn}, started in this JVM on
 * 127.0.0.1 with its Keystone v2.0, holding {@code bench.ovn.ports} ports), end to end through the module's REST API
 * (a running server, see {@code scripts/bench-provisioning.sh --ovn}), next to its floor in the same run: each
 * iteration a new VM with {@value #NICS} vNICs is started ({@code POST /vms/{id}/start} to its 200: the port intents,
 * one single create per vNIC since the provider has no bulk, the module's records; no lookup, since the vNICs never
 * had a port), paired in random order with {@value #NICS} raw single {@code POST /v2.0/ports} of fresh ports
 * ({@link OvnRawClient}, one token). The VM is made, stopped and removed, and the raw ports deleted, outside the
 * timings; after a removal the benchmark waits until the module has released the VM's ports. The whole is repeated
 * for each per-request service time of the emulator. Not a test.
 *
 * <p>Settings (system properties): {@code bench.osn.url} (http://127.0.0.1:8680/ovirt-engine),
 * {@code bench.osn.password} (bench), {@code bench.osn.device.owner} (the device owner the server was started with,
 * osn-bench-vm), {@code bench.iterations} (15), {@code bench.ovn.ports} (1000), {@code bench.ovn.service.ms} (0,5: a
 * comma-separated list of times the emulator spends on every request, as the real one does on its OVN transaction).
 */
public final class OvnProvisioningBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "admin@internal";
    private static final String PASSWORD = "bench-ovn-Pa55";
    private static final String RAW_OWNER = "osn-bench-run";
    private static final String CREATE = "POST /v2.0/ports";
    private static final int NICS = 4;
    private static final int WARMUP = 2;
    private static final double GOAL = 1.2;

    private final OsnBenchClient osn = new OsnBenchClient(
            System.getProperty("bench.osn.url", "http://127.0.0.1:8680/ovirt-engine"),
            System.getProperty("bench.osn.password", "bench"));
    private final String owner = System.getProperty("bench.osn.device.owner", "osn-bench-vm");
    private final int iterations = Integer.getInteger("bench.iterations", 15);
    private final int population = Integer.getInteger("bench.ovn.ports", 1000);
    private final List<Integer> serviceTimes = Arrays.stream(System.getProperty("bench.ovn.service.ms", "0,5")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();

    private EmulatedOvirtProviderOvn ovn;
    private OvnRawClient raw;
    private String network;
    private OsnBenchClient.Inventory inventory;

    /** What one service time measured. */
    private record Result(int serviceMillis, Samples hook, Samples raw, List<Double> pairRatios,
                          Map<String, Integer> startCalls) {
    }

    public static void main(String[] args) {
        new OvnProvisioningBenchmark().run();
    }

    private void run() {
        ovn = EmulatedOvirtProviderOvn.withAuthentication(USER, PASSWORD);
        try {
            network = ovn.resources().addNetwork("osn-bench-ovn");
            for (int i = 0; i < population; i++) {
                ovn.resources().addPort(network, "filler-" + i, "osn-bench", String.format(Locale.ROOT,
                        "02:00:00:%02x:%02x:%02x", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff));
            }
            raw = new OvnRawClient(ovn.url(), USER, PASSWORD);
            ObjectNode provider = JSON.createObjectNode().put("type", "external").put("url", ovn.url())
                    .put("external_plugin_type", "OVIRT_PROVIDER_OVN").put("requires_authentication", true)
                    .put("username", USER).put("password", PASSWORD)
                    .put("authentication_url", ovn.keystoneUrl()).put("tenant_name", "oVirt");
            inventory = osn.inventory(provider, network);
            System.out.printf(Locale.ROOT, "emulated ovirt-provider-ovn on %s, %d ports; server %s; %d iterations"
                    + " (%d warm-up pairs dropped) per service time %s ms%n", ovn.url(), ovn.resources().ports().size(),
                    osn.base(), iterations, WARMUP, serviceTimes);
            List<Result> results = new ArrayList<>();
            for (int serviceMillis : serviceTimes) {
                ovn.serviceTime(Duration.ofMillis(serviceMillis));
                results.add(measure(serviceMillis));
            }
            results.forEach(this::print);
            System.out.printf(Locale.ROOT, "%nbulk attempts %d, most connections %d, resets %d%n",
                    ovn.bulkAttempts(), ovn.maxConnections(), ovn.resets());
        } finally {
            osn.removeVms(inventory);
            ovn.close();
        }
    }

    private Result measure(int serviceMillis) {
        System.out.printf(Locale.ROOT, "%nservice time %d ms%n", serviceMillis);
        Samples hook = new Samples();
        Samples rawCreates = new Samples();
        List<Double> ratios = new ArrayList<>();
        Map<String, Integer> startCalls = new HashMap<>();
        for (int i = -WARMUP; i < iterations; i++) {
            boolean warm = i < 0;
            String run = "s" + serviceMillis + "-i" + i;
            List<Double> pairRatio = new ArrayList<>();
            Samples.pair(warm ? new Samples() : hook, () -> timedFirstStart(warm ? new HashMap<>() : startCalls),
                    warm ? new Samples() : rawCreates, () -> timedRawCreates(run), pairRatio);
            if (!warm) {
                ratios.addAll(pairRatio);
                System.out.printf(Locale.ROOT, "  iteration %d/%d: start/raw %.2f%n", i + 1, iterations,
                        pairRatio.get(0));
            }
        }
        return new Result(serviceMillis, hook, rawCreates, ratios, startCalls);
    }

    /**
     * Makes a VM with {@value #NICS} vNICs, times its first start, checks that it made one port per vNIC, then removes
     * it and waits for the module to release the ports. Adds the provider requests of the timed start by kind.
     */
    private double timedFirstStart(Map<String, Integer> callsByKind) {
        String vm = osn.vmWithNics(inventory, NICS);
        List<String> nics = osn.nicIds(vm);
        int before = ovn.received().size();
        double millis = Samples.timed(() -> osn.start(vm, inventory.hostA()));
        List<EmulatedOvirtProviderOvn.Request> calls = ovn.received();
        calls.subList(before, calls.size()).forEach(r -> callsByKind.merge(r.kind(), 1, Integer::sum));
        long creates = calls.subList(before, calls.size()).stream().filter(r -> r.kind().equals(CREATE)).count();
        long made = portsOf(nics).stream().filter(p -> owner.equals(p.path("device_owner").asText())).count();
        if (creates != NICS || made != NICS) {
            throw new IllegalStateException("The start of " + NICS + " vNICs sent " + creates + " creates and made "
                    + made + " ports of owner " + owner + "; is provisioning on (and the server's device owner the"
                    + " benchmark's)?");
        }
        osn.stop(vm);
        osn.removeVm(vm);
        awaitReleased(nics);
        return millis;
    }

    private double timedRawCreates(String run) {
        List<String> devices = IntStream.range(0, NICS).mapToObj(n -> "bench-" + run + "-" + n + "-"
                + UUID.randomUUID()).toList();
        List<String> ids = new ArrayList<>();
        double millis = Samples.timed(() -> devices.forEach(
                d -> ids.add(raw.create(network, d, RAW_OWNER, inventory.hostAAddress()))));
        ids.forEach(raw::delete);
        return millis;
    }

    private List<JsonNode> portsOf(List<String> nics) {
        Set<String> devices = Set.copyOf(nics);
        return ovn.resources().ports().values().stream()
                .filter(p -> devices.contains(p.path("device_id").asText())).toList();
    }

    /**
     * Waits until the module released the ports of these vNICs (through its queue, after the removal commits); after
     * 60 s it deletes what is left itself and says so, so a slow release shows instead of skewing the next pair.
     */
    private void awaitReleased(List<String> nics) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<JsonNode> left = portsOf(nics);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            left = portsOf(nics);
        }
        if (!left.isEmpty()) {
            System.out.printf(Locale.ROOT, "  WARNING: %d ports not released by the module within 60 s; deleted%n",
                    left.size());
            left.forEach(p -> raw.delete(p.path("id").asText()));
        }
    }

    private void print(Result result) {
        System.out.printf(Locale.ROOT, "%n%-60s %10s %10s %6s%n", "service time " + result.serviceMillis()
                + " ms, " + NICS + " vNICs", "median ms", "min ms", "runs");
        result.hook().print("hook: POST /vms/{id}/start of a new VM (REST, " + NICS + " creates)");
        result.raw().print("floor: " + NICS + " raw single POST /v2.0/ports");
        Samples.verdict("start / raw, ratio of medians", result.hook().median() / result.raw().median(), GOAL, true);
        Samples.verdict("start / raw, median of per-pair ratios", Samples.of(result.pairRatios()).median(), GOAL,
                true);
        int starts = result.hook().size();
        System.out.printf(Locale.ROOT, "provider requests per timed start: %s%n", result.startCalls().entrySet()
                .stream().sorted(Map.Entry.comparingByKey())
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / (double) starts))
                .toList());
    }
}
