package org.ovirt.osn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmarks' own bare client of the local keystone-mode Neutron (java.net.http, one Keystone token reused): the
 * floor the module is compared with, the oVirt engine's per-vNIC path, and the set-up and clean-up around timings.
 *
 * <p>Settings (system properties): {@code bench.neutron.url} (http://127.0.0.1:9697), {@code bench.keystone.url}
 * (http://127.0.0.1:5000/v3), {@code bench.user} (ovirt), {@code bench.password} (ovirt-secret), {@code bench.project}
 * (service).
 */
final class NeutronBench {

    static final String SCALE_OWNER = "osn-bench-scale";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLEANUP_THREADS = 6;

    final String neutronUrl = System.getProperty("bench.neutron.url", "http://127.0.0.1:9697");
    final String keystoneUrl = System.getProperty("bench.keystone.url", "http://127.0.0.1:5000/v3");
    final String user = System.getProperty("bench.user", "ovirt");
    final String password = System.getProperty("bench.password", "ovirt-secret");
    final String project = System.getProperty("bench.project", "service");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = keystoneToken();

    /** The id of the network {@code osn-bench}, made when missing. */
    String benchNetwork() {
        JsonNode found = get("networks?name=" + ProviderBenchmark.NETWORK_NAME).path("networks");
        if (!found.isEmpty()) {
            return found.get(0).path("id").asText();
        }
        ObjectNode network = JSON.createObjectNode().put("name", ProviderBenchmark.NETWORK_NAME);
        return send("POST", "networks", JSON.createObjectNode().set("network", network), token)
                .path("network").path("id").asText();
    }

    /** Adds unbound ports of {@code owner} in bulks of 100 until the owner has {@code count} of them. */
    void ensureFillers(long count, String owner) {
        String network = benchNetwork();
        for (long made = countByOwner(owner); made < count; ) {
            int chunk = (int) Math.min(100, count - made);
            ArrayNode ports = JSON.createArrayNode();
            for (int i = 0; i < chunk; i++) {
                ports.addObject().put("network_id", network).put("name", "filler-" + (made + i))
                        .put("device_id", owner + "-filler-" + (made + i)).put("device_owner", owner);
            }
            send("POST", "ports", JSON.createObjectNode().set("ports", ports), token);
            made += chunk;
            if (made % 1000 == 0 || made == count) {
                System.out.printf(Locale.ROOT, "  %d ports of %s on the provider%n", made, owner);
            }
        }
    }

    long portCount() {
        return get("ports?fields=id").path("ports").size();
    }

    long countByOwner(String owner) {
        return get("ports?fields=id&device_owner=" + encode(owner)).path("ports").size();
    }

    void deleteByOwner(String owner) {
        List<String> ids = new ArrayList<>();
        get("ports?fields=id&device_owner=" + encode(owner)).path("ports").forEach(p -> ids.add(p.path("id").asText()));
        if (!ids.isEmpty()) {
            deletePorts(ids);
            System.out.printf(Locale.ROOT, "  removed %d ports of %s%n", ids.size(), owner);
        }
    }

    /** The JSON the module would send for {@code nics} vNICs bound to {@code host}, for the raw references. */
    List<ObjectNode> portBodies(String networkId, String run, int nics, String host) {
        List<ObjectNode> bodies = new ArrayList<>();
        for (int n = 0; n < nics; n++) {
            bodies.add(JSON.createObjectNode().put("name", "nic" + n).put("network_id", networkId)
                    .put("admin_state_up", true).put("device_id", "bench-" + run + "-" + n)
                    .put("device_owner", ProviderBenchmark.RUN_OWNER).put("binding:host_id", host));
        }
        return bodies;
    }

    List<String> bulkCreate(List<ObjectNode> ports) {
        ArrayNode list = JSON.createArrayNode().addAll(ports);
        List<String> ids = new ArrayList<>();
        send("POST", "ports", JSON.createObjectNode().set("ports", list), token).path("ports")
                .forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    List<String> singleCreates(List<ObjectNode> ports) {
        List<String> ids = new ArrayList<>();
        for (ObjectNode port : ports) {
            ids.add(send("POST", "ports", JSON.createObjectNode().set("port", port), token).path("port").path("id")
                    .asText());
        }
        return ids;
    }

    /** What ovirt-engine's allocate() does per vNIC on a cold proxy (ovirt-engine-behaviour.md §2.3, §4). */
    List<String> ovirtStyleCreate(List<ObjectNode> ports) {
        List<String> ids = new ArrayList<>();
        for (ObjectNode port : ports) {
            String fresh = keystoneToken();
            JsonNode all = send("GET", "ports", null, fresh);
            String deviceId = port.path("device_id").asText();
            for (JsonNode existing : all.path("ports")) {
                if (deviceId.equals(existing.path("device_id").asText())) {
                    throw new IllegalStateException("port of " + deviceId + " exists already");
                }
            }
            String tenant = send("GET", "networks/" + port.path("network_id").asText(), null, fresh)
                    .path("network").path("tenant_id").asText();
            ObjectNode body = port.deepCopy().put("tenant_id", tenant);
            ids.add(send("POST", "ports", JSON.createObjectNode().set("port", body), fresh)
                    .path("port").path("id").asText());
        }
        return ids;
    }

    void deletePorts(List<String> ids) {
        ExecutorService pool = Executors.newFixedThreadPool(CLEANUP_THREADS);
        try {
            List<Future<?>> deletions = new ArrayList<>();
            for (String id : ids) {
                deletions.add(pool.submit(() -> delete("ports/" + id)));
            }
            for (Future<?> deletion : deletions) {
                deletion.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not delete benchmark ports", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits until the module released the ports of these vNICs (the release runs right after the removal commits);
     * after 60 s it deletes what is left itself and says so, so a slow release shows instead of skewing the run.
     */
    void awaitReleased(List<String> nicIds, String owner) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> left = portsOf(nicIds, owner);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            sleep(100);
            left = portsOf(nicIds, owner);
        }
        if (!left.isEmpty()) {
            System.out.printf(Locale.ROOT, "  WARNING: %d ports not released by the module within 60 s; deleted%n",
                    left.size());
            deletePorts(left);
        }
    }

    /** The ids of the ports of these vNICs (device ids) owned by {@code owner}. */
    List<String> portsOf(List<String> nicIds, String owner) {
        List<String> left = new ArrayList<>();
        for (int from = 0; from < nicIds.size(); from += 50) {
            StringBuilder query = new StringBuilder("ports?fields=id&device_owner=" + encode(owner));
            nicIds.subList(from, Math.min(nicIds.size(), from + 50)).forEach(id -> query.append("&device_id=")
                    .append(id));
            get(query.toString()).path("ports").forEach(p -> left.add(p.path("id").asText()));
        }
        return left;
    }

    /** How many ports the request the hook sends to find a VM's ports returns (same filters, same page size). */
    long lookupAsTheHook(List<String> nicIds, String owner) {
        StringBuilder query = new StringBuilder("ports?limit=500");
        nicIds.forEach(id -> query.append("&device_id=").append(id));
        query.append("&device_owner=").append(encode(owner));
        return get(query.toString()).path("ports").size();
    }

    // ------------------------------------------------------------------------------------------------------- HTTP

    JsonNode get(String path) {
        return send("GET", path, null, token);
    }

    private void delete(String path) {
        HttpResponse<byte[]> response = exchange(request("DELETE", path, null, token));
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw new IllegalStateException("DELETE " + path + " -> " + response.statusCode());
        }
    }

    private JsonNode send(String method, String path, JsonNode body, String authToken) {
        HttpRequest request = request(method, path, body, authToken);
        HttpResponse<byte[]> response = exchange(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + request.uri() + " -> " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        try {
            return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String method, String path, JsonNode body, String authToken) {
        return HttpRequest.newBuilder(URI.create(neutronUrl + "/v2.0/" + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("X-Auth-Token", authToken)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    private String keystoneToken() {
        ObjectNode auth = JSON.createObjectNode();
        ObjectNode identity = auth.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        identity.putObject("password").putObject("user").put("name", user).put("password", password)
                .putObject("domain").put("name", "Default");
        ((ObjectNode) auth.get("auth")).putObject("scope").putObject("project").put("name", project)
                .putObject("domain").put("name", "Default");
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(
                        URI.create(keystoneUrl + "/auth/tokens?nocatalog"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(auth.toString())).build());
        return response.headers().firstValue("X-Subject-Token")
                .orElseThrow(() -> new IllegalStateException("Keystone gave no token: " + response.statusCode()));
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
