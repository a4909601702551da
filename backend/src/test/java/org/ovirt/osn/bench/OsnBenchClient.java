package org.ovirt.osn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The benchmarks' client of the module's REST API (JSON), as an engine flow or script would drive it: the inventory a
 * VM run needs (provider, data center, cluster, two hosts, the imported bench network and its profile), VMs with
 * vNICs, start, stop and removal.
 */
final class OsnBenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@link #benchInventory} made. */
    record Inventory(String provider, String dataCenter, String cluster, String hostA, String hostAAddress,
                     String hostB, String profile) {
    }

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ConcurrentLinkedQueue<String> vms = new ConcurrentLinkedQueue<>();

    OsnBenchClient(String base, String password) {
        this.base = base;
        this.token = login(password);
    }

    String base() {
        return base;
    }

    /** The inventory on the keystone-mode Neutron of {@code neutron}, registered as a {@code neutron} provider. */
    Inventory benchInventory(NeutronBench neutron, String networkId) {
        ObjectNode provider = JSON.createObjectNode().put("type", "neutron")
                .put("url", neutron.neutronUrl).put("requires_authentication", true)
                .put("username", neutron.user).put("password", neutron.password)
                .put("authentication_url", neutron.keystoneUrl).put("user_domain_name", "Default")
                .put("project_name", neutron.project).put("project_domain_name", "Default");
        return inventory(provider, networkId);
    }

    /**
     * Registers {@code provider} (the REST body of an {@code openstack_network_provider}, without a name) and makes
     * the rest of the inventory, with the provider's network {@code networkId} imported and attached to the cluster.
     */
    Inventory inventory(ObjectNode provider, String networkId) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String providerId = id(post("/openstacknetworkproviders", provider.deepCopy().put("name", "bench-" + suffix)));
        String dc = id(post("/datacenters", JSON.createObjectNode().put("name", "bench-dc-" + suffix)));
        ObjectNode cluster = JSON.createObjectNode().put("name", "bench-cl-" + suffix);
        cluster.putObject("data_center").put("id", dc);
        String clusterId = id(post("/clusters", cluster));
        String addressA = "bench-host-a-" + suffix;
        String hostA = id(post("/hosts", host("bench-a-" + suffix, addressA, clusterId)));
        String hostB = id(post("/hosts", host("bench-b-" + suffix, "bench-host-b-" + suffix, clusterId)));
        ObjectNode importAction = JSON.createObjectNode().put("attach_to_all_clusters", true);
        importAction.putObject("data_center").put("id", dc);
        String network = post("/openstacknetworkproviders/" + providerId + "/networks/" + networkId + "/import",
                importAction).path("network").path("id").asText();
        String profile = get("/networks/" + network + "/vnicprofiles").path("vnic_profile").path(0)
                .path("id").asText();
        return new Inventory(providerId, dc, clusterId, hostA, addressA, hostB, profile);
    }

    private static ObjectNode host(String name, String address, String cluster) {
        ObjectNode host = JSON.createObjectNode().put("name", name).put("address", address);
        host.putObject("cluster").put("id", cluster);
        return host;
    }

    /** A new VM of the bench cluster with {@code nics} plugged vNICs on the bench profile (MACs from the pool). */
    String vmWithNics(Inventory inventory, int nics) {
        ObjectNode vm = JSON.createObjectNode().put("name", "bench-vm-" + UUID.randomUUID());
        vm.putObject("cluster").put("id", inventory.cluster());
        String vmId = id(post("/vms", vm));
        vms.add(vmId);
        for (int n = 0; n < nics; n++) {
            ObjectNode nic = JSON.createObjectNode().put("name", "nic" + n);
            nic.putObject("vnic_profile").put("id", inventory.profile());
            post("/vms/" + vmId + "/nics", nic);
        }
        return vmId;
    }

    List<String> nicIds(String vmId) {
        List<String> ids = new ArrayList<>();
        get("/vms/" + vmId + "/nics").path("nic").forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    /** @param hostId null: the least busy host of the cluster */
    void start(String vmId, String hostId) {
        ObjectNode action = JSON.createObjectNode();
        if (hostId != null) {
            action.putObject("host").put("id", hostId);
        }
        post("/vms/" + vmId + "/start", action);
    }

    void stop(String vmId) {
        post("/vms/" + vmId + "/stop", JSON.createObjectNode());
    }

    void removeVm(String vmId) {
        send("DELETE", "/vms/" + vmId, null);
        vms.remove(vmId);
    }

    /** Stops and removes every VM this client made and did not remove yet (after an aborted run). */
    void removeVms(Inventory inventory) {
        for (String vm : List.copyOf(vms)) {
            HttpResponse<byte[]> status = exchange(request("POST", "/vms/" + vm + "/stop", "{}"));
            HttpResponse<byte[]> removed = exchange(request("DELETE", "/vms/" + vm, null));
            if (removed.statusCode() / 100 == 2 || removed.statusCode() == 404) {
                vms.remove(vm);
            } else {
                System.out.println("  could not remove VM " + vm + ": " + status.statusCode() + "/"
                        + removed.statusCode());
            }
        }
    }

    /** A VM as the API shows it (status, host). */
    JsonNode vm(String vmId) {
        return get("/vms/" + vmId);
    }

    /** The vNICs of a VM as the API shows them, with their {@code provider_port}. */
    JsonNode nics(String vmId) {
        return get("/vms/" + vmId + "/nics").path("nic");
    }

    /**
     * One request whose failure is an answer, not an exception: what the drills count. {@code body} null = none.
     *
     * @return the status and the body as text; status -1 with the exception's text when no answer came
     */
    Answer call(String method, String path, String body) {
        try {
            HttpResponse<byte[]> response = http.send(request(method, path, body),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }

    /** What {@link #call} got. */
    record Answer(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    // ------------------------------------------------------------------------------------------------------- HTTP

    private static String id(JsonNode entity) {
        return entity.path("id").asText();
    }

    private JsonNode get(String path) {
        return send("GET", path, null);
    }

    private JsonNode post(String path, JsonNode body) {
        return send("POST", path, body.toString());
    }

    private JsonNode send(String method, String path, String body) {
        HttpResponse<byte[]> response = exchange(request(method, path, body));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + text);
        }
        try {
            return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": not JSON: " + text, e);
        }
    }

    private HttpRequest request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api" + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String login(String password) {
        String form = "grant_type=password&scope=ovirt-app-api&username=admin%40internal&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(base + "/sso/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        try {
            JsonNode answer = JSON.readTree(response.body());
            if (!answer.has("access_token")) {
                throw new IllegalStateException("login to " + base + " failed: " + answer);
            }
            return answer.path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("login to " + base + " failed", e);
        }
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
}
