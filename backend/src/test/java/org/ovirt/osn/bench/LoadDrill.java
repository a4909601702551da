package org.ovirt.osn.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load drill (issue #13 §6) through the module's REST API against a real noauth Neutron:
 * <ul>
 *   <li>reads: {@code load.read.connections} clients, each on a connection of its own, for
 *       {@code load.read.seconds}, in turn the providers, the networks of the data center, a running VM's vNICs with
 *       their ports, the VM list and the events; throughput, p50, p99 and errors printed;</li>
 *   <li>writes: {@code load.write.workers} in flight for {@code load.write.seconds}, each cycling its own VM through
 *       start, unplug of a vNIC, plug again (hot-plug), stop; errors printed by status and message.</li>
 * </ul>
 * Then every vNIC must have exactly one port of the drill's device owner on the provider, the one the module shows on
 * the vNIC, and no other port of that owner may exist. Exits 1 on any error or a port count that is off.
 */
public final class LoadDrill {

    private static final int READ_VMS = 10;

    private final DrillNeutron neutron = new DrillNeutron();
    private final String url = System.getProperty("bench.osn.url", "http://127.0.0.1:8980/ovirt-engine");
    private final String password = System.getProperty("bench.osn.password", "bench");
    private final String owner = System.getProperty("bench.osn.device.owner", "osn-drill");
    private final int readConnections = Integer.getInteger("load.read.connections", 16);
    private final int readSeconds = Integer.getInteger("load.read.seconds", 30);
    private final int writeWorkers = Integer.getInteger("load.write.workers", 8);
    private final int writeSeconds = Integer.getInteger("load.write.seconds", 60);

    private final Map<String, Integer> errors = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        System.exit(new LoadDrill().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        neutron.deleteByOwner(owner);
        OsnBenchClient setup = new OsnBenchClient(url, password);
        OsnBenchClient.Inventory inventory = setup.inventory(neutron.providerBody(), neutron.network("osn-drill"));
        List<String> readVms = new ArrayList<>();
        List<String> writeVms = new ArrayList<>();
        try {
            for (int i = 0; i < READ_VMS; i++) {
                readVms.add(setup.vmWithNics(inventory, 2));
                setup.start(readVms.get(i), null);
            }
            for (int i = 0; i < writeWorkers; i++) {
                writeVms.add(setup.vmWithNics(inventory, 2));
            }
            reads(inventory, readVms);
            int readErrors = total();
            errors.clear();
            writes(writeVms);
            int writeErrors = total();
            List<String> all = new ArrayList<>(readVms);
            all.addAll(writeVms);
            boolean portsRight = onePortPerVnic(setup, all);
            boolean passed = readErrors == 0 && writeErrors == 0 && portsRight;
            System.out.println(passed ? "PASSED" : "FAILED");
            return passed;
        } finally {
            setup.removeVms(inventory);
            neutron.deleteByOwner(owner);
        }
    }

    // ---------------------------------------------------------------------------------------------------- reads

    private void reads(OsnBenchClient.Inventory inventory, List<String> vms) throws Exception {
        List<String> paths = List.of("/openstacknetworkproviders", "/datacenters/" + inventory.dataCenter()
                + "/networks", "/vms/%s/nics", "/vms", "/events?max=50");
        List<List<Double>> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> byPath = new ConcurrentHashMap<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(readSeconds);
        double seconds = parallel(readConnections, worker -> {
            OsnBenchClient client = new OsnBenchClient(url, password);
            List<Double> mine = new ArrayList<>();
            for (int n = worker; System.nanoTime() < end; n++) {
                String path = paths.get(n % paths.size()).formatted(vms.get(n % vms.size()));
                long started = System.nanoTime();
                OsnBenchClient.Answer answer = client.call("GET", path, null);
                mine.add((System.nanoTime() - started) / 1e6);
                byPath.computeIfAbsent(paths.get(n % paths.size()), p -> new AtomicInteger()).incrementAndGet();
                count(answer, "GET " + paths.get(n % paths.size()));
            }
            latencies.add(mine);
        });
        List<Double> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        System.out.printf(Locale.ROOT, "reads: %d connections, %.1f s: %d requests, %.0f/s, p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms, errors %d%n", readConnections, seconds, all.size(), all.size() / seconds,
                Samples.percentile(all, 50), Samples.percentile(all, 99), Samples.percentile(all, 100), total());
        new TreeMap<>(byPath).forEach((path, n) -> System.out.printf(Locale.ROOT, "    %6d x GET %s%n", n.get(),
                path));
        printErrors();
    }

    // --------------------------------------------------------------------------------------------------- writes

    private void writes(List<String> vms) throws Exception {
        Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
        AtomicInteger cycles = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(writeSeconds);
        double seconds = parallel(writeWorkers, worker -> {
            OsnBenchClient client = new OsnBenchClient(url, password);
            String vm = vms.get(worker);
            String nic = client.nicIds(vm).get(1);
            Map<String, String> steps = new java.util.LinkedHashMap<>();
            steps.put("start", "/vms/" + vm + "/start");
            steps.put("unplug", "/vms/" + vm + "/nics/" + nic + "/deactivate");
            steps.put("hot-plug", "/vms/" + vm + "/nics/" + nic + "/activate");
            steps.put("stop", "/vms/" + vm + "/stop");
            while (System.nanoTime() < end) {
                for (Map.Entry<String, String> step : steps.entrySet()) {
                    long started = System.nanoTime();
                    OsnBenchClient.Answer answer = client.call("POST", step.getValue(), "{}");
                    latencies.computeIfAbsent(step.getKey(), k -> Collections.synchronizedList(new ArrayList<>()))
                            .add((System.nanoTime() - started) / 1e6);
                    count(answer, step.getKey());
                }
                cycles.incrementAndGet();
            }
        });
        int operations = latencies.values().stream().mapToInt(List::size).sum();
        System.out.printf(Locale.ROOT, "writes: %d in flight, %.1f s: %d cycles, %d operations, %.1f/s, errors %d%n",
                writeWorkers, seconds, cycles.get(), operations, operations / seconds, total());
        latencies.forEach((step, millis) -> System.out.printf(Locale.ROOT,
                "    %-9s %5d x, p50 %.0f ms, p99 %.0f ms%n", step, millis.size(), Samples.percentile(millis, 50),
                Samples.percentile(millis, 99)));
        printErrors();
    }

    // ---------------------------------------------------------------------------------------------------- ports

    private boolean onePortPerVnic(OsnBenchClient client, List<String> vms) {
        Map<String, List<String>> portsByDevice = new HashMap<>();
        for (JsonNode port : neutron.portsOf(owner)) {
            portsByDevice.computeIfAbsent(port.path("device_id").asText(), d -> new ArrayList<>())
                    .add(port.path("id").asText());
        }
        int vnics = 0;
        int wrong = 0;
        for (String vm : vms) {
            for (JsonNode nic : client.nics(vm)) {
                vnics++;
                List<String> ports = portsByDevice.remove(nic.path("id").asText());
                String shown = nic.path("provider_port").path("id").asText("");
                if (ports == null || ports.size() != 1 || !ports.get(0).equals(shown)) {
                    wrong++;
                    System.out.printf(Locale.ROOT, "  vNIC %s shows port '%s', the provider holds %s%n",
                            nic.path("id").asText(), shown, ports);
                }
            }
        }
        int strays = portsByDevice.values().stream().mapToInt(List::size).sum();
        System.out.printf(Locale.ROOT, "ports: %d vNICs, %d with not exactly their one port, %d ports of no vNIC%n",
                vnics, wrong, strays);
        return wrong == 0 && strays == 0;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    interface Worker {
        void run(int worker) throws Exception;
    }

    private static double parallel(int workers, Worker work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long started = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int worker = i;
                futures.add(pool.submit(() -> {
                    work.run(worker);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private void count(OsnBenchClient.Answer answer, String what) {
        if (!answer.ok()) {
            String body = answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body();
            errors.merge(what + " -> " + answer.status() + " " + body.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}",
                    "<id>"), 1, Integer::sum);
        }
    }

    private int total() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void printErrors() {
        new TreeMap<>(errors).forEach((error, n) -> System.out.printf(Locale.ROOT, "    %5d x %s%n", n, error));
    }
}
