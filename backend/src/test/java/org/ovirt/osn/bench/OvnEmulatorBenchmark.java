package org.ovirt.osn.bench;

import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provider.neutron.EmulatedOvirtProviderOvn;
import org.ovirt.osn.provider.neutron.ExternalNetworkProviderProxyFactory;
import org.ovirt.osn.provider.neutron.NeutronClientHolder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * What a 4-vNIC VM's provider calls cost against the emulated ovirt-provider-ovn ({@link EmulatedOvirtProviderOvn},
 * in this JVM, holding {@code bench.ovn.ports} ports), side by side in one run, in random order per iteration:
 * <ul>
 *   <li>the lookup of a 4-vNIC VM's existing ports through the proxy (one lookup per vNIC, concurrent, under the
 *       provider's concurrency limit) against one raw single-device lookup and four raw ones in a row;</li>
 *   <li>the provider calls of a first 4-vNIC start through the proxy (the lookup, then four single creates: no bulk
 *       there) against four raw single creates.</li>
 * </ul>
 * Raw calls are {@link OvnRawClient}'s. Settings (system properties):
 * {@code bench.iterations} (25), {@code bench.ovn.ports} (1000), {@code bench.ovn.service.ms} (0; a time the
 * emulator spends on every request, as the real one does on its OVN transaction). Not a test.
 */
public final class OvnEmulatorBenchmark {

    private static final String USER = "admin@internal";
    private static final String PASSWORD = "bench";
    private static final String OWNER = "oVirt";
    private static final int NICS = 4;

    private final int iterations = Integer.getInteger("bench.iterations", 25);
    private final int population = Integer.getInteger("bench.ovn.ports", 1000);
    private final int serviceMillis = Integer.getInteger("bench.ovn.service.ms", 0);

    private EmulatedOvirtProviderOvn ovn;
    private NetworkProviderProxy proxy;
    private String network;
    private OvnRawClient raw;

    public static void main(String[] args) throws Exception {
        new OvnEmulatorBenchmark().run();
    }

    private void run() {
        ovn = EmulatedOvirtProviderOvn.withAuthentication(USER, PASSWORD);
        NeutronClientHolder clients = new NeutronClientHolder(new OsnConfiguration(new Properties(), Map.of()));
        try {
            network = ovn.resources().addNetwork("osn-bench");
            for (int i = 0; i < population; i++) {
                ovn.resources().addPort(network, "filler-" + i, "osn-bench", String.format(Locale.ROOT,
                        "02:00:00:%02x:%02x:%02x", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff));
            }
            ovn.serviceTime(Duration.ofMillis(serviceMillis));
            NetworkProvider provider = new NetworkProvider(UUID.randomUUID(), "ovn-bench", null,
                    NetworkProviderType.EXTERNAL, ovn.url(), true, USER, PASSWORD, ovn.keystoneUrl(), null, null,
                    null, null, "OVIRT_PROVIDER_OVN", false, false, Map.of());
            proxy = new ExternalNetworkProviderProxyFactory(clients).create(provider);
            raw = new OvnRawClient(ovn.url(), USER, PASSWORD);
            measure();
        } finally {
            clients.close();
            ovn.close();
        }
    }

    private void measure() {
        List<String> vm = devices("vm");
        proxy.createPorts(specs(vm));
        Samples lookup = new Samples();
        Samples rawOne = new Samples();
        Samples rawFour = new Samples();
        Samples start = new Samples();
        Samples rawCreates = new Samples();
        for (int i = -3; i < iterations; i++) {
            boolean warm = i < 0;
            String run = "i" + i;
            List<Runnable> turns = new ArrayList<>(List.of(
                    () -> add(warm, lookup, Samples.timed(() -> require(NICS, proxy.findPorts(
                            PortFilter.byDeviceIds(vm).andDeviceOwner(OWNER)).toList().size()))),
                    () -> add(warm, rawOne, Samples.timed(() -> require(1, raw.lookup(vm.get(0), OWNER)))),
                    () -> add(warm, rawFour, Samples.timed(() -> vm.forEach(
                            d -> require(1, raw.lookup(d, OWNER))))),
                    () -> add(warm, start, timedFirstStart(devices(run + "-start"))),
                    () -> add(warm, rawCreates, timedRawCreates(devices(run + "-raw")))));
            Collections.shuffle(turns);
            turns.forEach(Runnable::run);
        }
        System.out.printf(Locale.ROOT, "emulated ovirt-provider-ovn, %d ports, %d ms per request, %d iterations%n%n",
                ovn.resources().ports().size(), serviceMillis, iterations);
        System.out.printf(Locale.ROOT, "%-60s %10s %10s %6s%n", "4 vNICs", "median ms", "min ms", "runs");
        lookup.print("proxy: lookup of 4 vNICs' ports (per vNIC, concurrent)");
        rawOne.print("raw: one lookup of one device id");
        rawFour.print("raw: four lookups in a row");
        start.print("proxy: first start's calls (lookup + 4 creates)");
        rawCreates.print("raw: four single creates");
        System.out.printf(Locale.ROOT, "%nratios of medians%n");
        Samples.verdict("lookup of 4 / one raw lookup", lookup.median() / rawOne.median(), Double.NaN, true);
        Samples.verdict("lookup of 4 / four raw lookups in a row", lookup.median() / rawFour.median(), Double.NaN,
                true);
        Samples.verdict("first 4-vNIC start / four raw single creates", start.median() / rawCreates.median(), 1.2,
                true);
        System.out.printf(Locale.ROOT, "%nbulk attempts %d, most connections %d, resets %d%n", ovn.bulkAttempts(),
                ovn.maxConnections(), ovn.resets());
    }

    private static void add(boolean warm, Samples samples, double millis) {
        if (!warm) {
            samples.add(millis);
        }
    }

    private double timedFirstStart(List<String> devices) {
        List<ProviderPort> created = new ArrayList<>();
        double millis = Samples.timed(() -> {
            require(0, proxy.findPorts(PortFilter.byDeviceIds(devices).andDeviceOwner(OWNER)).toList().size());
            created.addAll(proxy.createPorts(specs(devices)));
        });
        created.forEach(p -> proxy.deletePort(p.id()));
        return millis;
    }

    private double timedRawCreates(List<String> devices) {
        List<String> ids = new ArrayList<>();
        double millis = Samples.timed(() -> devices.forEach(
                d -> ids.add(raw.create(network, d, OWNER, "bench-host"))));
        ids.forEach(id -> proxy.deletePort(id));
        return millis;
    }

    private List<PortSpec> specs(List<String> devices) {
        return devices.stream().map(d -> PortSpec.on(network).withName(d).withDevice(d, OWNER)
                .withHostBinding("bench-host")).toList();
    }

    private static List<String> devices(String prefix) {
        return IntStream.range(0, NICS).mapToObj(n -> prefix + "-nic" + n + "-" + UUID.randomUUID()).toList();
    }

    private static void require(int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException("expected " + expected + " ports, got " + actual);
        }
    }
}
