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

/**
 * A network of its own on the real noauth Neutron with ports made directly on it (as the engine's provisioning or an
 * admin would), so a test can leave ports behind on purpose; {@link #close()} removes the network and every port on
 * it, and nothing else.
 */
final class RealNeutronPorts implements AutoCloseable {

    private static final String NEUTRON = RealNeutronNetworks.NEUTRON;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String networkId;

    RealNeutronPorts(String name) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"network\":{\"name\":\"" + name + "\"}}")));
        if (answer.statusCode() != 201) {
            throw new AssertionError("Neutron refused a network: " + answer.statusCode() + " " + answer.body());
        }
        networkId = json(answer.body()).getJsonObject("network").getString("id");
    }

    String networkId() {
        return networkId;
    }

    /** @return the new port's id */
    String port(String name, String deviceId, String deviceOwner) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/ports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"port\":{\"network_id\":\"" + networkId
                        + "\",\"name\":\"" + name + "\",\"device_id\":\"" + deviceId + "\",\"device_owner\":\""
                        + deviceOwner + "\"}}")));
        if (answer.statusCode() != 201) {
            throw new AssertionError("Neutron refused a port: " + answer.statusCode() + " " + answer.body());
        }
        return json(answer.body()).getJsonObject("port").getString("id");
    }

    static boolean exists(String portId) {
        int status = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/ports/" + portId)).GET()).statusCode();
        if (status != 200 && status != 404) {
            throw new AssertionError("Neutron answered " + status + " for port " + portId);
        }
        return status == 200;
    }

    @Override
    public void close() {
        HttpResponse<String> ports = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/ports?network_id="
                + networkId)).GET());
        json(ports.body()).getJsonArray("ports").getValuesAs(JsonObject.class).forEach(p ->
                send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/ports/" + p.getString("id"))).DELETE()));
        send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + networkId)).DELETE());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
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
