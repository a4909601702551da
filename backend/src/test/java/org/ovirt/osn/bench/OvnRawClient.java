package org.ovirt.osn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The benchmarks' bare client of the emulated ovirt-provider-ovn, the floor the module is compared with: plain
 * {@link HttpURLConnection} requests (the emulator closes every connection, so there is nothing to reuse) with one
 * token of its Keystone v2.0 fetched at construction.
 */
final class OvnRawClient {

    private final String url;
    private final String token;

    /** @param url the emulator's Neutron URL, which also serves its {@code /v2.0/tokens} */
    OvnRawClient(String url, String user, String password) {
        this.url = url;
        String body = send("POST", "/v2.0/tokens", "{\"auth\": {\"passwordCredentials\": {\"username\": \"" + user
                + "\", \"password\": \"" + password + "\"}}}", null);
        this.token = firstId(body);
    }

    /** How many ports of {@code device} and {@code owner} a single-device lookup answers. */
    int lookup(String device, String owner) {
        String body = send("GET", "/v2.0/ports?device_id=" + device + "&device_owner=" + owner, null, token);
        return body.split("\"device_id\"", -1).length - 1;
    }

    /** One single {@code POST /v2.0/ports} of a port bound to {@code host}; returns its id. */
    String create(String network, String device, String owner, String host) {
        return firstId(send("POST", "/v2.0/ports", "{\"port\": {\"network_id\": \"" + network + "\", \"name\": \""
                + device + "\", \"device_id\": \"" + device + "\", \"device_owner\": \"" + owner + "\","
                + " \"binding:host_id\": \"" + host + "\"}}", token));
    }

    void delete(String portId) {
        send("DELETE", "/v2.0/ports/" + portId, null, token);
    }

    private static String firstId(String body) {
        int at = body.indexOf("\"id\":\"") + 6;
        return body.substring(at, body.indexOf('"', at));
    }

    private String send(String method, String path, String body, String authToken) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setRequestProperty("Accept", "application/json");
            if (authToken != null) {
                connection.setRequestProperty("X-Auth-Token", authToken);
            }
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            if (status / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " -> " + status);
            }
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
