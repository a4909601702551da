package org.ovirt.osn.restapi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A black-box HTTP client for the module's REST API, as any script would use it. */
final class Http {

    static final String BASE = System.getProperty("osn.it.base.url", "http://127.0.0.1:8180/ovirt-engine");
    static final String XML = "application/xml";
    static final String JSON = "application/json";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static String adminToken;
    private static String adminPassword;

    private Http() {
    }

    /**
     * The password the Arquillian server generated at its first start (the tests pass none, as an admin would). Read
     * when first asked, not when this class loads: an IT that starts a server of its own may run before the Arquillian
     * server has started, and a failed class initialisation would fail every later IT with NoClassDefFoundError.
     */
    static synchronized String adminPassword() {
        if (adminPassword == null) {
            adminPassword = readGeneratedAdminPassword();
        }
        return adminPassword;
    }

    private static String readGeneratedAdminPassword() {
        Path file = Path.of(System.getProperty("osn.it.data.dir", "target/it-data"), "admin-password");
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new AssertionError("The server should have generated " + file + " at start-up", e);
        }
    }

    /** An answer: status, content type, body, and XPath/JSON helpers. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        String xpath(String expression) {
            try {
                Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
                return (String) XPathFactory.newInstance().newXPath().evaluate(expression, doc, XPathConstants.STRING);
            } catch (Exception e) {
                throw new AssertionError("Not XML (" + status + "): " + body, e);
            }
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    static synchronized String adminToken() {
        if (adminToken == null) {
            Answer answer = login("admin@internal", adminPassword());
            if (answer.status() != 200) {
                throw new AssertionError("admin login failed: " + answer.body());
            }
            adminToken = answer.json().getString("access_token");
        }
        return adminToken;
    }

    static Answer login(String user, String password) {
        return form("/sso/oauth/token", Map.of("grant_type", "password", "scope", "ovirt-app-api",
                "username", user, "password", password));
    }

    static Answer form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Answer get(String apiPath, String accept) {
        return sendAsAdmin(api(apiPath, accept).GET());
    }

    static Answer delete(String apiPath) {
        return sendAsAdmin(api(apiPath, XML).DELETE());
    }

    static Answer post(String apiPath, String contentType, String body) {
        return sendAsAdmin(api(apiPath, contentType).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Answer put(String apiPath, String contentType, String body) {
        return sendAsAdmin(api(apiPath, contentType).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request to {@code /api<path>}, without credentials yet. */
    static HttpRequest.Builder api(String apiPath, String accept) {
        return HttpRequest.newBuilder(URI.create(BASE + "/api" + apiPath))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .header("Version", "4");
    }

    /**
     * Sends with the admin's bearer token; like the oVirt SDK, logs in again once on a 401 (each test class
     * redeploys the module, and tokens do not outlive a deployment).
     */
    static Answer sendAsAdmin(HttpRequest.Builder request) {
        Answer answer = send(request.copy().setHeader("Authorization", "Bearer " + adminToken()));
        if (answer.status() == 401) {
            synchronized (Http.class) {
                adminToken = null;
            }
            answer = send(request.copy().setHeader("Authorization", "Bearer " + adminToken()));
        }
        return answer;
    }

    /** Sends as built; learns the secrets it carries and fails when the answer gives any known one back. */
    static Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            SecretsSeen.learnFrom(built);
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            String where = "The answer to " + built.method() + " " + built.uri().getPath();
            SecretsSeen.assertNoneIn(where + " (headers)", response.headers().map().toString());
            SecretsSeen.assertNoneIn(where, response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + Long.toHexString(System.nanoTime());
    }
}
