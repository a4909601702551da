package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/**
 * The Neutron API as ovirt-provider-ovn serves it (oVirt/ovirt-provider-ovn {@code handlers/base_handler.py},
 * {@code neutron_responses.py}), on a {@link FixtureServer}: networks and ports in memory; no paging, {@code limit},
 * {@code page_reverse}, {@code next} and {@code previous} ignored; every other query key an exact-match filter on a
 * top-level field (first value only), so {@code marker}, {@code fields} and {@code sort_key} give an empty list; only
 * {@code {"port": …}} bodies (a bulk {@code {"ports": […]}} is 400 "'port'"); errors as {@code {"error": …}}.
 */
final class FakeOvirtProviderOvn implements AutoCloseable {

    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> IGNORED = Set.of("limit", "page_reverse", "next", "previous");

    private final FixtureServer server = FixtureServer.http();
    private final Map<String, ObjectNode> networks = new LinkedHashMap<>();
    private final Map<String, ObjectNode> ports = new LinkedHashMap<>();
    private final AtomicInteger singleCreates = new AtomicInteger();
    private final List<String> listQueries = new CopyOnWriteArrayList<>();
    /** The single create (1-based) that fails with 500; 0 for none. */
    private volatile int failingCreate;
    private volatile boolean deletesFail;

    FakeOvirtProviderOvn() {
        server.on("GET /v2.0/extensions", 200, JSON, fixture("ovn-extensions.json"))
                .on("GET /v2.0/networks", (exchange, request) -> list(exchange, "networks", networks))
                .on("GET /v2.0/ports", (exchange, request) -> list(exchange, "ports", ports))
                .on("POST /v2.0/ports", this::createPort);
    }

    String url() {
        return server.url();
    }

    FixtureServer server() {
        return server;
    }

    synchronized void addNetwork(String id, String name) {
        networks.put(id, MAPPER.createObjectNode().put("id", id).put("name", name).put("status", "ACTIVE")
                .put("tenant_id", "00000000000000000000000000000001").put("mtu", 1442)
                .put("port_security_enabled", false));
    }

    /** The raw query of every collection GET, "" for none. */
    List<String> listQueries() {
        return List.copyOf(listQueries);
    }

    synchronized Map<String, ObjectNode> ports() {
        return Map.copyOf(ports);
    }

    void failCreateNumber(int n) {
        failingCreate = n;
    }

    /** As ovirt-provider-ovn before it had an extension list. */
    void withoutExtensions() {
        server.on("GET /v2.0/extensions", (exchange, request) -> respond(exchange, 404, JSON,
                "{\"error\": {\"message\": \"Incorrect path: /v2.0/extensions\", \"code\": 404, "
                        + "\"title\": \"Not Found\"}}"));
    }

    void failDeletes() {
        deletesFail = true;
    }

    private synchronized void list(HttpExchange exchange, String collection, Map<String, ObjectNode> items)
            throws IOException {
        Map<String, String> filters = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        listQueries.add(query == null ? "" : query);
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                if (!IGNORED.contains(key)) {
                    filters.putIfAbsent(key, kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
        }
        ArrayNode found = MAPPER.createArrayNode();
        items.values().stream()
                .filter(item -> filters.entrySet().stream().allMatch(f -> item.has(f.getKey())
                        && item.get(f.getKey()).asText().equals(f.getValue())))
                .forEach(found::add);
        respond(exchange, 200, JSON, MAPPER.createObjectNode().set(collection, found).toString());
    }

    private synchronized void createPort(HttpExchange exchange, FixtureServer.Received request) throws IOException {
        JsonNode body = MAPPER.readTree(request.body());
        if (!body.has("port")) {
            respond(exchange, 400, JSON, fixture("ovn-error-400-bulk.json"));
            return;
        }
        JsonNode port = body.get("port");
        String network = port.path("network_id").asText();
        if (singleCreates.incrementAndGet() == failingCreate || !networks.containsKey(network)) {
            respond(exchange, 500, JSON, fixture("ovn-error-500-no-switch.json").replace("${network}", network));
            return;
        }
        String id = UUID.randomUUID().toString();
        String json = fixture("ovn-port.json").replace("${id}", id)
                .replace("${name}", port.path("name").asText())
                .replace("${network}", network)
                .replace("${mac}", port.path("mac_address").asText("00:1a:4a:16:01:" + String.format("%02x",
                        ports.size())))
                .replace("${device}", port.path("device_id").asText())
                .replace("${host}", port.path("binding:host_id").asText());
        ports.put(id, (ObjectNode) MAPPER.readTree(json));
        server.on("GET /v2.0/ports/" + id, (ex, r) -> show(ex, id));
        server.on("PUT /v2.0/ports/" + id, (ex, r) -> show(ex, id));
        server.on("DELETE /v2.0/ports/" + id, (ex, r) -> deletePort(ex, id));
        respond(exchange, 201, JSON, "{\"port\": " + json + "}");
    }

    private synchronized void show(HttpExchange exchange, String id) throws IOException {
        ObjectNode port = ports.get(id);
        if (port == null) {
            respond(exchange, 404, JSON, fixture("ovn-error-404-port.json").replace("${id}", id));
            return;
        }
        respond(exchange, 200, JSON, MAPPER.createObjectNode().set("port", port).toString());
    }

    private synchronized void deletePort(HttpExchange exchange, String id) throws IOException {
        if (deletesFail) {
            respond(exchange, 500, JSON, fixture("ovn-error-500-no-switch.json").replace("${network}", "?"));
        } else if (ports.remove(id) == null) {
            respond(exchange, 404, JSON, fixture("ovn-error-404-port.json").replace("${id}", id));
        } else {
            respond(exchange, 204, null, null);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
