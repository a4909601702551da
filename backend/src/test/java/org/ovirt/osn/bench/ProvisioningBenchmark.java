package org.ovirt.osn.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * vNIC provisioning as the engine's VM flows drive it, measured end to end through the module's REST API (a running
 * server, see {@code scripts/bench-provisioning.sh}) against the local keystone-mode Neutron holding at least
 * {@value ProviderBenchmark#POPULATION} ports, side by side with two references in the same run:
 * <ul>
 *   <li>VM run with 1 and with 4 vNICs ({@code POST /vms/{id}/start}: the port intents, one bulk create, the
 *       module's records; no lookup, since the vNICs never had a port) against the floor, one raw bulk
 *       {@code POST /v2.0/ports} of the same ports with a reused token, against the floor of the path before the
 *       intents (the raw filtered lookup the hook sent for every run, then the bulk POST), and against the oVirt
 *       engine's per-vNIC path (new token, every port listed, network read, one POST);</li>
 *   <li>a re-run of a VM whose ports exist (lookup only), with the provider holding its ports now and, with
 *       {@code -Dbench.scale.ports=N}, again after filler ports were added up to N — the lookup must cost the same — each next to the raw
 *       filtered lookup the hook sends (the provider's own cost); at that size also a few 4-vNIC starts next to the
 *       oVirt-style path, whose full port listings grow with the provider;</li>
 *   <li>mass start: {@code bench.vms} VMs of {@code bench.vm.nics} vNICs started with {@code bench.concurrency}
 *       requests in flight, against raw bulk creates of the same ports at the same concurrency (throughput).</li>
 * </ul>
 * VMs, their vNICs and ports are made and removed outside the timings; after a VM is removed the module releases
 * its ports and the benchmark waits for them to be gone. Not a test.
 *
 * <p>Settings (system properties, besides {@link NeutronBench}'s): {@code bench.osn.url}
 * (http://127.0.0.1:8680/ovirt-engine), {@code bench.osn.password} (bench), {@code bench.osn.device.owner} (the
 * device owner the server was started with), {@code bench.iterations} (7), {@code bench.ovirt.iterations} (as many),
 * {@code bench.rerun.iterations} (three times as many), {@code bench.scale.ovirt.iterations} (3),
 * {@code bench.vms} (100), {@code bench.vm.nics} (2), {@code bench.concurrency} (8).
 */
public final class ProvisioningBenchmark {

    private static final int RERUN_WARMUP = 3;

    private final NeutronBench neutron = new NeutronBench();
    private final OsnBenchClient osn = new OsnBenchClient(
            System.getProperty("bench.osn.url", "http://127.0.0.1:8680/ovirt-engine"),
            System.getProperty("bench.osn.password", "bench"));
    private final String owner = System.getProperty("bench.osn.device.owner", "osn-bench-vm");
    private final int iterations = Integer.getInteger("bench.iterations", 7);
    private final int ovirtIterations = Integer.getInteger("bench.ovirt.iterations", iterations);
    private final int rerunIterations = Integer.getInteger("bench.rerun.iterations", 3 * iterations);
    private final int scaledOvirtIterations = Integer.getInteger("bench.scale.ovirt.iterations", 3);
    private final int massVms = Integer.getInteger("bench.vms", 100);
    private final int massNics = Integer.getInteger("bench.vm.nics", 2);
    private final int concurrency = Integer.getInteger("bench.concurrency", 8);
    private final int scalePorts = Integer.getInteger("bench.scale.ports", 0);

    private String networkId;
    private OsnBenchClient.Inventory inventory;

    public static void main(String[] args) throws Exception {
        new ProvisioningBenchmark().run();
    }

    private void run() throws Exception {
        networkId = neutron.benchNetwork();
        neutron.ensureFillers(ProviderBenchmark.POPULATION, ProviderBenchmark.FILLER_OWNER);
        neutron.deleteByOwner(owner);
        neutron.deleteByOwner(ProviderBenchmark.RUN_OWNER);
        inventory = osn.benchInventory(neutron, networkId);
        System.out.printf(Locale.ROOT, "%d ports on the provider; server %s; %d iterations (oVirt-style %d)%n%n",
                neutron.portCount(), osn.base(), iterations, ovirtIterations);
        try {
            single();
            mass();
        } finally {
            osn.removeVms(inventory);
            neutron.deleteByOwner(owner);
            neutron.deleteByOwner(ProviderBenchmark.RUN_OWNER);
            neutron.deleteByOwner(NeutronBench.SCALE_OWNER);
        }
    }

    // ------------------------------------------------------------------------------------------- one VM at a time

    private void single() {
        Samples hook1 = new Samples();
        Samples hook4 = new Samples();
        Samples raw1 = new Samples();
        Samples raw4 = new Samples();
        Samples ovirt4 = new Samples();
        Samples lookupAndRaw4 = new Samples();
        List<Double> paired4 = new ArrayList<>();

        timedHookRun(1);
        timedRawBulk(1, "warm");
        for (int i = 0; i < iterations; i++) {
            String run = "i" + i;
            List<Runnable> turns = new ArrayList<>(List.of(
                    () -> hook1.add(timedHookRun(1)),
                    () -> raw1.add(timedRawBulk(1, run + "-r1")),
                    () -> lookupAndRaw4.add(timedRawLookupAndBulk(4, run + "-l4")),
                    () -> Samples.pair(hook4, () -> timedHookRun(4), raw4, () -> timedRawBulk(4, run + "-r4"),
                            paired4)));
            if (i < ovirtIterations) {
                turns.add(() -> ovirt4.add(timedOvirtStyle(run + "-ov")));
            }
            Collections.shuffle(turns);
            turns.forEach(Runnable::run);
            System.out.printf(Locale.ROOT, "  iteration %d/%d: hook/raw 4 vNICs %.2f%n", i + 1, iterations,
                    paired4.get(i));
        }

        String rerunVm = osn.vmWithNics(inventory, 4);
        osn.start(rerunVm, inventory.hostA());
        osn.stop(rerunVm);
        List<String> rerunNics = osn.nicIds(rerunVm);
        Samples rerun = new Samples();
        Samples lookup = new Samples();
        rerunsNextToLookups(rerunVm, rerunNics, rerun, lookup);
        Samples rerunScaled = new Samples();
        Samples lookupScaled = new Samples();
        long before = neutron.portCount();
        Samples hook4Scaled = new Samples();
        Samples ovirt4Scaled = new Samples();
        if (scalePorts > 0) {
            neutron.ensureFillers(scalePorts - before, NeutronBench.SCALE_OWNER);
            rerunsNextToLookups(rerunVm, rerunNics, rerunScaled, lookupScaled);
            // the oVirt path lists every port per vNIC: what it costs on a larger provider, next to the hook
            for (int i = 0; i < scaledOvirtIterations; i++) {
                String run = "s" + i;
                Samples.pair(hook4Scaled, () -> timedHookRun(4), ovirt4Scaled, () -> timedOvirtStyle(run + "-ov"),
                        new ArrayList<>());
            }
        }
        long after = neutron.portCount();
        osn.removeVm(rerunVm);

        System.out.printf(Locale.ROOT, "%n%-60s %10s %10s %6s%n", "one VM run (median of runs)", "median ms",
                "min ms", "runs");
        hook1.print("hook: start a VM with 1 vNIC (REST, intent, bulk, records)");
        raw1.print("floor: raw bulk POST of 1 port");
        hook4.print("hook: start a VM with 4 vNICs");
        raw4.print("floor: raw bulk POST of 4 ports");
        lookupAndRaw4.print("floor before intents: raw lookup, then bulk POST of 4");
        ovirt4.print("oVirt-style: 4 x (token, list all ports, network, POST)");
        rerun.print("hook: re-run of a 4-vNIC VM, ports exist (" + before + " ports)");
        lookup.print("raw: the same filtered port lookup (" + before + " ports)");
        if (scalePorts > 0) {
            rerunScaled.print("hook: the re-run with " + after + " ports on the provider");
            lookupScaled.print("raw: the lookup with " + after + " ports on the provider");
            hook4Scaled.print("hook: start a VM with 4 vNICs, " + after + " ports");
            ovirt4Scaled.print("oVirt-style: 4 vNICs, " + after + " ports");
        }
        System.out.printf(Locale.ROOT, "%nratios of medians%n");
        Samples.verdict("hook 4 vNICs / raw bulk of 4", hook4.median() / raw4.median(), 1.05, true);
        Samples.verdict("  same, median of per-iteration pairs", Samples.of(paired4).median(), 1.05, true);
        Samples.verdict("floor before intents / raw bulk of 4", lookupAndRaw4.median() / raw4.median(), Double.NaN,
                true);
        Samples.verdict("hook 1 vNIC / raw bulk of 1", hook1.median() / raw1.median(), Double.NaN, true);
        Samples.verdict("oVirt-style 4 vNICs / hook 4 vNICs", ovirt4.median() / hook4.median(), 4.0, false);
        if (scalePorts > 0) {
            Samples.verdict("hook re-run with " + after + " ports / with " + before,
                    rerunScaled.median() / rerun.median(), 1.15, true);
            Samples.verdict("  raw lookup with " + after + " ports / with " + before,
                    lookupScaled.median() / lookup.median(), Double.NaN, true);
            Samples.verdict("oVirt-style / hook, 4 vNICs, " + after + " ports",
                    ovirt4Scaled.median() / hook4Scaled.median(), Double.NaN, false);
        }
    }

    /**
     * Re-runs of a stopped VM whose ports exist, each paired (in random order) with the raw filtered lookup the hook
     * sends, so that the provider's own cost is measured under the same conditions. The first pairs are warm-up: right
     * after thousands of ports were added the provider is still settling.
     */
    private void rerunsNextToLookups(String vm, List<String> nicIds, Samples reruns, Samples lookups) {
        for (int i = 0; i < RERUN_WARMUP + rerunIterations; i++) {
            Samples hookSamples = i < RERUN_WARMUP ? new Samples() : reruns;
            Samples rawSamples = i < RERUN_WARMUP ? new Samples() : lookups;
            Samples.pair(hookSamples, () -> {
                double millis = Samples.timed(() -> osn.start(vm, inventory.hostA()));
                osn.stop(vm);
                return millis;
            }, rawSamples, () -> Samples.timed(() -> requirePorts(nicIds.size(),
                    neutron.lookupAsTheHook(nicIds, owner))), new ArrayList<>());
        }
    }

    /** Creates a VM with {@code nics} vNICs, times its start, then removes it and waits for its ports to go. */
    private double timedHookRun(int nics) {
        String vm = osn.vmWithNics(inventory, nics);
        double millis = Samples.timed(() -> osn.start(vm, inventory.hostA()));
        List<String> nicIds = osn.nicIds(vm);
        requirePorts(nicIds.size(), neutron.portsOf(nicIds, owner).size());
        osn.stop(vm);
        osn.removeVm(vm);
        neutron.awaitReleased(nicIds, owner);
        return millis;
    }

    private double timedRawBulk(int nics, String run) {
        List<ObjectNode> bodies = neutron.portBodies(networkId, run, nics, inventory.hostAAddress());
        long started = System.nanoTime();
        List<String> ids = neutron.bulkCreate(bodies);
        double millis = (System.nanoTime() - started) / 1e6;
        neutron.deletePorts(ids);
        return millis;
    }

    /** What a first run cost at the provider before the intents: the filtered lookup (answering none), the POST. */
    private double timedRawLookupAndBulk(int nics, String run) {
        List<ObjectNode> bodies = neutron.portBodies(networkId, run, nics, inventory.hostAAddress());
        List<String> devices = bodies.stream().map(b -> b.path("device_id").asText()).toList();
        long started = System.nanoTime();
        if (neutron.lookupAsTheHook(devices, ProviderBenchmark.RUN_OWNER) != 0) {
            throw new IllegalStateException("ports of " + devices + " exist already");
        }
        List<String> ids = neutron.bulkCreate(bodies);
        double millis = (System.nanoTime() - started) / 1e6;
        neutron.deletePorts(ids);
        return millis;
    }

    private double timedOvirtStyle(String run) {
        List<ObjectNode> bodies = neutron.portBodies(networkId, run, 4, inventory.hostAAddress());
        long started = System.nanoTime();
        List<String> ids = neutron.ovirtStyleCreate(bodies);
        double millis = (System.nanoTime() - started) / 1e6;
        neutron.deletePorts(ids);
        return millis;
    }

    // ------------------------------------------------------------------------------------------------ mass start

    private void mass() throws Exception {
        System.out.printf(Locale.ROOT, "%nmass start: %d VMs x %d vNICs, %d in flight%n", massVms, massNics,
                concurrency);
        List<String> vms = new ArrayList<>();
        for (int i = 0; i < massVms; i++) {
            vms.add(osn.vmWithNics(inventory, massNics));
        }
        double hookSeconds = inParallel(vms.stream().<Runnable>map(vm -> () -> osn.start(vm, null)).toList());
        List<String> nicIds = new ArrayList<>();
        for (String vm : vms) {
            nicIds.addAll(osn.nicIds(vm));
        }
        long provisioned = neutron.portsOf(nicIds, owner).size();
        requirePorts(nicIds.size(), provisioned);
        for (String vm : vms) {
            osn.stop(vm);
            osn.removeVm(vm);
        }
        neutron.awaitReleased(nicIds, owner);

        List<List<String>> created = Collections.synchronizedList(new ArrayList<>());
        List<Runnable> rawStarts = new ArrayList<>();
        for (int i = 0; i < massVms; i++) {
            String run = "m" + i;
            rawStarts.add(() -> created.add(neutron.bulkCreate(neutron.portBodies(networkId, run, massNics,
                    inventory.hostAAddress()))));
        }
        double rawSeconds = inParallel(rawStarts);
        created.forEach(neutron::deletePorts);

        System.out.printf(Locale.ROOT, "%-60s %10.1f VMs/s (%.1f s, %d ports made)%n",
                "hook: POST /vms/{id}/start", massVms / hookSeconds, hookSeconds, provisioned);
        System.out.printf(Locale.ROOT, "%-60s %10.1f VMs/s (%.1f s)%n", "raw: one bulk POST per VM",
                massVms / rawSeconds, rawSeconds);
        Samples.verdict("hook throughput / raw throughput", rawSeconds / hookSeconds, 0.9, false);
    }

    /** A run that made no ports measured nothing: stop rather than print a flattering figure. */
    private static void requirePorts(long expected, long made) {
        if (made != expected) {
            throw new IllegalStateException("The module made " + made + " provider ports for " + expected
                    + " vNICs; is provisioning on (and the server's device owner the benchmark's)?");
        }
    }

    private double inParallel(List<Runnable> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            long started = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable each : work) {
                futures.add(pool.submit(each));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
