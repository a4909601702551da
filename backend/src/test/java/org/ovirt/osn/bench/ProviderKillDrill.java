package org.ovirt.osn.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drill (issue #13 §3): the provider killed during a mass start. {@code drill.vms} VMs of {@code drill.vm.nics} vNICs
 * are started through the module's REST API, one every {@code drill.start.interval.ms} with at most
 * {@code drill.concurrency} in flight, against a real noauth
 * Neutron; once {@code drill.kill.after} starts have answered, {@code drill.kill.command} kills neutron-server
 * ({@code SIGKILL}), and {@code drill.down.seconds} later {@code drill.restart.command} starts it again while the
 * remaining starts go on. Then one {@code reconcileports}, and the provider's ports are compared with the VMs:
 * <ul>
 *   <li>every VM is up (its start answered 2xx) or down with a clear error (an oVirt fault with a reason, 4xx);</li>
 *   <li>leaked: a port of the drill's device owner whose vNIC is not up with that very port;</li>
 *   <li>missing: a vNIC of a VM that is up without its port on the provider.</li>
 * </ul>
 * Prints the counts; exits 1 when anything is leaked, missing or unclear. Settings besides {@link DrillNeutron}'s:
 * {@code bench.osn.url}, {@code bench.osn.password}, {@code bench.osn.device.owner} (the server's device owner).
 */
public final class ProviderKillDrill {

    private final DrillNeutron neutron = new DrillNeutron();
    private final OsnBenchClient osn = new OsnBenchClient(
            System.getProperty("bench.osn.url", "http://127.0.0.1:8980/ovirt-engine"),
            System.getProperty("bench.osn.password", "bench"));
    private final String owner = System.getProperty("bench.osn.device.owner", "osn-drill");
    private final int vmCount = Integer.getInteger("drill.vms", 50);
    private final int nicsPerVm = Integer.getInteger("drill.vm.nics", 2);
    private final int concurrency = Integer.getInteger("drill.concurrency", 8);
    private final int killAfter = Integer.getInteger("drill.kill.after", 10);
    private final int downSeconds = Integer.getInteger("drill.down.seconds", 5);
    private final int startIntervalMillis = Integer.getInteger("drill.start.interval.ms", 500);
    private final String killCommand = System.getProperty("drill.kill.command", "");
    private final String restartCommand = System.getProperty("drill.restart.command", "");

    private final Map<String, OsnBenchClient.Answer> starts = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile long killedAt;
    private volatile long restartedAt;

    public static void main(String[] args) throws Exception {
        System.exit(new ProviderKillDrill().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        if (killCommand.isBlank() || restartCommand.isBlank()) {
            throw new IllegalStateException("set drill.kill.command and drill.restart.command");
        }
        neutron.deleteByOwner(owner);
        OsnBenchClient.Inventory inventory = osn.inventory(neutron.providerBody(), neutron.network("osn-drill"));
        List<String> vms = new ArrayList<>();
        for (int i = 0; i < vmCount; i++) {
            vms.add(osn.vmWithNics(inventory, nicsPerVm));
        }
        System.out.printf(Locale.ROOT, "drill: provider killed during a mass start — %d VMs x %d vNICs, %d in flight,"
                + " SIGKILL after %d answers, down %d s%n", vmCount, nicsPerVm, concurrency, killAfter, downSeconds);
        try {
            long began = System.nanoTime();
            massStartWithKill(vms);
            System.out.printf(Locale.ROOT, "  starts done in %.1f s (kill at %.1f s, Neutron back at %.1f s)%n",
                    (System.nanoTime() - began) / 1e9, (killedAt - began) / 1e9, (restartedAt - began) / 1e9);
            if (!neutron.healthy()) {
                throw new IllegalStateException("Neutron is not healthy after its restart");
            }
            OsnBenchClient.Answer reconcile = osn.call("POST",
                    "/openstacknetworkproviders/" + inventory.provider() + "/reconcileports", "{}");
            System.out.printf(Locale.ROOT, "  reconcileports -> %d, %d orphan ports queued%n", reconcile.status(),
                    countOf(reconcile.body(), "\"device_id\""));
            awaitNoOrphans(inventory.provider());
            return verdict(vms);
        } finally {
            osn.removeVms(inventory);
            neutron.deleteByOwner(owner);
        }
    }

    private void massStartWithKill(List<String> vms) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        Thread fault = new Thread(this::killAndRestart, "drill-fault");
        try {
            fault.start();
            List<Future<?>> futures = new ArrayList<>();
            long began = System.nanoTime();
            for (int i = 0; i < vms.size(); i++) {
                String vm = vms.get(i);
                long due = began + TimeUnit.MILLISECONDS.toNanos((long) i * startIntervalMillis);
                futures.add(pool.submit(() -> {
                    // paced, so that starts are sent before, during and after the provider's outage
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
                    starts.put(vm, osn.call("POST", "/vms/" + vm + "/start", "{}"));
                    synchronized (answered) {
                        answered.incrementAndGet();
                        answered.notifyAll();
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
            fault.join(TimeUnit.MINUTES.toMillis(3));
        }
    }

    private void killAndRestart() {
        try {
            synchronized (answered) {
                while (answered.get() < killAfter) {
                    answered.wait();
                }
            }
            killedAt = System.nanoTime();
            shell(killCommand);
            System.out.printf(Locale.ROOT, "  neutron-server killed after %d answers%n", answered.get());
            Thread.sleep(TimeUnit.SECONDS.toMillis(downSeconds));
            shell(restartCommand);
            restartedAt = System.nanoTime();
            System.out.printf(Locale.ROOT, "  Neutron started again, %d starts answered by then%n", answered.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shell(String command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("failed: " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("failed: " + command, e);
        }
    }

    /** The releases of a reconcile are worked by the release queue: wait until the provider holds no orphan. */
    private void awaitNoOrphans(String provider) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int orphans;
        do {
            OsnBenchClient.Answer answer = osn.call("GET", "/openstacknetworkproviders/" + provider + "/orphanports",
                    null);
            orphans = answer.ok() ? countOf(answer.body(), "\"device_id\"") : -1;
            if (orphans == 0) {
                return;
            }
            Thread.sleep(1000);
        } while (System.nanoTime() < deadline);
        System.out.printf(Locale.ROOT, "  %d orphan ports still listed after 90 s%n", orphans);
    }

    private boolean verdict(List<String> vms) {
        Map<String, List<String>> portsByDevice = new HashMap<>();
        for (JsonNode port : neutron.portsOf(owner)) {
            portsByDevice.computeIfAbsent(port.path("device_id").asText(), d -> new ArrayList<>())
                    .add(port.path("id").asText());
        }
        int up = 0;
        int down = 0;
        int unclear = 0;
        int missing = 0;
        Set<String> rightfulPorts = new HashSet<>();
        Map<String, Integer> errors = new TreeMap<>();
        for (String vm : vms) {
            OsnBenchClient.Answer start = starts.get(vm);
            String status = osn.vm(vm).path("status").asText();
            if (start.ok() && status.equals("up")) {
                up++;
                for (JsonNode nic : osn.nics(vm)) {
                    String port = nic.path("provider_port").path("id").asText("");
                    if (portsByDevice.getOrDefault(nic.path("id").asText(), List.of()).contains(port)) {
                        rightfulPorts.add(port);
                    } else {
                        missing++;
                    }
                }
            } else if (!start.ok() && status.equals("down") && clearFault(start)) {
                down++;
                errors.merge(start.status() + " " + reason(start), 1, Integer::sum);
            } else {
                unclear++;
                System.out.printf(Locale.ROOT, "  VM %s is %s after a start answering %d: %s%n", vm, status,
                        start.status(), abbreviated(start.body()));
            }
        }
        long leaked = portsByDevice.values().stream().flatMap(List::stream)
                .filter(port -> !rightfulPorts.contains(port)).count();
        System.out.printf(Locale.ROOT, "  VMs up with all their ports: %d, down with a clear error: %d, unclear: %d%n",
                up, down, unclear);
        errors.forEach((error, count) -> System.out.printf(Locale.ROOT, "    %3d x %s%n", count, error));
        System.out.printf(Locale.ROOT, "  ports of %s on the provider: %d; leaked: %d; missing: %d%n", owner,
                portsByDevice.values().stream().mapToInt(List::size).sum(), leaked, missing);
        boolean passed = leaked == 0 && missing == 0 && unclear == 0;
        System.out.println(passed ? "PASSED" : "FAILED");
        return passed;
    }

    /** An oVirt fault with a reason, refusing the start (4xx), not a crash (5xx) or no answer. */
    private static boolean clearFault(OsnBenchClient.Answer answer) {
        return answer.status() >= 400 && answer.status() < 500 && !reason(answer).isEmpty();
    }

    private static String reason(OsnBenchClient.Answer answer) {
        try {
            JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
            JsonNode fault = body.has("fault") ? body.path("fault") : body;
            String detail = fault.path("detail").asText("");
            // ids and ports differ per VM; the kind of error is what is counted
            return abbreviated(detail.isEmpty() ? fault.path("reason").asText("") : detail)
                    .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>").replaceAll("bench-vm-<id>", "<vm>");
        } catch (IOException e) {
            return "";
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
