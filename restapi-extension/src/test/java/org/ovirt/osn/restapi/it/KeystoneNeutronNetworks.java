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

/**
 * Networks on the Keystone-mode Neutron, made, renamed and deleted as the engine's user (project {@code service})
 * behind the engine's back; removes every one it created on {@link #close()}. That Neutron shows a project only its
 * own networks, so a sync there is not swamped by what other test runs leave on the shared noauth Neutron.
 */
final class KeystoneNeutronNetworks implements AutoCloseable {

    static final String NEUTRON = System.getProperty("osn.test.keystone.neutron.url", "http://127.0.0.1:9697");
    static final String KEYSTONE = System.getProperty("osn.test.keystone.url", "http://127.0.0.1:5000/v3");
    static final String USER = System.getProperty("osn.test.keystone.user", "ovirt");
    static final String PASSWORD = System.getProperty("osn.test.keystone.password", "ovirt-secret");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final List<String> created = new ArrayList<>();
    private String token;

    /** The provider XML elements that authenticate as that user. */
    static String providerAuthXml() {
        return "<requires_authentication>true</requires_authentication><username>" + USER + "</username><password>"
                + PASSWORD + "</password><authentication_url>" + KEYSTONE + "</authentication_url>"
                + "<user_domain_name>Default</user_domain_name><project_name>service</project_name>"
                + "<project_domain_name>Default</project_domain_name>";
    }

    String tenant(String name) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"network\":{\"name\":\"" + name + "\"}}")));
        if (answer.statusCode() != 201) {
            throw new AssertionError("Neutron refused a network: " + answer.body());
        }
        String id = json(answer.body()).getJsonObject("network").getString("id");
        created.add(id);
        return id;
    }

    void rename(String id, String name) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + id))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"network\":{\"name\":\"" + name + "\"}}")));
        if (answer.statusCode() != 200) {
            throw new AssertionError("Neutron refused the rename: " + answer.body());
        }
    }

    void delete(String id) {
        send(HttpRequest.newBuilder(URI.create(NEUTRON + "/v2.0/networks/" + id)).DELETE());
    }

    @Override
    public void close() {
        created.forEach(this::delete);
        created.clear();
    }

    private synchronized String token() {
        if (token == null) {
            String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\""
                    + USER + "\",\"domain\":{\"name\":\"Default\"},\"password\":\"" + PASSWORD + "\"}}},"
                    + "\"scope\":{\"project\":{\"name\":\"service\",\"domain\":{\"name\":\"Default\"}}}}}";
            HttpResponse<String> answer = raw(HttpRequest.newBuilder(URI.create(KEYSTONE + "/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            token = answer.headers().firstValue("X-Subject-Token")
                    .orElseThrow(() -> new AssertionError("Keystone gave no token: " + answer.body()));
        }
        return token;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return raw(request.header("X-Auth-Token", token()));
    }

    private static HttpResponse<String> raw(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("Keystone or Neutron cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
