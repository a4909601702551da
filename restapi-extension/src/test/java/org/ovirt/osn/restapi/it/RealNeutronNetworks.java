package org.ovirt.osn.restapi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates networks directly on the real noauth Neutron (as an admin would, outside the engine) and removes every one
 * it created on {@link #close()}.
 */
final class RealNeutronNetworks implements AutoCloseable {

    static final String NEUTRON = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final List<String> created = new ArrayList<>();

    /** A VLAN network on physnet1 (VLANs 100-200 there); retries another VLAN when one is taken. */
    String vlan(String name) {
        for (int attempt = 0; ; attempt++) {
            int vlan = ThreadLocalRandom.current().nextInt(100, 201);
            HttpResponse<String> answer = create("{\"network\":{\"name\":\"" + name + "\","
                    + "\"provider:network_type\":\"vlan\",\"provider:physical_network\":\"physnet1\","
                    + "\"provider:segmentation_id\":" + vlan + "}}");
            if (answer.statusCode() == 201) {
                return remember(answer);
            }
            if (answer.statusCode() != 409 || attempt > 20) {
                throw new AssertionError("Neutron refused a VLAN network: " + answer.body());
            }
        }
    }

    /** A flat network on a physical network of its own (flat networks take a physical network for themselves). */
    String flat(String name, String physicalNetwork) {
        HttpResponse<String> answer = create("{\"network\":{\"name\":\"" + name + "\","
                + "\"provider:network_type\":\"flat\",\"provider:physical_network\":\"" + physicalNetwork + "\"}}");
        if (answer.statusCode() != 201) {
            throw new AssertionError("Neutron refused a flat network: " + answer.body());
        }
        return remember(answer);
    }

    /** A network of the default tenant type (no provider attributes), as a project member would create one. */
    String tenant(String name) {
        HttpResponse<String> answer = create("{\"network\":{\"name\":\"" + name + "\"}}");
        if (answer.statusCode() != 201) {
            throw new AssertionError("Neutron refused a network: " + answer.body());
        }
        return remember(answer);
    }

    /** Removes on close a network something else (the module) created. */
    void track(String id) {
        created.add(id);
    }

    /** Renames a network behind the engine's back. */
    static void rename(String id, String name) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + id))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"network\":{\"name\":\"" + name + "\"}}")));
        if (answer.statusCode() != 200) {
            throw new AssertionError("Neutron refused the rename: " + answer.body());
        }
    }

    /** Deletes a network behind the engine's back. */
    static void delete(String id) {
        send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + id)).DELETE());
    }

    /** Whether Neutron still has the network; only 200 and 404 are answers, anything else fails the test. */
    static boolean exists(String id) {
        int status = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + id)).GET()).statusCode();
        if (status != 200 && status != 404) {
            throw new AssertionError("Neutron answered " + status + " for network " + id);
        }
        return status == 200;
    }

    /** The ids of the networks with this name. */
    static List<String> idsNamed(String name) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks?name="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))).GET());
        return json(answer.body()).getJsonArray("networks").stream()
                .map(n -> n.asJsonObject().getString("id")).toList();
    }

    /** The network as Neutron shows it ({@code provider:segmentation_id} …). */
    static JsonObject get(String id) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + id)).GET());
        return json(answer.body()).getJsonObject("network");
    }

    /** The subnet as Neutron shows it ({@code ipv6_ra_mode} …); fails unless Neutron has it. */
    static JsonObject subnet(String id) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/subnets/" + id)).GET());
        if (answer.statusCode() != 200) {
            throw new AssertionError("Neutron answered " + answer.statusCode() + " for subnet " + id + ": "
                    + answer.body());
        }
        return json(answer.body()).getJsonObject("subnet");
    }

    /** The subnets Neutron has on the network. */
    static List<JsonObject> subnetsOn(String networkId) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/subnets?network_id="
                + networkId)).GET());
        if (answer.statusCode() != 200) {
            throw new AssertionError("Neutron answered " + answer.statusCode() + ": " + answer.body());
        }
        return json(answer.body()).getJsonArray("subnets").stream().map(v -> v.asJsonObject()).toList();
    }

    private static HttpResponse<String> create(String body) {
        return send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String remember(HttpResponse<String> answer) {
        String id = json(answer.body()).getJsonObject("network").getString("id");
        created.add(id);
        return id;
    }

    @Override
    public void close() {
        for (String id : created) {
            RealNeutronPorts.deleteAllOn(id);
            send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + id)).DELETE());
        }
        created.clear();
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("Neutron at " + NEUTRON + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
