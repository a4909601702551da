package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@link EmulatedOvirtProviderOvn} serves, with ovirt-provider-ovn's behaviour where it differs from Neutron:
 * every query key but {@code limit}, {@code page_reverse}, {@code next}, {@code previous} is an exact-match filter
 * on a top-level field with its <em>first</em> value only (so {@code marker}, {@code fields}, {@code sort_key} give an
 * empty list, and {@code ?device_id=a&device_id=b} means a); no paging; only {@code {"port": …}} bodies (a bulk
 * {@code {"ports": […]}} is 400 {@code 'port'}); no duplicate-MAC check; {@code binding:host_id} dropped unless
 * {@link #keepHostBinding} (its {@code ovs-version-2.9} setting); one subnet per network; {@code /v2.0/extensions}
 * lists only {@code extraroute}; Keystone v2.0 {@code POST /v2.0/tokens} of its own with {@code "expires": null};
 * a missing or unknown token is 403; every error {@code {"error": {"message", "code", "title"}}}.
 *
 * <p>The wording of its messages follows its source where the tests need it ("Cannot find Logical_Switch_Port with
 * name=…"); the second-subnet refusal's wording is this emulator's. Synchronized: the server calls it from its one
 * worker, tests from theirs.
 */
public final class OvnEmulatorResources {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> NOT_FILTERS = Set.of("limit", "page_reverse", "next", "previous");
    private static final String TENANT = "00000000000000000000000000000001";

    /** An answer: status and JSON body (null for none). */
    record Answer(int status, String body) {
    }

    private final String username;
    private final String password;
    private final Map<String, ObjectNode> networks = new LinkedHashMap<>();
    private final Map<String, ObjectNode> subnets = new LinkedHashMap<>();
    private final Map<String, ObjectNode> ports = new LinkedHashMap<>();
    private final Map<String, Boolean> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger bulkAttempts = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger forbidden = new AtomicInteger();
    private volatile boolean keepHostBinding;
    private volatile boolean forbidEverything;
    private volatile boolean noExtensionList;
    private volatile String extensions = "{\"extensions\": [{\"updated\": \"2022-02-28T00:00:00-00:00\", \"name\": "
            + "\"Neutron Extra Route\", \"alias\": \"extraroute\", \"description\": \"Neutron Extra Route\","
            + " \"links\": []}]}";
    private volatile boolean deletesFail;
    /** The single port create (1-based, counted from now) that fails with 500; 0 for none. */
    private volatile int failingCreate;
    private int creates;
    private int macs;

    /** @param username null for no authentication */
    OvnEmulatorResources(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public synchronized String addNetwork(String name) {
        String id = UUID.randomUUID().toString();
        networks.put(id, MAPPER.createObjectNode().put("id", id).put("name", name).put("status", "ACTIVE")
                .put("tenant_id", TENANT).put("mtu", 1442).put("port_security_enabled", false));
        return id;
    }

    public synchronized void addNetwork(String id, String name) {
        networks.put(id, MAPPER.createObjectNode().put("id", id).put("name", name).put("status", "ACTIVE")
                .put("tenant_id", TENANT).put("mtu", 1442).put("port_security_enabled", false));
    }

    /** Every port, by id. */
    public synchronized Map<String, JsonNode> ports() {
        return Map.copyOf(ports);
    }

    /** How many ports have this device id. */
    public synchronized long portsOf(String deviceId) {
        return ports.values().stream().filter(p -> deviceId.equals(p.path("device_id").asText())).count();
    }

    public synchronized long portsOn(String networkId) {
        return ports.values().stream().filter(p -> networkId.equals(p.path("network_id").asText())).count();
    }

    /** As with its {@code ovs-version-2.9} setting: {@code binding:host_id} is kept. */
    public void keepHostBinding(boolean keep) {
        keepHostBinding = keep;
    }

    /** Forgets every token it issued, so the next call with one gets 403 (it restarted). */
    public void forgetTokens() {
        tokens.clear();
    }

    /** Answers 403 to every API call, whatever the token (a user without the permission). */
    public void forbidEverything(boolean forbid) {
        forbidEverything = forbid;
    }

    /** As versions before it had an extension list: 404 on {@code /v2.0/extensions}. */
    public void withoutExtensionList() {
        noExtensionList = true;
    }

    /** Another {@code /v2.0/extensions} answer, for tests of what the proxy makes of one. */
    public void extensionsAnswer(String json) {
        extensions = json;
    }

    /** The n-th port create from now fails as its northbound database would (500). */
    public synchronized void failCreateNumber(int n) {
        creates = 0;
        failingCreate = n;
    }

    /** Every delete fails with 500. */
    public void failDeletes() {
        deletesFail = true;
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    /** 403 answers given. */
    public int forbidden() {
        return forbidden.get();
    }

    int bulkAttempts() {
        return bulkAttempts.get();
    }

    void resetCounters() {
        bulkAttempts.set(0);
        tokensIssued.set(0);
        forbidden.set(0);
    }

    synchronized Answer answer(EmulatedOvirtProviderOvn.Request request) {
        try {
            return route(request);
        } catch (IOException notJson) {
            return error(400, "Bad Request", notJson.getMessage());
        }
    }

    private Answer route(EmulatedOvirtProviderOvn.Request request) throws IOException {
        String path = request.path().replaceAll("/+$", "");
        String method = request.method();
        if (method.equals("POST") && path.equals("/v2.0/tokens")) {
            return token(request.body());
        }
        if (username != null && (forbidEverything || !tokens.containsKey(
                request.headers().getOrDefault("x-auth-token", "")))) {
            forbidden.incrementAndGet();
            return error(403, "Forbidden", "Not authorized");
        }
        if (username == null && forbidEverything) {
            forbidden.incrementAndGet();
            return error(403, "Forbidden", "Not authorized");
        }
        if (method.equals("GET") && path.equals("/v2.0")) {
            return new Answer(200, "{\"versions\": [{\"status\": \"CURRENT\", \"id\": \"v2.0\", \"links\": []}]}");
        }
        if (method.equals("GET") && path.equals("/v2.0/extensions") && !noExtensionList) {
            return new Answer(200, extensions);
        }
        String[] parts = path.split("/");
        if (parts.length < 3 || parts.length > 4 || !parts[1].equals("v2.0")) {
            return incorrectPath(path);
        }
        Map<String, ObjectNode> items = switch (parts[2]) {
            case "networks" -> networks;
            case "subnets" -> subnets;
            case "ports" -> ports;
            default -> null;
        };
        if (items == null) {
            return incorrectPath(path);
        }
        String one = parts[2].substring(0, parts[2].length() - 1);
        if (parts.length == 3) {
            return switch (method) {
                case "GET" -> list(parts[2], items, request.query());
                case "POST" -> create(one, request.body());
                default -> incorrectPath(path);
            };
        }
        String id = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
        ObjectNode item = items.get(id);
        if (item == null) {
            return error(404, "Not Found", "Cannot find " + ovnTable(one) + " with name=" + id);
        }
        return switch (method) {
            case "GET" -> new Answer(200, MAPPER.createObjectNode().set(one, item).toString());
            case "PUT" -> update(one, item, request.body());
            case "DELETE" -> delete(parts[2], id);
            default -> incorrectPath(path);
        };
    }

    private Answer token(String body) throws IOException {
        JsonNode credentials = MAPPER.readTree(body).path("auth").path("passwordCredentials");
        if (username != null && !(username.equals(credentials.path("username").asText())
                && password.equals(credentials.path("password").asText()))) {
            return error(401, "Unauthorized", "Failed to authenticate user " + credentials.path("username").asText());
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        tokens.put(id, true);
        tokensIssued.incrementAndGet();
        ObjectNode access = MAPPER.createObjectNode();
        ObjectNode token = access.putObject("access").putObject("token").put("id", id);
        token.putNull("expires");
        return new Answer(200, access.toString());
    }

    private Answer list(String collection, Map<String, ObjectNode> items, String query) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                if (!NOT_FILTERS.contains(key)) {
                    // the first value of a repeated key, as its handlers read a query
                    filters.putIfAbsent(key, kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
        }
        ArrayNode found = MAPPER.createArrayNode();
        items.values().stream()
                .filter(item -> filters.entrySet().stream().allMatch(f -> item.has(f.getKey())
                        && item.get(f.getKey()).asText().equals(f.getValue())))
                .forEach(found::add);
        return new Answer(200, MAPPER.createObjectNode().set(collection, found).toString());
    }

    private Answer create(String one, String body) throws IOException {
        JsonNode root = MAPPER.readTree(body);
        if ("port".equals(one) && root.has("ports")) {
            bulkAttempts.incrementAndGet();
        }
        if (!root.path(one).isObject()) {
            // its handlers index the body by the singular name: a KeyError, answered 400
            return error(400, "Bad Request", "'" + one + "'");
        }
        ObjectNode item = ((ObjectNode) root.get(one)).deepCopy();
        String id = UUID.randomUUID().toString();
        item.put("id", id);
        item.put("tenant_id", TENANT);
        return switch (one) {
            case "network" -> {
                item.put("status", "ACTIVE");
                if (!item.has("mtu")) {
                    item.put("mtu", 1442);
                }
                networks.put(id, item);
                yield new Answer(201, MAPPER.createObjectNode().set("network", item).toString());
            }
            case "subnet" -> createSubnet(id, item);
            default -> createPort(id, item, true);
        };
    }

    private Answer createSubnet(String id, ObjectNode subnet) {
        String network = subnet.path("network_id").asText();
        if (!networks.containsKey(network)) {
            return error(404, "Not Found", "Cannot find Logical_Switch with name=" + network);
        }
        if (subnets.values().stream().anyMatch(s -> network.equals(s.path("network_id").asText()))) {
            return error(400, "Bad Request", "Unable to create more than one subnet for network " + network);
        }
        subnets.put(id, subnet);
        return new Answer(201, MAPPER.createObjectNode().set("subnet", subnet).toString());
    }

    /** @param counted whether it counts for {@link #failCreateNumber} (a port seeded by a test does not) */
    private Answer createPort(String id, ObjectNode port, boolean counted) {
        String network = port.path("network_id").asText();
        boolean failing = counted && failingCreate > 0 && ++creates == failingCreate;
        if (failing || !networks.containsKey(network)) {
            return error(500, "Internal Server Error", "Cannot find Logical_Switch with name=" + network);
        }
        // no duplicate-MAC check: two logical switch ports may share one MAC
        if (!port.hasNonNull("mac_address")) {
            port.put("mac_address", String.format("00:1a:4a:16:%02x:%02x", (macs >> 8) & 0xff, macs & 0xff));
            macs++;
        }
        if (!keepHostBinding) {
            port.remove("binding:host_id");
        }
        port.put("admin_state_up", port.path("admin_state_up").asBoolean(true));
        port.putIfAbsent("security_groups", MAPPER.createArrayNode());
        port.putIfAbsent("port_security_enabled", MAPPER.getNodeFactory().booleanNode(false));
        port.putIfAbsent("fixed_ips", MAPPER.createArrayNode());
        port.putIfAbsent("device_id", MAPPER.getNodeFactory().textNode(""));
        port.putIfAbsent("device_owner", MAPPER.getNodeFactory().textNode(""));
        port.putIfAbsent("name", MAPPER.getNodeFactory().textNode(""));
        ports.put(id, port);
        return new Answer(201, MAPPER.createObjectNode().set("port", port).toString());
    }

    private Answer update(String one, ObjectNode item, String body) throws IOException {
        JsonNode changes = MAPPER.readTree(body).path(one);
        if (!changes.isObject()) {
            return error(400, "Bad Request", "'" + one + "'");
        }
        changes.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("id") && !(field.getKey().equals("binding:host_id") && !keepHostBinding)) {
                item.set(field.getKey(), field.getValue());
            }
        });
        return new Answer(200, MAPPER.createObjectNode().set(one, item).toString());
    }

    private Answer delete(String collection, String id) {
        if (deletesFail) {
            return error(500, "Internal Server Error", "ovsdbapp.backend.ovs_idl.idlutils.RowNotFound");
        }
        switch (collection) {
            case "networks" -> {
                networks.remove(id);
                subnets.values().removeIf(s -> id.equals(s.path("network_id").asText()));
            }
            case "subnets" -> subnets.remove(id);
            default -> ports.remove(id);
        }
        return new Answer(204, null);
    }

    private static String ovnTable(String one) {
        return switch (one) {
            case "network" -> "Logical_Switch";
            case "port" -> "Logical_Switch_Port";
            default -> "DHCP_Options";
        };
    }

    private static Answer incorrectPath(String path) {
        return error(404, "Not Found", "Incorrect path: " + path);
    }

    private static Answer error(int status, String title, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("error").put("message", message).put("code", status).put("title", title);
        return new Answer(status, body.toString());
    }

    static String title(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            default -> "Internal Server Error";
        };
    }

    /** For tests that seed ports directly, e.g. the duplicate a provider without "any of" let the module make. */
    public synchronized String addPort(String networkId, String deviceId, String deviceOwner, String mac) {
        String id = UUID.randomUUID().toString();
        ObjectNode port = MAPPER.createObjectNode().put("network_id", networkId).put("device_id", deviceId)
                .put("device_owner", deviceOwner).put("mac_address", mac);
        port.put("id", id).put("tenant_id", TENANT);
        Answer answer = createPort(id, port, false);
        if (answer.status() != 201) {
            throw new IllegalArgumentException(answer.body());
        }
        return id;
    }

    public synchronized List<String> subnetsOf(String networkId) {
        return subnets.values().stream().filter(s -> networkId.equals(s.path("network_id").asText()))
                .map(s -> s.path("id").asText()).toList();
    }
}
