package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.restapi.model.Cluster;
import org.ovirt.osn.restapi.model.DataCenter;
import org.ovirt.osn.restapi.model.Host;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.Nic;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.OpenStackSubnet;
import org.ovirt.osn.restapi.model.Vm;
import org.ovirt.osn.restapi.model.VnicProfile;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #13 §2: the hostile-input corpus ({@link HostileCorpus}, generated from {@link ApiEndpoints}) against the
 * deployed module. Expected: no answer 5xx, every error an oVirt fault in the format asked for, nothing written by a
 * refused request (the collections count the same before and after), no XXE fetch, no stack trace in the server
 * log. Huge bodies (10 MB, 200 MB, with a length and chunked) are refused before they are read, and the server's
 * heap does not grow with them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final Pattern STACK_FRAME = Pattern.compile("\\n\\s+at [\\w$.]+\\(");

    private final AddedThroughRest added = new AddedThroughRest();
    private final ProvidersAndDataCenters providers = new ProvidersAndDataCenters("corpus");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void removeWhatWasAdded() {
        added.removeAll();
        providers.removeAll();
    }

    /** Existing objects for every kind the API has, so hostile bodies reach the validators behind the lookups. */
    private record Fixture(String dc, String cluster, String host, String network, String profile, String vm,
                           String nic, String provider) {

        Map<String, String> idsFor(ApiEndpoints.Endpoint e) {
            String top = e.pathTemplate().replaceAll("^/([^/]*).*", "$1");
            Map<String, String> ids = new HashMap<>();
            String id = switch (top) {
                case "datacenters" -> dc;
                case "clusters" -> cluster;
                case "hosts" -> host;
                case "networks" -> network;
                case "vnicprofiles" -> profile;
                case "vms" -> vm;
                case "openstacknetworkproviders" -> provider;
                default -> null;
            };
            if (id != null) {
                ids.put("id", id);
            }
            ids.put("networkId", network);
            ids.put("nicId", nic);
            ids.put("pluginType", "ovirt-provider-ovn");
            return ids;
        }

        Map<Class<?>, String> validXmlBodies() {
            Map<Class<?>, String> bodies = new HashMap<>();
            bodies.put(DataCenter.class, "<data_center><name>%NAME%</name></data_center>");
            bodies.put(Cluster.class, "<cluster><name>%NAME%</name><data_center id=\"" + dc + "\"/></cluster>");
            bodies.put(Host.class, "<host><name>%NAME%</name><address>corpus.lab.example.org</address><cluster id=\""
                    + cluster + "\"/></host>");
            bodies.put(Network.class, "<network><name>%NAME%</name><data_center id=\"" + dc + "\"/></network>");
            bodies.put(VnicProfile.class, "<vnic_profile><name>%NAME%</name><network id=\"" + network
                    + "\"/></vnic_profile>");
            bodies.put(Vm.class, "<vm><name>%NAME%</name><cluster id=\"" + cluster + "\"/></vm>");
            bodies.put(Nic.class, "<nic><name>%NAME%</name><vnic_profile id=\"" + profile + "\"/></nic>");
            bodies.put(OpenStackNetworkProvider.class, "<openstack_network_provider><name>%NAME%</name><type>neutron"
                    + "</type><url>" + RealNeutronNetworks.NEUTRON + "</url><requires_authentication>false"
                    + "</requires_authentication></openstack_network_provider>");
            bodies.put(OpenStackSubnet.class, "<openstack_subnet><name>%NAME%</name><cidr>10.99.0.0/24</cidr>"
                    + "<ip_version>v4</ip_version></openstack_subnet>");
            return bodies;
        }

        /** What a refused request must not change: every collection, and what hangs below the fixture. */
        List<String> countedCollections() {
            return List.of("/datacenters", "/clusters", "/hosts", "/networks", "/vnicprofiles", "/vms",
                    "/openstacknetworkproviders", "/jobs?max=1000", "/vms/" + vm + "/nics",
                    "/clusters/" + cluster + "/networks", "/networks/" + network + "/vnicprofiles",
                    "/datacenters/" + dc + "/networks", "/openstacknetworkproviders/" + provider
                            + "/importedcertificates");
        }
    }

    private Fixture fixture() {
        String dc = added.add("/datacenters", "<data_center><name>" + Http.uniqueName("corpus-dc")
                + "</name></data_center>");
        String cluster = added.add("/clusters", "<cluster><name>" + Http.uniqueName("corpus-cl")
                + "</name><data_center id=\"" + dc + "\"/></cluster>");
        String host = added.add("/hosts", "<host><name>" + Http.uniqueName("corpus-host") + "</name><address>"
                + "corpus-host.lab.example.org</address><cluster id=\"" + cluster + "\"/></host>");
        String network = added.add("/networks", "<network><name>" + Http.uniqueName("corpus-net")
                + "</name><data_center id=\"" + dc + "\"/></network>");
        Http.Answer attached = Http.post("/clusters/" + cluster + "/networks", Http.XML,
                "<network id=\"" + network + "\"/>");
        assertEquals(201, attached.status(), attached.body());
        String profile = added.add("/networks/" + network + "/vnicprofiles", "<vnic_profile><name>"
                + Http.uniqueName("corpus-profile") + "</name></vnic_profile>");
        String vm = added.add("/vms", "<vm><name>" + Http.uniqueName("corpus-vm") + "</name><cluster id=\""
                + cluster + "\"/></vm>");
        String nic = added.add("/vms/" + vm + "/nics", "<nic><name>nic1</name><vnic_profile id=\"" + profile
                + "\"/></nic>");
        return new Fixture(dc, cluster, host, network, profile, vm, nic, providers.provider());
    }

    private static Map<String, Integer> rowCounts(Fixture fixture) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String collection : fixture.countedCollections()) {
            Http.Answer answer = Http.get(collection, Http.XML);
            assertEquals(200, answer.status(), collection + ": " + answer.body());
            counts.put(collection, Integer.parseInt(answer.xpath("count(/*/*[not(self::link)])").replace(".0", "")));
        }
        return counts;
    }

    /** Counts connections to a loopback port: an XML parser that resolves external entities would connect here. */
    private static final class ConnectionCounter implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();

        ConnectionCounter() throws IOException {
            socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket ignored = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "xxe-listener");
            accept.setDaemon(true);
            accept.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void shouldAnswerEveryHostileRequestWithAFaultBelow500AndWriteNothing() throws IOException {
        Fixture fixture = fixture();
        int logStart = ServerLog.text().length();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        TreeMap<String, Integer> slowest = new TreeMap<>(java.util.Comparator.comparingLong(
                (String k) -> Long.parseLong(k.substring(0, k.indexOf(' ')))).thenComparing(k -> k));
        List<String> createdByOddNames = new ArrayList<>();
        int tried;
        long started = System.nanoTime();
        Map<String, Integer> before = rowCounts(fixture);
        try (ConnectionCounter listener = new ConnectionCounter()) {
            List<HostileProbe> probes = new HostileCorpus(ApiEndpoints.all(), fixture::idsFor,
                    fixture.validXmlBodies(), listener.url()).probes();
            tried = probes.size();
            for (HostileProbe probe : probes) {
                long t0 = System.nanoTime();
                Http.Answer answer;
                try {
                    answer = send(probe);
                } catch (AssertionError e) {
                    failures.add("no answer (" + e.getCause() + ") for " + probe);
                    continue;
                } finally {
                    slowest.put((System.nanoTime() - t0) / 1_000_000 + " ms " + probe.category() + " "
                            + probe.method() + " " + shorten(probe.apiPath()), 0);
                    while (slowest.size() > 5) {
                        slowest.remove(slowest.firstKey());
                    }
                }
                byStatus.merge(answer.status(), 1, Integer::sum);
                byCategory.merge(probe.category(), 1, Integer::sum);
                check(probe, answer, failures);
                if (answer.status() == 201) {
                    answer.raw().headers().firstValue("Location").ifPresent(createdByOddNames::add);
                }
            }
            assertEquals(0, listener.connections.get(), "an XML parser fetched an external entity or DTD");
        }
        for (int i = createdByOddNames.size() - 1; i >= 0; i--) {
            String location = createdByOddNames.get(i);
            Http.delete(location.substring(location.indexOf("/api/") + 4));
        }
        Map<String, Integer> after = rowCounts(fixture);
        String log = ServerLog.text().substring(logStart);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        System.out.println("Hostile-input corpus: " + tried + " requests in " + seconds + " s; by status "
                + byStatus + "; accepted creates (odd but legal names, removed again) " + createdByOddNames.size());
        System.out.println("  by category: " + byCategory);
        System.out.println("  slowest: " + slowest.descendingKeySet());
        assertTrue(tried >= 300, "only " + tried + " requests");
        assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 40)), failures.size() + " failures");
        assertEquals(before, after, "a refused request changed what the collections hold");
        assertTrue(!STACK_FRAME.matcher(log).find(), () -> "stack trace in the server log: "
                + log.substring(Math.max(0, log.indexOf("\tat ") - 1500), Math.min(log.length(),
                log.indexOf("\tat ") + 500)));
    }

    private static Http.Answer send(HostileProbe probe) {
        // HTTP/1.1 as the SDK speaks it: no h2c upgrade, which a refused body would end with GOAWAY
        HttpRequest.Builder request = Http.api(probe.apiPath(), probe.accept()).version(HttpClient.Version.HTTP_1_1)
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        probe.headers().forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        return Http.sendAsAdmin(request);
    }

    private static void check(HostileProbe probe, Http.Answer answer, List<String> failures) {
        int status = answer.status();
        if (status >= 500) {
            failures.add(status + " for " + probe + " → " + shorten(answer.body()));
            return;
        }
        if (probe.mustRefuse() && status < 400) {
            failures.add("accepted (" + status + ") " + probe + " → " + shorten(answer.body()));
            return;
        }
        if (answer.body().contains("root:x:0:0") || STACK_FRAME.matcher(answer.body()).find()) {
            failures.add("leaks file or stack content: " + probe + " → " + shorten(answer.body()));
            return;
        }
        if (status >= 400 && !isFault(answer, probe.wantsJson())) {
            failures.add("not a " + (probe.wantsJson() ? "JSON" : "XML") + " fault (" + status + " "
                    + answer.contentType() + "): " + probe + " → " + shorten(answer.body()));
        }
    }

    private static boolean isFault(Http.Answer answer, boolean json) {
        try {
            if (json) {
                return answer.contentType().startsWith(Http.JSON) && !answer.json().getString("reason").isBlank();
            }
            return answer.contentType().startsWith(Http.XML) && !answer.xpath("/fault/reason").isBlank();
        } catch (RuntimeException | AssertionError e) {
            return false;
        }
    }

    private static String shorten(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    @Test
    void shouldRefuseHugeBodiesBeforeReadingThemWithoutGrowingTheHeap() throws Exception {
        ServerHeap heap = ServerHeap.ofTestServer();
        String auth = "Bearer " + Http.adminToken();
        int networksBefore = Integer.parseInt(Http.get("/networks", Http.XML).xpath("count(/networks/network)")
                .replace(".0", ""));
        long baseline = heap.usedAfterGcMb();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heap.usedMb(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<String> figures = new ArrayList<>();
        try {
            for (long size : new long[]{10L << 20, 200L << 20}) {
                for (boolean chunked : new boolean[]{false, true}) {
                    long t0 = System.nanoTime();
                    StreamedBody.Outcome outcome = StreamedBody.post("/networks", auth, size, chunked);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    String what = (size >> 20) + " MB " + (chunked ? "chunked" : "with Content-Length");
                    figures.add(what + ": " + outcome.status() + " after " + ms + " ms, " + (outcome.bytesSent() >> 20)
                            + " MB sent");
                    assertEquals(413, outcome.status(), what + ": " + outcome.head() + "\n" + outcome.body());
                    assertTrue(outcome.body().contains("<fault>"), what + ": " + outcome.body());
                    assertTrue(outcome.bytesSent() < 64L << 20, what + " was read to the end: "
                            + (outcome.bytesSent() >> 20) + " MB");
                }
            }
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        long afterGc = heap.usedAfterGcMb();
        System.out.println("Huge bodies: " + figures + "; server heap used " + baseline + " MB before (after GC), "
                + peak.get() + " MB at the peak while streaming, " + afterGc + " MB after (after GC)");
        assertTrue(peak.get() - baseline < 128, "the heap grew by " + (peak.get() - baseline) + " MB");
        assertTrue(afterGc - baseline < 32, "the heap kept " + (afterGc - baseline) + " MB");
        assertEquals(networksBefore, Integer.parseInt(Http.get("/networks", Http.XML)
                .xpath("count(/networks/network)").replace(".0", "")));
    }
}
