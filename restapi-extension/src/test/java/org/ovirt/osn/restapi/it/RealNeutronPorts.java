package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import static org.ovirt.osn.restapi.it.RealNeutronNetworks.NEUTRON;
import static org.ovirt.osn.restapi.it.RealNeutronNetworks.json;
import static org.ovirt.osn.restapi.it.RealNeutronNetworks.send;

/**
 * Ports (and security groups) made and looked at directly on the real noauth Neutron, behind the engine's back. An
 * instance is a network of its own with ports made on it (as the engine's provisioning or an admin would), so a test
 * can leave ports behind on purpose; {@link #close()} removes the network and every port on it, and nothing else.
 */
final class RealNeutronPorts implements AutoCloseable {

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
        deleteAllOn(networkId);
        send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + networkId)).DELETE());
    }

    /** The ports whose device id is one of these (the engine's vNIC ids), in one filtered request. */
    static List<JsonObject> ofDevices(Collection<String> deviceIds) {
        String query = deviceIds.stream().map(id -> "device_id=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return list("ports?" + query);
    }

    static List<JsonObject> onNetwork(String networkId) {
        return list("ports?network_id=" + networkId);
    }

    private static List<JsonObject> list(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/" + path)).GET());
        if (answer.statusCode() != 200) {
            throw new AssertionError("Neutron listing " + path + ": " + answer.body());
        }
        return json(answer.body()).getJsonArray("ports").getValuesAs(JsonObject.class);
    }

    /** A port made by someone else, with this MAC. */
    static String create(String networkId, String mac) {
        HttpResponse<String> answer = post("ports", "{\"port\":{\"network_id\":\"" + networkId
                + "\",\"mac_address\":\"" + mac + "\",\"device_owner\":\"prov-it\"}}");
        return json(answer.body()).getJsonObject("port").getString("id");
    }

    static String securityGroup(String name) {
        HttpResponse<String> answer = post("security-groups", "{\"security_group\":{\"name\":\"" + name + "\"}}");
        return json(answer.body()).getJsonObject("security_group").getString("id");
    }

    static void deleteSecurityGroup(String id) {
        send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/security-groups/" + id)).DELETE());
    }

    static void delete(String portId) {
        send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/ports/" + portId)).DELETE());
    }

    static void deleteAllOn(String networkId) {
        onNetwork(networkId).forEach(port -> delete(port.getString("id")));
    }

    private static HttpResponse<String> post(String collection, String body) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/" + collection))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() != 201) {
            throw new AssertionError("Neutron refused " + collection + ": " + answer.body());
        }
        return answer;
    }
}
