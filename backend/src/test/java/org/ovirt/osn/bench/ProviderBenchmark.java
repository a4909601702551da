package org.ovirt.osn.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provider.neutron.NeutronClientHolder;
import org.ovirt.osn.provider.neutron.NeutronNetworkProviderProxyFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Port provisioning through this module's proxy, against two references, on the local keystone-mode Neutron of
 * {@code scripts/neutron.sh} holding at least {@value #POPULATION} ports (created once, with bulk calls, owned by
 * {@value #FILLER_OWNER}, and reused by later runs):
 * <ul>
 *   <li>(a) the proxy: 4 single port creates, and one bulk create of 4;</li>
 *   <li>(b) the floor: the same JSON through a bare {@code java.net.http} client with one Keystone token reused;</li>
 *   <li>(c) the oVirt engine's way: per vNIC a new Keystone token, all ports listed unfiltered, the network read,
 *       then the port created;</li>
 *   <li>(d) finding one port: by {@code device_id} filter through the proxy and raw, against listing every port.</li>
 * </ul>
 * Every timed call creates fresh ports (bound to a host, so the binding runs too); they are deleted after each
 * measurement, outside the timing. The variants take turns in random order within each iteration, and each proxy
 * variant runs right next to its raw counterpart, so load on the machine hits both alike; besides the ratio of the
 * medians, the median of these paired ratios is printed. Not a test: run it with {@code scripts/bench-provider.sh}.
 *
 * <p>Settings (system properties): {@code bench.iterations} (default 9), {@code bench.ovirt.iterations} (default 3),
 * {@code bench.neutron.url} (http://127.0.0.1:9697), {@code bench.keystone.url} (http://127.0.0.1:5000/v3),
 * {@code bench.user} (ovirt), {@code bench.password} (ovirt-secret), {@code bench.project} (service).
 */
public final class ProviderBenchmark {

    static final int POPULATION = 1000;
    static final String FILLER_OWNER = "osn-bench";
    static final String RUN_OWNER = "osn-bench-run";
    static final String NETWORK_NAME = "osn-bench";
    static final String HOST = "bench-host";
    static final int NICS = 4;

    private final int iterations = Integer.getInteger("bench.iterations", 9);
    private final int ovirtIterations = Integer.getInteger("bench.ovirt.iterations", 3);

    private NeutronClientHolder clients;
    private NetworkProviderProxy proxy;
    private String networkId;
    private NeutronBench raw;

    public static void main(String[] args) throws Exception {
        new ProviderBenchmark().run();
    }

    private void run() throws Exception {
        raw = new NeutronBench();
        clients = new NeutronClientHolder(new OsnConfiguration(new Properties(), Map.of()));
        try {
            NetworkProvider provider = new NetworkProvider(UUID.nameUUIDFromBytes(raw.neutronUrl.getBytes()),
                    "bench", null, NetworkProviderType.NEUTRON, raw.neutronUrl, true, raw.user, raw.password,
                    raw.keystoneUrl, null, "Default", raw.project, "Default", null, false, false, Map.of());
            proxy = new NeutronNetworkProviderProxyFactory(clients).create(provider);
            prepare();
            measure();
        } finally {
            clients.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------- setup

    private void prepare() throws Exception {
        networkId = proxy.listNetworks().filter(n -> NETWORK_NAME.equals(n.name())).findFirst()
                .map(ProviderNetwork::externalId)
                .orElseGet(() -> proxy.addNetwork(ProviderNetworkSpec.tenant(NETWORK_NAME)).externalId());
        List<ProviderPort> leftovers = proxy.findPorts(PortFilter.byDeviceOwner(RUN_OWNER)).toList();
        leftovers.forEach(p -> proxy.deletePort(p.id()));
        long present = proxy.findPorts(PortFilter.byDeviceOwner(FILLER_OWNER)).count();
        System.out.printf(Locale.ROOT, "Neutron %s, network %s: %d filler ports present%s%n", raw.neutronUrl,
                networkId,
                present, leftovers.isEmpty() ? "" : ", removed " + leftovers.size() + " left by an aborted run");
        for (long made = present; made < POPULATION; ) {
            int chunk = (int) Math.min(100, POPULATION - made);
            List<PortSpec> specs = new ArrayList<>();
            for (int i = 0; i < chunk; i++) {
                specs.add(PortSpec.on(networkId).withName("filler-" + (made + i))
                        .withDevice("osn-bench-filler-" + (made + i), FILLER_OWNER));
            }
            long started = System.nanoTime();
            proxy.createPorts(specs);
            made += chunk;
            System.out.printf(Locale.ROOT, "  created %d filler ports (%d/%d) in %.1f s%n", chunk, made, POPULATION,
                    (System.nanoTime() - started) / 1e9);
        }
        long total = raw.portCount();
        System.out.printf(Locale.ROOT, "%d ports on the provider; %d iterations (oVirt-style: %d), %d vNICs each%n%n",
                total, iterations, ovirtIterations, NICS);
    }

    // ---------------------------------------------------------------------------------------------- measurement

    private void measure() throws Exception {
        Samples proxySingle = new Samples();
        Samples proxyBulk = new Samples();
        Samples rawSingle = new Samples();
        Samples rawBulk = new Samples();
        Samples ovirt = new Samples();
        Samples proxyLookup = new Samples();
        Samples rawLookup = new Samples();
        Samples listAll = new Samples();
        String lookedUp = "osn-bench-filler-" + (POPULATION / 2);

        // one warm-up round: JIT, connections, tokens and their validation in Neutron
        timedAndCleaned(() -> proxy.createPorts(specs("warm-a")).stream().map(ProviderPort::id).toList());
        timedAndCleaned(() -> raw.singleCreates(bodies("warm-b")));
        proxy.findPorts(PortFilter.byDeviceId(lookedUp)).count();

        List<Double> singleRatios = new ArrayList<>();
        List<Double> bulkRatios = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            String run = "i" + i;
            List<Runnable> turns = new ArrayList<>(List.of(
                    () -> pair(proxySingle, () -> timedAndCleaned(() -> proxySingles(specs(run + "-ps"))),
                            rawSingle, () -> timedAndCleaned(() -> raw.singleCreates(bodies(run + "-rs"))),
                            singleRatios),
                    () -> pair(proxyBulk, () -> timedAndCleaned(() -> proxy.createPorts(specs(run + "-pb")).stream()
                                    .map(ProviderPort::id).toList()),
                            rawBulk, () -> timedAndCleaned(() -> raw.bulkCreate(bodies(run + "-rb"))),
                            bulkRatios),
                    () -> pair(proxyLookup, () -> timed(() -> proxy.findPorts(PortFilter.byDeviceId(lookedUp))
                                    .count()),
                            rawLookup, () -> timed(() -> raw.get("ports?device_id=" + lookedUp)), new ArrayList<>()),
                    () -> listAll.add(timed(() -> raw.get("ports")))));
            if (i < ovirtIterations) {
                turns.add(() -> ovirt.add(timedAndCleaned(() -> raw.ovirtStyleCreate(bodies(run + "-ov")))));
            }
            Collections.shuffle(turns);
            turns.forEach(Runnable::run);
            System.out.printf(Locale.ROOT, "  iteration %d/%d: proxy/raw single %.2f, bulk %.2f%n", i + 1,
                    iterations, singleRatios.get(i), bulkRatios.get(i));
        }

        System.out.printf(Locale.ROOT, "%n%-60s %10s %10s %6s%n", "create " + NICS + " bound ports (median of runs)",
                "median ms", "min ms", "runs");
        proxySingle.print("(a) proxy, " + NICS + " single creates");
        rawSingle.print("(b) raw java.net.http, " + NICS + " single creates");
        ovirt.print("(c) oVirt-style, " + NICS + " x (token, list all, net, POST)");
        proxyBulk.print("(a) proxy, one bulk create of " + NICS);
        rawBulk.print("(b) raw java.net.http, one bulk create of " + NICS);
        System.out.printf(Locale.ROOT, "%n%-60s%n", "find one port among the provider's ports");
        proxyLookup.print("proxy findPorts(device_id)");
        rawLookup.print("raw GET /v2.0/ports?device_id=");
        listAll.print("raw GET /v2.0/ports (all, as oVirt does)");
        System.out.printf(Locale.ROOT, "%nratios of medians%n");
        ratio("proxy single / raw single", proxySingle, rawSingle, 1.15);
        paired("  same, median of per-iteration pairs", singleRatios, 1.15);
        ratio("proxy bulk / raw bulk", proxyBulk, rawBulk, 1.15);
        paired("  same, median of per-iteration pairs", bulkRatios, 1.15);
        ratio("proxy bulk / raw single", proxyBulk, rawSingle, Double.NaN);
        ratio("oVirt-style / proxy single", ovirt, proxySingle, Double.NaN);
        ratio("oVirt-style / proxy bulk", ovirt, proxyBulk, Double.NaN);
        ratio("list all / proxy find by device_id", listAll, proxyLookup, Double.NaN);
        boolean ahead = ovirt.median() > proxySingle.median();
        System.out.printf(Locale.ROOT, "%-60s %s%n", "proxy ahead of the oVirt-style path", ahead ? "yes" : "NO");
    }

    /** The JSON the proxy sends for {@link #specs}, written by hand. */
    private List<ObjectNode> bodies(String run) {
        return raw.portBodies(networkId, run, NICS, HOST);
    }

    private List<String> proxySingles(List<PortSpec> specs) {
        List<String> ids = new ArrayList<>();
        for (PortSpec spec : specs) {
            ids.add(proxy.createPort(spec).id());
        }
        return ids;
    }

    private List<PortSpec> specs(String run) {
        List<PortSpec> specs = new ArrayList<>();
        for (int n = 0; n < NICS; n++) {
            specs.add(PortSpec.on(networkId).withName("nic" + n).withDevice("bench-" + run + "-" + n, RUN_OWNER)
                    .withHostBinding(HOST));
        }
        return specs;
    }

    // ------------------------------------------------------------------------------------------------ statistics

    /** Times the call, then deletes the ports it returned (not timed). */
    private double timedAndCleaned(Supplier<List<String>> createPorts) {
        long started = System.nanoTime();
        List<String> ids = createPorts.get();
        double millis = (System.nanoTime() - started) / 1e6;
        ids.forEach(proxy::deletePort);
        return millis;
    }

    private static double timed(Supplier<?> call) {
        long started = System.nanoTime();
        call.get();
        return (System.nanoTime() - started) / 1e6;
    }

    /**
     * Runs the proxy variant and its raw counterpart back to back, in random order, so that both see the same load;
     * the ratio of the two is kept as one paired sample.
     */
    private static void pair(Samples proxySamples, Supplier<Double> proxyCall, Samples rawSamples,
                             Supplier<Double> rawCall, List<Double> ratios) {
        double proxyMillis;
        double rawMillis;
        if (Math.random() < 0.5) {
            proxyMillis = proxyCall.get();
            rawMillis = rawCall.get();
        } else {
            rawMillis = rawCall.get();
            proxyMillis = proxyCall.get();
        }
        proxySamples.add(proxyMillis);
        rawSamples.add(rawMillis);
        ratios.add(proxyMillis / rawMillis);
    }

    private static void paired(String what, List<Double> ratios, double goal) {
        Samples.verdict(what, Samples.of(ratios).median(), goal, true);
    }

    private static void ratio(String what, Samples a, Samples b, double goal) {
        Samples.verdict(what, a.median() / b.median(), goal, true);
    }

}
