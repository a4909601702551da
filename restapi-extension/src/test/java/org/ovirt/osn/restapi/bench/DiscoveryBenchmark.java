package org.ovirt.osn.restapi.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Discovery of every network of a provider, side by side in one run: through the module's REST API (streamed XML and
 * JSON, the module paging Neutron with {@code osn.provider.page.size}) and by a raw java.net.http client paging
 * Neutron itself with the same page size and parsing each page. Runs alternate (REST XML, REST JSON, raw) so a noisy
 * machine hits all three alike; medians and the median of per-round ratios are printed. Not a test: run it with
 * {@code scripts/bench-discovery.sh}, which creates the networks and the server.
 *
 * <p>Properties: {@code bench.api} (e.g. {@code http://127.0.0.1:8585/ovirt-engine/api}), {@code bench.password}
 * (admin@internal), {@code bench.provider} (provider id), {@code bench.neutron} ({@code http://127.0.0.1:9696}),
 * {@code bench.page.size} (500), {@code bench.runs} (7), {@code bench.warmup} (2), {@code bench.expected} (how many
 * networks at least).
 */
public final class DiscoveryBenchmark {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String api = System.getProperty("bench.api");
    private final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin@internal:"
            + System.getProperty("bench.password")).getBytes(StandardCharsets.UTF_8));
    private final String provider = System.getProperty("bench.provider");
    private final String neutron = System.getProperty("bench.neutron", "http://127.0.0.1:9696");
    private final int pageSize = Integer.getInteger("bench.page.size", 500);
    private final int expected = Integer.getInteger("bench.expected", 0);

    private record Run(double millis, double firstByteMillis, long bytes, int networks) {
    }

    public static void main(String[] args) throws Exception {
        new DiscoveryBenchmark().run(Integer.getInteger("bench.runs", 7), Integer.getInteger("bench.warmup", 2));
    }

    private void run(int runs, int warmup) throws Exception {
        List<Run> xml = new ArrayList<>();
        List<Run> json = new ArrayList<>();
        List<Run> raw = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            Run x = viaRest("application/xml");
            Run j = viaRest("application/json");
            Run r = raw();
            check(x, j, r);
            if (i >= warmup) {
                xml.add(x);
                json.add(j);
                raw.add(r);
            }
        }
        System.out.printf(Locale.ROOT, "%n%d networks (REST XML counted %d, JSON %d), page size %d, %d runs after %d"
                + " warm-up%n", raw.get(0).networks(), xml.get(0).networks(), json.get(0).networks(), pageSize, runs,
                warmup);
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s %12s%n", "discovery of all networks", "median ms",
                "min ms", "max ms", "bytes");
        line("raw java.net.http paging Neutron (floor)", raw);
        line("module REST, XML (streamed)", xml);
        line("module REST, JSON (streamed)", json);
        System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f%n", "  first byte of the REST answer, XML / JSON",
                median(xml.stream().map(Run::firstByteMillis).toList()),
                median(json.stream().map(Run::firstByteMillis).toList()));
        System.out.printf(Locale.ROOT, "%nratio to the raw floor (goal <= 1.20)%n");
        ratio("REST XML / raw, ratio of medians", median(millis(xml)) / median(millis(raw)));
        ratio("REST XML / raw, median of per-round ratios", median(pairs(xml, raw)));
        ratio("REST JSON / raw, ratio of medians", median(millis(json)) / median(millis(raw)));
        ratio("REST JSON / raw, median of per-round ratios", median(pairs(json, raw)));
    }

    /**
     * Other users of the shared Neutron add and remove a few networks while this runs: the counts of one round may
     * differ by that much, not more.
     */
    private void check(Run xml, Run json, Run raw) {
        int tolerance = Math.max(50, raw.networks() / 100);
        if (raw.networks() < expected || Math.abs(xml.networks() - raw.networks()) > tolerance
                || Math.abs(json.networks() - raw.networks()) > tolerance) {
            throw new IllegalStateException("Counts differ or too few: raw " + raw.networks() + ", XML "
                    + xml.networks() + ", JSON " + json.networks() + ", expected at least " + expected
                    + " (did another user add or remove networks meanwhile?)");
        }
    }

    /** The whole answer received; networks counted on the fly (one marker per network) to check completeness. */
    private Run viaRest(String type) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/openstacknetworkproviders/" + provider
                        + "/networks")).header("Authorization", auth).header("Accept", type)
                .timeout(Duration.ofMinutes(5)).GET().build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("REST discovery answered " + response.statusCode());
        }
        String marker = type.endsWith("xml") ? "<openstack_network " : "\"openstack_network_provider\"";
        long bytes = 0;
        int networks = 0;
        double firstByte = -1;
        byte[] buffer = new byte[64 * 1024];
        MarkerCounter counter = new MarkerCounter(marker);
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                if (firstByte < 0 && n > 0) {
                    firstByte = (System.nanoTime() - start) / 1e6;
                }
                bytes += n;
                networks += counter.count(buffer, n);
            }
        }
        return new Run((System.nanoTime() - start) / 1e6, firstByte, bytes, networks);
    }

    /** Pages through Neutron as a client would: GET with limit, parse the page, follow the next link. */
    private Run raw() throws IOException, InterruptedException {
        long start = System.nanoTime();
        String url = neutron + "/v2.0/networks?limit=" + pageSize;
        long bytes = 0;
        int networks = 0;
        double firstByte = -1;
        while (url != null) {
            HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/json").timeout(Duration.ofMinutes(1)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (firstByte < 0) {
                firstByte = (System.nanoTime() - start) / 1e6;
            }
            if (page.statusCode() != 200) {
                throw new IllegalStateException("Neutron answered " + page.statusCode());
            }
            bytes += page.body().length;
            JsonObject json;
            try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(page.body()))) {
                json = reader.readObject();
            }
            int count = json.getJsonArray("networks").size();
            networks += count;
            url = null;
            if (count > 0 && json.containsKey("networks_links")) {
                for (JsonValue link : json.getJsonArray("networks_links")) {
                    if ("next".equals(link.asJsonObject().getString("rel"))) {
                        url = link.asJsonObject().getString("href");
                    }
                }
            }
        }
        return new Run((System.nanoTime() - start) / 1e6, firstByte, bytes, networks);
    }

    private static void line(String what, List<Run> runs) {
        List<Double> ms = millis(runs);
        System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %10.1f %12d%n", what, median(ms),
                Collections.min(ms), Collections.max(ms), runs.get(0).bytes());
    }

    private static void ratio(String what, double ratio) {
        System.out.printf(Locale.ROOT, "  %-52s %6.2fx  %s%n", what, ratio, ratio <= 1.2 ? "ok" : "ABOVE GOAL");
    }

    private static List<Double> millis(List<Run> runs) {
        return runs.stream().map(Run::millis).toList();
    }

    private static List<Double> pairs(List<Run> a, List<Run> b) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            ratios.add(a.get(i).millis() / b.get(i).millis());
        }
        return ratios;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Counts occurrences of an ASCII marker across buffer boundaries. */
    private static final class MarkerCounter {
        private final byte[] marker;
        private int matched;

        MarkerCounter(String marker) {
            this.marker = marker.getBytes(StandardCharsets.US_ASCII);
        }

        int count(byte[] buffer, int length) {
            int found = 0;
            for (int i = 0; i < length; i++) {
                if (buffer[i] == marker[matched]) {
                    matched++;
                    if (matched == marker.length) {
                        found++;
                        matched = 0;
                    }
                } else {
                    matched = buffer[i] == marker[0] ? 1 : 0;
                }
            }
            return found;
        }
    }
}
