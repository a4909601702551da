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

/**
 * The drills' own bare client of a noauth Neutron (java.net.http, no token): the network the drills work on, the
 * provider's true list of ports (what the counts are made of), and the clean-up. Not the module's client, so a fault
 * in the module cannot hide in the counting.
 *
 * <p>Setting: {@code drill.neutron.url} (http://127.0.0.1:9699, the drill's private Neutron).
 */
final class DrillNeutron {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String url = System.getProperty("drill.neutron.url", "http://127.0.0.1:9699");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The REST body of the provider that stands for this Neutron (a name is added by the client). */
    ObjectNode providerBody() {
        return JSON.createObjectNode().put("type", "neutron").put("url", url).put("requires_authentication", false);
    }

    /** The id of the network {@code name}, made when missing. */
    String network(String name) {
        JsonNode found = send("GET", "networks?name=" + encode(name), null).path("networks");
        if (!found.isEmpty()) {
            return found.get(0).path("id").asText();
        }
        ObjectNode network = JSON.createObjectNode().put("name", name);
        return send("POST", "networks", JSON.createObjectNode().set("network", network).toString())
                .path("network").path("id").asText();
    }

    /** Every port of {@code owner}, as the provider holds them. */
    List<JsonNode> portsOf(String owner) {
        List<JsonNode> ports = new ArrayList<>();
        send("GET", "ports?fields=id&fields=device_id&fields=device_owner&device_owner=" + encode(owner), null)
                .path("ports").forEach(ports::add);
        return ports;
    }

    void deleteByOwner(String owner) {
        for (JsonNode port : portsOf(owner)) {
            send("DELETE", "ports/" + port.path("id").asText(), null);
        }
    }

    /** True when Neutron answers a listing within a few seconds. */
    boolean healthy() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url + "/v2.0/networks?limit=1"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v2.0/" + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2 && !(method.equals("DELETE") && response.statusCode() == 404)) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
